import { describe, it, expect } from 'vitest';
import type { CallSaveInput } from '../../../shared/api/calls';
import { readCatalog } from '../../../electron/services/catalog';
import { getCall, saveCall, searchCalls } from '../../../electron/services/calls';
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
} from '../../../electron/services/clients';
import { dbWith, refusal, usdJson } from './fixtures';

const at = (day: number, hour = 10) => new Date(2026, 2, day, hour, 0);

function call(over: Partial<Extract<CallSaveInput, { kind: 'session' }>> = {}): CallSaveInput {
  return {
    kind: 'session',
    caller: { name: '김민지', phone: '010-1234-5678' },
    quoteLang: 'ko',
    request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
    outcome: 'thinking',
    ...over,
  };
}

const names = (r: { rows: { name: string }[] }) => r.rows.map((c) => c.name);

describe('clients: records', () => {
  it('adds a client with every field, the phone kept as E.164', () => {
    const db = dbWith();
    const c = createClient(
      db,
      {
        name: ' 김민지 ',
        phone: '010 1234 5678',
        email: 'mj@example.com',
        birthDate: '1990-05-17',
        lang: 'ko',
        address: '서울시 마포구',
        emergencyName: '김철수',
        emergencyPhone: '+1 415 555 0100',
        emergencyRelationship: '아버지',
        note: '허리 통증',
      },
      at(1),
    );
    expect(c).toMatchObject({
      name: '김민지',
      phone: '+821012345678',
      emergencyPhone: '+14155550100',
      birthDate: '1990-05-17',
      createdAt: at(1).toISOString(),
      updatedAt: at(1).toISOString(),
      archivedAt: null,
      mergedInto: null,
    });
    expect(getClient(db, c.id)).toEqual(c);
    expect(refusal(() => getClient(db, 999)).code).toBe('not-found');
  });

  it('refuses numbers that are not phone numbers, naming the field, and writes nothing', () => {
    const db = dbWith();
    for (const phone of ['abcd', '12', '010-1234-567890123']) {
      const f = refusal(() => createClient(db, { name: 'A', phone, lang: 'ko' }, at(1)));
      expect([f.code, f.details], phone).toEqual(['invalid-phone', { field: 'phone' }]);
    }
    expect(refusal(() => createClient(db, { name: 'A', emergencyPhone: '12', lang: 'ko' }, at(1))).details).toEqual({ field: 'emergencyPhone' });
    const c = createClient(db, { name: 'A', phone: '010-1234-5678', lang: 'ko' }, at(1));
    expect(refusal(() => updateClient(db, { id: c.id, expectedVersion: getClient(db, c.id).rowVersion, phone: 'abcd', name: 'B' }, at(2))).code).toBe('invalid-phone');
    expect(getClient(db, c.id)).toEqual(c);
    expect(searchClients(db).total).toBe(1);
  });

  it('uses the business country: a US clinic needs +82 for a Korean mobile', () => {
    const db = dbWith(usdJson());
    expect(refusal(() => createClient(db, { name: 'A', phone: '010-1234-5678', lang: 'en' }, at(1))).code).toBe('invalid-phone');
    expect(createClient(db, { name: 'A', phone: '(212) 555-0123', lang: 'en' }, at(1)).phone).toBe('+12125550123');
  });

  it('keeps one active client per number; an archived record frees it and cannot come back while taken', () => {
    const db = dbWith();
    const a = createClient(db, { name: '김민지', phone: '010-1234-5678', lang: 'ko' }, at(1));
    const taken = refusal(() => createClient(db, { name: 'Other', phone: '+82 10 1234 5678', lang: 'en' }, at(2)));
    expect([taken.code, taken.details]).toEqual(['phone-in-use', { field: 'phone', clientId: a.id, name: '김민지' }]);
    const b = createClient(db, { name: 'Other', lang: 'en' }, at(2));
    expect(refusal(() => updateClient(db, { id: b.id, expectedVersion: getClient(db, b.id).rowVersion, phone: '01012345678' }, at(3))).code).toBe('phone-in-use');

    const archived = archiveClient(db, a.id, true, at(4));
    expect(archived.archivedAt).toBe(at(4).toISOString());
    expect(updateClient(db, { id: b.id, expectedVersion: getClient(db, b.id).rowVersion, phone: '01012345678' }, at(5)).phone).toBe('+821012345678');
    expect(refusal(() => archiveClient(db, a.id, false, at(6))).code).toBe('phone-in-use');
    updateClient(db, { id: b.id, expectedVersion: getClient(db, b.id).rowVersion, phone: '' }, at(7));
    expect(archiveClient(db, a.id, false, at(8)).archivedAt).toBeNull();
  });

  it('needs a name or a number; edits change only what is given', () => {
    const db = dbWith();
    expect(refusal(() => createClient(db, { name: '  ', lang: 'ko' }, at(1))).code).toBe('invalid-input');
    const c = createClient(db, { name: 'Jane Doe', email: 'jane@example.com', lang: 'en' }, at(1));
    const edited = updateClient(db, { id: c.id, expectedVersion: getClient(db, c.id).rowVersion, birthDate: '1985-01-31', note: 'prefers mornings' }, at(2));
    expect(edited).toEqual({ ...c, rowVersion: 2, birthDate: '1985-01-31', note: 'prefers mornings', updatedAt: at(2).toISOString() });
    expect(refusal(() => updateClient(db, { id: c.id, expectedVersion: getClient(db, c.id).rowVersion, name: '' }, at(3))).code).toBe('invalid-input');
    expect(updateClient(db, { id: c.id, expectedVersion: getClient(db, c.id).rowVersion, birthDate: null }, at(3)).birthDate).toBeNull();
  });
});

