/**
 * The base layer of the actor registry: every state from the
 * `world-countries` package, the curated organisations, and how both merge
 * under the editors' `content/actors/`. Matcher cases are real sentences
 * from the GUM Wikinews articles in ../shared/corpus/wikinews/gum/.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import countries from 'world-countries';
import { describe, expect, test } from 'vitest';
import { findMentions } from '../../src/core/mentions/matcher.ts';
import {
  buildRegistry,
  type ActorEntry,
  type Registry,
  type RegistryProblem,
} from '../../src/core/registry/registry.ts';
import * as baseLayer from '../../src/sources/base-layer/index.ts';
import { baseLayerEntries, mergeLayers } from '../../src/sources/base-layer/index.ts';
import { OUTLETS_FILE, parseOrganisations } from '../../src/sources/base-layer/organisations.ts';
import { DROPPED_FORMS, NON_MEMBER_STATES } from '../../src/sources/base-layer/state-overrides.ts';
import { isState, stateEntries, stateId } from '../../src/sources/base-layer/states.ts';
import { readContentFolder } from '../../src/sources/files/content-files.ts';
import { parseActorFile } from '../../src/sources/files/entry-files.ts';
import { formatProblem } from '../../src/sources/files/problems.ts';
import { actorSchema, type ActorId } from '../../src/core/schema/index.ts';
import { ROOT } from '../helpers/build.ts';

const base = await baseLayerEntries(ROOT);
const editorFiles = await readContentFolder(ROOT, 'content/actors', '.yaml', parseActorFile);
const editors: ActorEntry[] = editorFiles.entries.map(({ source, data }) => ({ id: source.id as ActorId, data }));
const byId = new Map(base.entries.map((entry) => [entry.id, entry.data]));
const outlets = new Set(
  parseOrganisations(await readFile(path.join(ROOT, OUTLETS_FILE), 'utf8'), OUTLETS_FILE).entries.map(({ id }) => id),
);

const describeProblem = ({ actor, path, message }: RegistryProblem) => `${actor}.${path.join('.')}: ${message}`;

function compiled(entries: readonly ActorEntry[]): Registry {
  const { registry, problems } = buildRegistry(entries);
  expect(problems.map(describeProblem)).toEqual([]);
  return registry;
}

/** Every mention in `text` as `surface → actor (form)`, in order. */
function found(registry: Registry, text: string): string[] {
  return findMentions(registry, text).mentions.map(
    ({ text: surface, actor, form }) => `${surface} → ${actor} (${form})`,
  );
}

/** An actor entry from the fields an editor would write. */
function actor(id: string, fields: Record<string, unknown>): ActorEntry {
  return { id: id as ActorId, data: actorSchema.parse({ kind: 'organisation', description: 'Test.', ...fields }) };
}

test('the module exposes the base layer and the merge, nothing else', () => {
  expect(Object.keys(baseLayer).sort()).toEqual(['baseLayerEntries', 'mergeLayers']);
});

