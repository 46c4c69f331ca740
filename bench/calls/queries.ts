// The call-log search mix: what a receptionist types or filters by, grouped by kind.
import type { CallFilter } from '../../shared/api/calls';
import { localDate } from '../../shared/local-date';

export type QueryKind = { kind: string; filters: CallFilter[] };

const daysBefore = (now: Date, days: number) => localDate(new Date(now.getTime() - days * 86_400_000));

export function queryMix(now: Date): QueryKind[] {
  return [
    { kind: 'surname (1 char, ko)', filters: ['김', '이', '박', '정'].map((text) => ({ text })) },
    { kind: 'full name (ko/en)', filters: ['김민수', '박서연', '최하은', 'Jane Doe'].map((text) => ({ text })) },
    { kind: 'phone, last 4 digits', filters: ['5678', '1234', '0420', '9981'].map((text) => ({ text })) },
    { kind: 'service name (ko)', filters: ['아로마', '스웨디시', '타이 마사지', '발 마사지'].map((text) => ({ text })) },
    { kind: 'service name (en)', filters: ['Swedish', 'aromatherapy', 'deep tissue', 'Prenatal'].map((text) => ({ text })) },
    { kind: 'note word', filters: ['parking', '주차', 'female', '재연락'].map((text) => ({ text })) },
    { kind: 'outcome filter', filters: (['thinking', 'declined', 'no-answer', 'booked'] as const).map((outcome) => ({ outcome })) },
    {
      kind: 'follow-up due',
      filters: [0, 1, 7, 30].map((d) => ({ followUpDueBy: daysBefore(now, d) })),
    },
    {
      kind: 'date range',
      filters: [
        { from: daysBefore(now, 7), to: daysBefore(now, 0) },
        { from: daysBefore(now, 400), to: daysBefore(now, 370) },
        { from: daysBefore(now, 700), to: daysBefore(now, 690) },
        { from: daysBefore(now, 200), to: daysBefore(now, 199) },
      ],
    },
    {
      kind: 'surname + dates + outcome',
      filters: [
        { text: '김', from: daysBefore(now, 90), to: daysBefore(now, 0), outcome: 'thinking' },
        { text: '박', from: daysBefore(now, 400), to: daysBefore(now, 300), outcome: 'booked' },
      ],
    },
    {
      // "010" is in nearly every Korean mobile number: a trigram that matches all rows.
      kind: '"010" + dates + outcome',
      filters: [{ text: '010', from: daysBefore(now, 400), to: daysBefore(now, 300), outcome: 'booked' }],
    },
    { kind: 'empty (newest first page)', filters: [{}] },
  ];
}
