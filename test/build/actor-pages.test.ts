/**
 * The pages built on the annotation data, read from `dist/`: actor pages
 * (mentions in context, "Said by", "Said about", feeds, structured data),
 * the actor index, the quote ledger, the exports, and the briefing page's
 * own list of actors and quotes. Every link of every kind must resolve.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { dataLinks, internalLinks, listed, loadDocument, loadXml } from '../helpers/dist.ts';
import { contentRegistry } from '../helpers/registry.ts';
import { feedHtml } from '../../src/site/feed-text.ts';

const SEED = '2024-12-02-iranian-backed-militias-enter-syria';
const ORIGIN = 'https://briefings.example.org';

let build: BuildResult;
beforeAll(() => {
  build = buildSite({ name: 'actor-pages', env: { SITE_URL: ORIGIN } });
  if (build.status !== 0) throw new Error(build.output);
});

const page = (file: string) => loadDocument(build.outDir, file);
/** Every element `selector` matches under `root`; none when there is no root. */
const all = (root: ParentNode | null | undefined, selector: string) => [...(root?.querySelectorAll(selector) ?? [])];
/** The text of every element `selector` matches, run together. */
const text = (root: ParentNode | null | undefined, selector: string) =>
  all(root, selector)
    .map((element) => element.textContent)
    .join('');
/** The text of each element `selector` matches, its white space collapsed. */
const texts = (root: ParentNode, selector: string) =>
  all(root, selector).map((element) => element.textContent.replace(/\s+/g, ' ').trim());

describe('actor pages', () => {
  test('every actor in the registry has a page and a feed', async () => {
    const registry = await contentRegistry();
    const built = new Set(readdirSync(path.join(build.outDir, 'actors')));
    const missing = [...registry.actors.keys()].filter(
      (id) => !built.has(id) || !readdirSync(path.join(build.outDir, 'actors', id)).includes('rss.xml'),
    );
    expect(registry.actors.size).toBeGreaterThan(250);
    expect(missing).toEqual([]);
  });

  test("Iran's page lists the seed's mentions in context, each linking to its sentence", () => {
    const document = page('actors/iran/index.html');
    const seed = all(document, '.appearance').filter(
      (element) => element.querySelector(`a[href="/briefings/${SEED}/"]`) !== null,
    );
    // The seed names Iran in five sentences: the first three are shown, then a link to the fourth.
    const sentences = seed.flatMap((element) => all(element, listed.appearanceSentence));
    expect(sentences.length).toBe(3);
    const more = seed.flatMap((element) => all(element, 'ul + p > a'));
    expect(more.map((link) => link.textContent.trim())).toEqual(['2 more sentences in the briefing']);
    const exported = (
      JSON.parse(readFileSync(path.join(build.outDir, 'actors.json'), 'utf8')) as {
        actors: { id: string; appearances: { briefing: string; sentences: string[] }[] }[];
      }
    ).actors
      .find((actor) => actor.id === 'iran')
      ?.appearances.find((appearance) => appearance.briefing === SEED)?.sentences;
    expect(exported).toHaveLength(5);
    expect(more[0]?.getAttribute('href')).toBe(`/briefings/${SEED}/#${exported?.[3]}`);
    const seedPage = page(`briefings/${SEED}/index.html`);
    for (const link of sentences) {
      const href = link.getAttribute('href') ?? '';
      expect(href).toMatch(new RegExp(`^/briefings/${SEED}/#s-[0-9a-f]{8}$`));
      const sentence = all(seedPage, href.slice(href.indexOf('#')));
      expect(sentence.length).toBe(1);
      expect(all(sentence[0], 'a.actor[href$="/iran/"]').length).toBeGreaterThan(0);
      expect(all(link, 'mark').length).toBeGreaterThan(0);
    }
  });

  test("Iran's page holds Baqaei's and Araghchi's quotes under Said by, with their permalinks", () => {
    const document = page('actors/iran/index.html');
    const saidBy = document.querySelector('#said-by')?.parentElement;
    const seedQuotes = all(saidBy, listed.quote).filter(
      (item) => item.querySelector(`a[href^="/briefings/${SEED}/#q-"]`) !== null,
    );
    expect(texts(document, '#said-by')).toEqual(['Said by Iran']);
    // Credited to Iran, the page's own actor: the heading says so once, not after each speaker.
    expect(seedQuotes.map((item) => text(item, listed.speaker))).toEqual(['Esmaeil Baqaei', 'Abbas Araghchi']);
    expect(text(seedQuotes[0], 'blockquote')).toMatch(/^“We entered Syria many years ago/);
  });

  test("Russia's page holds the spokesperson's quote; Baqaei's own page holds his", () => {
    const russia = page('actors/russia/index.html');
    const words = texts(russia, '#said-by ~ .quote-list blockquote, #said-by + * blockquote');
    expect(words.some((text) => text.startsWith('“We of course continue to support Bashar Assad'))).toBe(true);
    const baqaei = page('actors/esmaeil-baqaei/index.html');
    expect(texts(baqaei, '.quote-list blockquote')[0]).toMatch(/^“We entered Syria/);
  });

  test("what others say about an actor: Araghchi's words are about Syria and Assad", () => {
    const syria = page('actors/syria/index.html');
    const about = all(syria.querySelector('#said-about')?.parentElement, listed.speaker);
    expect(about.map((element) => element.textContent)).toContain('Abbas Araghchi (Iran)');
  });

  test("HTS's and the Kurds' pages list their mentions in the seed", () => {
    for (const id of ['hayat-tahrir-al-sham', 'kurds']) {
      const document = page(`actors/${id}/index.html`);
      expect(all(document, `${listed.appearanceSentence}[href^="/briefings/${SEED}/#s-"]`).length, id).toBeGreaterThan(
        0,
      );
    }
  });

  test('an actor page describes the actor as structured data, with Wikidata', () => {
    const document = page('actors/iran/index.html');
    const data = JSON.parse(text(document, 'script[type="application/ld+json"]')) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'Country',
      name: 'Iran',
      url: `${ORIGIN}/actors/iran/`,
      sameAs: 'https://www.wikidata.org/wiki/Q794',
    });
  });

  test("an actor's feed lists the briefings that mention it, linking to the first sentence that does", () => {
    const feed = loadXml(build.outDir, 'actors/iran/rss.xml');
    const links = [...feed.querySelectorAll('item > link')].map((link) => link.textContent);
    expect(links).toContain(`${ORIGIN}/briefings/${SEED}/#s-4ca0e231`);
    // Each item is described by the sentence it links to, not by every sentence naming Iran.
    const seed = [...feed.querySelectorAll('item')].find((item) =>
      item.querySelector('link')?.textContent?.endsWith('#s-4ca0e231'),
    );
    const sentence = page(`briefings/${SEED}/index.html`).querySelector('#s-4ca0e231')?.textContent ?? '';
    expect(sentence).toMatch(/Iran/);
    expect(seed?.querySelector('description')?.textContent).toBe(feedHtml([sentence]));
    expect([...feed.querySelectorAll('channel > title')].map((title) => title.textContent).join('')).toBe(
      'Iran · Annotated Briefings',
    );
  });
});

