// The font CSS keeps one woff2 source per @font-face and loses every woff one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { dropWoffSources } from '../../../scripts/vite/woff2-only';

const require = createRequire(import.meta.url);
const count = (text: string, re: RegExp) => [...text.matchAll(re)].length;

describe('woff2-only fonts', () => {
  it.each(['400', '700'])('the bundled Noto Sans KR %s CSS keeps its woff2 subsets only', (weight) => {
    const css = readFileSync(require.resolve(`@fontsource/noto-sans-kr/${weight}.css`), 'utf8');
    const faces = count(css, /@font-face/g);
    expect(count(css, /\.woff\)/g)).toBe(faces); // the package ships both today
    const out = dropWoffSources(css);
    expect(count(out, /\.woff\)/g)).toBe(0);
    expect(count(out, /url\([^)]+\.woff2\) format\('woff2'\);/g)).toBe(faces);
    expect(count(out, /unicode-range:/g)).toBe(faces);
  });

  it('leaves a face whose only source is woff, and quoted URLs, as they should be', () => {
    expect(dropWoffSources("src: url(a.woff) format('woff');")).toBe("src: url(a.woff) format('woff');");
    expect(dropWoffSources('src: url("a.woff2") format("woff2"), url("a.woff") format("woff");')).toBe(
      'src: url("a.woff2") format("woff2");',
    );
  });
});
