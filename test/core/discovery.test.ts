/**
 * Discovery: people and organisations no registry layer holds, found in
 * real sentences (the seed, the Wikinews briefings and corpus), linked with
 * their affiliation; scored on the GUM entity gold; listed and promoted by
 * `npm run actors`. Their pages in a built site are tested in
 * test/build/discovered-actors.test.ts.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { RenderedBriefing } from '../../src/core/unified/pipeline.ts';
import type { Registry } from '../../src/core/registry/registry.ts';
import { parseActorFile } from '../../src/sources/files/entry-files.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import { findCandidates, promoteCandidates, PromoteError } from '../../tools/actors/actor-candidates.ts';
import { readGumGold, scoreDiscovery } from '../../tools/eval/discovery-gold.ts';
import { ROOT } from '../helpers/build.ts';
import { renderWithContentRegistry } from '../helpers/registry.ts';

let registry: Registry;

beforeAll(async () => {
  ({ registry } = await loadRegistry(ROOT, 'content/actors'));
});

const render = (markdown: string, discovery = true) => renderWithContentRegistry(markdown, { discovery });

const linked = (rendered: RenderedBriefing) => rendered.record.mentions.map(({ text, actor }) => `${text} → ${actor}`);
const discovered = (rendered: RenderedBriefing, id: string) =>
  rendered.record.discovered.find((actor) => actor.id === id);

describe('discovery in real sentences', () => {
  test('a titled minister of a registered state: linked, with the state as affiliation and the title as role', async () => {
    // GUM / Wikinews "flag" (2015).
    const rendered = await render(
      'New Zealand\'s Prime Minister John Key said he believes redesigning the flag now has a "strong rationale". ' +
        'Mr Key promoted the campaign for a unique New Zealand flag on Waitangi Day this year.',
    );
    expect(discovered(rendered, 'john-key')).toMatchObject({
      name: 'John Key',
      kind: 'person',
      memberOf: ['new-zealand'],
      role: 'Prime Minister',
      cue: 'title',
    });
    // The state keeps its own link; the later short form links to the person.
    expect(linked(rendered)).toEqual([
      'New Zealand → new-zealand',
      'John Key → john-key',
      'Key → john-key',
      'New Zealand → new-zealand',
    ]);
    expect(rendered.html).toContain(
      '<a href="/actors/john-key/" class="actor actor--person" aria-description="John Key"',
    );
  });

  test('an office the registry holds is membership of its body; a senator of the United States', async () => {
    // Wikinews "NASA celebrates 30th anniversary of first shuttle launch" (2011), in content/.
    const rendered = await render('Texas Senator John Cornyn issued a statement.\n\nUS Senator John Cornyn said more.');
    expect(discovered(rendered, 'john-cornyn')).toMatchObject({ kind: 'person', memberOf: ['united-states'] });
    const office = await render('UN Secretary-General Dag Hammarskjöld flew to the Congo.');
    expect(discovered(office, 'dag-hammarskjold')).toMatchObject({
      name: 'Dag Hammarskjöld',
      memberOf: ['united-nations'],
    });
  });

  test('an organisation of a state from the seed: the whole name is one mention of the ministry, a member of Iran', async () => {
    const seed = readFileSync(
      path.join(ROOT, 'content/articles/2024-12-02-iranian-backed-militias-enter-syria.md'),
      'utf8',
    );
    const rendered = await render(seed.slice(seed.indexOf('\n---', 3) + 4));
    expect(discovered(rendered, 'iran-foreign-ministry')).toMatchObject({
      name: 'Iranian Foreign Ministry',
      kind: 'government',
      memberOf: ['iran'],
    });
    expect(linked(rendered)).toContain('Iranian Foreign Ministry → iran-foreign-ministry');
    // A registered name stays one mention, and a registered person is never rediscovered.
    expect(linked(rendered)).toContain('Syrian Observatory for Human Rights → syrian-observatory-for-human-rights');
    expect(linked(rendered)).toContain('Esmaeil Baqaei → esmaeil-baqaei');
    expect(rendered.record.discovered.map(({ id }) => id)).toEqual(['iran-foreign-ministry']);
  });

  test('a discovered person is a known speaker, and a probable spelling is linked and reported', async () => {
    const rendered = await render(
      'Lebanese Prime Minister Fouad Siniora met the envoy on Monday.\n\n' +
        '"We will not give up," Siniora said.\n\nSiniori later told reporters the talks would go on.',
    );
    expect(discovered(rendered, 'fouad-siniora')).toMatchObject({
      memberOf: ['lebanon'],
      forms: [
        { text: 'Siniora', probable: false },
        { text: 'Siniori', probable: true },
      ],
    });
    const [quote] = rendered.record.quotes;
    expect(quote?.speaker).toMatchObject({ name: 'Fouad Siniora', id: 'fouad-siniora', actor: 'lebanon' });
    expect(rendered.messages.map(({ reason }) => reason)).toContain(
      '"Siniori" is probably Fouad Siniora (a spelling of "Siniora"); linked, check it',
    );
    expect(rendered.messages.map(({ ruleId }) => ruleId)).not.toContain('speaker-unknown');
  });

  test('never a common word, a title alone, a surname before any full name, text in links or code, a place, part of a name joined by &, or an operation', async () => {
    const rendered = await render(
      'On Monday, President said nothing. Smith said the rest.\n\n' +
        'The [Ahmed Mohamed](https://example.org) link and `Mark Zuckerberg` in code name no one.\n\n' +
        'Visitors reached Wright-Patterson Air Force Base and the Adler Planetarium.\n\n' +
        'Shares of Procter & Gamble fell as Operation Desert Shield began.',
    );
    expect(rendered.record.discovered).toEqual([]);
    expect(rendered.record.mentions).toEqual([]);
  });

  test('an account handle with a descriptor before it is an actor; an e-mail address and a hashtag are not', async () => {
    const rendered = await render(
      'The open-source monitoring group @GeoConfirmed posted the footage, and the broadcaster @alhadath_tv aired it. ' +
        'Write to press@example.org or follow #StandWithNobody.',
    );
    expect(discovered(rendered, 'geoconfirmed')).toMatchObject({ kind: 'organisation', cue: 'descriptor' });
    expect(discovered(rendered, 'alhadath-tv')).toMatchObject({ name: 'alhadath_tv', kind: 'media' });
    expect(linked(rendered)).toEqual(['GeoConfirmed → geoconfirmed', 'alhadath_tv → alhadath-tv']);
  });

  test('a single word cited as a source (according to X, confirmed by X) is an organisation, unless it is a given name or a surname named before', async () => {
    const sources = await render(
      'Exports fell by a third, according to Kpler. The convoy stopped at the border, according to al-Wasat. ' +
        'The blackout was confirmed by Cloudflare on Sunday, according to Western diplomats. ' +
        'The launch failed, according to Kyodo news agency.',
    );
    expect(discovered(sources, 'kpler')).toMatchObject({ kind: 'organisation', cue: 'speaker' });
    expect(discovered(sources, 'cloudflare')).toMatchObject({ kind: 'organisation' });
    expect(discovered(sources, 'kyodo')).toMatchObject({ kind: 'organisation' });
    // A word before a noun describes the source; it is not its name.
    expect(discovered(sources, 'western')).toBeUndefined();
    // A name with a lower-case Arabic article is a name all the same.
    expect(discovered(sources, 'al-wasat')).toMatchObject({ name: 'al-Wasat', kind: 'organisation' });
    const people = await render(
      'Spokesman Hamid Barakzai declined to comment. The talks stalled, according to Barakzai. ' +
        'The shop closed early, according to Ahmed.',
    );
    expect(people.record.discovered.map(({ id }) => id)).toEqual(['hamid-barakzai']);
    expect(linked(people)).toEqual(['Hamid Barakzai → hamid-barakzai', 'Barakzai → hamid-barakzai']);
  });

  test('an appositive that says a name is a body makes it an organisation of that kind; a role in one does not', async () => {
    const rendered = await render(
      'The Zinabiyoun, the armed wing of an Afghan militia, left Aleppo. ' +
        "Nadia Farouk, the agency's head, stayed. The Halabi Trust, a charity based in Gaziantep, sent food.",
    );
    expect(discovered(rendered, 'zinabiyoun')).toMatchObject({ kind: 'organisation', cue: 'descriptor' });
    expect(discovered(rendered, 'halabi-trust')).toMatchObject({ kind: 'organisation' });
    expect(discovered(rendered, 'nadia-farouk')).toMatchObject({ kind: 'person' });
  });

  test("affiliations: an owner's title before a comma, and a state ending an organisation's name", async () => {
    const rendered = await render(
      "Speaking in Kuala Lumpur, Malaysia's Foreign Minister, Saifuddin Abdullah said the boats would be helped. " +
        'The Supreme Court of Kenya heard the petition. A study in the Medical Journal of Australia was cited.',
    );
    expect(discovered(rendered, 'saifuddin-abdullah')).toMatchObject({
      memberOf: ['malaysia'],
      role: 'Foreign Minister',
    });
    // The state a mention of its own after `of`: the body is the state's, as `Kenyan Supreme Court` would be.
    expect(discovered(rendered, 'kenya-supreme-court')).toMatchObject({
      name: 'Supreme Court of Kenya',
      kind: 'government',
      memberOf: ['kenya'],
    });
    // The state taken for part of the name: the name keeps it.
    expect(discovered(rendered, 'medical-journal-of-australia')).toMatchObject({ memberOf: ['australia'] });
    expect(linked(rendered)).toContain('Supreme Court → kenya-supreme-court');
    // Without the owner named, a title before a comma gives no affiliation.
    const bare = await render('The prime minister, Saifuddin Abdullah said so.');
    expect(discovered(bare, 'saifuddin-abdullah')?.memberOf ?? []).toEqual([]);
  });

  test('affiliations: the owner before a descriptor, an organisation the tagger knows owning a title, one body named twice', async () => {
    const rendered = await render(
      'The Iranian security firm Parsian Shield denied the report. Google co-founder Sergey Brin did not comment, ' +
        'and Texas senator Ted Cruz was not asked. The UK Home Office refused the visas; the Home Office later relented.',
    );
    expect(discovered(rendered, 'parsian-shield')).toMatchObject({ name: 'Parsian Shield', memberOf: ['iran'] });
    expect(discovered(rendered, 'google')).toMatchObject({ kind: 'organisation' });
    expect(discovered(rendered, 'sergey-brin')).toMatchObject({ memberOf: ['google'], role: 'founder' });
    // A place owning a title is no organisation.
    expect(discovered(rendered, 'texas')).toBeUndefined();
    expect(discovered(rendered, 'ted-cruz')?.memberOf).toEqual([]);
    expect(discovered(rendered, 'home-office')).toBeUndefined();
    // `UK` keeps its own link; both `Home Office` mentions are the one owned body.
    expect(linked(rendered).filter((link) => link.startsWith('Home Office'))).toEqual([
      'Home Office → united-kingdom-home-office',
      'Home Office → united-kingdom-home-office',
    ]);
    expect(discovered(rendered, 'united-kingdom-home-office')).toMatchObject({ name: 'UK Home Office' });
  });

  test("an organisation's name run on into a person's is split on evidence: a surname said alone, a title after the head", async () => {
    const rendered = await render(
      'A nurse at University of Nairobi Hospital Wanjiru Kamau filmed the ward. Kamau said the beds were full. ' +
        'The Bank of New York Mellon declined to comment.',
    );
    expect(discovered(rendered, 'wanjiru-kamau')).toMatchObject({
      kind: 'person',
      memberOf: ['university-of-nairobi-hospital'],
    });
    expect(linked(rendered)).toContain('Kamau → wanjiru-kamau');
    // A title word before a head word names the body: `Medical Student Association`, then its president.
    const body = await render('Makerere University Medical Student Association president Grace Nakato said so.');
    expect(discovered(body, 'grace-nakato')).toMatchObject({
      memberOf: ['makerere-university-medical-student-association'],
      role: 'president',
    });
    // No surname said alone: the name stays whole.
    expect(discovered(rendered, 'bank-of-new-york-mellon')).toMatchObject({ kind: 'organisation' });
  });

  test('off, nothing is discovered and only registered actors are linked', async () => {
    const rendered = await render("New Zealand's Prime Minister John Key said so.", false);
    expect(rendered.record.discovered).toEqual([]);
    expect(linked(rendered)).toEqual(['New Zealand → new-zealand']);
  });
});

describe('against the GUM entity gold (24 Wikinews articles)', () => {
  test('most discovered links are people and organisations the researchers labelled, and half the unregistered ones are found', () => {
    const score = scoreDiscovery(registry, readGumGold());
    const right = score.links.filter((link) => link.verdict === 'right').length;
    // Floors below what `npm run eval:discovery` prints, so a regression fails and noise does not.
    expect(right / score.links.length).toBeGreaterThan(0.97);
    expect(score.links.filter((link) => link.verdict === 'no-entity').length).toBeLessThanOrEqual(5);
    expect(score.linkedByDiscovery / score.unregistered).toBeGreaterThan(0.45);
    expect(score.linkedByAll).toBeGreaterThan(score.linkedByRegistry * 3);
  });
});

describe('npm run actors', () => {
  const directories = {
    articles: 'test/sites/discovered-actors/articles',
    actors: 'test/sites/discovered-actors/actors',
  };

  test('candidates: every discovered actor, most mentioned first, with kind, affiliation and evidence', async () => {
    const { candidates, problems } = await findCandidates(ROOT, directories);
    expect(problems).toEqual([]);
    expect(candidates[0]).toMatchObject({
      id: 'john-key',
      mentions: 5,
      data: { kind: 'person', memberOf: ['new-zealand'] },
    });
    expect(candidates[0]?.evidence.map(({ sentence }) => sentence?.text)).toEqual([
      'New Zealand\'s Prime Minister John Key said he believes redesigning the flag now has a "strong rationale".',
      'Prime Minister John Key welcomed the result of the first referendum on Tuesday.',
    ]);
    expect(candidates.map(({ id }) => id).sort()).toEqual([
      'andrew-little',
      'john-burrows',
      'john-key',
      'new-zealand-herald',
    ]);
  });

  test('promote writes a registry entry the build accepts, never over an existing one, and the actor is then registered', async () => {
    const copy = path.join(ROOT, 'test/output/promote-fixture');
    rmSync(copy, { recursive: true, force: true });
    mkdirSync(copy, { recursive: true });
    cpSync(path.join(ROOT, 'test/sites/discovered-actors'), copy, { recursive: true });
    const copied = { articles: 'test/output/promote-fixture/articles', actors: 'test/output/promote-fixture/actors' };

    const written = (await promoteCandidates(ROOT, copied, { ids: ['john-key'] }))[0] ?? '';
    expect(written).toBe('test/output/promote-fixture/actors/john-key.yaml');
    const parsed = parseActorFile(readFileSync(path.join(ROOT, written), 'utf8'), written);
    expect(parsed.ok && parsed.value.data).toMatchObject({
      name: 'John Key',
      kind: 'person',
      memberOf: ['new-zealand'],
    });
    expect((await loadRegistry(ROOT, copied.actors)).problems).toEqual([]);

    await expect(promoteCandidates(ROOT, copied, { ids: ['john-key'] })).rejects.toThrow(PromoteError);
    await expect(promoteCandidates(ROOT, copied, { ids: ['john'] })).rejects.toThrow(
      /no discovered actor has the id "john"/,
    );
    const after = await findCandidates(ROOT, copied);
    expect(after.candidates.map(({ id }) => id)).not.toContain('john-key');
  });

  test('promote several at once, or every one a briefing names; one unknown id writes none', async () => {
    const copy = path.join(ROOT, 'test/output/promote-many');
    rmSync(copy, { recursive: true, force: true });
    mkdirSync(copy, { recursive: true });
    cpSync(path.join(ROOT, 'test/sites/discovered-actors'), copy, { recursive: true });
    const copied = { articles: 'test/output/promote-many/articles', actors: 'test/output/promote-many/actors' };
    const actorFiles = () => readdirSync(path.join(ROOT, copied.actors)).sort();
    const before = actorFiles();

    await expect(promoteCandidates(ROOT, copied, { ids: ['andrew-little', 'john'] })).rejects.toThrow(
      /no discovered actor has the id "john".*nothing was written/,
    );
    expect(actorFiles()).toEqual(before);

    const candidates = (await findCandidates(ROOT, copied)).candidates;
    const briefing = candidates.find(({ id }) => id === 'andrew-little')?.evidence[0]?.briefing ?? '';
    const named = candidates.filter(({ evidence }) => evidence.some((each) => each.briefing === briefing));
    const written = await promoteCandidates(ROOT, copied, { briefing: path.basename(briefing, '.md') });
    expect(written).toEqual(named.map(({ id }) => `${copied.actors}/${id}.yaml`));
    expect(written.length).toBeGreaterThan(1);
    expect((await loadRegistry(ROOT, copied.actors)).problems).toEqual([]);

    // Promoted, they are registered: the briefing names no candidate any more, by file as by id.
    await expect(promoteCandidates(ROOT, copied, { briefing })).rejects.toThrow(
      `no discovered actor is named in ${briefing}`,
    );
    await expect(promoteCandidates(ROOT, copied, { briefing: 'no-such-briefing' })).rejects.toThrow(
      'no discovered actor is named in no-such-briefing',
    );
  });
});
