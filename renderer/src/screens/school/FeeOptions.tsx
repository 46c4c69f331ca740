// The school fees of the chosen program: required ones listed as included, optional ones as
// checkboxes, and optional ones meant for other programs shown as not offered.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Program, SchoolFee } from '../../../../shared/pricing/types';
import { formatList, formatMoney } from '../../format';
import { programYears } from '../../parts/enrollment/breakdown';

export function feeFits(fee: SchoolFee, programId: string): boolean {
  return fee.programs === undefined || fee.programs.includes(programId);
}

export function FeeOptions(props: {
  program: Program;
  fees: SchoolFee[];
  currency: string;
  lang: Lang;
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation('school');
  const { program, lang, currency } = props;
  const notOfferedId = useId();
  const fitting = props.fees.filter((f) => feeFits(f, program.id));
  const required = fitting.filter((f) => !f.optional);
  const optional = fitting.filter((f) => f.optional);
  const elsewhere = props.fees.filter((f) => f.optional && !feeFits(f, program.id));

  const price = (fee: SchoolFee) =>
    fee.per === 'year'
      ? t('fees.perYearPrice', { amount: formatMoney(fee.amount, currency, lang), count: programYears(program.months) })
      : formatMoney(fee.amount, currency, lang);

  function toggle(id: string, on: boolean) {
    props.onChange(on ? [...props.chosen, id] : props.chosen.filter((x) => x !== id));
  }

  return (
    <fieldset className="fee-options">
      <legend>{t('fees.legend')}</legend>
      {required.length > 0 && (
        <p>
          {t('fees.included', {
            list: formatList(required.map((f) => t('fees.option', { name: f.name[lang], price: price(f) })), lang),
          })}
        </p>
      )}
      {optional.length === 0 && elsewhere.length === 0 && <p className="muted">{t('fees.noOptional')}</p>}
      {optional.map((fee) => (
        <label key={fee.id} className="checkbox">
          <input
            type="checkbox"
            checked={props.chosen.includes(fee.id)}
            onChange={(event) => toggle(fee.id, event.target.checked)}
          />{' '}
          {t('fees.option', { name: fee.name[lang], price: price(fee) })}
        </label>
      ))}
      {elsewhere.map((fee) => (
        <label key={fee.id} className="checkbox muted">
          <input type="checkbox" checked={false} disabled aria-describedby={notOfferedId} />{' '}
          {t('fees.option', { name: fee.name[lang], price: price(fee) })}
        </label>
      ))}
      {elsewhere.length > 0 && (
        <p id={notOfferedId} className="muted small">
          {t('fees.notOffered')}
        </p>
      )}
    </fieldset>
  );
}
