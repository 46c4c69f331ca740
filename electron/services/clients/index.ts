// Clients: one record per person; calls (and the next domains' records) hang from it.
export { createClient, getClient, liveClient, updateClient, archiveClient } from './records';
export { searchClients, CLIENT_COUNT_CAP } from './search';
export { searchClientsByName } from './by-name';
export type { ClientSearchResult } from './search';
export { clientCalls, clientByPhone, clientForCall } from './calls';
export { mergePreview, mergeClients } from './merge';
