/**
 * Every XSS payload of ../shared/security-payloads/ (PayloadsAllTheThings,
 * DOMPurify's fixtures, payloadbox), one briefing and one actor each,
 * injected into every field that reaches a page: the body (as HTML, inline
 * text, a link and image target, a reference definition, an autolink, a
 * raw attribute value, a quotation), the title, summary, byline, source,
 * licence and tags, and the actor's name, aliases (matched in the body, so
 * they reach mention links) and description. One build; then
 *
 * - a static scan of all of dist/ (pages, feeds, exports): no event
 *   handler attributes, no script or other active element that content
 *   made, no URL outside http(s), mailto and relative ones, JSON-LD that
 *   cannot end its element, feeds a strict XML parser reads;
 * - every page in Chromium with alert/prompt/confirm/print hooked and
 *   dialogs counted, the page's policy bypassed so that escaping alone is
 *   tested, every element sent the events handlers listen to and every
 *   link followed in place, and the search run on payload words:
 *   0 executions, and no element named like one of the browser's own
 *   globals (DOM clobbering).
 *
 * The payloads are read from ../shared at test time, never copied here.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tokenize } from '../../src/core/text/tokens.ts';
import { launchChromium, serveStatic, type StaticSite } from '../helpers/browser.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import {
  baselineOf,
  filesOf,
  namesOf,
  pageKind,
  scanSite,
  type Baseline,
  type SiteFindings,
} from '../helpers/dist-scan.ts';
import { loadDocument, textOf } from '../helpers/dist.ts';
import { writeContentTree, yamlString } from '../helpers/fixture-site.ts';

const PAYLOADS = path.resolve(ROOT, '../shared/security-payloads');

interface Payload {
  /** Where it comes from: `html-xss.txt:12`, or `extra:…` for the sink cases below. */
  origin: string;
  payload: string;
}

/** Every line of every list, as `payloads.jsonl` gives them (and checked against the lists themselves). */
function sharedPayloads(): Payload[] {
  return readFileSync(path.join(PAYLOADS, 'payloads.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { file, line: number, payload } = JSON.parse(line) as { file: string; line: number; payload: string };
      return { origin: `${file}:${number}`, payload };
    });
}

/** Sink cases the lists lack: text that breaks XML, JSON in a script element, or a feed. */
const EXTRA: Payload[] = [
  { origin: 'extra:control-characters', payload: 'ctl \u0000\u0001\u0008\u000b\u000c\u001b\u007f\ufffe\uffff end' },
  { origin: 'extra:lone-surrogate', payload: 'half \ud800 a pair' },
  { origin: 'extra:cdata', payload: ']]><script>alert("cdata")</script><![CDATA[' },
  { origin: 'extra:json-ld', payload: '</script><script>alert("json-ld")</script><!--' },
  { origin: 'extra:line-separators', payload: 'a\u2028b\u2029c";alert("ls");//' },
  {
    origin: 'extra:entities',
    payload: '&lt;img src=x onerror=alert("entity")&gt; &#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;',
  },
];

