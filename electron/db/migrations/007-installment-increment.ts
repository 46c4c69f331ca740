// Payment plans may round their payments (catalog spec, enrollment rule 5: the optional
// `installmentIncrement`, e.g. 10,000 won, the last payment taking the rest). Existing plans
// get NULL: no increment, their schedules stay exactly as they were.
import type { Migration } from './types';

export const migration007: Migration = {
  version: 7,
  name: '007-installment-increment',
  up(db) {
    db.exec(`ALTER TABLE payment_plans ADD COLUMN installment_increment INTEGER
      CHECK (installment_increment IS NULL OR installment_increment >= 1)`);
  },
};
