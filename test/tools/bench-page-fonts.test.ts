/**
 * The web fonts the benchmark (and the page-weight budget) counts for a page:
 * the woff2 faces whose unicode-range the page's text touches, by style.
 */
import { describe, expect, test } from 'vitest';
import { facesFor, fontFaces, textCodePoints, unicodeRanges } from '../../tools/bench/page-fonts.ts';

// As a bundler writes them: minified ranges (U+??), woff2 before a woff fallback, one rule per script and style.
const CSS = `
@font-face{font-family:"Source Serif 4";font-style:normal;font-weight:400;src:url(/_astro/latin-400.a1.woff2)format("woff2"),url(/_astro/latin-400.a1.woff)format("woff");unicode-range:U+??,U+131,U+2000-206F}
@font-face{font-family:"Source Serif 4";font-style:normal;font-weight:400;src:url(/_astro/latin-ext-400.b2.woff2)format("woff2");unicode-range:U+100-2BA,U+1E00-1E9F}
@font-face{font-family:"Source Serif 4";font-style:italic;font-weight:400;src:url("/_astro/latin-400-italic.c3.woff2") format("woff2");unicode-range:U+??,U+2000-206F}
@font-face{font-family:"Old";src:url(/_astro/old.woff)format("woff")}
`;

describe('unicode ranges', () => {
  test.each([
    ['U+0000-00FF', [[0, 0xff]]],
    ['U+??', [[0, 0xff]]],
    ['U+1F??', [[0x1f00, 0x1fff]]],
    [
      'U+131, U+2000-206F',
      [
        [0x131, 0x131],
        [0x2000, 0x206f],
      ],
    ],
    ['', [[0, 0x10ffff]]],
  ])('%s', (value, ranges) => {
    expect(unicodeRanges(value)).toEqual(ranges);
  });
});

test('a stylesheet offers its woff2 faces with their style and ranges; a face with no woff2 is left out', () => {
  expect(fontFaces(CSS).map(({ style, url }) => [style, url])).toEqual([
    ['normal', '/_astro/latin-400.a1.woff2'],
    ['normal', '/_astro/latin-ext-400.b2.woff2'],
    ['italic', '/_astro/latin-400-italic.c3.woff2'],
  ]);
});

describe('the faces a page needs', () => {
  const faces = fontFaces(CSS);

  test('English text needs the Latin faces alone, upright and italic apart', () => {
    const text = textCodePoints('<p>Iranian-backed militias have entered Syria — “to bolster” the army.</p>');
    expect(facesFor(faces, text, 'normal')).toEqual(['/_astro/latin-400.a1.woff2']);
    expect(facesFor(faces, text, 'italic')).toEqual(['/_astro/latin-400-italic.c3.woff2']);
  });

  test('a name beyond Latin-1 brings in the extended face; an entity counts as its character', () => {
    expect(facesFor(faces, textCodePoints('<p>President Erdoğan said</p>'), 'normal')).toHaveLength(2);
    expect(facesFor(faces, textCodePoints('<p>Erdo&#287;an</p>'), 'normal')).toHaveLength(2);
  });

  test('markup, scripts and styles are not text', () => {
    const html =
      '<html><head><style>.x::after{content:"ğ"}</style></head><body><a title="ğ" href="/">Syria</a>' +
      '<script type="application/ld+json">{"name":"Erdoğan"}</script></body></html>';
    expect(facesFor(faces, textCodePoints(html), 'normal')).toEqual(['/_astro/latin-400.a1.woff2']);
  });
});