/** Markdown that shows `text` exactly as written: every ASCII punctuation mark escaped. */
function literal(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/**
 * The payload cut into names the registry accepts (at most 16 tokens,
 * starting with a word): a unique word, then up to 15 of its tokens.
 */
function aliasesOf(index: number, payload: string): string[] {
  const tokens = tokenize(payload);
  const aliases: string[] = [];
  for (let from = 0; from < tokens.length; from += 15) {
    const chunk = tokens.slice(from, from + 15);
    const text = payload.slice(chunk[0]?.start ?? 0, chunk.at(-1)?.end ?? 0);
    aliases.push(`Pa${index}x${aliases.length} ${text}`);
  }
  return aliases.length > 0 ? aliases : [`Pa${index}x0`];
}

const idOf = (index: number) => `2024-01-01-payload-${String(index).padStart(3, '0')}`;
const actorOf = (index: number) => `payload-actor-${index}`;

function briefing(index: number, { payload: text }: Payload, aliases: string[]): string {
  const payload = text;
  // A NUL byte in a file is refused by the loader (test/malformed-input.test.ts); in YAML it is an escape.
  const inBody = text.replaceAll('\u0000', '');
  const frontmatter = [
    `title: ${yamlString(payload)}`,
    'date: 2024-01-01',
    'source:',
    `  name: ${yamlString(payload)}`,
    // The payload as it is after the `#`: the schema wants an http(s) URL, the page an escaped attribute.
    `  url: ${yamlString(`https://example.org/p${index}#${payload}`)}`,
    `summary: ${yamlString(payload)}`,
    `byline: ${yamlString(payload)}`,
    `tags: [${yamlString(payload)}]`,
    `actors: [${actorOf(index)}]`,
    'license:',
    `  name: ${yamlString(payload)}`,
    '  url: https://creativecommons.org/licenses/by/2.5/',
    `  attribution: ${yamlString(payload)}`,
  ];
  const body = [
    inBody,
    `Before ${inBody} after.`,
    `A [link](${inBody}), [another](<${inBody}>), an ![image](${inBody}), <${inBody}> and a [reference][r${index}].`,
    `<a href="${inBody}">raw link</a> <img src="${inBody}" alt="raw image">`,
    `“${inBody},” the ministry said.`,
    ...aliases.map((alias) => `${literal(alias.replaceAll('\u0000', ''))} said on Monday.`),
    `[r${index}]: ${inBody}`,
  ];
  return `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
}

function actor({ payload }: Payload, aliases: string[]): string {
  return [
    `name: ${yamlString(aliases[0] ?? '')}`,
    'kind: organisation',
    `description: ${yamlString(payload)}`,
    `aliases: [${aliases.slice(1).map(yamlString).join(', ')}]`,
    '',
  ].join('\n');
}

/**
 * Runs in every frame before any of its own script: the functions payloads
 * call to prove they ran are replaced by ones that record the call (in the
 * top window where it can be reached), and `window.open` with them.
 */
const HOOKS = `(() => {
  const record = (call) => {
    let log;
    try { log = window.top.__xss ??= []; } catch { log = window.__xss ??= []; }
    log.push(call + (window === window.top ? '' : ' in a frame at ' + location.href));
  };
  // What the browser itself defines on window and document, before any markup could clobber it.
  const native = new Set();
  for (const start of [window, document, HTMLFormElement.prototype]) {
    for (let object = start; object; object = Object.getPrototypeOf(object)) {
      for (const name of Object.getOwnPropertyNames(object)) native.add(name);
    }
  }
  Object.defineProperty(window, '__nativeNames', { value: native });
  for (const name of ['alert', 'prompt', 'confirm', 'print', 'open']) {
    Object.defineProperty(window, name, {
      value: (...args) => { record(name + '(' + String(args[0]) + ')'); return null; },
      writable: false,
      configurable: false,
    });
  }
})();`;

/**
 * Touch everything on the page: every element gets the events inline
 * handlers listen for (mouse, pointer, keys, focus, forms, drag, media,
 * animation), is focused, and links, buttons and summaries are clicked.
 * A link to an http(s) or mailto URL is stopped before it leaves the page;
 * any other (javascript:, data:, vbscript:) is followed, so it runs and is
 * counted.
 */
const SWEEP = async () => {
  const harmless = (url: string) => {
    try {
      return /^(https?|mailto):$/.test(new URL(url, location.href).protocol);
    } catch {
      // Not a URL at all (`http://www.<script>…`): a browser refuses to go there, so nothing can run.
      return true;
    }
  };
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('a[href], area[href]') : null;
      if (target instanceof HTMLAnchorElement || target instanceof HTMLAreaElement) {
        if (harmless(target.href)) event.preventDefault();
      }
    },
    true,
  );
  document.addEventListener(
    'submit',
    (event) => {
      if (event.target instanceof HTMLFormElement && harmless(event.target.action)) event.preventDefault();
    },
    true,
  );
  const types = [
    'mouseover',
    'mouseenter',
    'mousemove',
    'mousedown',
    'mouseup',
    'mouseout',
    'mouseleave',
    'click',
    'dblclick',
    'auxclick',
    'contextmenu',
    'pointerover',
    'pointerenter',
    'pointerdown',
    'pointerup',
    'pointermove',
    'touchstart',
    'touchend',
    'wheel',
    'scroll',
    'focus',
    'focusin',
    'blur',
    'focusout',
    'keydown',
    'keypress',
    'keyup',
    'input',
    'beforeinput',
    'change',
    'select',
    'invalid',
    'search',
    'reset',
    'copy',
    'cut',
    'paste',
    'drag',
    'dragstart',
    'dragend',
    'dragenter',
    'dragover',
    'drop',
    'toggle',
    'beforetoggle',
    'animationstart',
    'animationend',
    'animationiteration',
    'transitionend',
    'load',
    'error',
    'loadstart',
    'play',
    'playing',
    'canplay',
    'ended',
    'begin',
    'end',
    'repeat',
    'start',
    'finish',
    'show',
    'resize',
    'message',
    'hashchange',
    'popstate',
    'pageshow',
    'beforeunload',
  ];
  const elements = [...document.querySelectorAll('*')];
  for (const element of elements) {
    for (const type of types) element.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
    if (element instanceof HTMLElement || element instanceof SVGElement) element.focus({ preventScroll: true });
  }
  for (const type of ['load', 'error', 'resize', 'message', 'hashchange', 'popstate', 'pageshow', 'scroll']) {
    window.dispatchEvent(new Event(type));
  }
  for (const element of document.querySelectorAll('a[href], area[href], button, summary, label, input')) {
    if (element instanceof HTMLElement) element.click();
  }
  // Handlers that fire later (image errors, timers, animations) get a moment.
  await new Promise((resolve) => setTimeout(resolve, 50));
};

