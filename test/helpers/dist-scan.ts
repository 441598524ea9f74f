/**
 * A static scan of a whole built site for markup that could run script:
 * every `.html`, `.xml` and `.json` file, whatever pages exist. Each finding
 * names the file and what is wrong; a clean site gives none.
 *
 * What "allowed" means is decided by the site itself, not by a list of its
 * pages: a `<script>` may run (and a `<style>` apply) only if the page's
 * Content Security Policy names its hash or it loads from the site, and elements that content must
 * never create (`form`, `iframe`, …) may appear only as often as the same
 * kind of page has them in a build without hostile content (`baseline`).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { parseFragment } from './dist.ts';

export interface Finding {
  file: string;
  problem: string;
}

/**
 * Where a finding is: a page (or its structured data), a feed's or
 * sitemap's own markup and links, HTML that a feed reader renders from a
 * feed (`description`), or a JSON export.
 */
export interface SiteFindings {
  pages: Finding[];
  feeds: Finding[];
  feedHtml: Finding[];
  exports: Finding[];
}

/** Elements content must never put on a page. */
const FORBIDDEN = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'meta[http-equiv="refresh" i]',
  'link[rel~="import" i]',
  'portal',
  'fencedframe',
  'math',
  'svg',
  'template',
  'noscript',
] as const;

/** Attributes that hold a URL (or several: `srcset`, `ping`). */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'cite',
  'data',
  'codebase',
  'longdesc',
  'manifest',
  'usemap',
  'dynsrc',
  'lowsrc',
  'ping',
  'srcset',
  'imagesrcset',
  'itemtype',
  'profile',
];

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The scheme a browser would see in a URL attribute value (already
 * entity-decoded): leading and trailing spaces and C0 controls stripped,
 * tabs and newlines removed anywhere. `null` for a relative URL.
 */
export function urlScheme(value: string): string | null {
  // eslint-disable-next-line no-control-regex -- what browsers strip is what is checked
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return scheme ? (scheme[1] ?? '').toLowerCase() : null;
}

function urlProblem(value: string): string | null {
  const scheme = urlScheme(value);
  return scheme === null || ALLOWED_SCHEMES.has(scheme) ? null : `a ${scheme}: URL`;
}

/** The URLs an attribute holds: `srcset` is a list of "url size" candidates, `ping` a list of URLs. */
function urlsOf(attribute: string, value: string): string[] {
  if (attribute === 'srcset' || attribute === 'imagesrcset') {
    return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
  }
  if (attribute === 'ping') return value.split(/\s+/);
  return [value];
}

export function filesOf(outDir: string, extension: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** Which template made a page: its first path segment (`briefings`, `actors`), or the file at the top. */
export function pageKind(file: string): string {
  return file.includes('/') ? (file.split('/')[0] ?? file) : file;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Every element under `root` that matches `selector`, those inside a
 * `<template>` included: the DOM keeps a template's content apart from the
 * tree, and a scan must not miss markup there.
 */
function selectAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const template of root.querySelectorAll('template')) {
    found.push(...selectAll((template as HTMLTemplateElement).content, selector));
  }
  return found;
}

/** A stable description of an element, for comparing pages with the baseline. */
function signature(element: Element): string {
  const tag = element.tagName.toLowerCase();
  const attributes = [...element.attributes]
    .filter(({ name }) => ['type', 'class', 'rel', 'http-equiv', 'name', 'id'].includes(name))
    .map(({ name, value }) => `${name}=${value}`)
    .sort();
  return [tag, ...attributes].join(' ');
}

/** How many elements of each signature content-free pages of each kind carry (the site's own chrome). */
export type Baseline = Map<string, Map<string, number>>;

export function baselineOf(outDir: string): Baseline {
  const baseline: Baseline = new Map();
  for (const file of filesOf(outDir, '.html')) {
    const counts = countForbidden(parseHTML(readFileSync(path.join(outDir, file), 'utf8')).document);
    const kind = baseline.get(pageKind(file)) ?? new Map<string, number>();
    for (const [key, count] of counts) kind.set(key, Math.max(kind.get(key) ?? 0, count));
    baseline.set(pageKind(file), kind);
  }
  return baseline;
}

/**
 * The ids and names each kind of page carries without hostile content: the
 * site's own (an `id="when"` of its own is not content clobbering a global).
 */
export function namesOf(outDir: string): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const file of filesOf(outDir, '.html')) {
    const document = parseHTML(readFileSync(path.join(outDir, file), 'utf8')).document;
    const kind = names.get(pageKind(file)) ?? new Set<string>();
    for (const element of selectAll(document, '[id], [name]')) {
      for (const value of [element.getAttribute('id'), element.getAttribute('name')]) if (value) kind.add(value);
    }
    names.set(pageKind(file), kind);
  }
  return names;
}

