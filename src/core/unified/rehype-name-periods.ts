/**
 * rehype plugin: report the names a briefing uses that, on its date, name no
 * actor — a name registered only for periods that leave the date out (`the
 * Syrian army` after the Assad government fell). They are never linked; the
 * note tells the editor to check the date or the actor's periods.
 *
 * The registry's out-of-period names go through the same matcher as every
 * mention, so a place (`in Damascus`) or a name inside a longer one is no
 * more a note than it would be a link.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import './vfile-data.ts';
import { bodyTextFor } from './body-text-cache.ts';
import { isLinkable } from './hast-text.ts';
import { findMentions } from '../mentions/matcher.ts';
import { describePeriod } from '../registry/periods.ts';
import type { Registry } from '../registry/registry.ts';
import { tokenize } from '../text/tokens.ts';
import { reportAt } from './report.ts';

export interface NamePeriodOptions {
  registry: Registry;
}

export function rehypeNamePeriods({ registry }: NamePeriodOptions) {
  const dormant: Registry = { ...registry, trie: registry.outOfPeriod };
  return (tree: Root, file: VFile) => {
    const body = bodyTextFor(tree, file);
    const linked = file.data.mentions ?? [];
    const found = findMentions(dormant, body.text, { taggedActors: file.data.taggedActors ?? [] });
    // A name several actors held, none on this date (an office between two holders), comes back as shared.
    const shared = found.notes.filter(({ ruleId }) => ruleId === 'shared-alias');
    for (const mention of [...found.mentions, ...shared].sort((a, b) => a.start - b.start)) {
      if (!isLinkable(body.segments, mention)) continue;
      // A name that holds on the date and covers this one wins (a shorter one inside it, `Syrian`, does not).
      if (linked.some(({ start, end }) => start <= mention.start && mention.end <= end)) continue;
      const forms = registry.outOfPeriod.longestAt(tokenize(mention.text), 0)?.forms ?? [];
      const holders = forms.map(
        ({ actor, periods }) =>
          `${registry.actors.get(actor)?.name ?? actor} ${periods.map(describePeriod).join(' and ')}`,
      );
      reportAt(
        file,
        body,
        mention.start,
        `"${mention.text}" names no actor on this briefing's date (it named ${holders.join('; ')}); not linked`,
        'name-out-of-period',
      );
    }
  };
}
