// The example plans' notes were seeded by 006 in English only, and a Korean receptionist saw
// that English in the plan editor. A plan's note is the clinic's own text in one language, so
// the seeded explanation moves to the locales (coverage:plans.exampleNote.<id>, shown under
// the note field of an example plan whose note is empty): here the seeded note is emptied
// where it is still exactly as seeded. A note someone wrote or changed is kept. The row
// version is bumped, as every write to a plan does (009).
import { EXAMPLE_PLANS } from './006-prescriptions';
import type { Migration } from './types';

export const migration011: Migration = {
  version: 11,
  name: '011-example-plan-notes',
  up(db) {
    const clear = db.prepare(
      `UPDATE insurance_plans SET note = '', row_version = row_version + 1 WHERE id = @id AND example = 1 AND note = @note`,
    );
    for (const plan of EXAMPLE_PLANS) clear.run({ id: plan.id, note: plan.note });
  },
};