describe('clients: search', () => {
  function sample() {
    const db = dbWith();
    const kim = createClient(db, { name: '김민지', phone: '010-1234-5678', email: 'minji@example.com', lang: 'ko' }, at(1));
    const jane = createClient(db, { name: 'Jane Doe', phone: '02-555-0199', email: 'jane@example.org', lang: 'en' }, at(2));
    const lee = createClient(db, { name: '이민호', phone: '010-9876-5678', lang: 'ko' }, at(3));
    const john = createClient(db, { name: 'John Müller', lang: 'en' }, at(4));
    return { db, kim, jane, lee, john };
  }

  it('finds by name, initials, phone digits, the last 4 and email, newest first', () => {
    const { db } = sample();
    expect(names(searchClients(db))).toEqual(['John Müller', '이민호', 'Jane Doe', '김민지']);
    expect(names(searchClients(db, { text: '김민지' }))).toEqual(['김민지']);
    expect(names(searchClients(db, { text: 'ㄱㅁㅈ' }))).toEqual(['김민지']);
    expect(names(searchClients(db, { text: 'ㅁㅈ' }))).toEqual([]); // initials match from the start of the name
    expect(names(searchClients(db, { text: 'ㄱㅁ' }))).toEqual(['김민지']);
    expect(names(searchClients(db, { text: '김' }))).toEqual(['김민지']);
    expect(names(searchClients(db, { text: '민' }))).toEqual(['이민호', '김민지']); // given names
    expect(names(searchClients(db, { text: '5678' }))).toEqual(['이민호', '김민지']);
    expect(names(searchClients(db, { text: '010-1234' }))).toEqual(['김민지']);
    expect(names(searchClients(db, { text: '+82 10 1234 5678' }))).toEqual(['김민지']);
    expect(names(searchClients(db, { text: '0199' }))).toEqual(['Jane Doe']);
    expect(names(searchClients(db, { text: 'jane@example.org' }))).toEqual(['Jane Doe']);
    expect(names(searchClients(db, { text: 'jane@exa' }))).toEqual(['Jane Doe']); // typed from the start
    expect(names(searchClients(db, { text: 'minji@example.com 5678' }))).toEqual(['김민지']);
    expect(names(searchClients(db, { text: '@' }))).toEqual(names(searchClients(db)));
    expect(names(searchClients(db, { text: 'example' }))).toEqual(['Jane Doe', '김민지']);
    expect(names(searchClients(db, { text: 'jo' }))).toEqual(['John Müller']);
    expect(names(searchClients(db, { text: 'muller' }))).toEqual([]); // trigram keeps accents
    expect(names(searchClients(db, { text: 'mu' }))).toEqual(['John Müller']);
    expect(names(searchClients(db, { text: '민 5678' }))).toEqual(['이민호', '김민지']);
    expect(names(searchClients(db, { text: '"%_\\' }))).toEqual([]);
  });

  it('leaves archived records out unless asked, and counts with a cap', () => {
    const { db, kim } = sample();
    archiveClient(db, kim.id, true, at(5));
    expect(names(searchClients(db, { text: '김' }))).toEqual([]);
    expect(names(searchClients(db, { text: '김', includeArchived: true }))).toEqual(['김민지']);
    const page = searchClients(db, { limit: 2 });
    expect([names(page), page.total, page.totalCapped]).toEqual([['John Müller', '이민호'], 3, false]);
  });
});

