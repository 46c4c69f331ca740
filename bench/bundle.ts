// Part: the renderer build's size. What a fresh start reads from disk and parses: the whole
// folder (fonts included) under 6 MB, the JavaScript under 250 KiB gzipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { single, type Row, type Section } from './table';
import { rendererDir } from './ui/build';

const MB = 1_000_000;
const KIB = 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export type BundleSizes = {
  totalBytes: number;
  jsGzipBytes: number;
  firstScreenJsGzipBytes: number;
  fontBytes: number;
  woffFiles: number;
  largestJs: { file: string; gzip: number }[];
};

/** Sizes of a built renderer folder (index.html + assets/). */
export function bundleSizes(dir: string): BundleSizes {
  const all = files(dir);
  const gz = (file: string) => gzipSync(readFileSync(file)).length; // zlib's default level, as servers use
  // Scripts and whatever else a screen may fetch as code or data (JSON, wasm): moving weight
  // out of .js files does not take it out of the count.
  const js = all.filter((f) => /\.(m?js|json|wasm)$/.test(f)).map((file) => ({ file: relative(dir, file), gzip: gz(file) }));
  // What the first screen loads: the scripts index.html names, and the chunks it preloads.
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const named = new Set([...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) => m[1]!));
  return {
    totalBytes: all.reduce((sum, f) => sum + statSync(f).size, 0),
    jsGzipBytes: js.reduce((sum, f) => sum + f.gzip, 0),
    firstScreenJsGzipBytes: js.filter((f) => named.has(f.file)).reduce((sum, f) => sum + f.gzip, 0),
    fontBytes: all.filter((f) => /\.woff2?$/.test(f)).reduce((sum, f) => sum + statSync(f).size, 0),
    woffFiles: all.filter((f) => f.endsWith('.woff')).length,
    largestJs: js.sort((a, b) => b.gzip - a.gzip).slice(0, 4),
  };
}

/** `baseline`: another renderer build (e.g. an earlier commit's), shown beside this one. */
export function benchBundle(log: (line: string) => void, baseline?: string): Section {
  const build = rendererDir(log);
  const s = bundleSizes(build.dir);
  const rows: Row[] = [
    single('renderer folder, on disk', s.totalBytes / MB, 'MB', { stat: 'value', max: 6 }),
    single('  of which fonts (woff2)', s.fontBytes / MB, 'MB'),
    single('JavaScript, gzipped', s.jsGzipBytes / KIB, 'KiB', { stat: 'value', max: 250 }),
    single('  loaded by index.html (first screen)', s.firstScreenJsGzipBytes / KIB, 'KiB'),
  ];
  if (baseline) {
    const b = bundleSizes(baseline);
    rows.push(
      single('  baseline build: JavaScript, gzipped', b.jsGzipBytes / KIB, 'KiB'),
      single('  baseline build: loaded by index.html', b.firstScreenJsGzipBytes / KIB, 'KiB'),
    );
  }
  return {
    title: 'renderer build size',
    rows,
    notes: [
      `${build.built ? 'a fresh electron-vite build' : 'out/renderer (up to date)'}; MB = 1,000,000 bytes; gzip at zlib's default level, file by file; ` +
        `"JavaScript" counts every .js, .mjs, .json and .wasm file; ` +
        `.woff files: ${s.woffFiles}.`,
      `largest scripts, gzipped: ${s.largestJs.map((f) => `${f.file} ${(f.gzip / KIB).toFixed(1)} KiB`).join(', ')}.`,
      ...(baseline ? [`baseline build: ${baseline}.`] : []),
    ],
  };
}
