/**
 * The actor matcher on real sentences (the seed briefing and the Wikinews
 * corpus), one case per form and rule. Each case lists every mention the
 * sentence must yield as `surface → actor (form)`, in order: a missing or
 * extra mention fails the case.
 */
import { describe, expect, test } from 'vitest';
import { findMentions } from '../../src/core/mentions/matcher.ts';
import { buildRegistry } from '../../src/core/registry/registry.ts';
import { actorSchema, type ActorId } from '../../src/core/schema/index.ts';
import { contentRegistry } from '../helpers/registry.ts';

const registry = await contentRegistry();

function found(text: string, taggedActors: string[] = []): string[] {
  return findMentions(registry, text, { taggedActors: taggedActors as ActorId[] }).mentions.map(
    ({ text: surface, actor, form }) => `${surface} → ${actor} (${form})`,
  );
}

describe('forms', () => {
  test.each([
    [
      'names and aliases',
      'The conflict rages across Aleppo and Idlib provinces, where insurgents, led by the jihadi group Hayat Tahrir al-Sham, have launched a coordinated offensive.',
      ['Hayat Tahrir al-Sham → hayat-tahrir-al-sham (name)'],
    ],
    ['an initialism alias', 'HTS fighters entered the city.', ['HTS → hayat-tahrir-al-sham (alias)']],
    [
      'demonyms and adjectives',
      'Syrian and Russian airstrikes have pounded rebel positions in Idlib and Hama.',
      ['Syrian → syria (demonym)', 'Russian → russia (demonym)'],
    ],
    [
      'a compound links its first part',
      'Iranian-backed militias have entered Syria to bolster government forces.',
      ['Iranian → iran (demonym)', 'Syria → syria (name)'],
    ],
    [
      'two compounds in one sentence',
      'Syrian Kurds fled en masse after Turkish-backed rebels seized Tal Rifaat from US-supported Kurdish authorities.',
      [
        'Syrian → syria (demonym)',
        'Kurds → kurds (name)',
        'Turkish → turkey (demonym)',
        'US → united-states (alias)',
        'Kurdish → kurds (demonym)',
      ],
    ],
    [
      'possessives, curly and straight',
      "the spokesperson stated, reinforcing Russia’s pivotal role; Iran's support",
      ['Russia → russia (name)', 'Iran → iran (name)'],
    ],
    [
      'capitals standing for governments',
      'A spokesperson reaffirmed Moscow’s commitment, and Baqaei reiterated Tehran’s unwavering support for Damascus.',
      // With no date, a capital that passed between governments is the state they govern.
      ['Moscow → russia (metonym)', 'Tehran → iran (metonym)', 'Damascus → syria (metonym)'],
    ],
    [
      'the longest match wins',
      'The Britain-based Syrian Observatory for Human Rights reported it.',
      [
        'Britain → united-kingdom (alias)',
        'Syrian Observatory for Human Rights → syrian-observatory-for-human-rights (name)',
      ],
    ],
    [
      'an alias of several words',
      'I clearly announce full-fledged support by the Islamic Republic of Iran.',
      ['Islamic Republic of Iran → iran (alias)'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('context', () => {
  test('a capital used as a place is not the government', () => {
    expect(
      found(
        'The minister met officials in Damascus on Sunday. Following his visit to Damascus, he went on. The meeting in Ankara underlined it.',
      ),
    ).toEqual([]);
  });

  test('a capital named as a place, even without a preposition, is not the government', () => {
    expect(
      found(
        'Chemical weapons were used in the eastern Ghouta region of Damascus. Estimates for the Moscow protest vary; crowds filled a Moscow park. The Kremlin said no.',
      ),
    ).toEqual(['Kremlin → russia (metonym)']);
  });

  test('a capital before a role only a government has is the government; before a role a city has too, a place', () => {
    expect(found('Kremlin spokesman Dmitry Orlov told reporters the plan was dead.')).toEqual([
      'Kremlin → russia (metonym)',
    ]);
    expect(found('A Tehran official said the talks would resume, and a Moscow envoy agreed.')).toEqual([
      'Tehran → iran (metonym)',
      'Moscow → russia (metonym)',
    ]);
    expect(found('The Moscow correspondent filed late; the Tehran mayor and a Damascus judge spoke.')).toEqual([]);
  });

  test('a capital over which something flies, or before -based, is a place; its possessive stays the government', () => {
    expect(found('Drones were downed over Kyiv and jets flew above Damascus.')).toEqual([]);
    expect(found('The Washington-based group and a Moscow-based firm filed suit.')).toEqual([]);
    expect(found("Talks stalled over Tehran's nuclear programme. The Kremlin said no.")).toEqual([
      'Tehran → iran (metonym)',
      'Kremlin → russia (metonym)',
    ]);
  });

  test('a person’s full name is not suppressed by a capitalised word before it, only by one after it', () => {
    expect(found('Foreign Minsiter Abbas Araghchi flew to Muscat.')).toEqual([
      'Abbas Araghchi → abbas-araghchi (name)',
    ]);
    expect(found('Seyed Abbas Araghchi met Ban Ki-moon.')).toEqual([
      'Abbas Araghchi → abbas-araghchi (name)',
      'Ban Ki-moon → ban-ki-moon (name)',
    ]);
    const { mentions, notes } = findMentions(registry, 'He spoke at the Kofi Annan Foundation in Geneva.');
    expect(mentions).toEqual([]);
    expect(notes.map(({ text, ruleId }) => `${text} ${ruleId}`)).toEqual(['Kofi Annan longer-name']);
  });

  test('surnames link once the full name has appeared, to that person', () => {
    expect(
      found(
        'Iranian Foreign Minister Abbas Araghchi met with officials. “I clearly announce full-fledged support,” Araghchi stated.',
      ),
    ).toEqual([
      'Iranian → iran (demonym)',
      'Abbas Araghchi → abbas-araghchi (name)',
      'Araghchi → abbas-araghchi (surname)',
    ]);
  });

  test('a surname before the full name is reported, not linked', () => {
    const { mentions, notes } = findMentions(registry, 'Araghchi stated it. Later, Abbas Araghchi left.');
    expect(mentions.map(({ text }) => text)).toEqual(['Abbas Araghchi']);
    expect(notes).toMatchObject([{ text: 'Araghchi', ruleId: 'surname-before-name', start: 0, end: 8 }]);
  });

  test("a head of state's surname listed as an alias links before the full name, but not a name being introduced", () => {
    expect(found('Crowds in Yerevan chanted against Putin all night.')).toEqual(['Putin → vladimir-putin (alias)']);
    expect(found('Erdoğan and Erdogan are one spelling apart.')).toEqual([
      'Erdoğan → recep-tayyip-erdogan (alias)',
      'Erdogan → recep-tayyip-erdogan (alias)',
    ]);
    expect(found('A farmer named Putin and a dog called Erdogan won prizes.')).toEqual([]);
  });

  test('a title outside the span vouches for a surname', () => {
    expect(found('Araghchi met with President Assad.')).toEqual(['Assad → bashar-al-assad (surname)']);
    expect(found('“We hold Mr. Obama responsible,” he added.')).toEqual(['Obama → barack-obama (surname)']);
  });

  test('letter case is exact where the registry says so', () => {
    expect(found('Let us talk about the US and the U.S. economy.')).toEqual([
      'US → united-states (alias)',
      'U.S. → united-states (alias)',
    ]);
    expect(found('He roasted a turkey in china.')).toEqual([]);
  });

  test('a name inside a longer proper name is reported, not linked', () => {
    const { mentions, notes } = findMentions(
      registry,
      'Traffic came from Hitwise UK and from North America; he studied at George Washington University.',
    );
    expect(mentions).toEqual([]);
    expect(notes.map(({ text, ruleId }) => `${text} ${ruleId}`)).toEqual([
      'UK longer-name',
      'America longer-name',
      'Washington longer-name',
    ]);
  });

  test('look-alikes from the Wikinews corpus are not mentions', () => {
    expect(
      found(
        'The Robot Olympics in the Daughters of the American Revolution Constitution Hall. He was released on US$20,000 bail. The Museum of Flight in Seattle, Washington was proposed.',
      ),
    ).toEqual([]);
  });

  test('a state before an institution is still the state', () => {
    expect(found('The study was supported by the US National Science Foundation.')).toEqual([
      'US → united-states (alias)',
    ]);
  });

  test('Unicode: a name typed decomposed matches its composed form', () => {
    const decomposed = 'President Recep Tayyip Erdog\u0306an spoke.';
    const result = findMentions(registry, decomposed).mentions;
    expect(result.map(({ actor }) => actor)).toEqual(['recep-tayyip-erdogan']);
    // Offsets stay in the text as given.
    expect(decomposed.slice(result[0]?.start, result[0]?.end)).toBe('Recep Tayyip Erdog\u0306an');
  });

  test('words are never matched inside other words', () => {
    expect(found('Iranians and Iraqis, but not Iranology or Irani.')).toEqual([
      'Iranians → iran (demonym)',
      'Iraqis → iraq (demonym)',
    ]);
  });
});

describe('the registry', () => {
  const actor = (fields: Record<string, unknown>) => actorSchema.parse({ description: 'x', ...fields });

  test('an alias two actors claim is an error naming both', () => {
    const { problems } = buildRegistry([
      { id: 'georgia' as ActorId, data: actor({ name: 'Georgia', kind: 'state' }) },
      {
        id: 'georgia-us-state' as ActorId,
        data: actor({ name: 'State of Georgia', kind: 'state', aliases: ['Georgia'] }),
      },
    ]);
    expect(problems).toEqual([
      {
        actor: 'georgia-us-state',
        path: ['aliases', 0],
        message:
          'alias "Georgia" of georgia-us-state is also the name "Georgia" of georgia; remove one, or mark the alias `shared: true` in both entries so each briefing decides',
      },
    ]);
  });

  test('a shared alias is settled by the briefing’s tags or its other mentions, else reported', () => {
    const shared = { text: 'Georgia', shared: true };
    const { registry: small, problems } = buildRegistry([
      { id: 'georgia' as ActorId, data: actor({ name: 'Republic of Georgia', kind: 'state', aliases: [shared] }) },
      {
        id: 'georgia-us-state' as ActorId,
        data: actor({ name: 'State of Georgia', kind: 'state', aliases: [shared] }),
      },
    ]);
    expect(problems).toEqual([]);
    const actors = (text: string, tagged: string[] = []) =>
      findMentions(small, text, { taggedActors: tagged as ActorId[] }).mentions.map(({ actor: id }) => id);
    expect(actors('Troops left Georgia.', ['georgia'])).toEqual(['georgia']);
    expect(actors('The State of Georgia voted. Georgia counts again.')).toEqual([
      'georgia-us-state',
      'georgia-us-state',
    ]);
    const { notes } = findMentions(small, 'Georgia voted.');
    expect(notes.map(({ ruleId }) => ruleId)).toEqual(['shared-alias']);
  });

  test('names longer than the matcher’s bound are refused', () => {
    const { problems } = buildRegistry([
      { id: 'long' as ActorId, data: actor({ name: Array(17).fill('word').join(' '), kind: 'organisation' }) },
    ]);
    expect(problems.map(({ path, message }) => `${path.join('.')}: ${message}`)).toEqual([
      `name: "${Array(17).fill('word').join(' ')}" is longer than 16 words and marks; shorten it`,
    ]);
  });

  test('hostile aliases are literal text, never patterns', () => {
    const { registry: hostile, problems } = buildRegistry([
      {
        id: 'x' as ActorId,
        data: actor({ name: 'a+b', kind: 'organisation', aliases: ['Iran|Iraq', 'X(a+)+$', '.*'] }),
      },
    ]);
    expect(problems.map(({ message }) => message)).toEqual(['".*" must start with a letter or digit']);
    const text = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaa! a+b, Iran|Iraq and X(a+)+$ but not ab, Iran or Xaaa';
    expect(findMentions(hostile, text).mentions.map(({ text: surface }) => surface)).toEqual([
      'a+b',
      'Iran|Iraq',
      'X(a+)+$',
    ]);
  });
});
