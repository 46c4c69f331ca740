// The therapist's banner: every answer that calls for a check before treatment, in one
// place, worded "check before treatment" with what the client wrote. On the client page, on
// the form while it is filled, and on the printout.
import type { TFunction } from 'i18next';
import type { Flag } from '../../../../shared/intake';
import './intake.css';

export function flagText(flag: Flag, t: TFunction): string {
  const line = flag.id === 'pregnancy' && flag.weeks !== undefined ? t('flags.pregnancyWeeks', { count: flag.weeks }) : t(`flags.${flag.id}`);
  return flag.details ? `${line} ${t('flags.clientWrote', { details: flag.details })}` : line;
}

export function FlagsBanner(props: {
  flags: readonly Flag[];
  t: TFunction;
  lang?: string;
  showNone?: boolean;
  /** On paper it is a heading and a list, not a region of the screen. */
  printed?: boolean;
}) {
  const { flags, t } = props;
  if (flags.length === 0)
    return props.showNone ? (
      <p className="intake-no-flags" lang={props.lang}>
        {t('flags.none')}
      </p>
    ) : null;
  return (
    <section className="intake-flags" aria-label={props.printed ? undefined : t('flags.title')} lang={props.lang}>
      <h2>{t('flags.title')}</h2>
      <ul>
        {flags.map((flag) => (
          <li key={flag.id} data-flag={flag.id}>
            {flagText(flag, t)}
          </li>
        ))}
      </ul>
    </section>
  );
}
