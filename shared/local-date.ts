// Local calendar dates and times (the front desk's own clock, not UTC), one helper for the
// main process and the renderer alike.
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Local "YYYY-MM-DD" of a Date. */
export function localDate(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local "YYYY-MM-DDTHH:MM" of a Date, the form the pricing engine takes. */
export function localMinute(d: Date): string {
  return `${localDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant local midnight of "YYYY-MM-DD" begins, plus `addDays`, as ISO UTC. */
export function localMidnightIso(date: string, addDays = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + addDays).toISOString();
}
