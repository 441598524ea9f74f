/**
 * Limits on a briefing's Markdown body, checked in one linear pass before
 * the body is rendered, so that hostile or broken input fails with its line
 * instead of crashing or stalling the build.
 *
 * Why they are needed: the HTML tree utilities after the parser recurse
 * once per level of nesting (`hast-util-raw`, `hast-util-from-parse5`), so
 * nesting a thousand levels deep overflows the call stack. No news briefing
 * nests more than a few levels, so a body past
 * {@link MAX_NESTING} is refused, as is one larger than
 * {@link MAX_BODY_BYTES}, which no article is and whole saved web pages or
 * concatenated feeds are.
 *
 * Every measure is an upper bound of the depth the parsers will build (it
 * may count a marker the parser reads as text, never the other way round),
 * so what passes cannot nest deeper than the limit.
 */
import type { ContentProblem } from './problems.ts';

/**
 * The largest body rendered: several times the longest long-read, and
 * smaller than a whole saved web page or a concatenated feed.
 */
export const MAX_BODY_BYTES = 512 * 1024;

/**
 * The deepest nesting of each kind: block containers (quotes, list items),
 * inline markup (emphasis, strikethrough, link brackets) and HTML elements.
 * All three kinds at their limit together stay far below the depth at which
 * the toolchain runs out of stack.
 */
export const MAX_NESTING = 100;

/**
 * The most emphasis marks (`*`, `_`, `~` that can open or close) and
 * brackets in one body: many times what a long article with many links and
 * some emphasis holds. The parser does not look back over earlier marks, so
 * the limit says what one article can plausibly hold rather than guarding
 * its time.
 */
export const MAX_INLINE_MARKERS = 5_000;

/** Elements that never hold others (an HTML parser ignores their closing slash and their end tags). */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/y;
const LIST_MARKER = /(?:[-*+]|\d{1,9}[.)])(?=[ \t\r\n]|$)/y;
const SPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

type Kind = 'block' | 'inline' | 'html';

const KIND_DESCRIPTIONS: Record<Kind, string> = {
  block: 'block quotes and list items nest',
  inline: 'emphasis, strikethrough and link brackets nest',
  html: 'HTML elements nest',
};

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * The problems of a Markdown body that starts on `firstLine` of `file`:
 * too large, or nested deeper than {@link MAX_NESTING} (one problem per kind
 * of nesting, on the first line that goes too deep).
 */
