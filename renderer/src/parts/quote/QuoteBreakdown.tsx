// The total and its lines in the UI language. Also shows saved quotes on the Calls screen,
// where names come from the call's snapshot (see lines.ts).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Quote, QuoteRequest } from '../../../../shared/pricing/types';
import { formatMoney } from '../../format';
import { lineLabel, lineQuantity, taxText, type NameOf } from './lines';
import '../parts.css';

export function QuoteBreakdown(props: {
  quote: Quote;
  request: QuoteRequest;
  nameOf: NameOf;
  lang: Lang;
  /** A marker shown above the total when the total is not the whole story. */
  warning?: string;
}) {
  const { t } = useTranslation('quote');
  const id = useId();
  const { quote, request, lang } = props;
  const money = (minor: number) => formatMoney(minor, quote.currency, lang);
  const sessions = request.sessions ?? 1;
  const tax = taxText(t, lang, quote);
  const keys = lineKeys(quote.lines);
  return (
    <div className="quote-breakdown">
      {props.warning && <p className="warning">{props.warning}</p>}
      <p className="total">
        <span id={`${id}-total`}>{t('result.total')}</span>{' '}
        <output aria-labelledby={`${id}-total`} className="money">
          {money(quote.total)}
        </output>
      </p>
      {tax && <p className="muted">{tax}</p>}
      {sessions > 1 && <p>{t('result.perSession', { amount: money(quote.perSession), count: sessions })}</p>}
      <table>
        <caption className="visually-hidden">{t('result.breakdown')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('result.columns.item')}</th>
            <th scope="col">{t('result.columns.quantity')}</th>
            <th scope="col" className="money">
              {t('result.columns.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {quote.lines.map((line, index) => (
            <tr key={keys[index]} className={`line-${line.kind}`}>
              <td>{lineLabel(t, lang, line, request, props.nameOf)}</td>
              <td>{lineQuantity(t, lang, line, quote.currency)}</td>
              <td className="money">{money(line.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A key per line that does not depend on its place: a line added above (an add-on ticked)
 *  leaves the rows below as they are instead of building them again. The same line twice
 *  (kind, entry and item alike) is told apart by its occurrence. */
function lineKeys(lines: Quote['lines']): string[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const base = JSON.stringify([line.kind, line.id, line.item ?? null]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}${n}`;
  });
}
