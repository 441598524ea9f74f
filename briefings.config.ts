/**
 * The site's settings for rendering briefings. Add remark plugins here, as
 * for any unified pipeline: `remarkPlugins: [remarkSmartypants, [remarkX, { option: true }]]`.
 * See `src/astro/briefings-config.ts` for what each setting does.
 */
import { defineBriefingsConfig } from './src/astro/briefings-config.ts';

export default defineBriefingsConfig({
  remarkPlugins: [],
});
