// How the backups list shows a date and a size, with Intl in the UI language.
import type { Lang } from '../../../shared/pricing/types';

/** "2026-03-02T14:05:09" (local) -> "2026. 3. 2. 오후 2:05" / "Mar 2, 2026, 2:05 PM". */
export function backupDate(at: string, lang: Lang): string {
  const [day = '', time = ''] = at.split('T');
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const date = new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function backupSize(bytes: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
    Math.max(1, Math.round(bytes / 1024)),
  );
}