describe('clients: calls', () => {
  it('a saved call joins the client of its number, or creates one (unless told not to)', () => {
    const db = dbWith();
    const catalog = readCatalog(db);
    const first = saveCall(db, catalog, call({ caller: { name: '김민지', phone: '010-1234-5678' } }), at(1));
    expect(first.clientId).not.toBeNull();
    const client = getClient(db, first.clientId!);
    expect(client).toMatchObject({ name: '김민지', phone: '+821012345678', lang: 'ko', createdAt: at(1).toISOString() });
    const again = saveCall(db, catalog, call({ caller: { name: 'Minji', phone: '+82 10 1234 5678' }, quoteLang: 'en' }), at(2));
    expect(again.clientId).toBe(client.id);
    expect(getClient(db, client.id).name).toBe('김민지'); // the record's name stays

    const noPhone = saveCall(db, catalog, call({ caller: { name: 'Walk-in' } }), at(3));
    expect(noPhone.clientId).toBeNull();
    const notAdded = saveCall(db, catalog, call({ caller: { name: 'Wrong number', phone: '010-5555-0000' }, addClient: false }), at(4));
    expect(notAdded.clientId).toBeNull();
    expect(searchClients(db).total).toBe(1);
    // a known number is attached even when "add as a new client" was unticked
    expect(saveCall(db, catalog, call({ addClient: false }), at(5)).clientId).toBe(client.id);

    expect(clientCalls(db, client.id).rows.map((c) => c.id)).toEqual([5, again.id, first.id]);
    expect(clientCalls(db, client.id, 2)).toMatchObject({ total: 3 });
    expect(clientByPhone(db, '01012345678')?.id).toBe(client.id);
    expect(clientByPhone(db, '010-5555-0000')).toBeNull();
    expect(clientByPhone(db, 'abcd')).toBeNull();
  });

  it('a known client without a name or email takes the call\'s', () => {
    const db = dbWith();
    const c = createClient(db, { phone: '010-1234-5678', lang: 'ko' }, at(1));
    saveCall(db, readCatalog(db), call({ caller: { name: '김민지', phone: '01012345678', email: 'mj@example.com' } }), at(2));
    expect(getClient(db, c.id)).toMatchObject({ name: '김민지', email: 'mj@example.com' });
    expect(names(searchClients(db, { text: 'ㄱㅁㅈ' }))).toEqual(['김민지']);
  });
});

