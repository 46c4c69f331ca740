// Sample statistics for the benchmark: nearest-rank percentiles over milliseconds.

/** The p-th percentile (0..100) by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);
export const p95 = (samples: readonly number[]) => percentile(samples, 95);

/** Milliseconds since an arbitrary origin, sub-microsecond resolution. */
export const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

/** Runs `f` once, returns how long it took in ms. */
export function timeOnce(f: () => unknown): number {
  const start = nowMs();
  f();
  return nowMs() - start;
}

/** The seeded generator the demo calls are made with: one implementation. */
export { seededRandom as random } from '../tests/support/seed-calls';

export const pickFrom = <T>(rnd: () => number, list: readonly T[]): T => {
  if (list.length === 0) throw new Error('pick from an empty list');
  return list[Math.floor(rnd() * list.length)]!;
};
