/**
 * The web fonts a page costs a reader: a browser fetches a `@font-face`'s
 * file only when the page's text holds a character of its `unicode-range`
 * (and the face's style is used), so a page's font weight is the sum of the
 * woff2 files whose range its text touches, upright and italic apart.
 * Weights are left out: every upright weight in range is counted, an upper
 * bound for a page that uses fewer.
 */
import postcss from 'postcss';

export interface FontFace {
  style: 'normal' | 'italic';
  /** The woff2 file as the stylesheet names it (a browser with woff2 takes it before any fallback). */
  url: string;
  ranges: [number, number][];
}

/** `U+0000-00FF`, `U+131`, `U+1F??` as code point ranges; no range at all is every code point. */
export function unicodeRanges(value: string): [number, number][] {
  if (value.trim() === '') return [[0, 0x10ffff]];
  return value.split(',').map((part) => {
    const [from = '', to] = part.trim().replace(/^U\+/i, '').split('-');
    if (to !== undefined) return [parseInt(from, 16), parseInt(to, 16)];
    return [parseInt(from.replaceAll('?', '0'), 16), parseInt(from.replaceAll('?', 'F'), 16)];
  });
}

/** The `@font-face` rules of a stylesheet that offer a woff2 file. */
export function fontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  postcss.parse(css).walkAtRules('font-face', (rule) => {
    const declared = new Map<string, string>();
    rule.walkDecls((declaration) => {
      declared.set(declaration.prop.toLowerCase(), declaration.value);
    });
    const url = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/.exec(declared.get('src') ?? '')?.[1];
    if (!url) return;
    faces.push({
      style: /italic|oblique/.test(declared.get('font-style') ?? '') ? 'italic' : 'normal',
      url,
      ranges: unicodeRanges(declared.get('unicode-range') ?? ''),
    });
  });
  return faces;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The characters of a page's text: its markup without scripts, styles, tags or comments, entities decoded. */
export function textCodePoints(html: string): Set<number> {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? entity;
    });
  return new Set([...text].map((char) => char.codePointAt(0) ?? 0));
}

/** The faces of `style` a browser fetches for this text: the urls, each once. */
export function facesFor(faces: readonly FontFace[], text: ReadonlySet<number>, style: FontFace['style']): string[] {
  const used = faces.filter(
    (face) =>
      face.style === style && [...text].some((point) => face.ranges.some(([from, to]) => point >= from && point <= to)),
  );
  return [...new Set(used.map((face) => face.url))];
}
