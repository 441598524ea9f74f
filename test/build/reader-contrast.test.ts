/**
 * The annotation colours of src/styles/global.css against the page, in both
 * colour schemes, by WCAG 2.1 contrast (colorjs.io): the rule under a
 * quotation and each kind's colour (underline and shape) are graphics that
 * must reach 3:1 (WCAG 1.4.11) against the paper and the quotation's tint;
 * text on the tint must stay at 4.5:1. Read from the stylesheet's own custom
 * properties, so a changed token is checked without a build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Color from 'colorjs.io';
import postcss, { type Root } from 'postcss';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/build.ts';

const KINDS = ['state', 'government', 'armed-group', 'people', 'organisation', 'person', 'media'];

/** The custom properties set on `:root`, the dark scheme's over the light ones. */
function tokens(stylesheet: Root, scheme: 'light' | 'dark'): Map<string, string> {
  const found = new Map<string, string>();
  stylesheet.walkRules(':root', (rule) => {
    const media = rule.parent?.type === 'atrule' ? (rule.parent as { params: string }).params : null;
    if (media !== null && !(scheme === 'dark' && media.includes('prefers-color-scheme: dark'))) return;
    rule.walkDecls(/^--/, (declaration) => {
      found.set(declaration.prop, declaration.value);
    });
  });
  return found;
}

const stylesheet = postcss.parse(readFileSync(path.join(ROOT, 'src/styles/global.css'), 'utf8'));

for (const scheme of ['light', 'dark'] as const) {
  describe(`${scheme} scheme`, () => {
    const colours = tokens(stylesheet, scheme);
    const contrast = (a: string, b: string) => {
      const [first, second] = [colours.get(a), colours.get(b)];
      if (!first || !second) throw new Error(`global.css sets no ${first ? b : a} on :root`);
      return Color.contrast(new Color(first), new Color(second), 'WCAG21');
    };

    test('the dark scheme overrides the colours the light one sets', () => {
      const light = tokens(stylesheet, 'light');
      if (scheme === 'dark') expect(colours.get('--paper')).not.toBe(light.get('--paper'));
      else expect(colours.get('--paper')).toBe('#f7f4ee');
    });

    test('a quotation: its rule stands out 3:1 from the paper and its tint; its words stay 4.5:1 on the tint', () => {
      expect(contrast('--quote-mark', '--paper')).toBeGreaterThanOrEqual(3);
      expect(contrast('--quote-mark', '--quote-tint')).toBeGreaterThanOrEqual(3);
      expect(contrast('--ink', '--quote-tint')).toBeGreaterThanOrEqual(4.5);
    });

    test.each(KINDS)('the colour of %s stands out 3:1 from the paper, the tint and a card', (kind) => {
      for (const ground of ['--paper', '--quote-tint', '--paper-raised']) {
        expect(contrast(`--kind-${kind}`, ground), ground).toBeGreaterThanOrEqual(3);
      }
    });
  });
}
