// Fontsource's CSS lists every subset twice, as woff2 and as woff. Every runtime we support
// (Electron's Chromium, Debian's Chromium for the web host) loads woff2, so the woff copies
// only made the renderer folder 5 MB bigger: this plugin drops the woff `src` entries from
// the font CSS before Vite resolves its URLs, so the .woff files are never emitted.
import type { Plugin } from 'vite';

const WOFF_SOURCE = /,\s*url\(\s*['"]?[^'")]+\.woff['"]?\s*\)\s*format\(\s*['"]woff['"]\s*\)/g;

/** The CSS with only its woff2 sources; a @font-face whose only source was woff is left as is. */
export function dropWoffSources(css: string): string {
  return css.replace(WOFF_SOURCE, '');
}

export function woff2Only(): Plugin {
  return {
    name: 'front-desk:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/].+\.css($|\?)/.test(id)) return null;
      return { code: dropWoffSources(code), map: null };
    },
  };
}
