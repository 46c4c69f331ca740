// "What to say": the quote as whole sentences in the caller's language, and the text that
// the Copy button puts on the clipboard (those sentences + one line per breakdown item).
import type { TFunction } from 'i18next';
import type { Lang, Quote, QuoteRequest } from '../../../../shared/pricing/types';
import { formatMoney } from '../../format';
import { lineLabel, lineQuantity, nameIn, taxText, type NameOf } from './lines';

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function callerScript(t: TFunction, lang: Lang, quote: Quote, request: QuoteRequest, nameOf: NameOf): string {
  const items = request.items.map((item) => {
    const service = nameIn(nameOf, 'service', item.serviceId, lang);
    const addOnIds = item.addOnIds ?? [];
    const values = { minutes: item.minutes, service, count: item.persons ?? 1 };
    if (addOnIds.length === 0) return t('say.item', values);
    const addOns = new Intl.ListFormat(lang, { type: 'conjunction' }).format(
      addOnIds.map((id) => nameIn(nameOf, 'addOn', id, lang)),
    );
    return t('say.itemWithAddOns', { ...values, addOns });
  });
  const list = new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  const total = formatMoney(quote.total, quote.currency, lang);
  const tax = formatMoney(quote.tax, quote.currency, lang);
  const sentences = [
    upperFirst(
      request.travelZoneId
        ? t('say.totalTravel', {
            context: quote.taxMode,
            items: list,
            zone: nameIn(nameOf, 'travel', request.travelZoneId, lang),
            total,
            tax,
          })
        : t('say.total', { context: quote.taxMode, items: list, total, tax }),
    ),
  ];
  const discount = quote.lines.find((line) => line.kind === 'discount');
  if (discount) {
    sentences.push(
      t('say.discount', {
        name: nameIn(nameOf, 'discount', discount.id, lang),
        amount: formatMoney(quote.discount, quote.currency, lang),
      }),
    );
  }
  const sessions = request.sessions ?? 1;
  if (sessions > 1) {
    sentences.push(
      t('say.sessions', { count: sessions, perSession: formatMoney(quote.perSession, quote.currency, lang) }),
    );
  }
  return sentences.join(' ');
}

/** One line per breakdown item, for a text message: "스웨디시, 60분 (2 × ₩80,000): ₩160,000". */
export function breakdownText(t: TFunction, lang: Lang, quote: Quote, request: QuoteRequest, nameOf: NameOf): string {
  const lines = quote.lines.map((line) => {
    const label = lineLabel(t, lang, line, request, nameOf);
    const quantity = lineQuantity(t, lang, line, quote.currency);
    const amount = formatMoney(line.amount, quote.currency, lang);
    return quantity ? t('copy.lineWithQuantity', { label, quantity, amount }) : t('copy.line', { label, amount });
  });
  lines.push(t('copy.line', { label: t('result.total'), amount: formatMoney(quote.total, quote.currency, lang) }));
  const tax = taxText(t, lang, quote);
  if (tax) lines.push(tax);
  return lines.join('\n');
}