describe('states', () => {
  const members = countries.filter((country) => country.unMember && !(country.cca3 in NON_MEMBER_STATES));

  test('the package flags 193 UN member states once its one error (the Holy See, an observer) is set aside', () => {
    expect(members).toHaveLength(193);
    expect(countries.filter((country) => country.unMember && country.cca3 in NON_MEMBER_STATES)).toHaveLength(1);
  });

  test('the layer holds the UN members, the two observer states and Kosovo and Taiwan, no territories', () => {
    expect(base.problems.map(formatProblem)).toEqual([]);
    expect(stateEntries().entries).toHaveLength(197);
    expect(countries.filter(isState).map(stateId)).toEqual(expect.arrayContaining(['palestine', 'vatican-city']));
    for (const territory of ['hong-kong', 'greenland', 'puerto-rico', 'western-sahara']) {
      expect(byId.has(territory as ActorId)).toBe(false);
    }
  });

  test('every UN member state is a state actor with its demonym and its capital as a metonym', () => {
    const missing: { state: string; form: string }[] = [];
    for (const country of members) {
      const data = byId.get(stateId(country));
      expect(data?.kind, country.name.common).toBe('state');
      if (!data) continue;
      const forms = new Set([data.name, ...data.demonyms, ...data.metonyms, ...data.aliases.map(({ text }) => text)]);
      const demonym = country.demonyms['eng']?.m.split(/,\s*|\s+or\s+/)[0] ?? '';
      for (const form of [demonym, ...country.capital]) {
        if (!forms.has(form)) missing.push({ state: stateId(country), form });
      }
    }
    // Only forms state-overrides.ts drops as risky, each for the reason given there.
    expect(missing).toEqual([
      { state: 'belgium', form: 'Brussels' },
      { state: 'bulgaria', form: 'Sofia' },
      { state: 'central-african-republic', form: 'Central African' },
      { state: 'libya', form: 'Tripoli' },
      { state: 'seychelles', form: 'Victoria' },
    ]);
    expect(missing.filter(({ form }) => !DROPPED_FORMS.has(form))).toEqual([]);
  });

  test('ids agree with the editors’ files in content/actors/', () => {
    const editorStates = editors.filter(({ data }) => data.kind === 'state').map(({ id }) => id);
    expect(editorStates.filter((id) => !byId.has(id))).toEqual([]);
  });

  const registry = compiled(base.entries);

  test.each([
    ['Turkey', 'turkey (name)'],
    ['Türkiye', 'turkey (alias)'],
    ['Turkiye', 'turkey (alias)'],
    ['Turkish', 'turkey (demonym)'],
    ['Turks', 'turkey (demonym)'],
    ['Ankara', 'turkey (metonym)'],
    ['United Kingdom', 'united-kingdom (name)'],
    ['Britain', 'united-kingdom (alias)'],
    ['Great Britain', 'united-kingdom (alias)'],
    ['UK', 'united-kingdom (alias)'],
    ['U.K.', 'united-kingdom (alias)'],
    ['British', 'united-kingdom (demonym)'],
    ['Briton', 'united-kingdom (demonym)'],
    ['Britons', 'united-kingdom (demonym)'],
    ['United States', 'united-states (name)'],
    ['United States of America', 'united-states (alias)'],
    ['US', 'united-states (alias)'],
    ['U.S.', 'united-states (alias)'],
    ['USA', 'united-states (alias)'],
    ['America', 'united-states (alias)'],
    ['Americans', 'united-states (demonym)'],
    ['Iranians', 'iran (demonym)'],
    ['Lebanese', 'lebanon (demonym)'],
    ['Belarusians', 'belarus (demonym)'],
    ['Dutch', 'netherlands (demonym)'],
    ['UAE', 'united-arab-emirates (alias)'],
    ['DRC', 'dr-congo (alias)'],
    ['Pyongyang', 'north-korea (metonym)'],
  ])('"%s" is %s', (form, expected) => {
    expect(found(registry, `${form} said on Monday.`)).toEqual([`${form} → ${expected}`]);
  });

  test.each([
    ['Sudan and South Sudan', ['Sudan → sudan (name)', 'South Sudan → south-sudan (name)']],
    ['Niger and Nigeria', ['Niger → niger (name)', 'Nigeria → nigeria (name)']],
    ['Guinea and Equatorial Guinea', ['Guinea → guinea (name)', 'Equatorial Guinea → equatorial-guinea (name)']],
    [
      'Dominica and the Dominican Republic',
      ['Dominica → dominica (name)', 'Dominican Republic → dominican-republic (name)'],
    ],
  ])('the longest name wins: %s', (text, expected) => {
    expect(found(registry, text)).toEqual(expected);
  });

  test('a form two states share links to the one the text names, and is only reported otherwise', () => {
    expect(found(registry, 'DR Congo said the Congolese army had retaken Goma.')).toEqual([
      'DR Congo → dr-congo (name)',
      'Congolese → dr-congo (alias)',
    ]);
    const alone = findMentions(registry, 'Congolese troops crossed the river.');
    expect(alone.mentions).toEqual([]);
    expect(alone.notes.map(({ text, ruleId }) => `${text}: ${ruleId}`)).toEqual(['Congolese: shared-alias']);
  });
});

