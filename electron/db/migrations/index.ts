// Explicit, ordered list (no fs scanning: the main process is bundled).
import type { Migration } from './types';
import { migration001 } from './001-initial';
import { migration002 } from './002-calls';
import { migration003 } from './003-call-words';
import { migration004 } from './004-clients';
import { migration005 } from './005-intake-forms';
import { migration006 } from './006-prescriptions';
import { migration007 } from './007-installment-increment';
import { migration008 } from './008-devices';
import { migration009 } from './009-row-versions';
import { migration010 } from './010-client-erasure';
import { migration011 } from './011-example-plan-notes';
import { migration012 } from './012-prescriptions-as-written';

export type { Migration } from './types';

export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
];

/** The schema version this build writes. */
export const latestVersion = migrations[migrations.length - 1]?.version ?? 0;
