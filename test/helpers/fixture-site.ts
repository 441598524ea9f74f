/**
 * Content trees written at test time (under test/output/, never committed):
 * hostile payloads and malformed files are generated from tables in the
 * tests, so each case reads next to what it expects.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './build.ts';

/** A file's content, or a symbolic link to `target`. */
export type FixtureFile = string | Uint8Array | { symlinkTo: string };

/**
 * Write a content tree at `test/output/content/<name>/` (emptied first;
 * apart from the builds' own `test/output/<name>/`) and return its path
 * relative to the project root, as `BRIEFINGS_CONTENT_DIR` wants it.
 * Keys are paths inside the tree: `articles/2024-12-02-x.md`.
 */
export function writeContentTree(name: string, files: Record<string, FixtureFile>): string {
  const relative = `test/output/content/${name}`;
  const directory = path.join(ROOT, relative);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(path.join(directory, 'articles'), { recursive: true });
  mkdirSync(path.join(directory, 'actors'), { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(directory, file);
    mkdirSync(path.dirname(target), { recursive: true });
    if (typeof content === 'object' && 'symlinkTo' in content) symlinkSync(content.symlinkTo, target);
    else writeFileSync(target, content);
  }
  return relative;
}

/**
 * A YAML double-quoted scalar: any text as one valid value. JSON's escapes
 * are YAML's; what YAML also forbids raw (DEL, C1 controls, U+FFFE/U+FFFF)
 * is escaped too.
 */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u0084\u0086-\u009f\ufffe\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The frontmatter fields of a valid briefing, each overridable with raw YAML. */
export function articleText(fields: Record<string, string> = {}, body = 'Iran said nothing.\n'): string {
  const all: Record<string, string> = {
    title: 'A briefing',
    date: '2024-12-02',
    source: '\n  name: Example Wire\n  url: https://example.org/a',
    summary: 'One paragraph.',
    ...fields,
  };
  const yaml = Object.entries(all)
    .map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}`;
}

/** A valid actor file, each field overridable with raw YAML. */
export function actorText(fields: Record<string, string> = {}): string {
  const all: Record<string, string> = {
    name: 'Iran',
    kind: 'state',
    description: 'Country in Western Asia.',
    ...fields,
  };
  return `${Object.entries(all)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n`;
}

/** Every file under `directory` with a digest of its bytes: two equal snapshots are the same site. */
export function snapshot(directory: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(directory, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(path.join(directory, file)).isFile())
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(path.join(directory, file)))
          .digest('hex'),
      ]),
  );
}
