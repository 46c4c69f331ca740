// What every screen needs: the settings and the catalog, loaded once from the main process
// and replaced whenever a screen changes them.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Catalog, Lang } from '../../shared/pricing/types';
import type { AppInfo, Session, Settings } from '../../shared/api/types';
import type { SettingsPatch } from '../../shared/api/settings';
import { call } from './api/client';
import { i18n } from './i18n';

export type AppData = {
  info: AppInfo;
  /** Who uses this screen and how this app is connected (app.session). */
  session: Session;
  settings: Settings;
  catalog: Catalog;
  lang: Lang;
  /** Call after any change to the catalog (or pass the catalog a call returned). */
  setCatalog: (catalog: Catalog) => void;
  updateSettings: (patch: SettingsPatch) => Promise<Settings>;
};

const AppDataContext = createContext<AppData | null>(null);

export function AppDataProvider(props: {
  info: AppInfo;
  session: Session;
  settings: Settings;
  catalog: Catalog;
  children: ReactNode;
}) {
  const [settings, setSettings] = useState(props.settings);
  const [catalog, setCatalog] = useState(props.catalog);

  // The business's country follows the catalog's currency, and the main process formats the
  // business's number with it (settings.businessPhoneShown): read again when it changes.
  const currency = useRef(props.catalog.currency);
  /** Settings saved from this page so far: an older read answered after a save is dropped
   *  (through a hub, the read may have been answered before the save was applied). */
  const saves = useRef(0);
  useEffect(() => {
    if (catalog.currency === currency.current) return;
    currency.current = catalog.currency;
    let live = true;
    const savesBefore = saves.current;
    call('settings.get', {}).then(
      (next) => live && saves.current === savesBefore && setSettings(next),
      () => {}, // the number stays as it was shown; the next start reads it again
    );
    return () => {
      live = false;
    };
  }, [catalog.currency]);

  const updateSettings = useCallback(async (patch: SettingsPatch) => {
    const next = await call('settings.update', patch);
    saves.current += 1;
    if (next.uiLanguage !== i18n.language) await i18n.changeLanguage(next.uiLanguage);
    // Screen readers and fonts follow the page's language (main.tsx sets it at start-up).
    document.documentElement.lang = next.uiLanguage;
    setSettings(next);
    return next;
  }, []);

  const value = useMemo<AppData>(
    () => ({
      info: props.info,
      session: props.session,
      settings,
      catalog,
      lang: settings.uiLanguage,
      setCatalog,
      updateSettings,
    }),
    [props.info, props.session, settings, catalog, updateSettings],
  );
  return <AppDataContext.Provider value={value}>{props.children}</AppDataContext.Provider>;
}

export function useAppData(): AppData {
  const data = useContext(AppDataContext);
  if (!data) throw new Error('useAppData outside AppDataProvider');
  return data;
}
