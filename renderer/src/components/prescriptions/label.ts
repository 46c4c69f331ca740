// A prescription named as lists and headings show it: "2026. 11. 10. 처방전 (처방의: 이 의사)".
import type { TFunction } from 'i18next';
import type { Lang } from '../../../../shared/vocabulary';
import { formatDate } from '../../format';

export const prescriptionLabel = (t: TFunction, p: { issuedOn: string; prescriber: { name: string } }, lang: Lang): string =>
  t('coverage:rx.prescription', { issuedOn: formatDate(p.issuedOn, lang), prescriber: p.prescriber.name });
