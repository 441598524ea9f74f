/**
 * What of a briefing's HTML survives sanitising: GitHub's allow-list (the
 * default of hast-util-sanitize), with links and images narrowed to the
 * schemes a news page needs.
 */
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

const everywhere = (defaultSchema.attributes?.['*'] ?? []).filter((attribute) => attribute !== 'id');

export const briefingSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    // Ids written in content could clobber the page's own (`<img id="location">`):
    // only the ones the Markdown parser already prefixed (footnotes) are kept.
    '*': [...everywhere, ['id', /^user-content-/]],
  },
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'name'],
  // Relative URLs are always allowed; of absolute ones, only these schemes.
  protocols: {
    cite: ['http', 'https'],
    href: ['http', 'https', 'mailto'],
    longDesc: ['http', 'https'],
    src: ['http', 'https'],
  },
};