describe('organisations', () => {
  const FILE = 'src/sources/base-layer/organisations.yaml';
  const problems = (text: string) => parseOrganisations(text, FILE).problems.map(formatProblem);

  test('organs belong to their parents, and editor ids are reused', () => {
    expect(byId.get('un-security-council' as ActorId)?.memberOf).toEqual(['united-nations']);
    expect(byId.get('un-secretary-general' as ActorId)?.memberOf).toEqual(['united-nations']);
    expect(byId.get('european-commission' as ActorId)?.memberOf).toEqual(['european-union']);
    const editorOrganisations = ['united-nations', 'european-union', 'un-security-council', 'nato', 'unhcr'];
    for (const id of editorOrganisations) expect(byId.get(id as ActorId)?.kind).toBe('organisation');
  });

  test('every problem is reported with its line, and the rest of the file still loads', () => {
    const text = [
      'good:',
      '  name: Good Organisation',
      '  kind: organisation',
      '  description: Fine.',
      'Bad_Id:',
      '  name: X',
      'organ:',
      '  name: Organ',
      '  kind: organisation',
      '  description: Part of something.',
      '  colour: blue',
      '  memberOf:',
      '    - parent',
    ].join('\n');
    expect(problems(text)).toEqual([
      `${FILE}:5: "Bad_Id": an actor id is lower-case letters, digits and single hyphens (e.g. "hayat-tahrir-al-sham")`,
      `${FILE}:11: organ.colour: is not a known field; check its spelling against the schema in src/core/schema/actor.ts`,
    ]);
    const valid = text.replace('  colour: blue\n', '');
    expect(problems(valid)).toEqual([
      `${FILE}:5: "Bad_Id": an actor id is lower-case letters, digits and single hyphens (e.g. "hayat-tahrir-al-sham")`,
      `${FILE}:12: organ.memberOf.0: no organisation "parent" in this file`,
    ]);
    expect(parseOrganisations(valid, FILE).entries.map(({ id }) => id)).toEqual(['good', 'organ']);
  });

  test('an organisation cannot take a state’s id', () => {
    const text = 'france:\n  name: France\n  kind: organisation\n  description: Not a state.\n';
    expect(parseOrganisations(text, FILE, new Set(['france'])).problems.map(formatProblem)).toEqual([
      `${FILE}:1: "france" is already the id of a state; choose another`,
    ]);
  });

  test('an entry of a later file may belong to one read before it (a state’s news agency to its state)', () => {
    const text =
      'kcna:\n  name: Korean Central News Agency\n  kind: media\n  description: A state agency.\n  memberOf:\n    - north-korea\n';
    expect(parseOrganisations(text, FILE, new Set(['north-korea'])).problems).toEqual([]);
    expect(parseOrganisations(text, FILE).problems.map(formatProblem)).toEqual([
      `${FILE}:6: kcna.memberOf.0: no organisation "north-korea" in this file`,
    ]);
  });

  test('the state news agencies are in the base layer and belong to their states', () => {
    const agencies = base.entries.filter(({ id, data }) => data.kind === 'media' && !outlets.has(id));
    expect(agencies.map(({ id }) => id)).toContain('kcna');
    for (const { id, data } of agencies) expect([id, data.memberOf.length]).toEqual([id, 1]);
  });

  test('the independent outlets are in the base layer, media of no state', () => {
    expect([...outlets]).toEqual(expect.arrayContaining(['haaretz', 'al-monitor', 'times-of-israel']));
    for (const id of outlets) expect([id, byId.get(id)?.kind, byId.get(id)?.memberOf]).toEqual([id, 'media', []]);
  });

  test("an outlet told something links as the outlet, its state's name or capital inside it no link of the state", () => {
    const registry = compiled(mergeLayers(base.entries, editors).entries);
    expect(found(registry, 'A senior official told Haaretz that Egypt had offered to host the talks.')).toEqual([
      'Haaretz → haaretz (name)',
      'Egypt → egypt (name)',
    ]);
    expect(found(registry, 'Two ministers told the Jerusalem Post that Israel would not go.')).toEqual([
      'Jerusalem Post → jerusalem-post (name)',
      'Israel → israel (name)',
    ]);
    // A lower-case spelling of an Arabic article matches too; a capital alone is still the state's.
    expect(found(registry, 'An aide told al-Monitor that Jerusalem had agreed.')).toEqual([
      'al-Monitor → al-monitor (alias)',
      'Jerusalem → israel (metonym)',
    ]);
  });

  test('YAML errors keep their line', () => {
    expect(problems('un:\n  name: United Nations\n  name: UN\n')).toEqual([`${FILE}:3: YAML: Map keys must be unique`]);
  });
});

