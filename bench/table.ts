// The printed result: one row per measure, plain text, aligned columns.
import { median, p95 } from './stats';

export type Verdict = 'ok' | 'SLOW' | 'info' | 'n/a';

/** Most rows are times; the bundle rows are sizes, the start-up row a ratio to its floor. */
export type Unit = 'ms' | 'MB' | 'KiB' | 'x' | 'n';

export type Row = {
  measure: string;
  n: number;
  median: number;
  p95: number;
  /** Default ms. */
  unit?: Unit;
  /** Upper bound, in the row's unit, for the checked statistic; undefined = for comparison only. */
  target?: { stat: 'median' | 'p95' | 'value'; max: number };
};

export type Section = { title: string; rows: Row[]; notes: string[] };

/** A ratio row: how many times slower `a` is than `b` (both raw samples in ms). */
export function ratioRow(measure: string, a: readonly number[], b: readonly number[], max: number): Row {
  return { measure, n: Math.min(a.length, b.length), median: median(a) / median(b), p95: p95(a) / p95(b), target: { stat: 'p95', max }, unit: 'x' };
}

/** A row from raw samples (ms). */
export function row(measure: string, samples: readonly number[], target?: Row['target'], unit?: Unit): Row {
  return {
    measure,
    n: samples.length,
    median: median(samples),
    p95: p95(samples),
    ...(target ? { target } : {}),
    ...(unit ? { unit } : {}),
  };
}

/** One measured value (a size): n 1, median = p95 = the value. */
export function single(measure: string, value: number, unit: Unit, target?: Row['target']): Row {
  return { measure, n: 1, median: value, p95: value, unit, ...(target ? { target } : {}) };
}

export function verdict(r: Row): Verdict {
  if (r.n === 0) return 'n/a';
  if (!r.target) return 'info';
  return (r.target.stat === 'p95' ? r.p95 : r.median) < r.target.max ? 'ok' : 'SLOW';
}

/** 0.0123 -> "0.012 ms", 3.456 -> "3.46 ms", 123.4 -> "123.4 ms"; 1.234 x -> "1.23 x". */
export function ms(value: number, unit: Unit = 'ms'): string {
  if (!Number.isFinite(value)) return '-';
  if (unit === 'x') return `${value.toFixed(2)} x`;
  if (unit === 'n') return `${Math.round(value)}`;
  if (value < 0.1) return `${value.toFixed(4)} ${unit}`;
  if (value < 10) return `${value.toFixed(2)} ${unit}`;
  return `${value.toFixed(1)} ${unit}`;
}

/** Terminal columns: Hangul and other East Asian wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return width;
}

const targetText = (r: Row) =>
  r.target ? `${r.target.stat === 'value' ? '' : `${r.target.stat} `}< ${r.target.max} ${r.unit ?? 'ms'}` : '-';

const HEADER = ['measure', 'n', 'median', 'p95', 'target', 'verdict'] as const;
const RIGHT = new Set([1, 2, 3]); // numbers right-aligned

export function formatTable(sections: readonly Section[]): string {
  const cells = sections.map((s) =>
    s.rows.map((r) => [r.measure, String(r.n), ms(r.median, r.unit), ms(r.p95, r.unit), targetText(r), verdict(r)]),
  );
  const all = [[...HEADER], ...cells.flat()];
  const widths = HEADER.map((_, c) => Math.max(...all.map((line) => displayWidth(line[c] ?? ''))));
  const fmt = (line: readonly string[]) =>
    line
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c]! - displayWidth(cell));
        return RIGHT.has(c) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = '-'.repeat(widths.reduce((a, w) => a + w + 2, -2));
  const out: string[] = [fmt(HEADER), rule];
  sections.forEach((s, i) => {
    out.push(`[${s.title}]`);
    for (const line of cells[i]!) out.push(fmt(line));
  });
  out.push(rule);
  for (const s of sections) for (const note of s.notes) out.push(`note (${s.title}): ${note}`);
  return out.join('\n');
}
