/**
 * The researchers' gold in `../shared/eval-data/` is read at evaluation time
 * through each dataset's own converter (`to_jsonl.py`, one article per line)
 * and never copied into the repository: the texts belong to their publishers.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const EVAL_DATA = path.resolve(import.meta.dirname, '../../../shared/eval-data');

/** Runs `<dataset>/to_jsonl.py` with `args` and parses each line it prints. */
export function readEvalData<Article>(dataset: string, args: readonly string[]): Article[] {
  const output = execFileSync('python3', [path.join(EVAL_DATA, dataset, 'to_jsonl.py'), ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Article);
}
