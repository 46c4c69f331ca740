// A visit's service, duration and price: the service and its duration from the price list
// (the price then filled in: one session, tax included, no surcharges), or minutes typed for
// something not on the list; the price stays editable. Used to record a visit and to ask
// "will my plan cover it?" on the client page.
import { useTranslation } from 'react-i18next';
import { computeQuote } from '../../../../shared/pricing/quote';
import type { Catalog, Lang, Service } from '../../../../shared/pricing/types';
import { MoneyField, moneyText, readMoney, useFormText } from '../form';

export type ServiceChoice = { serviceId: string; minutes: string; price: string };

/** The price list's price of one session of `minutes` of the service (tax included). */
export function catalogPrice(catalog: Catalog, serviceId: string, minutes: number): number | null {
  try {
    return computeQuote(catalog, { items: [{ serviceId, minutes }] }).perSession;
  } catch {
    return null; // a rate the catalog no longer has: the price is typed
  }
}

export function firstChoice(catalog: Catalog): ServiceChoice {
  const service = catalog.services.find((s) => s.active && s.rates.length > 0);
  if (!service) return { serviceId: '', minutes: '60', price: '' };
  return choose(catalog, service, service.rates[0]!.minutes);
}

function choose(catalog: Catalog, service: Service, minutes: number): ServiceChoice {
  const price = catalogPrice(catalog, service.id, minutes);
  return { serviceId: service.id, minutes: String(minutes), price: price === null ? '' : moneyText(price, catalog.currency) };
}

/** The choice read: whole minutes >= 1 and a price in minor units, or the fields' problems. */
export function readChoice(choice: ServiceChoice, currency: string) {
  const minutes = Number(choice.minutes.trim());
  const minutesOk = choice.minutes.trim() !== '' && Number.isSafeInteger(minutes) && minutes >= 1 && minutes <= 1440;
  const price = readMoney(choice.price, currency);
  return { minutes: minutesOk ? minutes : null, price: price.ok ? price.value : null, priceProblem: price.ok ? null : price.problem };
}

export function ServiceFields(props: { idPrefix: string; catalog: Catalog; lang: Lang; value: ServiceChoice; onChange: (next: ServiceChoice) => void }) {
  const { t } = useTranslation('coverage');
  const form = useFormText();
  const { catalog, value, idPrefix } = props;
  const services = catalog.services.filter((s) => s.active && s.rates.length > 0);
  const service = services.find((s) => s.id === value.serviceId) ?? null;
  const read = readChoice(value, catalog.currency);
  const minutesError = read.minutes === null ? form.number('too-small', { min: 1, max: 1440 }) : undefined;
  const priceError = read.priceProblem ? form.money(read.priceProblem, catalog.currency) : undefined;

  function pickService(id: string) {
    const next = services.find((s) => s.id === id);
    props.onChange(next ? choose(catalog, next, next.rates[0]!.minutes) : { ...value, serviceId: '' });
  }

  return (
    <div className="row service-fields">
      <div className="form-field">
        <label htmlFor={`${idPrefix}-service`}>{t('visit.service')}</label>
        <select id={`${idPrefix}-service`} value={value.serviceId} onChange={(e) => pickService(e.target.value)}>
          <option value="">{t('visit.notOnList')}</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name[props.lang]}
            </option>
          ))}
        </select>
      </div>
      {service ? (
        <div className="form-field">
          <label htmlFor={`${idPrefix}-minutes`}>{t('visit.duration')}</label>
          <select id={`${idPrefix}-minutes`} value={value.minutes} onChange={(e) => props.onChange(choose(catalog, service, Number(e.target.value)))}>
            {service.rates.map((r) => (
              <option key={r.minutes} value={String(r.minutes)}>
                {t('visit.minutesOption', { count: r.minutes })}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="form-field">
          <label htmlFor={`${idPrefix}-minutes`}>{t('rx.minutes')}</label>
          <input
            id={`${idPrefix}-minutes`}
            inputMode="numeric"
            size={5}
            value={value.minutes}
            aria-invalid={minutesError ? true : undefined}
            aria-describedby={minutesError ? `${idPrefix}-minutes-error` : undefined}
            onChange={(e) => props.onChange({ ...value, minutes: e.target.value })}
          />
          {minutesError && (
            <p id={`${idPrefix}-minutes-error`} className="field-error">
              {minutesError}
            </p>
          )}
        </div>
      )}
      <MoneyField
        id={`${idPrefix}-price`}
        label={t('visit.price')}
        currency={catalog.currency}
        value={value.price}
        error={priceError}
        onChange={(price) => props.onChange({ ...value, price })}
      />
    </div>
  );
}
