/**
 * What a reader downloads per page kind: each HTML page and the stylesheets
 * and scripts it references directly, gzip-compressed one file at a time (as
 * a static host serves them), grouped by route (`/briefings/[id]/`); and the
 * web fonts its text needs (woff2, already compressed: `page-fonts.ts`),
 * upright and italic apart. Images are left out; scripts a page loads later
 * from its own scripts are not followed. Plus the total size of the built site.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { facesFor, fontFaces, textCodePoints, type FontFace } from './page-fonts.ts';
import { median } from './statistics.ts';

export interface PageKindWeight {
  /** The route: `/`, `/404.html`, `/actors/`, `/actors/[id]/`. */
  kind: string;
  pages: number;
  /** Medians over the kind's pages, in gzip bytes. */
  html: number;
  css: number;
  /** Script files and inline scripts (inline ones are also part of `html`). */
  js: number;
  /** HTML, stylesheets and script files. */
  total: number;
  /** The upright font files the page's text needs. */
  fonts: number;
  /** The italic font files for the same text, fetched only where the page sets italic (quotations). */
  italicFonts: number;
  /** `total` and `fonts`: what a reader fetches for the page as it first shows. */
  withFonts: number;
  /** The heaviest page of the kind, in gzip bytes. */
  maxTotal: number;
  /** The most script any page of the kind carries: 0 means none does. */
  maxJs: number;
}

export interface SiteWeight {
  files: number;
  bytes: number;
  htmlPages: number;
  kinds: PageKindWeight[];
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * `briefings/x/index.html` → `/briefings/[id]/`, `actors/iran/said-by/3/index.html` →
 * `/actors/[id]/[list]/[page]/`: the page's route, so the pages one template makes
 * form one row however many actors and pages of them there are.
 */
export function pageKind(relativePath: string): string {
  const segments = relativePath.split(path.sep);
  if (segments.at(-1) !== 'index.html') return `/${segments.join('/')}`;
  const folders = segments.slice(0, -1).map((segment, depth, all) => {
    if (/^\d+$/.test(segment)) return '[page]';
    if (depth === 1) return '[id]';
    if (depth === 2 && all[0] === 'actors') return '[list]';
    return segment;
  });
  return folders.length === 0 ? '/' : `/${folders.join('/')}/`;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find(Boolean);

/** Local stylesheets and scripts the page references, and the text of its inline scripts. */
function references(html: string): { stylesheets: string[]; scripts: string[]; inlineScripts: string[] } {
  const stylesheets = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /^stylesheet$/i.test(attribute(tag, 'rel') ?? ''))
    .flatMap((tag) => attribute(tag, 'href') ?? []);
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const source = attribute(attributes, 'src');
    if (source) scripts.push(source);
    else if (!/json/i.test(attribute(attributes, 'type') ?? '')) inlineScripts.push(body);
  }
  return { stylesheets, scripts, inlineScripts };
}

export function measureSiteWeight(distDir: string): SiteWeight {
  const files = filesUnder(distDir);
  const gzipped = new Map<string, number>();
  const gzipSize = (file: string) => {
    let size = gzipped.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(file)).length;
      gzipped.set(file, size);
    }
    return size;
  };
  // Only files of this site count (`/x.css` or relative); a URL elsewhere is not ours to weigh.
  const local = (page: string, url: string) => {
    if (/^[a-z]+:|^\/\//i.test(url)) return null;
    const file = url.startsWith('/') ? path.join(distDir, url) : path.resolve(path.dirname(page), url);
    return file.split(/[?#]/)[0] ?? null;
  };
  const facesOf = new Map<string, FontFace[]>();
  /** A stylesheet's faces, their urls resolved to files. */
  const faces = (sheet: string) => {
    let found = facesOf.get(sheet);
    if (!found) {
      found = fontFaces(readFileSync(sheet, 'utf8')).flatMap((face) => {
        const file = local(sheet, face.url);
        return file ? [{ ...face, url: file }] : [];
      });
      facesOf.set(sheet, found);
    }
    return found;
  };
  const fontBytes = (files: string[]) => files.reduce((sum, font) => sum + statSync(font).size, 0);
  const pages = new Map<
    string,
    { html: number; css: number; js: number; total: number; fonts: number; italicFonts: number }[]
  >();
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const { stylesheets, scripts, inlineScripts } = references(html);
    const weigh = (urls: string[]) =>
      urls.reduce((sum, url) => {
        const asset = local(file, url);
        return sum + (asset ? gzipSize(asset) : 0);
      }, 0);
    const inline = inlineScripts.reduce((sum, body) => sum + (body.trim() ? gzipSync(body).length : 0), 0);
    const kind = pageKind(path.relative(distDir, file));
    const list = pages.get(kind) ?? [];
    const [htmlBytes, css, scriptFiles] = [gzipSize(file), weigh(stylesheets), weigh(scripts)];
    const sheetFaces = stylesheets.flatMap((url) => {
      const sheet = local(file, url);
      return sheet ? faces(sheet) : [];
    });
    const text = textCodePoints(html);
    list.push({
      html: htmlBytes,
      css,
      js: scriptFiles + inline,
      total: htmlBytes + css + scriptFiles,
      fonts: fontBytes(facesFor(sheetFaces, text, 'normal')),
      italicFonts: fontBytes(facesFor(sheetFaces, text, 'italic')),
    });
    pages.set(kind, list);
  }
  const kinds = [...pages].map(([kind, list]) => {
    const totals = list.map(({ total }) => total);
    return {
      kind,
      pages: list.length,
      html: median(list.map(({ html }) => html)),
      css: median(list.map(({ css }) => css)),
      js: median(list.map(({ js }) => js)),
      total: median(totals),
      fonts: median(list.map(({ fonts }) => fonts)),
      italicFonts: median(list.map(({ italicFonts }) => italicFonts)),
      withFonts: median(list.map(({ total, fonts }) => total + fonts)),
      maxTotal: Math.max(...totals),
      maxJs: Math.max(...list.map(({ js }) => js)),
    };
  });
  kinds.sort((a, b) => a.kind.localeCompare(b.kind));
  return {
    files: files.length,
    bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    htmlPages: [...pages.values()].reduce((sum, list) => sum + list.length, 0),
    kinds,
  };
}
