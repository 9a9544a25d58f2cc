import type { Locale } from './locale';

/**
 * The fonts a language ships (public/fonts/, made by scripts/subset-fonts.ts): its letters only,
 * regular and bold, drawn before the system's fonts so that the page and its exports look the
 * same on a machine that has none for the script. English needs none.
 */
export const LOCALE_FONTS: Partial<
  Record<Locale, { family: string; file: string; range: string }>
> = {
  uk: { family: 'Dashboard Cyrillic', file: 'cyrillic', range: 'U+0400-04FF' },
  ko: {
    family: 'Dashboard Hangul',
    file: 'hangul',
    range: 'U+1100-11FF, U+3130-318F, U+AC00-D7AF',
  },
};

const WEIGHTS = [400, 700] as const;

const fontUrl = (file: string, weight: number) =>
  `${import.meta.env.BASE_URL}fonts/${file}-${weight}.woff2`;

function faces(locale: Locale, src: (weight: number) => string): string {
  const font = LOCALE_FONTS[locale];
  if (!font) return '';
  return WEIGHTS.map(
    (weight) =>
      `@font-face{font-family:'${font.family}';src:url(${src(weight)}) format('woff2');font-weight:${weight};font-display:swap;unicode-range:${font.range}}`,
  ).join('');
}

/** The page's font stack with a language's own font first. */
export const fontStack = (locale: Locale, rest: string) => {
  const font = LOCALE_FONTS[locale];
  return font ? `'${font.family}', ${rest}` : rest;
};

/** A language's fonts as the CSS that puts them first in the page's stack; empty for English. */
export function pageFontCss(locale: Locale, stack: string): string {
  const css = faces(locale, (weight) => fontUrl(LOCALE_FONTS[locale]!.file, weight));
  return css ? `${css}:root{--font:${fontStack(locale, stack)}}` : '';
}

/**
 * Puts a language's fonts on the page, unless its prerendered HTML carries them already; the
 * browser fetches them when text needs them.
 */
export function addPageFonts(locale: Locale, root: HTMLElement = document.documentElement) {
  if (!LOCALE_FONTS[locale] || document.head.querySelector(`style[data-fonts="${locale}"]`)) return;
  const style = document.createElement('style');
  style.dataset.fonts = locale;
  style.textContent = pageFontCss(locale, getComputedStyle(root).getPropertyValue('--font').trim());
  document.head.append(style);
}

const inlined = new Map<Locale, Promise<string>>();

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/**
 * The same fonts as CSS with the files inlined, for an SVG drawn as an image (a PNG export),
 * which cannot reach the page's fonts. Empty for English.
 */
export function inlineFontFaces(locale: Locale): Promise<string> {
  const font = LOCALE_FONTS[locale];
  if (!font) return Promise.resolve('');
  let css = inlined.get(locale);
  if (css === undefined) {
    css = Promise.all(WEIGHTS.map((w) => dataUrl(fontUrl(font.file, w)))).then((urls) =>
      faces(locale, (weight) => urls[WEIGHTS.indexOf(weight as 400 | 700)]!),
    );
    inlined.set(locale, css);
    css.catch(() => inlined.delete(locale));
  }
  return css;
}
