/**
 * The benchmark's corpus generator (tools/bench/): the same corpus for a seed,
 * valid briefings of 600–900 words, every quotation form in every briefing,
 * the registry's actors in their several forms, and the look-alike traps.
 * No test here measures time.
 */
import { describe, expect, test } from 'vitest';
import { findMentions } from '../../src/core/mentions/matcher.ts';
import { castPools, inRunningText } from '../../tools/bench/corpus-cast.ts';
import { BODY_WORDS, countWords, generateCorpus, readBack } from '../../tools/bench/corpus.ts';
import { createRandom } from '../../src/site/seeded-random.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import { ROOT } from '../helpers/build.ts';

const loaded = await loadRegistry(ROOT, 'content/actors');
const pools = castPools(loaded.entries);
const corpus = generateCorpus({ count: 40, seed: 1, pools });
const bodies = corpus.map((briefing) => readBack(briefing).body);

describe('determinism', () => {
  test('the same seed gives the same corpus, another seed another', () => {
    expect(generateCorpus({ count: 40, seed: 1, pools })).toEqual(corpus);
    expect(generateCorpus({ count: 40, seed: 2, pools }).map(({ text }) => text)).not.toEqual(
      corpus.map(({ text }) => text),
    );
  });

  test('a briefing does not depend on the corpus size: the smaller corpus is the start of the larger', () => {
    expect(generateCorpus({ count: 10, seed: 1, pools })).toEqual(corpus.slice(0, 10));
  });

  test('the random source repeats for a seed and stays in range', () => {
    const draws = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 100 }, () => random.int(3, 7));
    };
    expect(draws(5)).toEqual(draws(5));
    expect(new Set(draws(5))).toEqual(new Set([3, 4, 5, 6, 7]));
  });
});

describe('briefings', () => {
  test('every file passes the article schema, named `<date>-<slug>` after its date', () => {
    for (const briefing of corpus) {
      const date = readBack(briefing).data.date.toISOString().slice(0, 10);
      expect(briefing.id.startsWith(`${date}-`), briefing.id).toBe(true);
    }
    expect(new Set(corpus.map(({ id }) => id)).size).toBe(corpus.length);
  });

  test(`bodies are ${BODY_WORDS.min}–${BODY_WORDS.max} words`, () => {
    for (const [index, body] of bodies.entries()) {
      const words = countWords(body);
      expect(words, corpus[index]?.id).toBeGreaterThanOrEqual(BODY_WORDS.min);
      expect(words, corpus[index]?.id).toBeLessThanOrEqual(BODY_WORDS.max);
    }
  });
});

describe('quotations', () => {
  // Curly or straight marks: a briefing uses one style throughout.
  const forms: [string, RegExp][] = [
    ['“…,” X said', /,[”"] [A-Z][\p{L}' .-]+ said\./u],
    ['X said: “…”', /told reporters: [“"][A-Z]/],
    ['“…,” he said, “…”', /,[”"] (?:he|she) said, [“"][a-z]/],
    ['a quotation running across paragraphs', /said: [“"][^”"\n]+\n\n[“"]/],
    ['a nested quote', /[“"][^”"\n]*[‘'][a-z ]+[’'][^”"\n]*,[”"] /],
    ['scare quotes', /(?:so-called|described the offensive as an?) [“"][a-z -]+[”"]/],
    ['a title in quotes', /(?:report titled|The) [“"][A-Z][^”"\n]+[”"](?:,| plan)/],
    ['according to', /[Aa]ccording to /],
  ];

  test.each(forms)('every briefing holds %s', (_, pattern) => {
    for (const [index, body] of bodies.entries()) expect(body, corpus[index]?.id).toMatch(pattern);
  });

  test('both curly and straight quotation marks occur', () => {
    expect(bodies.some((body) => body.includes('“'))).toBe(true);
    expect(bodies.some((body) => body.includes('"'))).toBe(true);
  });
});

describe('actors', () => {
  const mentions = bodies.flatMap((body) => findMentions(loaded.registry, body, {}).mentions);

  test('the registry’s actors appear by name, alias, demonym, capital and surname', () => {
    expect(new Set(mentions.map(({ form }) => form))).toEqual(
      new Set(['name', 'alias', 'demonym', 'metonym', 'surname']),
    );
    expect(new Set(mentions.map(({ actor }) => actor)).size).toBeGreaterThan(60);
  });

  test('compounds such as “Iranian-backed” carry a demonym', () => {
    const compounds = bodies.flatMap((body) => body.match(/\b[\p{Lu}][\p{L} ]*-backed\b/gu) ?? []);
    expect(compounds.length).toBeGreaterThan(0);
    expect(mentions.some(({ text, form }) => form === 'demonym' && compounds.some((c) => c.startsWith(text)))).toBe(
      true,
    );
  });

  test.each(['New Mexico', 'Washington Post', 'Atlanta, Georgia', ' us ', ' US ', 'Jordan Times', 'Niger Delta'])(
    'the look-alike trap %j occurs',
    (trap) => {
      expect(bodies.some((body) => body.includes(trap))).toBe(true);
    },
  );

  test('names take “the” where English news writes it', () => {
    expect(['United States', 'World Bank', 'Taliban', 'NATO', 'Hamas', 'Iran'].map(inRunningText)).toEqual([
      'the United States',
      'the World Bank',
      'the Taliban',
      'NATO',
      'Hamas',
      'Iran',
    ]);
  });
});
