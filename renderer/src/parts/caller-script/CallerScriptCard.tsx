// "What to say": one card for the phone quote and the school. The receptionist picks the
// caller's language here (apart from the UI language; a recognised client's language is set
// by the screen), reads the sentences out, and copies them with the breakdown for a text
// message (the button or Alt+C, a physical key code so a Korean layout works). What the
// sentences say is the screen's business: it passes the subject and the function that
// words it.
import { memo, useEffect, useId, useMemo, useRef, type ReactElement } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/vocabulary';
import { CopyButton } from '../../components/CopyButton';
import { useCallerT } from '../../i18n/caller';
import type { Namespace } from '../../i18n';

/** The sentences read out, and what goes on the clipboard (the sentences and a breakdown). */
export type CallerTexts = { say: string; copy: string };

export type CallerScriptProps<S> = {
  /** What is quoted; null while there is nothing to say yet. */
  subject: S | null;
  /** Words the subject in the caller's language; keep it the same function across renders. */
  compose: (t: TFunction, lang: Lang, subject: S) => CallerTexts;
  /** The locale namespace `compose` takes its words from. */
  namespace: Namespace;
  callerLang: Lang;
  onCallerLang: (lang: Lang) => void;
};

function CallerScript<S>(props: CallerScriptProps<S>) {
  const { t } = useTranslation('common');
  const { subject, compose, callerLang } = props;
  const callerT = useCallerT(callerLang, props.namespace);
  const id = useId();
  const copyArea = useRef<HTMLSpanElement>(null);

  // Built once per change of the quote or the language, not per render.
  const texts = useMemo(
    () => (callerT && subject !== null ? compose(callerT, callerLang, subject) : null),
    [callerT, callerLang, subject, compose],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.code !== 'KeyC' || !event.altKey || event.ctrlKey || event.metaKey) return;
      const button = copyArea.current?.querySelector('button');
      if (!button) return;
      event.preventDefault();
      button.click();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="caller-script card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('callerScript.heading')}</h2>
      <label htmlFor={`${id}-lang`}>{t('callerScript.language')}</label>
      <select
        id={`${id}-lang`}
        value={callerLang}
        onChange={(event) => props.onCallerLang(event.target.value === 'en' ? 'en' : 'ko')}
      >
        <option value="ko">{t('language.ko')}</option>
        <option value="en">{t('language.en')}</option>
      </select>
      {texts ? (
        <>
          <p className="say-line" lang={callerLang}>
            {texts.say}
          </p>
          <span ref={copyArea}>
            <CopyButton text={texts.copy} label={t('callerScript.copy')} shortcut="Alt+C" />
          </span>
        </>
      ) : subject !== null ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <p className="muted">{t('callerScript.nothingYet')}</p>
      )}
    </section>
  );
}

/** Rendered again only when the subject, the language or the callbacks change. */
export const CallerScriptCard = memo(CallerScript) as <S>(props: CallerScriptProps<S>) => ReactElement;