function countForbidden(document: Document): Map<string, number> {
  const counts = new Map<string, number>();
  for (const element of selectAll(document, FORBIDDEN.join(', '))) {
    // Structured data is data; it is checked as JSON on its own.
    if (element.matches('script[type="application/ld+json"]')) continue;
    // A task list's box: the sanitiser lets `input` through only disabled and as a checkbox.
    if (element.matches('input[type="checkbox"][disabled]') && element.attributes.length <= 3) continue;
    const key = signature(element);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Every problem of one HTML document (a page, or a feed item's HTML as a reader renders it). */
function scanHtml(file: string, html: string, baseline: Baseline | null): Finding[] {
  const findings: Finding[] = [];
  const found = (problem: string) => findings.push({ file, problem });
  // A feed item's HTML is a fragment: a reader renders it inside a page.
  const document = baseline === null ? parseFragment(html).ownerDocument : parseHTML(html).document;

  for (const element of selectAll(document, '*')) {
    for (const { name, value } of element.attributes) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) found(`<${element.tagName.toLowerCase()} ${name}="${value}">`);
      if (URL_ATTRIBUTES.includes(attribute)) {
        for (const url of urlsOf(attribute, value)) {
          const problem = urlProblem(url);
          if (problem) found(`${problem} in ${name}="${value}"`);
        }
      }
      if (attribute === 'content' && element.matches('meta[http-equiv="refresh" i]')) found(`a refresh to ${value}`);
    }
  }

  // Structured data: valid JSON (a `</script` in it would end it early and fail to parse) that
  // opens no comment or script, which would change how the rest of the element is read.
  for (const match of html.matchAll(/<script\b[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script/gi)) {
    const text = match[1] ?? '';
    if (/<!--|<script/i.test(text)) found(`JSON-LD holds markup: ${text.slice(0, 200)}`);
    try {
      JSON.parse(text);
    } catch {
      found(`JSON-LD is not valid JSON: ${text.slice(0, 200)}`);
    }
  }

  if (baseline === null) {
    // A feed item's HTML: nothing here belongs to the site's own chrome.
    for (const [key, count] of countForbidden(document)) found(`${count} × <${key}>`);
    return findings;
  }

  // Scripts run, and style elements apply, only if the page's policy allows them: by hash, or from the site itself.
  const policy = document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? '';
  // A style's or script's text is its source as written: these elements hold raw text, not markup.
  for (const element of selectAll(document, 'style')) {
    const text = element.textContent;
    if (!policy.includes(sha256(text))) found(`a style element the policy does not name: ${text.slice(0, 200)}`);
  }
  for (const element of selectAll(document, 'script')) {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    if (type === 'application/ld+json') continue;
    const src = element.getAttribute('src');
    const text = element.textContent;
    if (src !== null) {
      if (urlScheme(src) !== null || src.startsWith('//')) found(`a script from ${src}`);
    } else if (!policy.includes(sha256(text))) {
      found(`an inline script the policy does not name: ${text.slice(0, 200)}`);
    }
  }

  const allowed = baseline.get(pageKind(file)) ?? new Map<string, number>();
  for (const [key, count] of countForbidden(document)) {
    if (count > (allowed.get(key) ?? 0)) {
      found(`${count} × <${key}> (pages of this kind without hostile content have ${allowed.get(key) ?? 0})`);
    }
  }
  return findings;
}

/** URLs in a JSON export: any string under a key that names a link. */
function scanJson(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [{ file, problem: `not valid JSON: ${String(error)}` }];
  }
  const stack: { value: unknown; key: string }[] = [{ value: data, key: '' }];
  while (stack.length > 0) {
    const { value, key } = stack.pop() ?? { value: null, key: '' };
    if (typeof value === 'string') {
      const problem = /url|href|link|src|image|@id|sameAs/i.test(key) ? urlProblem(value) : null;
      if (problem) findings.push({ file, problem: `${problem} at "${key}": ${value}` });
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, key });
    } else if (value !== null && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) stack.push({ value: item, key: name });
    }
  }
  return findings;
}

/**
 * XML feeds and sitemaps: link-like elements and attributes keep to the
 * allowed schemes, and what a feed reader renders as HTML (`description`,
 * `content:encoded`, Atom `content`/`summary` of type html) passes the same
 * checks as a page. Well-formedness needs a strict parser: see
 * `xmlWellFormedness` in the browser test.
 */
function scanXml(file: string, text: string): { feeds: Finding[]; feedHtml: Finding[] } {
  const findings: Finding[] = [];
  const feedHtml: Finding[] = [];
  const document = new DOMParser().parseFromString(text, 'text/xml');
  for (const element of document.querySelectorAll('link, guid, loc, url, comments, enclosure, image, source, docs')) {
    const values = [
      element.children.length === 0 ? element.textContent : '',
      element.getAttribute('href'),
      element.getAttribute('url'),
    ];
    for (const value of values) {
      const problem = value ? urlProblem(value.trim()) : null;
      if (problem) findings.push({ file, problem: `${problem} in <${element.tagName}>: ${value}` });
    }
  }
  for (const element of document.querySelectorAll('description, content\\:encoded, summary, content')) {
    feedHtml.push(...scanHtml(`${file} <${element.tagName}>`, element.textContent ?? '', null));
  }
  return { feeds: findings, feedHtml };
}

/** Scan every page, feed and export of `outDir`; `baseline` from a build without hostile content. */
export function scanSite(outDir: string, baseline: Baseline): SiteFindings {
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
  const xml = filesOf(outDir, '.xml').map((file) => scanXml(file, read(file)));
  return {
    pages: filesOf(outDir, '.html').flatMap((file) => scanHtml(file, read(file), baseline)),
    feeds: xml.flatMap(({ feeds }) => feeds),
    feedHtml: xml.flatMap(({ feedHtml }) => feedHtml),
    exports: filesOf(outDir, '.json').flatMap((file) => scanJson(file, read(file))),
  };
}
