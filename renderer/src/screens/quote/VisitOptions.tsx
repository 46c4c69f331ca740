// What applies to the whole quote: sessions, time of the visit, travel, discounts, promo code.
import { memo, useId, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Lang } from '../../../../shared/pricing/types';
import { formatTimeOfDay, localIsoMinute } from '../../format';
import { CountInput } from './CountInput';
import { DiscountChoices } from './DiscountChoices';
import { TravelZoneSelect } from './TravelZoneSelect';
import { bareName } from '../../parts/quote/lines';
import { surchargeHints } from './surchargeHints';
import { MAX_SESSIONS, TONIGHT, type QuoteDraft } from './draft';

/** Memoised, with the draft's fields as props: a change to a service item leaves it alone;
 *  the catalog's lists (zones, discounts) are memoised apart, for the keys in its own fields. */
export const VisitOptions = memo(function VisitOptions(props: {
  sessions: string;
  at: string;
  travelZoneId: string;
  discountIds: readonly string[];
  promoCode: string;
  catalog: Catalog;
  lang: Lang;
  sessionsInvalid: boolean;
  atInvalid: boolean;
  /** The field was last seen with a time typed in part. */
  atIncomplete: boolean;
  promoRefused: boolean;
  travelRef: Ref<HTMLSelectElement>;
  onChange: (patch: Partial<QuoteDraft>) => void;
  onPreset: (preset: 'now' | 'tonight' | 'tomorrow') => void;
}) {
  const { t } = useTranslation('quote');
  const { catalog, lang } = props;
  const id = useId();
  const hasCodes = catalog.discounts.some((d) => d.code);
  const hints = surchargeHints(catalog, props.atInvalid ? '' : props.at);
  // Quoting a past time is allowed (a call written down afterwards) but said, as the
  // enrollment start date is. Compared to the minute, so "Now" is never past.
  const past = !props.atInvalid && props.at !== '' && props.at < localIsoMinute(new Date());
  const clock = (time: string) => (lang === 'ko' ? time : formatTimeOfDay(time, lang));
  // A time typed in part leaves the field's value '' and React's onChange silent (nothing
  // changed), so the input event reports it too, with the browser's badInput; clearing the
  // last parts fires no input event in Chromium (the value stays ''), so a key released in
  // the field and leaving it look again.
  const reportAt = (event: FormEvent<HTMLInputElement>) => {
    const { value, validity } = event.currentTarget;
    if (value !== props.at || validity.badInput !== props.atIncomplete) props.onChange({ at: value, atIncomplete: validity.badInput });
  };

  return (
    <div className="visit-options card">
      <CountInput
        label={t('sessions')}
        value={props.sessions}
        max={MAX_SESSIONS}
        invalid={props.sessionsInvalid}
        onChange={(sessions) => props.onChange({ sessions })}
      />

      <div className="when">
        <label htmlFor={`${id}-at`}>{t('when.label')}</label>
        <div className="row">
          <input
            id={`${id}-at`}
            type="datetime-local"
            value={props.at}
            aria-invalid={props.atInvalid || undefined}
            aria-describedby={props.atInvalid ? `${id}-at-error` : undefined}
            onChange={reportAt}
            onInput={reportAt}
            onBlur={reportAt}
            onKeyUp={reportAt}
          />
          <button type="button" aria-keyshortcuts="Alt+T" onClick={() => props.onPreset('now')}>
            {t('when.now')}
          </button>
          <button type="button" aria-keyshortcuts="Alt+N" onClick={() => props.onPreset('tonight')}>
            {t('when.tonight', { time: formatTimeOfDay(TONIGHT, lang) })}
          </button>
          <button type="button" aria-keyshortcuts="Alt+M" onClick={() => props.onPreset('tomorrow')}>
            {t('when.tomorrow')}
          </button>
        </div>
        {props.atInvalid && (
          <p id={`${id}-at-error`} className="field-error">
            {t('when.invalid')}
          </p>
        )}
        {past && <p className="warning small">{t('when.past')}</p>}
        {hints.length > 0 && (
          <ul className="surcharge-hints" aria-label={t('when.surcharges')}>
            {hints.map((hint) => {
              const name = bareName('surcharge', hint.surcharge.name[lang]);
              return (
                <li key={hint.surcharge.id} className={hint.kind === 'applies' ? 'applies' : 'muted'}>
                  {hint.kind === 'applies'
                    ? t('when.surchargeApplies', { name })
                    : t('when.surchargeFrom', { name, from: clock(hint.from), to: clock(hint.to) })}
                </li>
              );
            })}
          </ul>
        )}
      </div>

      {catalog.travelZones.length > 0 && (
        <TravelZoneSelect
          id={`${id}-travel`}
          value={props.travelZoneId}
          catalog={catalog}
          lang={lang}
          selectRef={props.travelRef}
          onChange={props.onChange}
        />
      )}

      <DiscountChoices discountIds={props.discountIds} catalog={catalog} lang={lang} onChange={props.onChange} />

      {/* Also with no code on the price list any more: a code kept from a saved quote can be
          seen and cleared. */}
      {(hasCodes || props.promoCode !== '') && (
        <div>
          <label htmlFor={`${id}-promo`}>{t('promo.label')}</label>
          <input
            id={`${id}-promo`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={props.promoCode}
            aria-invalid={props.promoRefused || undefined}
            aria-describedby={props.promoRefused ? `${id}-promo-error` : undefined}
            onChange={(event) => props.onChange({ promoCode: event.target.value })}
          />
          {props.promoRefused && (
            <p id={`${id}-promo-error`} className="field-error" role="alert">
              {t('errors:quote.unknown-promo-code', { promoCode: props.promoCode.trim() })}
            </p>
          )}
        </div>
      )}
    </div>
  );
});
