// The printed result: one row per measure, plain text, aligned columns.
import { median, p95 } from './stats';

export type Verdict = 'ok' | 'SLOW' | 'info' | 'n/a';

export type Row = {
  measure: string;
  n: number;
  median: number;
  p95: number;
  /** Upper bound in ms for the checked statistic; undefined = shown for comparison only. */
  target?: { stat: 'median' | 'p95'; ms: number };
  /** 'x': the row is a ratio of two timings (median of medians, p95 of p95s), not ms. */
  unit?: 'x';
};

export type Section = { title: string; rows: Row[]; notes: string[] };

/** A ratio row: how many times slower `a` is than `b` (both raw samples in ms). */
export function ratioRow(measure: string, a: readonly number[], b: readonly number[], max: number): Row {
  return { measure, n: Math.min(a.length, b.length), median: median(a) / median(b), p95: p95(a) / p95(b), target: { stat: 'p95', ms: max }, unit: 'x' };
}

/** A row from raw samples (ms). */
export function row(measure: string, samples: readonly number[], target?: Row['target']): Row {
  return { measure, n: samples.length, median: median(samples), p95: p95(samples), ...(target ? { target } : {}) };
}

export function verdict(r: Row): Verdict {
  if (r.n === 0) return 'n/a';
  if (!r.target) return 'info';
  return (r.target.stat === 'median' ? r.median : r.p95) < r.target.ms ? 'ok' : 'SLOW';
}

/** 0.0123 -> "0.012 ms", 3.456 -> "3.46 ms", 123.4 -> "123.4 ms". */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '-';
  if (value < 0.1) return `${value.toFixed(4)} ms`;
  if (value < 10) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(1)} ms`;
}

/** Terminal columns: Hangul and other East Asian wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return width;
}

const targetText = (r: Row) => (r.target ? `${r.target.stat} < ${r.target.ms}${r.unit === 'x' ? 'x' : ' ms'}` : '-');
const value = (r: Row, v: number) => (r.unit === 'x' ? `${v.toFixed(2)}x` : ms(v));

const HEADER = ['measure', 'n', 'median', 'p95', 'target', 'verdict'] as const;
const RIGHT = new Set([1, 2, 3]); // numbers right-aligned

export function formatTable(sections: readonly Section[]): string {
  const cells = sections.map((s) =>
    s.rows.map((r) => [r.measure, String(r.n), value(r, r.median), value(r, r.p95), targetText(r), verdict(r)]),
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
