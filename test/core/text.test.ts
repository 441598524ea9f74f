/**
 * The text model every part of the core reads with: the one tokenizer, the
 * quote core's word view over it, sentences, surnames, the Arabic article
 * and the search over sorted ranges, on real sentences.
 */
import { describe, expect, test } from 'vitest';
import { findQuotations } from '../../src/core/quotes/quotation-spans.ts';
import { quoteTokens } from '../../src/core/quotes/quote-tokens.ts';
import * as lexicon from '../../src/core/text/lexicon.ts';
import { genderOfGivenName, isGivenName } from '../../src/core/text/given-names.ts';
import { surnameFromName } from '../../src/core/text/names.ts';
import { lastStartingAtOrBefore, rangeIndexAt } from '../../src/core/text/ranges.ts';
import { remembered } from '../../src/core/text/remembered.ts';
import { splitSentences } from '../../src/core/text/sentences.ts';
import { slugify } from '../../src/core/text/slug.ts';
import * as tokens from '../../src/core/text/tokens.ts';

const { tokenize } = tokens;

describe('the text module exports what the core shares, and only that', () => {
  test('tokens.ts', () => {
    expect(Object.keys(tokens).sort()).toEqual(['SENTENCE_END_MARKS', 'tokenBounds', 'tokenize']);
  });
  test('lexicon.ts', () => {
    expect(Object.keys(lexicon).sort()).toEqual([
      'ABBREVIATIONS',
      'ARABIC_ARTICLE',
      'BARE_HONORIFICS',
      'CUE_VERBS',
      'HONORIFICS',
      'IRREGULAR_PAST_ACTS',
      'NAME_PARTICLES',
      'NATIONAL_OFFICES',
      'SENTENCE_ENDING_ABBREVIATIONS',
      'STATE_BODY_ROLES',
      'endsInPostFor',
      'heldForOneself',
      'holdsLocalOffice',
      'roleOf',
      'roleOfNear',
      'speaksForOneself',
      'withinOneEdit',
      'words',
    ]);
  });
});

describe('tokenize', () => {
  const cut = (text: string) => tokenize(text).map(({ exact, word }) => (word ? exact : `[${exact}]`));

  test.each([
    [
      "Iranian-backed militias entered Russia's ally",
      ['Iranian', '[-]', 'backed', 'militias', 'entered', 'Russia', "[']", 's', 'ally'],
    ],
    ['Hayat Tahrir al-Sham (HTS)', ['Hayat', 'Tahrir', 'al', '[-]', 'Sham', '[(]', 'HTS', '[)]']],
    ['200,000 people fled.', ['200', '[,]', '000', 'people', 'fled', '[.]']],
    // Typographic variants fold to one form; the offsets stay those of the text.
    ['Russia’s ‐ Iran', ['Russia', "[']", 's', '[-]', 'Iran']],
    // A soft hyphen never splits a word and never reaches a key.
    ['co\u00ADoperate', ['cooperate']],
    // Letters outside the Basic Multilingual Plane stay whole.
    ['𝐀bc 😀', ['𝐀bc', '[😀]']],
  ])('%s', (text, expected) => {
    expect(cut(text)).toEqual(expected);
  });

  test('offsets, case-folded forms and the space before each token', () => {
    expect(tokenize('Tahrir al-Sham')).toEqual([
      { start: 0, end: 6, exact: 'Tahrir', folded: 'tahrir', word: true, spaceBefore: false },
      { start: 7, end: 9, exact: 'al', folded: 'al', word: true, spaceBefore: true },
      { start: 9, end: 10, exact: '-', folded: '-', word: false, spaceBefore: false },
      { start: 10, end: 14, exact: 'Sham', folded: 'sham', word: true, spaceBefore: false },
    ]);
  });

  test('the same text cut twice in a row gives the same tokens, cut once; another text is cut afresh', () => {
    const text = 'Iran said the talks would resume.';
    const first = tokenize(text);
    expect(tokenize(text)).toBe(first);
    expect(tokenize(`${text} `)).not.toBe(first);
    expect(tokenize(`${text} `)).toEqual(first);
  });

  test('a decomposed letter is compared in NFC', () => {
    const [token] = tokenize('Erdog\u0306an');
    expect(token?.exact).toBe('Erdoğan');
    expect(token?.end).toBe('Erdog\u0306an'.length);
  });
});

