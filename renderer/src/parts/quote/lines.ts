// Words for the lines of a quote, in any language: used for the breakdown on screen (UI
// language), for the copied text (caller's language) and for a saved call (names from its
// snapshot, not from today's price list).
import type { TFunction } from 'i18next';
import type { Bilingual, Catalog, Lang, Quote, QuoteLine, QuoteLineKind, QuoteRequest } from '../../../../shared/pricing/types';
import { snapshotName, type NameSnapshot } from '../../../../shared/api/types';
import { formatMoney } from '../../format';

export type NameOf = (kind: QuoteLineKind, id: string) => Bilingual | undefined;

/** Names from the current catalog (one map per list, built once per catalog). */
export function catalogNames(catalog: Catalog): NameOf {
  const maps: Partial<Record<QuoteLineKind, Map<string, Bilingual>>> = {
    service: new Map(catalog.services.map((e) => [e.id, e.name])),
    addOn: new Map(catalog.addOns.map((e) => [e.id, e.name])),
    surcharge: new Map(catalog.surcharges.map((e) => [e.id, e.name])),
    travel: new Map(catalog.travelZones.map((e) => [e.id, e.name])),
    discount: new Map(catalog.discounts.map((e) => [e.id, e.name])),
  };
  return (kind, id) => maps[kind]?.get(id);
}

/** Names as they were when a call was saved. */
export function snapshotNames(names: NameSnapshot): NameOf {
  return (kind, id) => (kind === 'rounding' ? undefined : snapshotName(names, kind, id));
}

export function nameIn(nameOf: NameOf, kind: QuoteLineKind, id: string, lang: Lang): string {
  return nameOf(kind, id)?.[lang] ?? id;
}

/** A surcharge or discount name without the word the sentence adds itself: a price list
 *  that calls its surcharge "심야 할증" / "Late-night surcharge" still reads "심야 할증",
 *  not "심야 할증 할증". */
export function bareName(kind: QuoteLineKind, name: string): string {
  if (kind === 'surcharge') return name.replace(/\s*(할증|surcharge)$/iu, '') || name;
  if (kind === 'discount') return name.replace(/\s*(할인|discount)$/iu, '') || name;
  return name;
}

export function lineLabel(t: TFunction, lang: Lang, line: QuoteLine, request: QuoteRequest, nameOf: NameOf): string {
  const name = bareName(line.kind, nameIn(nameOf, line.kind, line.id, lang));
  switch (line.kind) {
    case 'service': {
      const minutes = line.item === undefined ? undefined : request.items[line.item]?.minutes;
      return minutes === undefined ? name : t('line.service', { name, minutes });
    }
    case 'addOn':
      return t('line.addOn', { name });
    case 'surcharge':
      return t('line.surcharge', { name });
    case 'travel':
      return t('line.travel', { name });
    case 'discount':
      return t('line.discount', { name });
    case 'rounding':
      return t('line.rounding');
  }
}

/** "2 × ₩130,000", or '' when the line is a single amount. */
export function lineQuantity(t: TFunction, lang: Lang, line: QuoteLine, currency: string): string {
  if (line.quantity === undefined || line.unitAmount === undefined || line.quantity === 1) return '';
  return t('line.quantity', { quantity: line.quantity, unit: formatMoney(line.unitAmount, currency, lang) });
}

/** The tax sentence under the total, or '' when there is no tax. */
export function taxText(t: TFunction, lang: Lang, quote: Quote): string {
  const amount = formatMoney(quote.tax, quote.currency, lang);
  if (quote.taxMode === 'inclusive') return t('result.taxIncluded', { amount });
  if (quote.taxMode === 'exclusive') return t('result.taxAdded', { amount });
  return '';
}
