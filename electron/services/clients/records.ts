// Adding, reading, editing and archiving clients. Every write checks the numbers (valid for
// the business's country or +country) and that no other active client has the same one.
import type { Database } from 'better-sqlite3';
import type { Client, ClientCreate, ClientPatch } from '../../../shared/api/clients';
import { ApiFailure } from '../../../shared/api/result';
import { prepared } from '../../db/prepared';
import { refuseStale } from '../../db/row-version';
import { businessCountry } from '../phones';
import { storedPhone, withShownPhones } from './phone';
import { clientColumns, rowValues, toClient, type ClientRow } from './rows';
import { clientSearchText } from './search-text';

export function getClient(db: Database, id: number): Client {
  const row = prepared(db, `SELECT ${clientColumns} FROM clients c WHERE c.id = ?`).get(id) as ClientRow | undefined;
  if (!row) throw new ApiFailure('not-found', { what: 'client', id });
  return toClient(row, businessCountry(db));
}

/** A client that may still get records and changes: not erased. */
export function liveClient(db: Database, id: number): Client {
  const client = getClient(db, id);
  if (client.erased !== null) throw new ApiFailure('conflict', { reason: 'erased', clientId: id });
  return client;
}

/** The active client with this E.164 number, if any. */
export function activeClientWithPhone(db: Database, e164: string): Client | undefined {
  const row = prepared(db, `SELECT ${clientColumns} FROM clients c WHERE c.phone = ? AND c.archived_at IS NULL`).get(e164) as
    | ClientRow
    | undefined;
  return row && toClient(row, businessCountry(db));
}

function refuseTakenPhone(db: Database, client: Client): void {
  if (client.phone === null || client.archivedAt !== null) return;
  const other = activeClientWithPhone(db, client.phone);
  if (other && other.id !== client.id) {
    throw new ApiFailure('phone-in-use', { field: 'phone', clientId: other.id, name: other.name });
  }
}

function refuseNameless(client: Client): void {
  if (client.name === '' && client.phone === null) {
    throw new ApiFailure('invalid-input', { issues: [{ path: 'name', message: 'a client needs a name or a phone number' }] });
  }
}

const insertSql = `INSERT INTO clients (name, phone, email, birth_date, lang, address, emergency_name, emergency_phone,
  emergency_relationship, note, created_at, updated_at, archived_at, merged_into, search_text)
  VALUES (@name, @phone, @email, @birth_date, @lang, @address, @emergency_name, @emergency_phone,
  @emergency_relationship, @note, @created_at, @updated_at, @archived_at, @merged_into, @search_text)`;

const updateSql = `UPDATE clients SET name = @name, phone = @phone, email = @email, birth_date = @birth_date, lang = @lang,
  address = @address, emergency_name = @emergency_name, emergency_phone = @emergency_phone,
  emergency_relationship = @emergency_relationship, note = @note, updated_at = @updated_at,
  archived_at = @archived_at, merged_into = @merged_into, search_text = @search_text, row_version = row_version + 1
  WHERE id = @id`;

/** Inserts a checked client (id ignored); call inside a transaction. */
export function insertClient(db: Database, client: Client): Client {
  refuseNameless(client);
  refuseTakenPhone(db, client);
  const id = Number(prepared(db, insertSql).run(rowValues(client, clientSearchText(client))).lastInsertRowid);
  return withShownPhones({ ...client, id }, businessCountry(db));
}

/** Writes every field of a checked client and bumps its version; call inside a transaction. */
export function writeClient(db: Database, client: Client): Client {
  refuseNameless(client);
  refuseTakenPhone(db, client);
  prepared(db, updateSql).run(rowValues(client, clientSearchText(client)));
  return withShownPhones({ ...client, rowVersion: client.rowVersion + 1 }, businessCountry(db));
}

const trimmed = (s: string | undefined) => (s === undefined ? undefined : s.trim());

/** The typed fields of a create or patch, checked and trimmed; undefined = not given. */
function checkedFields(db: Database, input: Omit<ClientPatch, 'id' | 'expectedVersion'>): Partial<Client> {
  const country = businessCountry(db);
  const out: Partial<Client> = {};
  if (input.name !== undefined) out.name = input.name.trim();
  if (input.phone !== undefined) out.phone = storedPhone(input.phone, country, 'phone');
  if (input.email !== undefined) out.email = input.email.trim();
  if (input.birthDate !== undefined) out.birthDate = input.birthDate;
  if (input.lang !== undefined) out.lang = input.lang;
  if (input.address !== undefined) out.address = input.address.trim();
  if (input.emergencyName !== undefined) out.emergencyName = trimmed(input.emergencyName);
  if (input.emergencyPhone !== undefined) out.emergencyPhone = storedPhone(input.emergencyPhone, country, 'emergencyPhone');
  if (input.emergencyRelationship !== undefined) out.emergencyRelationship = input.emergencyRelationship.trim();
  if (input.note !== undefined) out.note = input.note.trim();
  return out;
}

export function blankClient(lang: Client['lang'], now: Date): Client {
  const at = now.toISOString();
  return {
    id: 0,
    name: '',
    phone: null,
    phoneShown: '',
    email: '',
    birthDate: null,
    lang,
    address: '',
    emergencyName: '',
    emergencyPhone: null,
    emergencyPhoneShown: '',
    emergencyRelationship: '',
    note: '',
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
    mergedInto: null,
    rowVersion: 1,
    erased: null,
  };
}

export function createClient(db: Database, input: ClientCreate, now: Date): Client {
  const client = { ...blankClient(input.lang, now), ...checkedFields(db, input) };
  return db.transaction(() => insertClient(db, client)).immediate();
}

export function updateClient(db: Database, patch: ClientPatch, now: Date): Client {
  const { id, expectedVersion, ...input } = patch;
  const fields = checkedFields(db, input);
  return db
    .transaction(() => {
      const current = liveClient(db, id);
      refuseStale(current, expectedVersion);
      return writeClient(db, { ...current, ...fields, updatedAt: now.toISOString() });
    })
    .immediate();
}

/** archived: false restores (refused with 'phone-in-use' when the number is someone else's
 *  now). A merged record stays archived: its things live in the record it went into. */
export function archiveClient(db: Database, id: number, archived: boolean, now: Date): Client {
  return db
    .transaction(() => {
      const current = liveClient(db, id);
      if (!archived && current.mergedInto !== null) {
        throw new ApiFailure('conflict', { reason: 'merged', clientId: current.mergedInto });
      }
      if (archived === (current.archivedAt !== null)) return current;
      const at = now.toISOString();
      return writeClient(db, { ...current, archivedAt: archived ? at : null, updatedAt: at });
    })
    .immediate();
}