describe('a remembered question about a word', () => {
  test('is answered once per word, an undefined answer kept like any other', () => {
    const asked: string[] = [];
    const roleLength = remembered((word) => {
      asked.push(word);
      return word.length > 3 ? word.length : undefined;
    });
    expect([roleLength('minister'), roleLength('of'), roleLength('minister'), roleLength('of')]).toEqual([
      8,
      undefined,
      8,
      undefined,
    ]);
    expect(asked).toEqual(['minister', 'of']);
  });
});

describe("the quote core's word view", () => {
  const view = (text: string) =>
    quoteTokens(text, findQuotations(text).quotations).map(({ kind, text: written, block }) =>
      kind === 'word' ? `${written}@${block}` : `${kind}:${written}@${block}`,
    );

  test('joins the pieces of a word and keeps an abbreviation its period', () => {
    expect(view("Mr. al-Assad met U.S. envoys in Russia's capital, 200,000 strong.")).toEqual([
      'Mr.@0',
      'al-Assad@0',
      'met@0',
      'U.S.@0',
      'envoys@0',
      'in@0',
      "Russia's@0",
      'capital@0',
      'punct:,@0',
      '200,000@0',
      'strong@0',
      'punct:.@0',
    ]);
  });

  test('stands a quotation as one token and counts paragraphs', () => {
    expect(view('“We will stay,” he said.\n\nShe left.')).toEqual([
      'quote:“We will stay,”@0',
      'he@0',
      'said@0',
      'punct:.@0',
      'She@1',
      'left@1',
      'punct:.@1',
    ]);
  });
});

