/**
 * The editors' list of everyday compounds (`content/everyday-compounds.yaml`):
 * things English names with a state's name, demonym or capital (`French
 * fries`, `a Great Dane`, `Brazil nuts`, `chicken Kiev`, `Dutch elm
 * disease`), where the word is no mention of the state. The settling step
 * reads them from the registry; editors extend the list in content, never
 * in code.
 *
 * Read as every editors' list is (`files/headed-lists.ts`), each compound
 * kept as the settling step looks it up: lower case, one space between
 * words, a hyphen inside a later word dropped (`Mexican stand-off`), one
 * after the first word taken for a space (`Greek-key`).
 */
import { MAX_COMPOUND_WORDS } from '../core/discovery/index.ts';
import { loadHeadedLists, parseHeadedLists, type HeadedListReader } from './files/headed-lists.ts';
import type { ContentProblem } from './files/problems.ts';

/** The file beside a content tree's actors folder. */
export const EVERYDAY_COMPOUNDS_FILE = 'everyday-compounds.yaml';

function wordsOf(compound: string): string[] {
  const [first = '', ...rest] = compound.normalize('NFC').toLowerCase().trim().split(/\s+/u);
  return [...first.split('-'), ...rest.map((word) => word.replace(/-/gu, ''))].filter((word) => word !== '');
}

const READER: HeadedListReader = {
  schemaFile: 'src/sources/everyday-compounds.ts',
  entry: 'compound',
  keyOf: (compound) => wordsOf(compound).join(' '),
  refuse: (compound) => {
    const count = wordsOf(compound).length;
    if (count < 2) return `"${compound}" is one word; a compound is the state's word and another`;
    return count > MAX_COMPOUND_WORDS + 1
      ? `"${compound}" is longer than ${MAX_COMPOUND_WORDS + 1} words; the settling step reads no longer compound`
      : null;
  },
};

export function parseEverydayCompounds(
  text: string,
  file: string,
): { compounds: Set<string>; problems: ContentProblem[] } {
  const { keys, problems } = parseHeadedLists(text, file, READER);
  return { compounds: keys, problems };
}

/** Read the list at `file` (relative to `root`); a content tree without the file has none. */
export async function loadEverydayCompounds(
  root: string,
  file: string,
): Promise<{ compounds: Set<string>; problems: ContentProblem[] }> {
  const { keys, problems } = await loadHeadedLists(root, file, READER);
  return { compounds: keys, problems };
}