describe('merging under the editors’ layer', () => {
  test('the base layer alone, and merged with content/actors/, compiles without a problem', () => {
    compiled(base.entries);
    const merged = mergeLayers(base.entries, editors);
    compiled(merged.entries);
    expect(merged.entries.length).toBe(new Set(merged.entries.map(({ id }) => id)).size);
  });

  test('an editor entry wins field by field and keeps the base entry’s other names', () => {
    const baseEntry = actor('ruritania', {
      name: 'Ruritania',
      kind: 'state',
      description: 'Generated.',
      wikidata: 'Q1',
      aliases: ['Kingdom of Ruritania'],
      demonyms: ['Ruritanian', 'Ruritanians'],
      metonyms: ['Strelsau'],
    });
    const editor = actor('ruritania', {
      name: 'Ruritanian Kingdom',
      kind: 'state',
      description: 'Written by an editor.',
      demonyms: ['Ruritanian'],
    });
    const { entries, notices } = mergeLayers([baseEntry], [editor]);
    expect(notices).toEqual([]);
    expect(entries).toEqual([
      {
        id: 'ruritania',
        data: {
          name: 'Ruritanian Kingdom',
          kind: 'state',
          description: 'Written by an editor.',
          wikidata: 'Q1',
          aliases: [
            { text: 'Ruritania', caseSensitive: true, shared: false },
            { text: 'Kingdom of Ruritania', caseSensitive: true, shared: false },
          ],
          demonyms: ['Ruritanian', 'Ruritanians'],
          metonyms: ['Strelsau'],
          memberOf: [],
        },
      },
    ]);
  });

  test('a form another editor actor claims is taken from the base actor, with a notice', () => {
    const state = actor('ruritania', { name: 'Ruritania', kind: 'state', demonyms: ['Ruritanian', 'Ruritanians'] });
    const people = actor('ruritanians', { name: 'Ruritanians', kind: 'people', demonyms: ['Ruritanian'] });
    const { entries, notices } = mergeLayers([state], [people]);
    expect(notices).toEqual([
      `the base layer's demonym "Ruritanian" of ruritania is left out: the editors' ruritanians claims it`,
      `the base layer's demonym "Ruritanians" of ruritania is left out: the editors' ruritanians claims it`,
    ]);
    expect(entries.find(({ id }) => id === 'ruritania')?.data.demonyms).toEqual([]);
    compiled(entries);
  });

  test('a text whose case varies collides with every spelling of it', () => {
    const org = actor('strelsau-group', { name: 'Strelsau Group', aliases: ['SG'] });
    const editor = actor('sg-club', { name: 'SG Club', aliases: [{ text: 'sg', caseSensitive: false }] });
    const { entries, notices } = mergeLayers([org], [editor]);
    expect(notices).toEqual([
      `the base layer's alias "SG" of strelsau-group is left out: the editors' sg-club claims it`,
    ]);
    compiled(entries);
  });

  test('a base actor whose name an editor actor claims gives way to it, in memberOf too', () => {
    const parent = actor('ruritanian-league', { name: 'Ruritanian League' });
    const organ = actor('league-council', { name: 'League Council', memberOf: ['ruritanian-league'] });
    const editor = actor('the-league', { name: 'The League', aliases: ['Ruritanian League'] });
    const { entries, notices } = mergeLayers([parent, organ], [editor]);
    expect(notices).toEqual([
      `the base layer's ruritanian-league is left out: the editors' the-league claims its name "Ruritanian League"`,
    ]);
    expect(entries.map(({ id, data }) => `${id} → ${data.memberOf.join(', ')}`)).toEqual([
      'the-league → ',
      'league-council → the-league',
    ]);
  });

  test('a form both layers mark as shared stays with both', () => {
    const state = actor('georgia', { name: 'Georgia', kind: 'state', aliases: [{ text: 'Sakartvelo', shared: true }] });
    const editor = actor('sakartvelo-fc', { name: 'Sakartvelo FC', aliases: [{ text: 'Sakartvelo', shared: true }] });
    const { entries, notices } = mergeLayers([state], [editor]);
    expect(notices).toEqual([]);
    expect(entries.find(({ id }) => id === 'georgia')?.data.aliases.map(({ text }) => text)).toEqual(['Sakartvelo']);
  });
});

