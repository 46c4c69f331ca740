import { defaultSettings, getSettings, updateSettings } from '../../services/settings';
import type { HandlerMap } from '../types';

export const settingsHandlers: HandlerMap<'app.info' | 'settings.get' | 'settings.update'> = {
  'app.info': (_input, { info }) => info,
  // Without a database (a fault at start) the screens still need a language: the system's.
  'settings.get': (_input, context) =>
    context.storage.db ? getSettings(context.db) : { ...defaultSettings, uiLanguage: context.systemLanguage },
  'settings.update': (patch, { db }) => updateSettings(db, patch),
};
