// clients rows <-> the API's Client.
import type { Client, ErasureCounts } from '../../../shared/api/clients';
import { shownPhone, type Country } from '../phones';
import { storedJson } from '../../db/stored-json';

export const clientColumns = `c.id, c.name, c.phone, c.email, c.birth_date, c.lang, c.address, c.emergency_name,
  c.emergency_phone, c.emergency_relationship, c.note, c.created_at, c.updated_at, c.archived_at, c.merged_into, c.row_version, c.erased_at, c.erased_counts`;

export type ClientRow = {
  id: number;
  name: string;
  phone: string | null;
  email: string;
  birth_date: string | null;
  lang: 'ko' | 'en';
  address: string;
  emergency_name: string;
  emergency_phone: string | null;
  emergency_relationship: string;
  note: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  merged_into: number | null;
  row_version: number;
  erased_at: string | null;
  erased_counts: string | null;
};

/** `country`: the business's (electron/services/phones), for the shown numbers. */
export function toClient(r: ClientRow, country: Country): Client {
  return {
    id: r.id,
    name: r.name,
    phone: r.phone,
    phoneShown: shownPhone(r.phone, country),
    email: r.email,
    birthDate: r.birth_date,
    lang: r.lang,
    address: r.address,
    emergencyName: r.emergency_name,
    emergencyPhone: r.emergency_phone,
    emergencyPhoneShown: shownPhone(r.emergency_phone, country),
    emergencyRelationship: r.emergency_relationship,
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    archivedAt: r.archived_at,
    mergedInto: r.merged_into,
    rowVersion: r.row_version,
    erased: r.erased_at === null ? null : { at: r.erased_at, counts: storedJson<ErasureCounts>(r.erased_counts ?? '{}', { table: 'client', id: r.id, column: 'erased counts' }) },
  };
}

/** The row's values for INSERT / UPDATE (named parameters), search text included. */
export function rowValues(c: Client, searchText: string) {
  return {
    id: c.id,
    name: c.name,
    phone: c.phone,
    email: c.email,
    birth_date: c.birthDate,
    lang: c.lang,
    address: c.address,
    emergency_name: c.emergencyName,
    emergency_phone: c.emergencyPhone,
    emergency_relationship: c.emergencyRelationship,
    note: c.note,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    archived_at: c.archivedAt,
    merged_into: c.mergedInto,
    search_text: searchText,
  };
}