describe('states the editors never registered now link (GUM Wikinews sentences)', () => {
  const editorsOnly = compiled(editors);
  const merged = compiled(mergeLayers(base.entries, editors).entries);

  test.each([
    [
      'asylum',
      'Malaysia and Indonesia have maintained a policy of turning away boats of migrants which, according to AFP, the Untied Nations and United States have both criticised.',
      ['Malaysia → malaysia (name)', 'Indonesia → indonesia (name)', 'United States → united-states (name)'],
    ],
    [
      'asylum',
      'The rescued members included Bangladeshis and Rohingya, a stateless minority of Muslims from Myanmar.',
      ['Bangladeshis → bangladesh (demonym)', 'Rohingya → rohingya (name)', 'Myanmar → myanmar (name)'],
    ],
    [
      'korea',
      'Yesterday, North Korea fired artillery rounds aimed at a loudspeaker in South Korea that broadcasts anti-Pyongyang propaganda into the North.',
      ['North Korea → north-korea (name)', 'South Korea → south-korea (name)', 'Pyongyang → north-korea (metonym)'],
    ],
    [
      'stampede',
      'According to the Saudi Interior Ministry over 345 Muslim pilgrims have been killed in a stampede during the annual Hajj pilgrimage near Mecca, Saudi Arabia.',
      ['Saudi → saudi-arabia (demonym)', 'Saudi Arabia → saudi-arabia (name)'],
    ],
    [
      'soccer',
      'Sweden defeated South Korea 1 – 0; Belgium defeated debutants Panama 3 – 0; and Tunisia lost 1 – 2 to England, with a late goal from English captain Harry Kane.',
      [
        'Sweden → sweden (name)',
        'South Korea → south-korea (name)',
        'Belgium → belgium (name)',
        'Panama → panama (name)',
        'Tunisia → tunisia (name)',
      ],
    ],
    [
      'iodine',
      'The World Health Organisation (WHO) recommends that every country should iodise all edible salt.',
      ['World Health Organisation → world-health-organization (alias)', 'WHO → world-health-organization (alias)'],
    ],
  ])('%s: %s', (_article, sentence, expected) => {
    expect(found(merged, sentence)).toEqual(expected);
    const before = found(editorsOnly, sentence);
    expect(expected.filter((mention) => !before.includes(mention)).length).toBeGreaterThan(0);
  });
});
