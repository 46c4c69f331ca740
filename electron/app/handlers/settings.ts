import { getSettings, updateSettings } from '../../services/settings';
import type { HandlerMap } from '../types';

export const settingsHandlers: HandlerMap<'app.info' | 'settings.get' | 'settings.update'> = {
  'app.info': (_input, { info }) => info,
  'settings.get': (_input, { db }) => getSettings(db),
  'settings.update': (patch, { db }) => updateSettings(db, patch),
};
