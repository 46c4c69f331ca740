// The example plans' notes were seeded by 006 in English only, and a Korean receptionist saw
// that English in the plan editor. A plan's note is the clinic's own text in one language, so
// the seeded explanation moves to the locales (coverage:plans.exampleNote.<id>, shown under
// the note field of an example plan whose note is empty): here the seeded note is emptied
// where it is still exactly as seeded. A note someone wrote or changed is kept. The row
// version stays: no desk can hold a plan loaded across a migration (it runs at opening), and
// a new database's examples start at version 1 like every record.
import { EXAMPLE_PLANS } from './006-prescriptions';
import type { Migration } from './types';

export const migration011: Migration = {
  version: 11,
  name: '011-example-plan-notes',
  up(db) {
    const clear = db.prepare(
      `UPDATE insurance_plans SET note = '' WHERE id = @id AND example = 1 AND note = @note`,
    );
    for (const plan of EXAMPLE_PLANS) clear.run({ id: plan.id, note: plan.note });
  },
};
