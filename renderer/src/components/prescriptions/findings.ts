// checkVisit's findings as sentences in the UI language: the area finding names the areas
// outside the prescription and the prescribed ones, and says an updated prescription is needed.
import type { TFunction } from 'i18next';
import { areaName } from '../../../../shared/body/areas';
import type { Prescription, VisitFinding } from '../../../../shared/prescriptions';
import type { Lang } from '../../../../shared/vocabulary';
import { formatDate, formatList } from '../../format';

export function findingSentence(t: TFunction, lang: Lang, finding: VisitFinding, rx: Prescription | null): string {
  const names = (areas: readonly { region: string; side?: string }[]) => formatList(areas.map((a) => areaName(a as never, lang)), lang);
  return t(`coverage:rx.finding.${finding.code}`, {
    areas: names(finding.areas ?? []),
    prescribed: names(rx?.areas ?? []),
    issuedOn: rx?.issuedOn && formatDate(rx.issuedOn, lang),
    expiresOn: rx?.expiresOn && formatDate(rx.expiresOn, lang),
    // The limit counted in the sentence, for its plural ("1 session a week").
    count: finding.code === 'weekly-limit' ? rx?.perWeek : finding.code === 'sessions-used-up' ? rx?.sessions : undefined,
    maxMinutes: rx?.maxMinutes,
  });
}
