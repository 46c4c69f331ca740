import { defaultSettings, getSettings, updateSettings } from '../../services/settings';
import type { HandlerMap } from '../types';

export const appHandlers: HandlerMap<'app.info' | 'app.session'> = {
  // Where the hub keeps its files is the hub's business: a paired device is not told.
  'app.info': (_input, { info, caller }) => (caller.role === 'hub' ? info : { ...info, dataDir: '', dbPath: '' }),
  'app.session': (_input, { caller, connection }) => ({
    role: caller.role,
    deviceName: caller.deviceName,
    ...connection(),
  }),
};

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update'> = {
  // Without a database (a fault at start) the screens still need a language: the system's.
  'settings.get': (_input, context) =>
    context.storage.db ? getSettings(context.db) : { ...defaultSettings, uiLanguage: context.systemLanguage },
  'settings.update': (patch, { db }) => updateSettings(db, patch),
};
