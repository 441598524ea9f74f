/**
 * What `npm run review` prints: the notes of the last build grouped by rule
 * and briefing, and the annotation changes it made, by briefing.
 */
import path from 'node:path';
import type { AnnotationChange } from '../../src/core/unified/annotation-changes.ts';
import type { BriefingChanges, ReviewFile, StoredNote } from '../../src/astro/review-file.ts';
import { REVIEW_FILE } from '../../src/astro/review-file.ts';

/** Where the last build left the review file: beside its content store (Astro's default cache folder). */
export function reviewFilePath(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const cacheDir = env['BRIEFINGS_CACHE_DIR'] ?? 'node_modules/.astro';
  return path.resolve(root, cacheDir, REVIEW_FILE);
}

export interface RuleGroup {
  rule: string;
  count: number;
  briefings: { briefing: string; file: string; notes: StoredNote[] }[];
}

/** Notes by rule (most notes first, then by name), each rule's briefings by file, notes by place. */
export function notesByRule(review: ReviewFile): RuleGroup[] {
  const groups = new Map<string, Map<string, { briefing: string; file: string; notes: StoredNote[] }>>();
  for (const { briefing, file, notes } of review.notes) {
    for (const note of notes) {
      const byFile = groups.get(note.ruleId) ?? new Map();
      groups.set(note.ruleId, byFile);
      const entry = byFile.get(file) ?? { briefing, file, notes: [] };
      byFile.set(file, entry);
      entry.notes.push(note);
    }
  }
  const place = (note: StoredNote) => (note.line ?? 0) * 1e6 + (note.column ?? 0);
  return [...groups]
    .map(([rule, byFile]) => {
      const briefings = [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file));
      for (const entry of briefings) entry.notes.sort((a, b) => place(a) - place(b));
      return { rule, count: briefings.reduce((sum, entry) => sum + entry.notes.length, 0), briefings };
    })
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatNotes(groups: readonly RuleGroup[]): string {
  if (groups.length === 0) return 'No outstanding notes.';
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  const files = new Set(groups.flatMap((group) => group.briefings.map((entry) => entry.file)));
  const lines = [`${plural(total, 'note')} in ${plural(files.size, 'briefing')}.`];
  for (const { rule, count, briefings } of groups) {
    lines.push('', `${rule}: ${plural(count, 'note')} in ${plural(briefings.length, 'briefing')}`);
    for (const { file, notes } of briefings) {
      lines.push(`  ${file}`);
      for (const note of notes) {
        const where = note.line ? `${note.line}:${note.column ?? 1}` : '-';
        lines.push(`    ${file}:${where}: ${note.reason}${note.fatal ? ' (error)' : ''}`);
      }
    }
  }
  return lines.join('\n');
}

function formatChange(change: AnnotationChange): string {
  switch (change.type) {
    case 'link-added':
      return `+ "${change.text}" linked to ${change.actor}`;
    case 'link-removed':
      return `- "${change.text}" no longer linked to ${change.actor}`;
    case 'link-moved':
      return `~ "${change.text}" moved from ${change.from} to ${change.to}`;
    case 'quote-reattributed':
      return `~ quotation "${change.text}" re-attributed from ${change.from ?? 'no one'} to ${change.to ?? 'no one'}`;
    case 'briefing-added':
    case 'briefing-removed': {
      const sign = change.type === 'briefing-added' ? '+ new briefing' : '- briefing removed';
      const actors = change.actors.length > 0 ? `: ${change.actors.join(', ')}` : '';
      return `${sign}, ${plural(change.links, 'link')} and ${plural(change.quotes, 'quotation')}, to ${plural(change.actors.length, 'actor')}${actors}`;
    }
  }
}

export function formatChanges(changes: readonly BriefingChanges[]): string {
  if (changes.length === 0) return 'The last build changed no annotation.';
  const count = (type: AnnotationChange['type']) =>
    changes.reduce((sum, entry) => sum + entry.changes.filter((change) => change.type === type).length, 0);
  const lines = [
    `The last build changed the annotations of ${plural(changes.length, 'briefing')}: ` +
      `${count('link-added')} links added, ${count('link-removed')} removed, ${count('link-moved')} moved, ` +
      `${count('quote-reattributed')} quotations re-attributed; ` +
      `${plural(count('briefing-added'), 'new briefing')}, ${count('briefing-removed')} removed.`,
  ];
  for (const { file, changes: list } of [...changes].sort((a, b) => a.file.localeCompare(b.file))) {
    lines.push('', file);
    for (const change of list) {
      lines.push(`  ${formatChange(change)}`, ...('sentence' in change ? [`      in: ${change.sentence}`] : []));
    }
  }
  return lines.join('\n');
}
