/**
 * A content problem an editor can act on: the file, the line in that file
 * (not in a YAML block or a rendered body), the field where there is one, and
 * what is wrong. The loaders collect every problem of a run and fail once.
 */
export interface ContentProblem {
  /** Path relative to the project root, as an editor would open it. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column, where known. */
  column?: number;
  /** Dotted field path in the frontmatter (`source.url`), where the problem is one field's. */
  field?: string;
  message: string;
}

/**
 * Control characters (a newline in a file name or a quoted value) shown as
 * escapes, so that one problem stays one line and content cannot forge one.
 */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u001f\u007f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatProblem({ file, line, column, field, message }: ContentProblem): string {
  const place = column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
  return printable(field ? `${place}: ${field}: ${message}` : `${place}: ${message}`);
}

/** Sorted by file, then line, so a long report reads top to bottom like the content folder. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file, 'en') || a.line - b.line);
}
