/**
 * A real browser over a built site: Debian's Chromium driven by
 * playwright-core (test tools cannot download browsers here), and a small
 * static server that serves `dist/` the way a static host does.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (CI's .ci/run does)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  /** The site's root URL, base path included, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serve `outDir` under `base` on a free local port: directories answer with
 * their `index.html`, anything else missing with the site's 404 page.
 */
export async function serveStatic(outDir: string, base = '/'): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname);
    } catch {
      // Not valid percent-encoding (`/%zz`): a static host answers 400, not silence.
      response.writeHead(400).end('bad request');
      return;
    }
    const inside = pathname.startsWith(base) ? pathname.slice(base.length) : null;
    let file = inside === null ? null : path.join(outDir, inside);
    if (file && !file.startsWith(path.resolve(outDir))) file = null;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !existsSync(file)) {
      const notFound = path.join(outDir, '404.html');
      response.writeHead(404, { 'content-type': CONTENT_TYPES['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
