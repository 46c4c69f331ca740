// What a desk (or a browser) keeps of a write whose answer was lost: the same key for the same
// call, for 10 minutes from its first send, and nothing once the hub has answered.
import { describe, expect, it } from 'vitest';
import { UNANSWERED_KEEP_MS, unansweredWrites } from '../../../shared/api/unanswered-writes';

describe('unanswered writes', () => {
  it('gives a new key to each call, the kept key to the exact call whose answer was lost', () => {
    const writes = unansweredWrites(() => 0);
    const key = writes.keyFor('visits.create', '{"a":1}');
    expect(writes.keyFor('visits.create', '{"a":1}')).not.toBe(key);
    writes.remember('visits.create', '{"a":1}', key, 0);
    expect(writes.keyFor('visits.create', '{"a":1}')).toBe(key);
    expect(writes.isUnknown('visits.create', '{"a":1}')).toBe(true);
    expect(writes.keyFor('visits.create', '{"a":2}')).not.toBe(key);
    expect(writes.keyFor('calls.save', '{"a":1}')).not.toBe(key);
    writes.answered('visits.create', '{"a":1}');
    expect(writes.isUnknown('visits.create', '{"a":1}')).toBe(false);
    expect(writes.keyFor('visits.create', '{"a":1}')).not.toBe(key);
  });

  it('settles the kept writes on the same record once another write on it is answered, and only those', () => {
    const writes = unansweredWrites(() => 0);
    // Archive a policy: the answer is lost (it was archived). Restore it: answered. Archive it
    // again: a new write, not the first one's key (the hub would answer it from memory).
    const archive = '{"id":3,"archived":true}';
    const first = writes.keyFor('policies.archive', archive);
    writes.remember('policies.archive', archive, first, 0);
    const other = writes.keyFor('policies.archive', '{"id":4,"archived":true}');
    writes.remember('policies.archive', '{"id":4,"archived":true}', other, 0);
    const visit = writes.keyFor('visits.create', '{"clientId":1}');
    writes.remember('visits.create', '{"clientId":1}', visit, 0);
    writes.answered('policies.archive', '{"id":3,"archived":false}'); // the restore's answer
    expect(writes.keyFor('policies.archive', archive)).not.toBe(first);
    expect(writes.keyFor('policies.archive', '{"id":4,"archived":true}')).toBe(other); // another policy
    // A visit for another client saved: the lost one for client 1 keeps its key.
    writes.answered('visits.create', '{"clientId":2}');
    expect(writes.keyFor('visits.create', '{"clientId":1}')).toBe(visit);
  });

  it('keeps a key 10 minutes from its first send, not lengthened by later losses', () => {
    let clock = 0;
    const writes = unansweredWrites(() => clock);
    const key = writes.keyFor('calls.save', '{}');
    writes.remember('calls.save', '{}', key, 0);
    clock = UNANSWERED_KEEP_MS - 1;
    writes.remember('calls.save', '{}', writes.keyFor('calls.save', '{}'), clock);
    expect(writes.keyFor('calls.save', '{}')).toBe(key);
    clock = UNANSWERED_KEEP_MS;
    expect(writes.isUnknown('calls.save', '{}')).toBe(false);
    expect(writes.keyFor('calls.save', '{}')).not.toBe(key);
  });
});
