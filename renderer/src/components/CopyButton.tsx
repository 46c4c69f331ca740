import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Puts `text` on the clipboard; says "copied" in a live region so a screen reader hears it.
 *  The word stands only while the text is the one copied: once the quote changes, the
 *  clipboard holds the old one, so "copied" goes. */
export function CopyButton(props: { text: string; label?: string; shortcut?: string }) {
  const { t } = useTranslation('common');
  const [result, setResult] = useState<{ text: string; copied: boolean } | null>(null);
  async function copy() {
    const text = props.text;
    try {
      await navigator.clipboard.writeText(text);
      setResult({ text, copied: true });
    } catch {
      setResult({ text, copied: false });
    }
  }
  const state = result && result.text === props.text ? (result.copied ? 'copied' : 'failed') : 'idle';
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
