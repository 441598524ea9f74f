/**
 * The site's own settings for rendering briefings, read from
 * `briefings.config.ts` at the project's root.
 */
import type { PluggableList } from 'unified';

export interface BriefingsConfig {
  /**
   * remark plugins run on every briefing's Markdown tree, after the editors'
   * corrections are read and before the HTML tree is made and sanitised:
   * whatever they add passes the sanitiser. They are part of the rendering
   * digest, so changing them re-renders every briefing.
   */
  remarkPlugins?: PluggableList;
}

/** Type-checks a `briefings.config.ts`. */
export function defineBriefingsConfig(config: BriefingsConfig): BriefingsConfig {
  return config;
}