describe('clients: merge', () => {
  function duplicates() {
    const db = dbWith();
    const catalog = readCatalog(db);
    const keep = createClient(db, { name: '김민지', phone: '010-1234-5678', note: '허리', lang: 'ko' }, at(1));
    const other = createClient(db, { name: 'Minji Kim', phone: '010-2222-3333', email: 'mj@example.com', birthDate: '1990-05-17', note: '어깨', lang: 'en' }, at(2));
    const c1 = saveCall(db, catalog, call(), at(3));
    const c2 = saveCall(db, catalog, call({ caller: { name: 'Minji', phone: '010-2222-3333' } }), at(4));
    const c3 = saveCall(db, catalog, call({ caller: { name: 'Minji', phone: '010-2222-3333' } }), at(5));
    return { db, keep, other, c1, c2, c3 };
  }

  it('shows what will happen before it happens, changing nothing', () => {
    const { db, keep, other } = duplicates();
    const preview = mergePreview(db, keep.id, other.id);
    expect(preview.keep).toEqual(keep);
    expect(preview.merge).toEqual(other);
    expect(preview.result).toEqual({ ...keep, email: 'mj@example.com', birthDate: '1990-05-17', note: '허리\n어깨' });
    expect(preview.moves).toEqual([{ table: 'calls', count: 2 }]);
    expect(getClient(db, other.id)).toEqual(other);
    expect(clientCalls(db, other.id).total).toBe(2);
  });

  it('moves every call to the kept record and archives the other, in one transaction', () => {
    const { db, keep, other, c1, c2, c3 } = duplicates();
    const kept = mergeClients(db, keep.id, other.id, at(6));
    expect(kept).toEqual({ ...mergePreviewResult(keep), rowVersion: keep.rowVersion + 1, updatedAt: at(6).toISOString() });
    expect(clientCalls(db, keep.id).rows.map((c) => c.id)).toEqual([c3.id, c2.id, c1.id]);
    expect(getClient(db, other.id)).toMatchObject({ archivedAt: at(6).toISOString(), mergedInto: keep.id });
    expect(names(searchClients(db))).toEqual(['김민지']);
    // the merged record's number now finds nobody active; a new call with it makes a new client
    expect(clientByPhone(db, '010-2222-3333')).toBeNull();
    expect(getCall(db, c2.id).clientId).toBe(keep.id);
    // refused: twice, into itself, back out of a merge
    expect(refusal(() => mergeClients(db, keep.id, other.id, at(7))).details).toMatchObject({ reason: 'merged' });
    expect(refusal(() => mergeClients(db, keep.id, keep.id, at(7))).details).toMatchObject({ reason: 'same-client' });
    expect(refusal(() => archiveClient(db, other.id, false, at(7))).details).toMatchObject({ reason: 'merged' });
    expect(refusal(() => mergePreview(db, other.id, keep.id)).details).toMatchObject({ reason: 'archived' });

    function mergePreviewResult(k: typeof keep) {
      return { ...k, email: 'mj@example.com', birthDate: '1990-05-17', note: '허리\n어깨' };
    }
  });

  it('the kept record takes over the number when it had none', () => {
    const db = dbWith();
    const keep = createClient(db, { name: '김민지', lang: 'ko' }, at(1));
    const other = createClient(db, { name: '김민지', phone: '010-1234-5678', lang: 'ko' }, at(2));
    expect(mergeClients(db, keep.id, other.id, at(3)).phone).toBe('+821012345678');
    expect(clientByPhone(db, '01012345678')?.id).toBe(keep.id);
  });

  it('a failure half-way leaves both records and every call as they were', () => {
    const { db, keep, other, c2 } = duplicates();
    // the last step (archiving the merged record) fails: everything before it must roll back
    db.exec(`CREATE TEMP TRIGGER fail_merge BEFORE UPDATE OF merged_into ON clients BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    expect(() => mergeClients(db, keep.id, other.id, at(6))).toThrow(/disk full/);
    expect(getClient(db, other.id)).toEqual(other);
    expect(getClient(db, keep.id)).toEqual(keep);
    expect(getCall(db, c2.id).clientId).toBe(other.id);
    expect(searchCalls(db, {}).total).toBe(3);
  });
});
