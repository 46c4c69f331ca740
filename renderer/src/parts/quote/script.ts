// "What to say": the quote as whole sentences in the caller's language, and the text that
// the Copy button puts on the clipboard (those sentences + one line per breakdown item).
import type { TFunction } from 'i18next';
import type { Lang, Quote, QuoteRequest } from '../../../../shared/pricing/types';
import { formatMoney } from '../../format';
import { inSentence, spokenList, upperFirst } from '../../i18n/spoken';
import { bareName, lineLabel, lineQuantity, nameIn, taxText, type NameOf } from './lines';
import type { CallerTexts } from '../caller-script/CallerScriptCard';

/** What the caller-script card says about a phone quote. */
export type QuoteSubject = { quote: Quote; request: QuoteRequest; nameOf: NameOf };

/** The sentences, and for the clipboard the sentences then one line per breakdown item. */
export function quoteCallerTexts(t: TFunction, lang: Lang, { quote, request, nameOf }: QuoteSubject): CallerTexts {
  const say = callerScript(t, lang, quote, request, nameOf);
  return { say, copy: `${say}\n\n${breakdownText(t, lang, quote, request, nameOf)}` };
}

/** The sentences a receptionist reads out: what is quoted, what the total includes
 *  (surcharges by name, travel), the tax, the discount by name, and the price per session.
 *  Korean in spoken order and register ("아로마 마사지 90분 2인"); English with names in
 *  lower case inside the sentence. */
export function callerScript(t: TFunction, lang: Lang, quote: Quote, request: QuoteRequest, nameOf: NameOf): string {
  const name = (kind: 'service' | 'addOn' | 'surcharge' | 'discount', id: string) =>
    inSentence(bareName(kind, nameIn(nameOf, kind, id, lang)), lang);
  const money = (minor: number) => formatMoney(minor, quote.currency, lang);

  const items = request.items.map((item) => {
    const values = { minutes: item.minutes, service: name('service', item.serviceId), count: item.persons ?? 1 };
    const addOnIds = item.addOnIds ?? [];
    if (addOnIds.length === 0) return t('say.item', values);
    return t('say.itemWithAddOns', { ...values, addOns: spokenList(addOnIds.map((id) => name('addOn', id)), lang) });
  });

  // What the total includes besides the services: each surcharge by name (once, even when
  // it applies to several items), then travel.
  const surchargeIds = [...new Set(quote.lines.filter((l) => l.kind === 'surcharge').map((l) => l.id))];
  const extras = surchargeIds.map((id) => t('say.surcharge', { name: name('surcharge', id) }));
  if (request.travelZoneId) extras.push(t('say.travel', { zone: nameIn(nameOf, 'travel', request.travelZoneId, lang) }));

  const values = { items: spokenList(items, lang), total: money(quote.total) };
  const sentences = [
    upperFirst(
      extras.length > 0
        ? t('say.totalIncluding', { ...values, extras: spokenList(extras, lang) })
        : t('say.total', values),
    ),
  ];

  const discount = quote.lines.find((line) => line.kind === 'discount');
  const discountValues = discount ? { name: name('discount', discount.id), amount: money(quote.discount) } : null;
  const tax = { tax: money(quote.tax) };
  if (quote.taxMode === 'none') {
    if (discountValues) sentences.push(t('say.discount', discountValues));
  } else if (discountValues) {
    sentences.push(t('say.taxAndDiscount', { context: quote.taxMode, ...tax, ...discountValues }));
  } else {
    sentences.push(t('say.tax', { context: quote.taxMode, ...tax }));
  }

  const sessions = request.sessions ?? 1;
  if (sessions > 1) sentences.push(t('say.sessions', { count: sessions, perSession: money(quote.perSession) }));
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
