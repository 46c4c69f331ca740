// The frame: navigation on the left, the current screen on the right. Keyboard first:
// F1..F6 or Alt+1..6 open a screen, and focus moves to the screen's first control.
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { screens, type ScreenId } from './screens/registry';
import { navigationEvents } from './navigation';

export function App() {
  const { t } = useTranslation('common');
  const [current, setCurrent] = useState<ScreenId>('quote');
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => navigationEvents.subscribe((id) => setCurrent(id)), []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const fKey = /^F([1-6])$/.exec(event.key);
      const altDigit = event.altKey && /^[1-6]$/.test(event.key) ? Number(event.key) : 0;
      const index = fKey ? Number(fKey[1]) : altDigit;
      const target = index ? screens[index - 1] : undefined;
      if (target) {
        event.preventDefault();
        setCurrent(target.id);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.title = `${t(screens.find((s) => s.id === current)!.labelKey)} · ${t('app.name')}`;
  }, [current, t]);

  const Screen = screens.find((s) => s.id === current)!.component;
  return (
    <div className="frame">
      <nav className="frame-nav" aria-label={t('nav.label')}>
        <div className="frame-brand">{t('app.name')}</div>
        <ul>
          {screens.map((screen, index) => (
            <li key={screen.id}>
              <button
                type="button"
                aria-current={screen.id === current ? 'page' : undefined}
                aria-keyshortcuts={`F${index + 1} Alt+${index + 1}`}
                onClick={() => setCurrent(screen.id)}
              >
                <span className="nav-key" aria-hidden="true">
                  F{index + 1}
                </span>
                {t(screen.labelKey)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="frame-main" ref={mainRef} id="main">
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <Screen key={current} />
        </Suspense>
      </main>
    </div>
  );
}
