import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Puts `text` on the clipboard; says "copied" in a live region so a screen reader hears it. */
export function CopyButton(props: { text: string; label?: string; shortcut?: string }) {
  const { t } = useTranslation('common');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(props.text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <span className="copy-button">
      <button type="button" onClick={copy} aria-keyshortcuts={props.shortcut}>
        {props.label ?? t('actions.copy')}
      </button>
      <span role="status" className="muted">
        {state === 'copied' ? t('actions.copied') : state === 'failed' ? t('actions.copyFailed') : ''}
      </span>
    </span>
  );
}
