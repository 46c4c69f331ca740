// The frame: navigation on the left, the current screen on the right. Keyboard first:
// F1..F6 or Alt+1..6 open a screen, and each screen puts the focus on its first control.
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { screenComponent, screens, type ScreenId } from './screens/registry';
import { NavigationOptionsContext, navigationEvents, type NavigationOptions } from './navigation';
import { DamagedBanner } from './storage/DamagedBanner';
import { HubBanner } from './connection/HubBanner';
import { ConfirmDialog } from './components/form';
import { askBeforeLeaving, hasUnsavedForms } from './state/leave-guard';

/** `onFirstScreen`: called once, in the frame after the first screen (not the loading
 *  message) was rendered: start-up work that may wait (fonts, showing the window). */
export function App(props: { onFirstScreen?: () => void }) {
  const { t } = useTranslation('common');
  const [current, setCurrent] = useState<ScreenId>('quote');
  const [options, setOptions] = useState<NavigationOptions>({});
  // A screen asked for while a form holds unsaved text: opened only once the user says so.
  // Also a screen's own way out of a form (a client page's Back, another tab): `then`.
  const [leaving, setLeaving] = useState<{ then: () => void } | null>(null);
  useEffect(() => askBeforeLeaving((then) => setLeaving({ then })), []);

  const go = useCallback((id: ScreenId, next: NavigationOptions) => {
    setLeaving(null);
    setCurrent(id);
    setOptions(next);
  }, []);
  const shown = useRef(current);
  shown.current = current;
  // From the frame a screen opens plain; another screen may pass options (e.g. a filter).
  // The shown screen's own key (F4 on F4) unmounts nothing, so it asks nothing.
  const open = useCallback(
    (id: ScreenId, next: NavigationOptions = {}) => {
      const unmounts = id !== shown.current || Object.keys(next).length > 0;
      if (unmounts && hasUnsavedForms()) setLeaving({ then: () => go(id, next) });
      else go(id, next);
    },
    [go],
  );

  useEffect(() => navigationEvents.subscribe(open), [open]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const fKey = /^F([1-6])$/.exec(event.key);
      // The physical key: Option+1 on a Mac types "¡", a Korean layout changes nothing.
      const altDigit = event.altKey && !event.ctrlKey ? /^Digit([1-6])$/.exec(event.code) : null;
      const index = Number((fKey ?? altDigit)?.[1] ?? 0);
      const target = index ? screens[index - 1] : undefined;
      if (target) {
        event.preventDefault();
        open(target.id);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  useEffect(() => {
    document.title = t('app.title', { screen: t(screens.find((s) => s.id === current)!.labelKey), app: t('app.name') });
  }, [current, t]);

  // Chosen once per opened screen: the lazy component on a first visit stays the type until
  // another screen is opened (switching to the loaded one under it would remount the screen
  // at the frame's next render, e.g. F4 pressed on F4, and lose what was typed).
  const Screen = useMemo(() => screenComponent(current), [current]);
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
                onClick={() => open(screen.id)}
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
      <main className="frame-main" id="main">
        <DamagedBanner />
        <Suspense fallback={null}>
          <HubBanner />
        </Suspense>
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <NavigationOptionsContext.Provider value={options}>
            <Screen key={current} />
          </NavigationOptionsContext.Provider>
          <Rendered onRendered={props.onFirstScreen} />
        </Suspense>
        {leaving && (
          <ConfirmDialog
            title={t('leave.title')}
            message={t('leave.message')}
            confirmLabel={t('leave.confirm')}
            destructive
            onConfirm={() => {
              setLeaving(null);
              // Once the question is gone (it gives the focus back first), so that where the
              // way out puts the focus (a tab, the next screen's first field) stands.
              setTimeout(leaving.then, 0);
            }}
            onCancel={() => setLeaving(null)}
          />
        )}
      </main>
    </div>
  );
}

/** In the same Suspense boundary as the screen, so its effect runs only once the screen
 *  itself was committed; the callback waits for the next frame (the one that paints it). */
function Rendered(props: { onRendered?: (() => void) | undefined }) {
  const done = useRef(false);
  const { onRendered } = props;
  useEffect(() => {
    if (done.current || !onRendered) return;
    done.current = true;
    requestAnimationFrame(() => onRendered());
  }, [onRendered]);
  return null;
}
