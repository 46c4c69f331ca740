import {
  callsByPhone,
  exportCallsCsv,
  getCall,
  saveCall,
  searchCalls,
  updateCall,
} from '../../services/calls';
import { getSettings } from '../../services/settings';
import { readCatalog } from '../../services/catalog';
import type { HandlerMap } from '../types';

type CallChannel =
  | 'calls.save'
  | 'calls.search'
  | 'calls.get'
  | 'calls.update'
  | 'calls.byPhone'
  | 'calls.exportCsv';

export const callHandlers: HandlerMap<CallChannel> = {
  'calls.save': (input, { db, now }) => saveCall(db, readCatalog(db), input, now()),
  'calls.search': (filter, { db }) => searchCalls(db, filter),
  'calls.get': ({ id }, { db }) => getCall(db, id),
  'calls.update': (patch, { db }) => updateCall(db, patch),
  'calls.byPhone': ({ phone }, { db }) => callsByPhone(db, phone),
  'calls.exportCsv': (filter, { db }) => exportCallsCsv(db, filter, getSettings(db).uiLanguage),
};