describe('the top of an actor page answers first', () => {
  /** The summary's answers by label: `What` → its text, white space collapsed. */
  function summaryOf(file: string): Map<string, Element> {
    const summary = page(file).querySelector('section.actor-summary');
    if (!summary) throw new Error(`${file}: no summary`);
    return new Map(all(summary, 'dt').map((label) => [label.textContent.trim(), label.nextElementSibling as Element]));
  }
  const squash = (element: Element | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

  test("Iran's summary comes before every section: what it is, whom it backs, who speaks for it, its voice, its latest", () => {
    const document = page('actors/iran/index.html');
    const summary = document.querySelector('section.actor-summary');
    const firstSection = document.querySelector('section.actor-page__section');
    expect(summary && firstSection && summary.compareDocumentPosition(firstSection) & 4).toBeTruthy();
    const answers = summaryOf('actors/iran/index.html');
    expect([...answers.keys()]).toEqual(['What', 'Backs', 'Opposed by', 'Speaks for it', 'Voice', 'Latest']);
    // Three of the editors' and its news agency, IRNA (the base layer's state media).
    expect(squash(answers.get('What'))).toBe('State · 4 members');
    expect(texts(answers.get('Backs') as Element, 'li')).toEqual([
      'Syrian government 2 sentences, 2 December 2024',
      'Syria 1 sentence, 2 December 2024',
    ]);
    expect(all(answers.get('Backs'), 'a').map((link) => link.getAttribute('href'))).toEqual([
      '/actors/syrian-government/',
      '/actors/syria/',
    ]);
    expect(squash(answers.get('Opposed by'))).toBe('United States 1 sentence, 12 February 2006');
    expect(all(answers.get('Speaks for it'), 'a').map((link) => link.getAttribute('href'))).toEqual([
      '/actors/abbas-araghchi/',
      '/actors/esmaeil-baqaei/',
    ]);
    expect(squash(answers.get('Voice'))).toMatch(/^Quoted in 1 briefing \(2 quotations\); only named in 3 others\./);
    const latest = answers.get('Latest');
    expect(all(latest, `a[href="/briefings/${SEED}/"]`).length).toBe(1);
    expect(all(latest, `blockquote a[href^="/briefings/${SEED}/#s-"]`).length).toBe(1);
  });

  test("HTS's page: no empty section, and the summary says in a line what it lacks", () => {
    const document = page('actors/hayat-tahrir-al-sham/index.html');
    const answers = summaryOf('actors/hayat-tahrir-al-sham/index.html');
    expect(squash(answers.get('What'))).toBe('Armed group, 28 January 2017 – 29 January 2025 · 1 member');
    expect(squash(answers.get('Relations'))).toBe(
      'No briefing states whom Hayat Tahrir al-Sham backs, opposes or meets.',
    );
    expect(squash(answers.get('Voice'))).toMatch(/^No one is quoted for Hayat Tahrir al-Sham; named in 3 briefings\./);
    expect(answers.has('Speaks for it')).toBe(false);
    const sections = all(document, 'section.actor-page__section > h2').map((heading) => heading.id);
    expect(sections).toEqual(['when', 'with', 'mentions']);
    expect(all(document, 'nav[aria-label="On this page"] a').map((link) => link.getAttribute('href'))).toEqual([
      '#when',
      '#with',
      '#mentions',
    ]);
  });

  test('on every actor page, a section heading has something under it and the page list names only sections there', () => {
    for (const id of readdirSync(path.join(build.outDir, 'actors'))) {
      const file = `actors/${id}/index.html`;
      if (!existsSync(path.join(build.outDir, file)) || id.startsWith('by-')) continue;
      const document = page(file);
      for (const section of all(document, 'section.actor-page__section')) {
        expect(section.children.length, `${id} #${section.querySelector('h2')?.id}`).toBeGreaterThan(1);
      }
      for (const link of all(document, 'nav[aria-label="On this page"] a')) {
        expect(document.querySelector(link.getAttribute('href') ?? ''), `${id} ${link.getAttribute('href')}`).not.toBe(
          null,
        );
      }
    }
  });

  test('"Appears with" lists at most ten actors, only those in its sentences, most shared sentences first', () => {
    const exported = JSON.parse(readFileSync(path.join(build.outDir, 'actors.json'), 'utf8')) as {
      actors: { id: string; coActors: { id: string; sentences: number }[] }[];
    };
    for (const id of ['iran', 'hayat-tahrir-al-sham', 'syria']) {
      const rows = all(page(`actors/${id}/index.html`).querySelector('#with')?.parentElement, 'tbody tr').map(
        (row) => ({
          id: row.querySelector('a')?.getAttribute('href')?.split('/')[2] ?? '',
          sentences: Number(row.querySelectorAll('td')[0]?.textContent),
        }),
      );
      // The export lists only actors that share a sentence; a shared briefing follows from `appearances`.
      const sharing = exported.actors.find((actor) => actor.id === id)?.coActors ?? [];
      expect(
        sharing.filter((row) => row.sentences === 0),
        id,
      ).toEqual([]);
      expect(rows.length, id).toBe(Math.min(10, sharing.length));
      for (const row of rows) {
        expect(sharing.find((other) => other.id === row.id)?.sentences, `${id} with ${row.id}`).toBe(row.sentences);
      }
      expect(rows.map((row) => row.sentences)).toEqual(rows.map((row) => row.sentences).sort((a, b) => b - a));
    }
    // Russia shares HTS's briefings but none of its sentences.
    expect(all(page('actors/hayat-tahrir-al-sham/index.html'), '#with ~ table a[href="/actors/russia/"]')).toEqual([]);
  });

  test("Iran's neighbourhood graph: Iran in the middle, its related actors around it, counts that agree with the lists", () => {
    const document = page('actors/iran/index.html');
    const section = document.querySelector('#relations')?.parentElement;
    const svg = section?.querySelector('figure.relation-graph > svg');
    const nodes = all(svg, 'a.relation-graph__node');
    expect(nodes.map((node) => node.getAttribute('href')).sort()).toEqual([
      '/actors/iran/',
      '/actors/syria/',
      '/actors/syrian-government/',
      '/actors/united-states/',
    ]);
    expect(svg?.querySelector('a[href="/actors/iran/"] path')?.getAttribute('transform')).toBe('translate(0 0)');
    // Names are drawn after every edge, so no edge lies over a name.
    const [edges, names] = [svg?.querySelector('.relation-graph__edges'), svg?.querySelector('.relation-graph__nodes')];
    expect(edges && names && edges.compareDocumentPosition(names) & 4).toBeTruthy();
    const tableRows = all(section, 'table.relation-graph__table tbody tr');
    expect(tableRows.length).toBe(all(svg, 'path.relation-graph__edge').length);
    const relations = tableRows.reduce((sum, row) => sum + Number(row.querySelectorAll('td')[2]?.textContent), 0);
    expect(relations).toBe(all(section, '.relation-list__item').length);
    expect(squash(section?.querySelector('table.relation-graph__table caption') ?? undefined)).toBe(
      `${tableRows.length} links between actors, standing for the ${relations} relations`,
    );
    expect(text(svg, ':scope > desc')).toMatch(
      new RegExp(`^4 actors and ${tableRows.length} links between them, standing for ${relations} relations`),
    );
    // Its key names only the types it draws: support and hostility, no meetings.
    expect(texts(section as Element, 'ul[aria-label="Kinds of relation"] li')).toEqual(['Support', 'Hostility']);
  });
});

describe('the actor index', () => {
  test('lists actors by kind with mentions, quotes and latest date, in four orders', () => {
    const document = page('actors/index.html');
    const iran = all(document, 'a[href="/actors/iran/"]')
      .map((link) => link.closest('tr'))
      .find((row) => row !== null);
    expect((iran ? texts(iran, 'td') : []).slice(0, 2)).toEqual(['24', '2']);
    for (const order of ['name', 'quotes', 'latest']) {
      expect(all(document, `th a[href="/actors/by-${order}/"]`).length, order).toBe(
        all(document, 'table.actor-table').length,
      );
      expect(all(page(`actors/by-${order}/index.html`), 'th[aria-sort]').length, order).toBeGreaterThan(0);
    }
    const byName = texts(page('actors/by-name/index.html'), '#state ~ table tbody th').slice(0, 3);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('the quote ledger', () => {
  test('groups quotes by actor with the newest of each, and every quote is on a ledger or actor page', () => {
    const document = page('quotes/index.html');
    const iran = document.querySelector('#by-iran')?.closest('section');
    expect(all(iran, listed.quote).length).toBe(2);
    expect(text(document.querySelector('#by-russia')?.closest('section'), 'blockquote')).toContain(
      'We of course continue',
    );
    const exported = JSON.parse(readFileSync(path.join(build.outDir, 'quotes.json'), 'utf8')) as {
      site: string;
      briefings: { id: string; url: string; quotes: { id: string; speaker: { actor: string | null } | null }[] }[];
    };
    expect(exported.site).toBe(`${ORIGIN}/`);
    // A quote's permalink is its briefing's page and its id (README, "JSON exports").
    const quotes = exported.briefings.flatMap((briefing) =>
      briefing.quotes.map((quote) => ({ ...quote, url: `${briefing.url}#${quote.id}` })),
    );
    const araghchi = quotes.find((quote) => quote.url === `${ORIGIN}/briefings/${SEED}/#q-b2e461f5`);
    expect(araghchi?.speaker?.actor).toBe('iran');
    // A group shows its newest three and links to the rest: on the actor's page, or the unaffiliated pages.
    for (const section of all(document, 'section.actor-group')) {
      expect(all(section, listed.quote).length).toBeLessThan(4);
    }
    const more = all(
      document,
      'section.actor-group a[href$="#said-by"], section.actor-group a[href="/quotes/unaffiliated/"]',
    );
    expect(more.length).toBeGreaterThan(0);
    const permalinked = new Set<string>();
    const collect = (file: string) => {
      for (const link of all(page(file), listed.permalink)) {
        permalinked.add((link.getAttribute('href') ?? '').split('#')[1] ?? '');
      }
    };
    collect('quotes/index.html');
    collect('quotes/unaffiliated/index.html');
    for (const later of readdirSync(path.join(build.outDir, 'quotes/unaffiliated/page'))) {
      collect(`quotes/unaffiliated/page/${later}/index.html`);
    }
    for (const actor of new Set(quotes.map((quote) => quote.speaker?.actor).filter(Boolean))) {
      collect(`actors/${actor}/index.html`);
      // An actor quoted more than a page's worth has its older quotes on pages of their own.
      const older = path.join(build.outDir, 'actors', String(actor), 'said-by');
      for (const later of existsSync(older) ? readdirSync(older) : [])
        collect(`actors/${actor}/said-by/${later}/index.html`);
    }
    expect(quotes.filter((quote) => !permalinked.has(quote.id)).map((quote) => quote.url)).toEqual([]);
  });

  test('/actors.json holds what the actor pages show', () => {
    const exported = JSON.parse(readFileSync(path.join(build.outDir, 'actors.json'), 'utf8')) as {
      site: string;
      actors: {
        id: string;
        mentions: number;
        members: string[];
        saidBy: string[];
        appearances: { briefing: string; sentences: string[] }[];
      }[];
    };
    const iran = exported.actors.find((actor) => actor.id === 'iran');
    // The foreign ministry is no registry entry: discovery found it in the seed ("Iranian Foreign Ministry").
    expect(iran).toMatchObject({
      mentions: 24,
      members: ['abbas-araghchi', 'esmaeil-baqaei', 'iran-foreign-ministry', 'irna'],
      discovered: null,
    });
    expect(iran?.saidBy).toEqual(['q-217ccaa3', 'q-b2e461f5']);
    // Sentences by anchor id: with the briefing's address they are the links of the actor page.
    const onPage = all(page('actors/iran/index.html'), listed.appearanceSentence).flatMap(
      (link) => link.getAttribute('href') ?? [],
    );
    // The page shows the first three sentences of each briefing (four when there are four); the export lists them all.
    const exportedLinks = (iran?.appearances ?? []).flatMap(({ briefing, sentences }) =>
      sentences.slice(0, sentences.length > 4 ? 3 : 4).map((sentence) => `/briefings/${briefing}/#${sentence}`),
    );
    expect(exportedLinks).toEqual(onPage);
  });
});

describe('the briefing page', () => {
  test('lists its actors with counts and its quotes by speaker, linking to each quote', () => {
    const document = page(`briefings/${SEED}/index.html`);
    const index = all(document, '.briefing-index');
    expect(index.flatMap((element) => all(element, 'a[href="/actors/syria/"]')).length).toBe(1);
    const speakers = texts(document, '.briefing-index__quotes dt');
    expect(speakers).toEqual([
      'a senior army force',
      'a spokesperson for the Russian government (Russia)',
      'Esmaeil Baqaei (Iran)',
      'Abbas Araghchi (Iran)',
    ]);
    for (const link of index.flatMap((element) => all(element, '.briefing-index__quotes a[href^="#q-"]'))) {
      const targets = all(document, link.getAttribute('href') ?? '');
      expect(targets.some((target) => target.matches('q.quote, blockquote.quote'))).toBe(true);
    }
  });

  test('describes itself as a NewsArticle about and mentioning its actors', () => {
    const document = page(`briefings/${SEED}/index.html`);
    const data = JSON.parse(text(document, 'script[type="application/ld+json"]')) as {
      '@type': string;
      about: { '@id': string }[];
      mentions: { '@id': string; name: string; sameAs?: string }[];
    };
    expect(data['@type']).toBe('NewsArticle');
    // What it is about points, by `@id`, to actors it names once in `mentions`.
    const named = new Map(data.mentions.map((thing) => [thing['@id'], thing.name]));
    expect(data.about.map((thing) => named.get(thing['@id']))).toContain('Syria');
    expect(data.mentions.find(({ name }) => name === 'Iran')).toEqual(
      expect.objectContaining({ '@id': `${ORIGIN}/actors/iran/`, sameAs: 'https://www.wikidata.org/wiki/Q794' }),
    );
  });
});

describe('links', () => {
  test('no link in the pages is broken, anchors included', () => {
    const links = internalLinks(build.outDir);
    expect(links.filter((link) => link.href.includes('#s-')).length).toBeGreaterThan(300);
    expect(links.filter((link) => link.href.includes('#q-')).length).toBeGreaterThan(50);
    expect(links.filter((link) => link.problem)).toEqual([]);
  });

  test('no link in the feeds, the sitemap or the JSON exports is broken', () => {
    const links = dataLinks(build.outDir, ORIGIN);
    const files = new Set(links.map((link) => link.file));
    for (const file of ['rss.xml', 'sitemap-0.xml', 'actors/iran/rss.xml', 'actors.json', 'quotes.json']) {
      expect(files.has(file), file).toBe(true);
    }
    expect(links.filter((link) => link.problem)).toEqual([]);
  });
});
