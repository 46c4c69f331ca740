// "What to say", in the caller's language (chosen here, apart from the UI language), with a
// Copy button for a text message: the sentences and the breakdown, one line per item.
import { useId, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Quote, QuoteRequest } from '../../../../shared/pricing/types';
import { CopyButton } from '../../components/CopyButton';
import { useCallerT } from '../../i18n/caller';
import type { NameOf } from '../../parts/quote/lines';
import { breakdownText, callerScript } from '../../parts/quote/script';

export function CallerScript(props: {
  quote: Quote | null;
  request: QuoteRequest | null;
  nameOf: NameOf;
  callerLang: Lang;
  copyRef: Ref<HTMLSpanElement>;
  onCallerLang: (lang: Lang) => void;
}) {
  const { t } = useTranslation(['quote', 'common']);
  const callerT = useCallerT(props.callerLang, 'quote');
  const id = useId();
  const { quote, request, callerLang } = props;

  const texts = useMemo(() => {
    if (!callerT || !quote || !request) return null;
    const line = callerScript(callerT, callerLang, quote, request, props.nameOf);
    return { line, copy: `${line}\n\n${breakdownText(callerT, callerLang, quote, request, props.nameOf)}` };
  }, [callerT, callerLang, quote, request, props.nameOf]);

  return (
    <section className="caller-script card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('say.heading')}</h2>
      <label htmlFor={`${id}-lang`}>{t('say.callerLang')}</label>
      <select id={`${id}-lang`} value={callerLang} onChange={(event) => props.onCallerLang(event.target.value as Lang)}>
        <option value="ko">{t('common:language.ko')}</option>
        <option value="en">{t('common:language.en')}</option>
      </select>
      {texts ? (
        <>
          <p className="say-line" lang={callerLang}>
            {texts.line}
          </p>
          <span ref={props.copyRef}>
            <CopyButton text={texts.copy} label={t('say.copy')} shortcut="Alt+C" />
          </span>
        </>
      ) : (
        <p className="muted">{t('say.nothingYet')}</p>
      )}
    </section>
  );
}
