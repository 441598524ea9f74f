/**
 * Reading a content file from bytes to validated data, framework-free.
 *
 * Every failure is a {@link ContentProblem} with a line in the *file*, never a
 * thrown exception: the caller collects them across all files and fails once.
 * We parse YAML ourselves (the `yaml` package, YAML 1.2 core schema) rather
 * than through Astro's frontmatter helper, because that one turns
 * `2025-02-30` into a `Date` of March 2nd before any schema can see it, and
 * reports YAML errors without the file's line numbers.
 */
import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
} from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from './problems.ts';

export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

/** A YAML mapping with a way back from a field path to its line in the file. */
export interface YamlData {
  data: unknown;
  /** 1-based file line of the key (or list item) at `path`, or of its closest present ancestor. */
  lineOf(path: readonly PropertyKey[]): number;
}

export interface FrontmatterFile extends YamlData {
  /** The Markdown after the closing `---`. */
  body: string;
  /** 1-based file line on which `body` starts. */
  bodyLine: number;
  /**
   * `body` after a blank line for each line before it: Markdown whose
   * positions are the file's, so a note on it names the line an editor sees.
   */
  paddedBody: string;
}

const UTF8_BOM = '\uFEFF';

/**
 * A content file's bytes as text. Decoded strictly as UTF-8: a replacement
 * character would silently change an article's words, so invalid bytes are an
 * error naming the first bad line. An empty file is refused here, once, for
 * every kind of content.
 */
export function readContentText(bytes: Uint8Array, file: string): ReadResult<string> {
  const fail = (line: number, message: string): ReadResult<string> => ({
    ok: false,
    problems: [{ file, line, message }],
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(1, 'the file is UTF-16; save it as UTF-8');
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    // Find the line: decode line by line until one fails (still linear).
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          return fail(line, 'the line holds bytes that are not valid UTF-8; save the file as UTF-8');
        }
        line++;
        start = i + 1;
      }
    }
    return fail(1, 'the file is not valid UTF-8; save it as UTF-8');
  }
  if (text.trim() === '' || text === UTF8_BOM) return fail(1, 'the file is empty');
  // No text file holds NUL. UTF-16 without a byte-order mark decodes as "valid" UTF-8 with a NUL beside every ASCII letter.
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const utf16 = text.split('\0').length - 1 >= text.length / 4;
    return fail(
      countLines(text.slice(0, nul)),
      utf16
        ? 'the line holds NUL characters: the file is probably UTF-16 without a byte-order mark; save it as UTF-8'
        : 'the line holds a NUL character; remove it',
    );
  }
  return { ok: true, value: text.startsWith(UTF8_BOM) ? text.slice(1) : text };
}

/**
 * Parse YAML text that starts on `firstLine` of `file`. Anchors and aliases
 * are refused outright: content never needs them, and they are how "billion
 * laughs" documents blow up memory. Unknown tags (`!!js/function`) are errors,
 * not strings.
 */