const payloads = [...sharedPayloads(), ...EXTRA];

describe('the payload lists', () => {
  test('payloads.jsonl holds every line of every list', () => {
    const lists = ['html-xss.txt', 'url-xss.txt', 'markdown-xss.txt'].flatMap((file) =>
      readFileSync(path.join(PAYLOADS, file), 'utf8')
        .split('\n')
        .map((payload, index) => ({ origin: `${file}:${index + 1}`, payload }))
        .filter(({ payload }) => payload !== ''),
    );
    expect(lists.length).toBeGreaterThan(200);
    const byOrigin = (a: Payload, b: Payload) => a.origin.localeCompare(b.origin, 'en', { numeric: true });
    expect(sharedPayloads().sort(byOrigin)).toEqual(lists.sort(byOrigin));
  });
});

describe('the static scan', () => {
  test('finds each kind of problem it looks for (so a clean scan means something)', () => {
    const outDir = path.join(ROOT, 'test/output/scan-canary');
    const clean = '<!doctype html><html><head><title>x</title></head><body><a href="/a/">a</a></body></html>';
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(path.join(outDir, 'briefings/x'), { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), clean);
    const baseline = baselineOf(outDir);
    writeFileSync(
      path.join(outDir, 'briefings/x/index.html'),
      [
        '<p onclick="alert(1)">a</p>',
        '<a href=" java&#x09;script:alert(1)">b</a>',
        '<img srcset="/ok.png 1x, data:text/html,x 2x">',
        '<iframe src="/x"></iframe>',
        '<script>alert(1)</script>',
        '<script type="application/ld+json">{"a": "</script><script>alert(1)</script>"}</script>',
      ].join('\n'),
    );
    writeFileSync(
      path.join(outDir, 'rss.xml'),
      '<rss><channel><item><link>javascript:alert(1)</link><description>&lt;img src=x onerror=alert(1)&gt;</description></item></channel></rss>',
    );
    writeFileSync(path.join(outDir, 'data.json'), '{"items": [{"url": "vbscript:msgbox(1)"}]}');
    const findings = scanSite(outDir, baseline);
    expect(findings.pages.map(({ problem }) => problem)).toEqual([
      '<p onclick="alert(1)">',
      'a javascript: URL in href=" java\tscript:alert(1)"',
      'a data: URL in srcset="/ok.png 1x, data:text/html,x 2x"',
      // The JSON-LD ends at the payload's `</script>`, so it is cut short and what follows runs.
      'JSON-LD is not valid JSON: {"a": "',
      'an inline script the policy does not name: alert(1)',
      'an inline script the policy does not name: alert(1)',
      '1 × <iframe> (pages of this kind without hostile content have 0)',
      '2 × <script> (pages of this kind without hostile content have 0)',
    ]);
    expect(findings.feeds.map(({ problem }) => problem)).toEqual(['a javascript: URL in <link>: javascript:alert(1)']);
    expect(findings.feedHtml.map(({ problem }) => problem)).toEqual(['<img onerror="alert(1)">']);
    expect(findings.exports.map(({ problem }) => problem)).toEqual(['a vbscript: URL at "url": vbscript:msgbox(1)']);
  });
});

