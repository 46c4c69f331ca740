// Prescriptions, visits, insurance plans and clients' policies
// (shared/specs/prescriptions-and-coverage.md). Lists (diagnoses, areas, codes) are JSON
// checked by the rules in shared/ before they are written; the columns that queries use
// (dates, ids, flags, amounts) are plain columns with CHECKs. Three example plans are seeded
// and marked as examples.
import type { Database } from 'better-sqlite3';
import type { Migration } from './types';

const date = (col: string, nullable = false) =>
  `${col} TEXT ${nullable ? '' : 'NOT NULL '}CHECK (${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;
const json = (col: string, nullable = false) =>
  `${col} TEXT ${nullable ? '' : 'NOT NULL '}CHECK (${col} IS NULL OR (json_valid(${col}) AND json_type(${col}) = 'array'))`;
const limit = (col: string) => `${col} INTEGER CHECK (${col} IS NULL OR ${col} >= 1)`;
const amount = (col: string) => `${col} INTEGER NOT NULL DEFAULT 0 CHECK (${col} >= 0)`;
const flag = (col: string) => `${col} INTEGER NOT NULL DEFAULT 0 CHECK (${col} IN (0, 1))`;

const sql = `
CREATE TABLE insurance_plans (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 100),
  name_ko TEXT NOT NULL CHECK (name_ko <> ''),
  name_en TEXT NOT NULL CHECK (name_en <> ''),
  currency TEXT NOT NULL CHECK (length(currency) = 3), -- the amounts' currency (minor units)
  ${flag('requires_prescription')},
  ${flag('requires_diagnosis_code')},
  ${json('covered_codes', true)},                        -- null = every diagnosis
  ${json('excluded_codes', true)},
  ${limit('prescription_valid_months')},
  ${limit('visits_per_year')},
  ${limit('annual_max')},
  ${limit('per_visit_max')},
  ${amount('deductible')},
  ${amount('copay')},
  coverage_percent REAL NOT NULL DEFAULT 100 CHECK (coverage_percent BETWEEN 0 AND 100),
  ${amount('min_client_share')},
  ${limit('max_minutes')},
  year_start TEXT NOT NULL DEFAULT '01-01' CHECK (year_start GLOB '[0-1][0-9]-[0-3][0-9]' AND year_start <> '02-29'),
  ${flag('example')},                                    -- seeded to show how plans are written
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT                                       -- null = offered
) STRICT;

CREATE TABLE policies (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  plan_id TEXT NOT NULL REFERENCES insurance_plans (id),
  member_id TEXT NOT NULL DEFAULT '',
  holder TEXT NOT NULL DEFAULT '',                       -- '' = the client
  ${date('valid_from', true)},
  ${date('valid_to', true)},
  created_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
) STRICT;
CREATE INDEX policies_by_client ON policies (client_id);