export function parseYaml(text: string, file: string, firstLine: number): ReadResult<YamlData> {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, {
    schema: 'core',
    uniqueKeys: true,
    // `!!binary`, `!!set`, `!!omap`, `!!timestamp` are YAML 1.1 types, unresolved (so refused) like any other tag.
    resolveKnownTags: false,
    prettyErrors: false,
    lineCounter,
  });
  const toFileLine = (offset: number) => firstLine - 1 + lineCounter.linePos(offset).line;
  const errors = [...doc.errors, ...doc.warnings];
  // The parser recurses per level of nesting and reports running out of stack as an error (or several).
  const overflow = errors.find(({ message }) => /call stack|stack overflow/i.test(message));
  const problems: ContentProblem[] = (overflow ? [overflow] : errors).map((error) => ({
    file,
    line: toFileLine(error.pos[0]),
    message:
      error === overflow
        ? 'YAML: the value nests too deeply to read; no field needs more than a few levels'
        : `YAML: ${error.message.split('\n')[0]}`,
  }));
  visit(doc, (_key, node, path) => {
    if (isPair(node) && node.key !== null && !isScalar(node.key)) {
      problems.push({
        file,
        line: toFileLine(isNode(node.key) ? (node.key.range?.[0] ?? 0) : 0),
        message: 'YAML: a key must be a plain name, not a list or a mapping',
      });
      return visit.SKIP;
    }
    if (isAlias(node)) {
      // At the field that holds it, where an editor finds the whole value to write out: a bomb's
      // aliases may start lines below its key.
      const field = path.findLast((ancestor) => isPair(ancestor));
      const fieldKey = isPair(field) && isNode(field.key) ? field.key.range?.[0] : undefined;
      problems.push({
        file,
        line: toFileLine(fieldKey ?? node.range?.[0] ?? 0),
        message: `YAML aliases (*${node.source}) are not allowed; write the value out`,
      });
      return visit.BREAK;
    }
    return undefined;
  });
  if (problems.length > 0) return { ok: false, problems };
  if (doc.contents !== null && !isMap(doc.contents)) {
    return {
      ok: false,
      problems: [{ file, line: firstLine, message: 'expected "key: value" fields, not a list or a lone value' }],
    };
  }
  // Walk the path as far as it exists; the last key (or list item) found
  // is where an editor should look, for a bad value and a missing one alike.
  const lineOf = (path: readonly PropertyKey[]): number => {
    let line = Math.max(firstLine - 1, 1);
    let node: unknown = doc.contents;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
        if (!pair || !isScalar(pair.key) || !pair.key.range) break;
        line = toFileLine(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (!isNode(item) || !item.range) break;
        line = toFileLine(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
  return { ok: true, value: { data: doc.toJS() ?? {}, lineOf } };
}

/**
 * The most YAML one frontmatter block or actor file may hold. Real ones
 * hold under 1 KB; the YAML parser checks each key against every other
 * (time quadratic in their number), so a huge block would stall the build.
 */
export const MAX_YAML_BYTES = 32 * 1024;

/** A problem when `yaml` is larger than {@link MAX_YAML_BYTES}. */
export function yamlTooLarge(yaml: string, file: string, line: number, what: string): ReadResult<never> | null {
  const bytes = Buffer.byteLength(yaml, 'utf8');
  if (bytes <= MAX_YAML_BYTES) return null;
  return {
    ok: false,
    problems: [
      {
        file,
        line,
        message: `${what} is ${Math.ceil(bytes / 1024)} KB of YAML; at most ${MAX_YAML_BYTES / 1024} KB is read`,
      },
    ],
  };
}

/** 1-based number of the line that follows `text`. */
function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/**
 * Split a Markdown file into YAML frontmatter and body. The frontmatter must
 * open on the first line with `---` and close with a line of `---`.
 */
export function splitFrontmatter(text: string, file: string): ReadResult<FrontmatterFile> {
  const opening = /^---[ \t]*\r?\n/.exec(text);
  if (!opening) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: 1,
          message: 'the file must start with a frontmatter block: a line "---", the fields, a line "---"',
        },
      ],
    };
  }
  const rest = text.slice(opening[0].length);
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: 1,
          message: 'the frontmatter opened on line 1 is never closed: add a line "---" after the last field',
        },
      ],
    };
  }
  const yaml = rest.slice(0, close.index);
  const parsed = yamlTooLarge(yaml, file, 1, 'the frontmatter') ?? parseYaml(yaml, file, 2);
  if (!parsed.ok) return parsed;
  const bodyStart = opening[0].length + close.index + close[0].length;
  const body = text.slice(bodyStart);
  const bodyLine = countLines(text.slice(0, bodyStart));
  return { ok: true, value: { ...parsed.value, body, bodyLine, paddedBody: '\n'.repeat(bodyLine - 1) + body } };
}

/** Where the actor schema's fields are listed, for an editor who misspelled one. */
export const ACTOR_SCHEMA_FILE = 'src/core/schema/actor.ts';

/**
 * Validate parsed data against a Zod schema, turning each issue into a
 * problem on the line of the offending field. `schemaFile` is where an
 * editor reads the fields an unknown one is checked against.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  source: YamlData,
  file: string,
  schemaFile: string,
): ReadResult<z.output<S>> {
  const result = schema.safeParse(source.data, {
    error: (issue) => (issue.input === undefined ? 'is required' : undefined),
  });
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: source.lineOf([...issue.path, key]),
        field: [...issue.path, key].join('.'),
        message: `is not a known field; check its spelling against the schema in ${schemaFile}`,
      }));
    }
    return [
      {
        file,
        line: source.lineOf(issue.path),
        ...(issue.path.length > 0 ? { field: issue.path.join('.') } : {}),
        message: issue.message,
      },
    ];
  });
  return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
}
