// The coverage answer as the caller hears it (in their language), with a Copy button and
// its shortcut, Alt+I ("insurance"): Alt+C is the quote screen's copy of the caller script.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/vocabulary';
import { CopyButton } from '../CopyButton';
import { coverageText, type CoverageWords } from './answer';

export const COPY_SHORTCUT = 'Alt+I';

export function CoverageAnswerView(props: { answer: CoverageWords; callerLang: Lang }) {
  const { t } = useTranslation('coverage');
  const copyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyI') {
        event.preventDefault();
        copyRef.current?.querySelector('button')?.click();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const { answer } = props;
  return (
    <>
      <div role="status" aria-label={t('panel.answerHeading')} lang={props.callerLang} className="coverage-answer">
        <p>
          <strong>{answer.headline}</strong>
        </p>
        {answer.reasons.length > 0 && (
          <ul>
            {answer.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
        {answer.money.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {/* Outside the answer: the button speaks the UI language, the answer the caller's. */}
      <div ref={copyRef}>
        <CopyButton text={coverageText(answer)} label={t('panel.copy')} shortcut={COPY_SHORTCUT} />
      </div>
    </>
  );
}
