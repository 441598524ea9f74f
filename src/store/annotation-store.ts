/**
 * The annotation store: every briefing's HTML, annotation record and notes,
 * kept by the key of the briefing version that made them, in one file each
 * under `<cacheDir>/annotation-store/<first two hex digits of the key>/<key>.entry`.
 *
 * Why files and not `node:sqlite`: every access is one whole entry by one key
 * (the loader writes a briefing's, a page reads one briefing's), which is
 * what a file system does without a schema, a driver or a lock: an atomic
 * rename makes each write all-or-nothing (a killed build leaves at most a
 * temporary file, which the next build removes), readers in other threads or
 * processes (parallel prerendering) never wait for a writer or a lock, and an
 * entry can be read, checked and removed by hand. A database would add a
 * second copy of each entry in its journal and one file every reader must
 * lock, for no query we need. The two-digit folders keep any one folder near
 * a hundred files at 20,000 briefings.
 *
 * Every read checks the entry (`entry.ts`), and a read may check its markup
 * too (`EntryCheck`): a refused entry is a miss, and the loader renders the
 * briefing again.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, type Dirent, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { annotatedHtmlProblem } from '../core/unified/annotated-html.ts';
import { decodeEntry, encodeEntry, type EntryProblem, type StoredBriefing, type VerifiedEntry } from './entry.ts';

/** The store's folder inside Astro's cache folder. */
export const STORE_FOLDER = 'annotation-store';

const SUFFIX = '.entry';
const KEY = /^[0-9a-f]{64}$/;

/** What a read found: a checked entry, nothing, or an entry refused and why. */
export type EntryRead = { entry: VerifiedEntry } | { missing: true } | { refused: EntryProblem };

/**
 * How much a read checks. `checksum`: the entry is whole and unchanged since
 * it was written (cheap: a sha256). `markup` as well: its HTML holds nothing
 * the pipeline cannot write, parsed as a browser would (about 1–2 ms an entry),
 * which holds even against an entry whose sha256 was recomputed. `markup`
 * with `published`: the markup of HTML for which `published` answers true is
 * not parsed again (HTML the site already published was checked when it was).
 */
export type EntryCheck = 'checksum' | 'markup' | { markup: 'unless published'; published: (html: string) => boolean };

export interface AnnotationStore {
  /** The folder, for messages. */
  directory: string;
  /** The file an entry of `key` lives in. */
  fileOf(key: string): string;
  read(key: string, check?: EntryCheck): EntryRead;
  /** Written to a temporary file and renamed over the entry, so a reader sees the old entry or the new, whole. */
  write(key: string, made: string, briefing: StoredBriefing): void;
  /** Removes every entry not in `keep`, and anything else a killed build left (temporary files). */
  prune(keep: ReadonlySet<string>): void;
}

export function annotationStoreIn(cacheDirectory: string): AnnotationStore {
  return annotationStore(path.join(cacheDirectory, STORE_FOLDER));
}

export function annotationStore(directory: string): AnnotationStore {
  const fileOf = (key: string) => {
    // A key names a file: only a sha256 in hex can, so no key reaches outside the folder.
    if (!KEY.test(key)) throw new Error(`Not an annotation store key: ${JSON.stringify(key)}`);
    return path.join(directory, key.slice(0, 2), `${key}${SUFFIX}`);
  };
  // The shard folders this store made or found (each load makes its own store): a load writes thousands
  // of entries into at most 256 folders, so each folder is made once rather than once per entry.
  const madeShards = new Set<string>();
  return {
    directory,
    fileOf,
    read(key, check = 'checksum') {
      // Not a key of this store (an Astro digest of before it existed): nothing is stored under it.
      if (!KEY.test(key)) return { missing: true };
      let text: string;
      try {
        text = readFileSync(fileOf(key), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
        throw error;
      }
      const decoded = decodeEntry(text, key);
      if (typeof decoded === 'string') return { refused: decoded };
      const checked = check !== 'checksum' && (check === 'markup' || !check.published(decoded.html()));
      const markup = checked ? annotatedHtmlProblem(decoded.html()) : null;
      return markup ? { refused: `its HTML holds what the pipeline never writes: ${markup}` } : { entry: decoded };
    },
    write(key, made, briefing) {
      const file = fileOf(key);
      const shard = path.dirname(file);
      if (!madeShards.has(shard)) {
        mkdirSync(shard, { recursive: true });
        madeShards.add(shard);
      }
      const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
      try {
        writeFileSync(temporary, encodeEntry(key, made, briefing));
        renameSync(temporary, file);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
    },
    prune(keep) {
      let shards: Dirent[];
      try {
        shards = readdirSync(directory, { withFileTypes: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      for (const shard of shards) {
        const folder = path.join(directory, shard.name);
        if (!shard.isDirectory()) {
          rmSync(folder, { force: true });
          continue;
        }
        for (const name of readdirSync(folder)) {
          const key = name.endsWith(SUFFIX) ? name.slice(0, -SUFFIX.length) : '';
          if (!keep.has(key)) rmSync(path.join(folder, name), { force: true });
        }
      }
    },
  };
}