describe('a site built from every payload', () => {
  let build: BuildResult;
  let baseline: Baseline;
  let siteNames: Map<string, Set<string>>;
  beforeAll(() => {
    const files: Record<string, string> = {};
    payloads.forEach((payload, index) => {
      const aliases = aliasesOf(index, payload.payload);
      files[`articles/${idOf(index)}.md`] = briefing(index, payload, aliases);
      files[`actors/${actorOf(index)}.yaml`] = actor(payload, aliases);
    });
    build = buildSite({ name: 'payloads', contentDir: writeContentTree('payloads', files) });
    // The same site's chrome, without hostile content: what a page of each kind may carry.
    const plain = buildSite({ name: 'payloads-baseline', contentDir: 'test/sites/minimal' });
    expect(plain.status).toBe(0);
    baseline = baselineOf(plain.outDir);
    siteNames = namesOf(plain.outDir);
  }, 600_000);

  test('builds, with a page for every payload', () => {
    expect(build.output).not.toMatch(/\[ERROR\]|AstroUserError/);
    expect(build.status).toBe(0);
    const pages = filesOf(build.outDir, '.html');
    for (let index = 0; index < payloads.length; index++) {
      expect(pages).toContain(`briefings/${idOf(index)}/index.html`);
      expect(pages).toContain(`actors/${actorOf(index)}/index.html`);
    }
  });

  test('every payload reaches its pages as text: the title, the summary, the actor and its mention links', () => {
    let linked = 0;
    payloads.forEach(({ origin, payload }, index) => {
      const briefing = loadDocument(build.outDir, `briefings/${idOf(index)}/index.html`);
      // An HTML parser drops NUL from text and makes it U+FFFD in attributes, as it does a lone surrogate.
      const shown = (text: string | null | undefined) =>
        (text ?? '').toWellFormed().replaceAll('\u0000', '').replaceAll('\ufffd', '').trim();
      expect(shown(textOf(briefing, 'h1')), origin).toBe(shown(payload));
      expect(shown(briefing.querySelector('meta[name="description"]')?.getAttribute('content')), origin).toBe(
        shown(payload),
      );
      const actorPage = loadDocument(build.outDir, `actors/${actorOf(index)}/index.html`);
      expect(shown(textOf(actorPage, 'h1')), origin).toBe(shown(aliasesOf(index, payload)[0]));
      if (briefing.querySelector(`a.actor[href$="/${actorOf(index)}/"]`) !== null) linked++;
    });
    // Aliases are names, and names are matched in running text: most payloads become mention links.
    expect(linked).toBeGreaterThan(payloads.length * 0.9);
  });

  describe('a static scan of all of dist/', () => {
    let findings: SiteFindings;
    beforeAll(() => {
      findings = scanSite(build.outDir, baseline);
    });

    test('pages: no event handler, no active element that content made, no URL outside the allow-list, JSON-LD that cannot end its element', () => {
      expect(findings.pages).toEqual([]);
    });

    test('feeds and sitemaps: every link http(s)', () => {
      expect(findings.feeds).toEqual([]);
    });

    test('JSON exports: valid JSON, every link http(s) or relative', () => {
      expect(findings.exports).toEqual([]);
    });

    // RSS readers render an item's <description> as HTML: text from content must arrive escaped for it.
    test('feeds: what a reader renders as HTML holds no markup from content', () => {
      expect(findings.feedHtml).toEqual([]);
    });
  });

  describe('every page in Chromium, its policy bypassed so that escaping alone is tested', () => {
    let browser: Browser;
    let site: StaticSite;
    let context: BrowserContext;
    let page: Page;
    /** Every call of a hooked function, dialog, pop-up or navigation that content caused. */
    const executions: string[] = [];

    beforeAll(async () => {
      browser = await launchChromium();
      site = await serveStatic(build.outDir);
      context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
      // Nothing leaves the machine: a payload's remote host is refused, not fetched.
      await context.route(
        (url) => !url.href.startsWith(site.url),
        (route) => route.abort(),
      );
      await context.addInitScript(HOOKS);
      page = await context.newPage();
      page.on('dialog', (dialog) => {
        executions.push(`${dialog.type()} dialog "${dialog.message()}" on ${page.url()}`);
        void dialog.dismiss();
      });
      page.on('popup', (popup) => executions.push(`a pop-up to ${popup.url()} from ${page.url()}`));
    }, 120_000);

    afterAll(async () => {
      await browser.close();
      await site.close();
    });

    /** Load a page, send every element every event, follow every link in place, and collect what ran. */
    async function visit(file: string, query = ''): Promise<void> {
      const url = `${site.url}${file.replace(/index\.html$/, '')}${query}`;
      await page.goto(url, { waitUntil: 'load' });
      if (query) {
        await page.waitForFunction(() => document.querySelector('.search__results li') !== null, null, {
          timeout: 20_000,
        });
      }
      // DOM clobbering: content naming an element like one of the browser's own globals (any
      // element by id; by name, the elements that become properties of window and document).
      const own = [...(siteNames.get(pageKind(file)) ?? [])];
      const clobbering = await page.evaluate((ownNames) => {
        const native = (window as unknown as { __nativeNames: Set<string> }).__nativeNames;
        const site = new Set(ownNames);
        const named = (element: Element, attribute: string) =>
          attribute === 'id' || ['EMBED', 'FORM', 'FRAME', 'IFRAME', 'IMG', 'OBJECT'].includes(element.tagName);
        return [...document.querySelectorAll('[id], [name]')].flatMap((element) =>
          ['id', 'name']
            .filter((attribute) => named(element, attribute))
            .map((attribute) => element.getAttribute(attribute) ?? '')
            .filter((value) => native.has(value) && !site.has(value))
            .map((value) => `<${element.tagName.toLowerCase()}> named "${value}"`),
        );
      }, own);
      executions.push(...clobbering.map((element) => `${element} on ${file}${query}`));
      try {
        await page.evaluate(SWEEP);
        const ran = await page.evaluate(() => (window as unknown as { __xss?: string[] }).__xss ?? []);
        executions.push(...ran.map((call) => `${call} on ${file}${query}`));
      } catch (error) {
        // The page went elsewhere while being touched: recorded, and the next page loads from a settled state.
        executions.push(`${file}${query}: ${String(error).split('\n')[0] ?? ''} (now at ${page.url()})`);
        await page.waitForLoadState('load');
      }
      const now = new URL(page.url());
      if (now.origin + now.pathname !== new URL(url).origin + new URL(url).pathname) {
        executions.push(`${file}${query} navigated to ${page.url()}`);
      }
    }

    test('loading every page and touching every element runs nothing', async () => {
      const pages = filesOf(build.outDir, '.html');
      expect(pages.length).toBeGreaterThan(payloads.length * 2);
      for (const file of pages) await visit(file);
      expect(executions).toEqual([]);
    }, 900_000);

    test('the hooks see a payload that runs (the check can fail)', async () => {
      await page.goto(`${site.url}404.html`);
      await page.evaluate(() => {
        const image = document.createElement('img');
        image.setAttribute('onerror', 'alert("canary")');
        image.src = 'x:';
        document.body.append(image);
        const link = document.createElement('a');
        link.href = 'javascript:confirm("canary")';
        document.body.append(link);
      });
      await page.evaluate(SWEEP);
      const ran = await page.evaluate(() => (window as unknown as { __xss?: string[] }).__xss ?? []);
      const native = await page.evaluate(() =>
        ['getElementById', 'cookie', 'location'].filter((name) =>
          (window as unknown as { __nativeNames: Set<string> }).__nativeNames.has(name),
        ),
      );
      expect(native).toEqual(['getElementById', 'cookie', 'location']);
      expect(ran).toEqual(expect.arrayContaining([expect.stringContaining('alert(canary)')]));
      expect(ran).toEqual(expect.arrayContaining([expect.stringContaining('confirm(canary)')]));
    });

    test('searching for payload words shows results and runs nothing', async () => {
      const searchPage = filesOf(build.outDir, '.html').find((file) => file === 'search/index.html');
      expect(searchPage).toBeDefined();
      for (const word of ['alert', 'onerror', 'script', 'javascript', 'svg', 'iframe', 'Pa7x0']) {
        await visit('search/index.html', `?q=${word}`);
      }
      expect(executions).toEqual([]);
    }, 300_000);

    test('every feed and sitemap is well-formed XML to a strict parser', async () => {
      await page.goto(`${site.url}404.html`);
      const feeds = filesOf(build.outDir, '.xml').map((file) => ({
        file,
        text: readFileSync(path.join(build.outDir, file), 'utf8'),
      }));
      expect(feeds.some(({ file }) => file === 'rss.xml')).toBe(true);
      const broken = await page.evaluate(
        (documents) =>
          documents.flatMap(({ file, text }) => {
            const error = new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror');
            return error ? [`${file}: ${error.textContent ?? ''}`] : [];
          }),
        feeds,
      );
      expect(broken).toEqual([]);
    });
  });
});