export function checkMarkdownBody(body: string, firstLine: number, file: string): ContentProblem[] {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_BODY_BYTES) {
    return [
      {
        file,
        line: firstLine,
        message:
          `the body is ${formatSize(bytes)}; a briefing may be at most ${formatSize(MAX_BODY_BYTES)} ` +
          '(is it a whole web page, or several articles in one file?)',
      },
    ];
  }
  const problems: ContentProblem[] = [];
  const reported = new Set<Kind>();
  let line = 0;
  const report = (kind: Kind, depth: number) => {
    if (depth <= MAX_NESTING || reported.has(kind)) return;
    reported.add(kind);
    problems.push({
      file,
      line: firstLine + line,
      message: `${KIND_DESCRIPTIONS[kind]} more than ${MAX_NESTING} levels deep here; no briefing needs that, so flatten it`,
    });
  };
  let markers = 0;
  const countMarkers = (count: number) => {
    if (markers > MAX_INLINE_MARKERS) return;
    markers += count;
    if (markers <= MAX_INLINE_MARKERS) return;
    problems.push({
      file,
      line: firstLine + line,
      message:
        `the body has more than ${MAX_INLINE_MARKERS.toLocaleString('en')} emphasis marks (*, _, ~) and brackets by this line; ` +
        'no article is marked up that densely (is it really one article?)',
    });
  };

  let htmlDepth = 0;
  // Open inline markup, per marker: a `_` can only close what a `_` opened.
  const inline = new Map<string, number>();
  const open = (marker: string, count: number) => {
    const depth = (inline.get(marker) ?? 0) + count;
    inline.set(marker, depth);
    report('inline', depth);
  };
  const close = (marker: string, count: number) => inline.set(marker, Math.max(0, (inline.get(marker) ?? 0) - count));
  for (let lineStart = 0; lineStart <= body.length; line++) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    scanInline(scanPrefix(lineStart, lineEnd), lineEnd);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return problems;

  /**
   * Block containers: every `>` and list marker of the line's prefix, and
   * every two columns of indentation before or between them (a list item's
   * text starts at least two columns in, so each level continued by
   * indentation on a later line needs two). Returns where the line's content
   * starts.
   */
  function scanPrefix(start: number, end: number): number {
    let markers = 0;
    let columns = 0;
    let index = start;
    while (index < end) {
      const char = body[index];
      if (char === ' ') columns++;
      else if (char === '\t') columns += 4 - (columns % 4);
      else if (char === '>') {
        markers++;
        // The one space that may follow `>` belongs to the marker.
        if (body[index + 1] === ' ') index++;
      } else {
        LIST_MARKER.lastIndex = index;
        const marker = LIST_MARKER.exec(body);
        if (!marker) break;
        markers++;
        // The spaces after a list marker only say where its item's text starts.
        index += marker[0].length;
        while (body[index] === ' ' || body[index] === '\t') index++;
        continue;
      }
      index++;
    }
    report('block', markers + Math.floor(columns / 2));
    // A blank line (inside its containers) ends a paragraph, and with it any open inline markup.
    if (body.slice(index, end).trim() === '') inline.clear();
    return index;
  }

  /** Inline markup and HTML tags from `start` to the end of the line. */
  function scanInline(start: number, end: number): void {
    let index = start;
    while (index < end) {
      const char = body[index];
      // An escaped `<` is text in Markdown, but not inside an HTML block.
      if (char === '\\' && body[index + 1] !== '<') index += 2;
      else if (char === '[') {
        countMarkers(1);
        open('[', 1);
        index++;
      } else if (char === ']') {
        countMarkers(1);
        close('[', 1);
        index++;
      } else if (char === '*' || char === '_' || char === '~') index = delimiterRun(index, end);
      else if (char === '<') index = tag(index);
      else index++;
    }
  }

  /** A run of `*`, `_` or `~`: one that can open adds its length, one that can only close takes it away. */
  function delimiterRun(start: number, end: number): number {
    const char = body[start];
    let next = start + 1;
    while (next < end && body[next] === char) next++;
    const before = body[start - 1] ?? '\n';
    const after = body[next] ?? '\n';
    // CommonMark's flanking rules.
    const leftFlanking =
      !SPACE.test(after) && (!PUNCTUATION.test(after) || SPACE.test(before) || PUNCTUATION.test(before));
    const rightFlanking =
      !SPACE.test(before) && (!PUNCTUATION.test(before) || SPACE.test(after) || PUNCTUATION.test(after));
    // `snake_case`: an underscore inside a word neither opens nor closes.
    const intraword = char === '_' && leftFlanking && rightFlanking && !PUNCTUATION.test(before + after);
    if (intraword || char === undefined) return next;
    if (leftFlanking || rightFlanking) countMarkers(next - start);
    if (leftFlanking) open(char, next - start);
    else if (rightFlanking) close(char, next - start);
    return next;
  }

  /**
   * `<name` or `</name` at `start`; returns where scanning goes on. Tags
   * in code and in comments are counted too: an upper bound is enough.
   */
  function tag(start: number): number {
    TAG.lastIndex = start;
    const match = TAG.exec(body);
    if (!match) return start + 1;
    if (!VOID_ELEMENTS.has((match[2] ?? '').toLowerCase())) {
      if (match[1]) htmlDepth = Math.max(0, htmlDepth - 1);
      else report('html', ++htmlDepth);
    }
    return start + match[0].length;
  }
}
