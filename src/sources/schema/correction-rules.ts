/**
 * A briefing's `corrections` frontmatter as the pipeline takes it: one rule
 * per phrase, with the line it is written on, so a rule that matches nothing
 * (or names no actor) is reported there.
 */
import type { CorrectionRule } from '../../core/unified/corrections.ts';
import type { ArticleData } from './article.ts';

export function correctionRulesOf(
  corrections: ArticleData['corrections'],
  lineOf: (path: readonly PropertyKey[]) => number,
): CorrectionRule[] {
  if (!corrections) return [];
  return [
    ...corrections.unlink.map((phrase, index) => ({
      phrase,
      actor: null,
      line: lineOf(['corrections', 'unlink', index]),
    })),
    ...Object.entries(corrections.link).map(([phrase, actor]) => ({
      phrase,
      actor,
      line: lineOf(['corrections', 'link', phrase]),
    })),
  ];
}