describe('sentences', () => {
  const split = (text: string, keepWhole: { start: number; end: number }[] = []) =>
    splitSentences(text, 0, text.length, keepWhole).map(({ start, end }) => text.slice(start, end));

  test.each([
    ['Mr. Smith met Gen. Jones. They spoke.', ['Mr. Smith met Gen. Jones.', 'They spoke.']],
    ['The U.S. Army left. Troops stayed.', ['The U.S. Army left.', 'Troops stayed.']],
    ['He climbed Mt. Everest. Then he rested.', ['He climbed Mt. Everest.', 'Then he rested.']],
    ['Maj. Reyes and Adm. Cole spoke.', ['Maj. Reyes and Adm. Cole spoke.']],
    // These abbreviations often end a sentence: a capital after them starts a new one.
    ['He works for Acme Inc. The firm is small.', ['He works for Acme Inc.', 'The firm is small.']],
    // A capital and a full stop at the end of a line end its sentence: the platform X, not an initial.
    [
      'He wrote on X.\n\nLazzarini said the agency was ready.',
      ['He wrote on X.', 'Lazzarini said the agency was ready.'],
    ],
    ['He posted on X. The post was deleted.', ['He posted on X.', 'The post was deleted.']],
    ['The statement came via X. Reporters asked why.', ['The statement came via X.', 'Reporters asked why.']],
    // An initial within a line, and one after another word, stay part of the name.
    ['The award went to John F. Kennedy Jr. in the end.', ['The award went to John F. Kennedy Jr. in the end.']],
    ['A report by J. Smith on Z. Cole was filed.', ['A report by J. Smith on Z. Cole was filed.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test('no sentence break inside a span kept whole', () => {
    const text = '“Stop. Now,” he said. Then he left.';
    expect(split(text, [{ start: 0, end: 12 }])).toEqual(['“Stop. Now,” he said.', 'Then he left.']);
  });
});

describe('names', () => {
  test.each([
    ['Bashar al-Assad', 'Assad'],
    ['Abdel Fattah el-Sisi', 'Sisi'],
    ['Abbas Araghchi', 'Araghchi'],
    ['Recep Tayyip Erdogan', 'Erdogan'],
    ['Zabiullah', null],
  ])('the surname of %s is %s', (name, surname) => {
    expect(surnameFromName(name)).toBe(surname);
  });

  test('the Arabic article stands before a capital only', () => {
    expect(
      ['al-Assad', 'el-Sisi', 'Al-Qaeda', 'al-qaeda', 'alas'].map((word) => lexicon.ARABIC_ARTICLE.test(word)),
    ).toEqual([true, true, true, false, false]);
  });
});

describe('ranges', () => {
  const ranges = [
    { start: 0, end: 5 },
    { start: 5, end: 5 },
    { start: 5, end: 9 },
    { start: 12, end: 20 },
  ];

  test.each([
    [-1, -1],
    [0, 0],
    [4, 0],
    [5, 2],
    [10, 2],
    [12, 3],
    [99, 3],
  ])('the last range starting at or before %i is #%i', (offset, index) => {
    expect(lastStartingAtOrBefore(ranges, offset)).toBe(index);
  });

  test.each([
    [0, 0],
    [5, 2],
    [9, -1],
    [11, -1],
    [19, 3],
    [20, -1],
  ])('offset %i is held by range #%i', (offset, index) => {
    expect(rangeIndexAt(ranges, offset)).toBe(index);
  });
});

describe('roles with one typo', () => {
  test.each([
    ['minster', 'minister'],
    ['Secretery', 'secretary'],
    ['presdient', 'president'],
    ['ambasador', 'ambassador'],
    ['spokesman', 'spokesperson'],
  ])('%s is read as the role %s', (word, role) => {
    expect(lexicon.roleOfNear(word)?.role).toBe(role);
  });

  test.each(['export', 'prayer', 'header', 'monster', 'ministered'])('%s is no role', (word) => {
    expect(lexicon.roleOfNear(word)).toBeUndefined();
  });

  test('roleOf alone reads no typo', () => {
    expect(lexicon.roleOf('minster')).toBeUndefined();
    expect(lexicon.roleOfNear('minster')?.misspelt).toBe(true);
  });
});

describe('given names', () => {
  test.each([
    ['Annalena', 'female'],
    ['Najib', 'male'],
    ['Fatima', 'female'],
    ['Sergey', 'male'],
  ])('%s is %s', (name, gender) => {
    expect(genderOfGivenName(name)).toBe(gender);
    expect(isGivenName(name)).toBe(true);
  });

  test('a word no list holds has no gender', () => {
    expect(genderOfGivenName('Araghchi')).toBeUndefined();
    expect(isGivenName('Hezbollah')).toBe(false);
  });
});

describe('slugs', () => {
  test('a title becomes lower-case ASCII words joined by hyphens, accents dropped', () => {
    expect(slugify('São Tomé votes as Côte d’Ivoire watches')).toBe('sao-tome-votes-as-cote-divoire-watches');
    expect(slugify("Warhol's photo legacy spread by U.S. university exhibits")).toBe(
      'warhols-photo-legacy-spread-by-us-university-exhibits',
    );
  });

  test('a cut title ends on a word that carries meaning, not mid-phrase', () => {
    expect(slugify('Talks resume in Geneva as envoys meet the heads of the delegations')).toBe(
      'talks-resume-in-geneva-as-envoys-meet',
    );
  });

  test('letters no accent makes are transliterated, not lost', () => {
    expect(slugify('Tromsø')).toBe('tromso');
    expect(slugify('Łódź council')).toBe('lodz-council');
    expect(slugify('Straße des 17. Juni')).toBe('strasse-des-17-juni');
    expect(slugify('Þórshöfn harbour')).toBe('thorshofn-harbour');
    expect(slugify('Москва')).toBe('moskva');
  });
});
