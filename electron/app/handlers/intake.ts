import { clientIntake, eraseForms, getForm, getIntakeSettings, renewalsDue, saveDraft, signForm, updateIntakeSettings } from '../../services/intake';
import type { HandlerMap } from '../types';

export const intakeHandlers: HandlerMap<
  | 'intake.settings'
  | 'intake.updateSettings'
  | 'intake.client'
  | 'intake.get'
  | 'intake.saveDraft'
  | 'intake.sign'
  | 'intake.erase'
  | 'intake.renewalsDue'
> = {
  'intake.settings': (_input, { db }) => getIntakeSettings(db),
  'intake.updateSettings': (patch, { db }) => updateIntakeSettings(db, patch),
  'intake.client': ({ clientId }, { db, now }) => clientIntake(db, clientId, now()),
  'intake.get': ({ id }, { db }) => getForm(db, id),
  'intake.saveDraft': (input, { db, now }) => saveDraft(db, input, now()),
  'intake.sign': (input, { db, now }) => signForm(db, input, now()),
  'intake.erase': ({ clientId }, { db, now }) => eraseForms(db, clientId, now()),
  'intake.renewalsDue': ({ limit, offset }, { db, now }) => renewalsDue(db, now(), limit, offset),
};
