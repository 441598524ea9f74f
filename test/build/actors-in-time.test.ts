/**
 * Actors in time, read from a build of content/: a briefing's names link to
 * the actor that held them on its date, actor pages name their predecessor
 * and successor and date their memberships, and timelines have a time axis.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { linkedActor, loadDocument } from '../helpers/dist.ts';

const SEED = '2024-12-02-iranian-backed-militias-enter-syria';
const DECEMBER = '2024-12-11-syria-caretaker-prime-minister-named';
const JANUARY = '2025-01-30-syria-names-al-sharaa-transitional-president';
const MARCH = '2025-03-30-syria-forms-transitional-government';

let build: BuildResult;
beforeAll(() => {
  build = buildSite({ name: 'actors-in-time' });
  if (build.status !== 0) throw new Error(build.output);
});

const page = (file: string) => loadDocument(build.outDir, file);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Each mention link of a briefing whose text is one of `texts`, as `text → actor`. */
function linked(briefing: string, ...texts: string[]): string[] {
  const links = [...page(`briefings/${briefing}/index.html`).querySelectorAll('.briefing__body a.actor')];
  return links
    .filter((link) => texts.includes(link.textContent))
    .map((link) => `${link.textContent} → ${linkedActor(link) ?? ''}`);
}

/** The actor page's facts as `label: text`. */
function facts(id: string): string[] {
  const list = page(`actors/${id}/index.html`).querySelector('.actor-page__facts');
  return [...(list?.querySelectorAll('dt') ?? [])].map(
    (term) => `${squash(term.textContent)}: ${squash(term.nextElementSibling?.textContent ?? '')}`,
  );
}

describe('names by the briefing’s date', () => {
  test('the seed, dated 2 December 2024, links Damascus and the Syrian government to the Assad government', () => {
    expect(new Set(linked(SEED, 'Damascus', 'Syrian government', 'Syrian regime'))).toEqual(
      new Set([
        'Damascus → syrian-government',
        'Syrian government → syrian-government',
        'Syrian regime → syrian-government',
      ]),
    );
  });

  test('nine days after the seed, in the same month, they link to the caretaker government', () => {
    expect(linked(DECEMBER, 'Syrian government', 'Damascus')).toEqual([
      'Syrian government → syrian-caretaker-government',
      'Damascus → syrian-caretaker-government',
    ]);
  });

  test('in January 2025 they link to the caretaker government, in March 2025 to the transitional government', () => {
    expect(linked(JANUARY, 'Syrian government', 'Damascus')).toEqual([
      'Syrian government → syrian-caretaker-government',
      'Damascus → syrian-caretaker-government',
    ]);
    expect(linked(MARCH, 'Syrian government', 'Damascus')).toEqual([
      'Syrian government → syrian-transitional-government',
      'Damascus → syrian-transitional-government',
    ]);
  });

  test('a title followed by the holder’s name is one mention of the person, not two', () => {
    // The seed's "Syrian President Bashar Assad" and March's "Syria's president, Ahmed al-Sharaa".
    expect(linked(SEED, 'Syrian President', 'Syrian', 'Bashar Assad')).toEqual(
      expect.arrayContaining(['Syrian → syria', 'Bashar Assad → bashar-al-assad']),
    );
    expect(linked(SEED, 'Syrian President')).toEqual([]);
    expect(linked(MARCH, "Syria's president", 'Ahmed al-Sharaa')).toEqual(['Ahmed al-Sharaa → ahmed-al-sharaa']);
  });

  test('the Assad government keeps its own name in 2025', () => {
    expect(new Set(linked(MARCH, 'Assad government'))).toEqual(new Set(['Assad government → syrian-government']));
  });
});

