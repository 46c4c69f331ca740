// "What to say": the quote as sentences in the caller's language, with a Copy button that
// puts the sentences and the full breakdown on the clipboard.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/pricing/types';
import { CopyButton } from '../../components/CopyButton';
import { callerScript, clipboardText, type EnrollmentView } from '../../parts/enrollment/breakdown';

export function CallerScript(props: { callerT: TFunction; callerLang: Lang; view: EnrollmentView }) {
  const { t } = useTranslation('school');
  const { callerT, callerLang, view } = props;
  // The clipboard text contains the script: build it once per change, not twice per render.
  const texts = useMemo(() => {
    const script = callerScript(callerT, callerLang, view);
    return { script, copy: clipboardText(callerT, callerLang, view, script) };
  }, [callerT, callerLang, view]);
  return (
    <section className="card caller-script" aria-labelledby="school-script-title">
      <h2 id="school-script-title">{t('script.title')}</h2>
      <p lang={callerLang} data-testid="caller-script">
        {texts.script}
      </p>
      <CopyButton text={texts.copy} label={t('script.copy')} />
    </section>
  );
}
