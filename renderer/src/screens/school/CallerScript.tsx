// "What to say": the quote as sentences in the caller's language, with a Copy button that
// puts the sentences and the full breakdown on the clipboard.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/pricing/types';
import { CopyButton } from '../../components/CopyButton';
import { callerScript, clipboardText, type EnrollmentView } from './breakdown';

export function CallerScript(props: { callerT: TFunction; callerLang: Lang; view: EnrollmentView }) {
  const { t } = useTranslation('school');
  const { callerT, callerLang, view } = props;
  return (
    <section className="card caller-script" aria-labelledby="school-script-title">
      <h2 id="school-script-title">{t('script.title')}</h2>
      <p lang={callerLang} data-testid="caller-script">
        {callerScript(callerT, callerLang, view)}
      </p>
      <CopyButton text={clipboardText(callerT, callerLang, view)} label={t('script.copy')} />
    </section>
  );
}
