import {
  archiveClient,
  clientByPhone,
  clientCalls,
  createClient,
  getClient,
  mergeClients,
  mergePreview,
  searchClients,
  updateClient,
} from '../../services/clients';
import { eraseClient, erasePreview } from '../../services/erasure';
import type { HandlerMap } from '../types';

type ClientChannel =
  | 'clients.create'
  | 'clients.get'
  | 'clients.update'
  | 'clients.archive'
  | 'clients.search'
  | 'clients.calls'
  | 'clients.mergePreview'
  | 'clients.merge'
  | 'clients.erasePreview'
  | 'clients.erase'
  | 'clients.byPhone';

export const clientHandlers: HandlerMap<ClientChannel> = {
  'clients.create': (input, { db, now }) => createClient(db, input, now()),
  'clients.get': ({ id }, { db }) => getClient(db, id),
  'clients.update': (patch, { db, now }) => updateClient(db, patch, now()),
  'clients.archive': ({ id, archived }, { db, now }) => archiveClient(db, id, archived, now()),
  'clients.search': (filter, { db }) => searchClients(db, filter),
  'clients.calls': ({ id, limit, offset }, { db }) => clientCalls(db, id, limit, offset),
  'clients.mergePreview': ({ keepId, mergeId }, { db }) => mergePreview(db, keepId, mergeId),
  'clients.merge': ({ keepId, mergeId }, { db, now }) => mergeClients(db, keepId, mergeId, now()),
  'clients.erasePreview': ({ id }, { db }) => erasePreview(db, id),
  'clients.erase': (input, { db, info, now }) => eraseClient(db, info.dataDir, input, now()),
  'clients.byPhone': ({ phone }, { db }) => clientByPhone(db, phone),
};