describe('actor pages', () => {
  test('the old government names its successor, and each successor its predecessor', () => {
    expect(facts('syrian-government')).toEqual(
      expect.arrayContaining(['Until: 8 December 2024', 'Succeeded by: Syrian caretaker government']),
    );
    expect(facts('syrian-caretaker-government')).toEqual(
      expect.arrayContaining([
        'Active: 8 December 2024 – 29 March 2025',
        'Preceded by: Syrian government',
        'Succeeded by: Syrian transitional government',
      ]),
    );
    expect(facts('syrian-transitional-government')).toEqual(
      expect.arrayContaining(['Since: 29 March 2025', 'Preceded by: Syrian caretaker government']),
    );
    const successor = page('actors/syrian-government/index.html').querySelector('.actor-page__succession a');
    expect(successor?.getAttribute('href')).toBe('/actors/syrian-caretaker-government/');
  });

  test('memberships and members carry their dates, and time-bound names theirs', () => {
    expect(facts('ahmed-al-sharaa')).toEqual(
      expect.arrayContaining([
        'Part of: Hayat Tahrir al-Sham (28 January 2017 – 29 January 2025), Syrian caretaker government ' +
          '(29 January 2025 – 29 March 2025), Syrian transitional government (from 29 March 2025)',
      ]),
    );
    expect(facts('hayat-tahrir-al-sham')).toEqual(
      expect.arrayContaining(['Members: Ahmed al-Sharaa (28 January 2017 – 29 January 2025)']),
    );
    expect(facts('syrian-caretaker-government')).toEqual(
      expect.arrayContaining([
        'Also written: Syrian government (8 December 2024 – 29 March 2025), Damascus (8 December 2024 – 29 March 2025)',
      ]),
    );
  });

  test('a president’s page lists the offices held, with their dates', () => {
    expect(facts('bashar-al-assad')).toEqual(
      expect.arrayContaining([
        "Titles: President of Syria, Syrian President, Syria's President, President of the Syrian Arab Republic " +
          '(17 July 2000 – 8 December 2024)',
      ]),
    );
    expect(facts('ahmed-al-sharaa')).toEqual(
      expect.arrayContaining([
        "Titles: President of Syria, Syrian President, Syria's President, President of the Syrian Arab Republic, " +
          "interim President of Syria, Syrian interim President, Syria's interim President (from 29 January 2025)",
      ]),
    );
  });
});

test('/actors.json carries each actor’s place in time', () => {
  const exported = JSON.parse(readFileSync(path.join(build.outDir, 'actors.json'), 'utf8')) as {
    actors: { id: string }[];
  };
  expect(exported.actors.find(({ id }) => id === 'syrian-caretaker-government')).toMatchObject({
    from: '2024-12-08',
    until: '2025-03-29',
    predecessor: 'syrian-government',
    successor: 'syrian-transitional-government',
    periods: [
      { field: 'aliases', text: 'Syrian government', from: '2024-12-08', until: '2025-03-29' },
      { field: 'metonyms', text: 'Damascus', from: '2024-12-08', until: '2025-03-29' },
    ],
  });
});

describe('timelines', () => {
  test('Iran’s chart is counted per year, labelled with years, with the empty years between', () => {
    const chart = page('actors/iran/index.html').querySelector('.timeline__chart');
    const labels = [...(chart?.querySelectorAll('text') ?? [])].map((label) => label.textContent);
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.every((label) => /^\d{4}$/.test(label))).toBe(true);
    const slots = chart?.getAttribute('viewBox')?.split(' ').map(Number) ?? [];
    expect(slots[2]).toBeGreaterThan(200);
    expect(squash(page('actors/iran/index.html').querySelector('.timeline figcaption')?.textContent ?? '')).toBe(
      'Mentions of Iran per year',
    );
  });

  test('Ahmed al-Sharaa’s chart is per month, with month names and the years, February an empty slot', () => {
    const chart = page('actors/ahmed-al-sharaa/index.html').querySelector('.timeline__chart');
    const labels = [...(chart?.querySelectorAll('text') ?? [])].map((label) => label.textContent);
    expect(labels).toEqual(['Dec', '2024', 'Jan', '2025', 'Feb', 'Mar']);
    expect(chart?.querySelectorAll('rect').length).toBe(3);
  });
});
