import type { CallOutcome } from '../../../../shared/vocabulary';

/** In the order a receptionist thinks of them; labels are `calls:outcome.<value>`. */
export const outcomes: readonly CallOutcome[] = ['booked', 'thinking', 'declined', 'no-answer'];

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}
