// Local calendar dates (the front desk's clock), as "YYYY-MM-DD".
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function localDate(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The instant local midnight of "YYYY-MM-DD" begins, plus `addDays`, as ISO UTC. */
export function localMidnightIso(date: string, addDays = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + addDays).toISOString();
}
