import type { CallOutcome } from '../../../../shared/api/contract';

/** In the order a receptionist thinks of them; labels are `calls:outcome.<value>`. */
export const outcomes: readonly CallOutcome[] = ['booked', 'thinking', 'declined', 'no-answer'];

/** "YYYY-MM-DD" that is a real calendar day. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}