CREATE TABLE prescriptions (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  ${date('issued_on')},
  ${date('expires_on', true)},
  prescriber_name TEXT NOT NULL CHECK (prescriber_name <> ''),
  prescriber_license TEXT NOT NULL DEFAULT '',
  prescriber_clinic TEXT NOT NULL DEFAULT '',
  prescriber_phone TEXT NOT NULL DEFAULT '',
  ${json('diagnoses')},                                   -- [{ code?, text? }], codes normalized
  ${json('areas')},                                       -- [{ region, side? }]
  ${limit('sessions')},
  ${limit('per_week')},
  ${limit('max_minutes')},
  note TEXT NOT NULL DEFAULT '',
  scan_file TEXT,                                          -- file name in the data folder's scans/
  scan_type TEXT CHECK (scan_type IS NULL OR scan_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  scan_bytes INTEGER CHECK (scan_bytes IS NULL OR scan_bytes BETWEEN 1 AND 10485760),
  replaced_by INTEGER REFERENCES prescriptions (id),       -- the updated prescription; both kept
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (expires_on IS NULL OR expires_on >= issued_on),
  CHECK ((scan_file IS NULL) = (scan_type IS NULL) AND (scan_file IS NULL) = (scan_bytes IS NULL)),
  CHECK (replaced_by IS NULL OR replaced_by <> id)
) STRICT;
CREATE INDEX prescriptions_by_client ON prescriptions (client_id, issued_on);

CREATE TABLE visits (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  ${date('date')},
  service_id TEXT NOT NULL DEFAULT '',
  service_name_ko TEXT NOT NULL DEFAULT '',                -- as it was called that day
  service_name_en TEXT NOT NULL DEFAULT '',
  minutes INTEGER NOT NULL CHECK (minutes >= 1),
  ${json('areas')},
  therapist TEXT NOT NULL DEFAULT '',
  prescription_id INTEGER REFERENCES prescriptions (id) ON DELETE CASCADE,
  ${flag('outside_prescription')},                         -- recorded after the user confirmed
  ${json('findings')},                                     -- checkVisit's findings when recorded
  policy_id INTEGER REFERENCES policies (id) ON DELETE CASCADE,
  ${flag('covered')},                                      -- counted as a covered visit of the plan year
  ${amount('price')},
  ${amount('insurer_paid')},
  ${amount('deductible_applied')},
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  CHECK (covered = 0 OR policy_id IS NOT NULL),
  CHECK (insurer_paid <= price)
) STRICT;
CREATE INDEX visits_by_client ON visits (client_id, date);
CREATE INDEX visits_by_prescription ON visits (prescription_id, date) WHERE prescription_id IS NOT NULL;
CREATE INDEX visits_by_policy ON visits (policy_id, date) WHERE policy_id IS NOT NULL;
`;

type SeedPlan = Record<string, string | number | null>;

/** The three examples the issue asks for; amounts in each plan's own currency's minor units. */
export const EXAMPLE_PLANS: readonly SeedPlan[] = [
  {
    id: 'example-kr-indemnity',
    name_ko: '(예시) 실손형 도수·마사지 특약',
    name_en: '(Example) Korean indemnity-style rider',
    currency: 'KRW',
    requires_prescription: 1,
    requires_diagnosis_code: 1,
    coverage_percent: 70,
    min_client_share: 30000,
    visits_per_year: 50,
    prescription_valid_months: 3,
    note: '70 %, the client pays at least 30,000 won a visit ("30,000 won or 30 %, whichever is more").',
  },
  {
    id: 'example-us-ppo',
    name_ko: '(예시) 미국 PPO 플랜',
    name_en: '(Example) US PPO plan',
    currency: 'USD',
    requires_prescription: 1,
    requires_diagnosis_code: 1,
    covered_codes: JSON.stringify(['M54', 'M62', 'M79', 'M25.5', 'S13.4', 'S16', 'S33.5', 'S39.0']),
    deductible: 50000,
    copay: 2500,
    coverage_percent: 80,
    visits_per_year: 20,
    max_minutes: 60,
    note: '$500 deductible, then $25 copay and 80 % of the rest; 20 visits a year, up to 60 minutes.',
  },
  {
    id: 'example-extended-health',
    name_ko: '(예시) 캐나다 확장 건강보험',
    name_en: '(Example) Extended health plan',
    currency: 'CAD',
    requires_prescription: 1,
    prescription_valid_months: 12,
    per_visit_max: 10000,
    annual_max: 50000,
    coverage_percent: 80,
    note: '80 % up to $100 a visit and $500 a year; a prescription is needed, a code is not.',
  },
];

function seedExamples(db: Database, now: string): void {
  for (const plan of EXAMPLE_PLANS) {
    const row = { ...plan, example: 1, created_at: now, updated_at: now };
    const cols = Object.keys(row);
    db.prepare(`INSERT INTO insurance_plans (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
  }
}

export const migration006: Migration = {
  version: 6,
  name: '006-prescriptions',
  up(db) {
    db.exec(sql);
    seedExamples(db, new Date().toISOString());
  },
};
