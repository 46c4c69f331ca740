import { getIntakeSettings, updateIntakeSettings } from '../../services/intake';
import type { HandlerMap } from '../types';

export const intakeHandlers: HandlerMap<'intake.settings' | 'intake.updateSettings'> = {
  'intake.settings': (_input, { db }) => getIntakeSettings(db),
  'intake.updateSettings': (patch, { db }) => updateIntakeSettings(db, patch),
};
