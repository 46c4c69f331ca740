// Settings and the whole catalog as tables. Every list keeps `position` (0-based order as
// shown and exported). Names are bilingual columns. CHECKs repeat the catalog rules that a
// single row can express, as a second guard behind parseCatalog.
import type { Migration } from './types';

const name = `
  name_ko TEXT NOT NULL CHECK (name_ko <> ''),
  name_en TEXT NOT NULL CHECK (name_en <> '')`;
const position = `position INTEGER NOT NULL CHECK (position >= 0)`;
const money = (col: string, nullable = false) =>
  `${col} INTEGER ${nullable ? '' : 'NOT NULL'} CHECK (${col} >= 0)`;
const percent = (col: string, nullable = false) =>
  `${col} REAL ${nullable ? '' : 'NOT NULL'} CHECK (${col} BETWEEN 0 AND 100)`;
const flag = (col: string) => `${col} INTEGER NOT NULL CHECK (${col} IN (0, 1))`;
/** Exactly one of percent / amount (spec: surcharges and discounts). */
const percentXorAmount = `CHECK ((percent IS NULL) <> (amount IS NULL))`;

const sql = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- One row (id = 1) once a catalog has been stored; no row = empty database.
CREATE TABLE catalog_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  currency TEXT NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
  tax_mode TEXT NOT NULL CHECK (tax_mode IN ('inclusive', 'exclusive', 'none')),
  ${percent('tax_percent')},
  rounding_increment INTEGER NOT NULL CHECK (rounding_increment >= 1),
  -- a business without a school has no "school" at all (vs a school with empty lists)
  ${flag('has_school')}
) STRICT;

CREATE TABLE services (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  ${position} UNIQUE,
  ${name},
  category TEXT,
  ${flag('active')}
) STRICT;

CREATE TABLE service_rates (
  service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE ON UPDATE CASCADE,
  ${position},
  minutes INTEGER NOT NULL CHECK (minutes > 0),
  ${money('price')},
  PRIMARY KEY (service_id, position),
  UNIQUE (service_id, minutes)
) STRICT;

CREATE TABLE add_ons (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  ${position} UNIQUE,
  ${name},
  ${money('price')},
  -- 1 = no "services" restriction (fits every service); 0 = only the linked ones (maybe none)
  ${flag('fits_all_services')}
) STRICT;

CREATE TABLE add_on_services (
  add_on_id TEXT NOT NULL REFERENCES add_ons (id) ON DELETE CASCADE ON UPDATE CASCADE,
  ${position},
  service_id TEXT NOT NULL REFERENCES services (id) ON UPDATE CASCADE,
  PRIMARY KEY (add_on_id, position)
) STRICT;
CREATE INDEX add_on_services_by_service ON add_on_services (service_id);

CREATE TABLE surcharges (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  ${position} UNIQUE,
  ${name},
  kind TEXT NOT NULL CHECK (kind IN ('window', 'weekdays', 'dates')),
  window_from TEXT CHECK (window_from GLOB '[0-2][0-9]:[0-5][0-9]'),
  window_to TEXT CHECK (window_to GLOB '[0-2][0-9]:[0-5][0-9]'),
  ${percent('percent', true)},
  ${money('amount', true)},
  ${percentXorAmount},
  CHECK ((kind = 'window') = (window_from IS NOT NULL AND window_to IS NOT NULL)),
  CHECK (kind = 'window' OR (window_from IS NULL AND window_to IS NULL))
) STRICT;

CREATE TABLE surcharge_weekdays (
  surcharge_id TEXT NOT NULL REFERENCES surcharges (id) ON DELETE CASCADE ON UPDATE CASCADE,
  ${position},
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
  PRIMARY KEY (surcharge_id, position)
) STRICT;

CREATE TABLE surcharge_dates (
  surcharge_id TEXT NOT NULL REFERENCES surcharges (id) ON DELETE CASCADE ON UPDATE CASCADE,
  ${position},
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  PRIMARY KEY (surcharge_id, position)
) STRICT;

CREATE TABLE travel_zones (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  ${position} UNIQUE,
  ${name},
  ${money('fee')}
) STRICT;

CREATE TABLE discounts (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  ${position} UNIQUE,
  ${name},
  ${percent('percent', true)},
  ${money('amount', true)},
  code TEXT,
  min_sessions INTEGER CHECK (min_sessions >= 1),
  ${percentXorAmount}
) STRICT;

CREATE TABLE school_programs (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  ${position} UNIQUE,
  ${name},
  hours INTEGER NOT NULL CHECK (hours >= 1),
  months INTEGER NOT NULL CHECK (months >= 1),
  ${money('tuition')}
) STRICT;

CREATE TABLE school_fees (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  ${position} UNIQUE,
  ${name},
  ${money('amount')},
  per TEXT NOT NULL CHECK (per IN ('once', 'year')),
  ${flag('due_at_enrollment')},
  ${flag('optional')},
  -- 1 = no "programs" restriction (for every program); 0 = only the linked ones
  ${flag('all_programs')}
) STRICT;

CREATE TABLE fee_programs (
  fee_id TEXT NOT NULL REFERENCES school_fees (id) ON DELETE CASCADE ON UPDATE CASCADE,
  ${position},
  program_id TEXT NOT NULL REFERENCES school_programs (id) ON UPDATE CASCADE,
  PRIMARY KEY (fee_id, position)
) STRICT;
CREATE INDEX fee_programs_by_program ON fee_programs (program_id);

CREATE TABLE payment_plans (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  ${position} UNIQUE,
  ${name},
  installments INTEGER NOT NULL CHECK (installments >= 0),
  ${money('down_payment', true)},
  ${money('installment_fee', true)},
  ${percent('tuition_discount_percent', true)}
) STRICT;
`;

export const migration001: Migration = {
  version: 1,
  name: '001-initial',
  up(db) {
    db.exec(sql);
  },
};
