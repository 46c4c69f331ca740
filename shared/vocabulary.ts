// The business's shared words as plain types and value lists, free of zod and of the API:
// the pricing engine, the contract, the core and the renderer all import from here, so no
// module needs the contract just to name a language or a list.

export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Bilingual = { ko: string; en: string };

export const CALL_OUTCOMES = ['booked', 'thinking', 'declined', 'no-answer'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** The catalog's lists, in the order the price list shows them. */
export const CATALOG_LIST_NAMES = [
  'services',
  'addOns',
  'surcharges',
  'travelZones',
  'discounts',
  'programs',
  'fees',
  'paymentPlans',
] as const;
export type CatalogListName = (typeof CATALOG_LIST_NAMES)[number];

/** Who uses the app: the hub's own user, a paired front-desk PC, a therapist's tablet
 *  (shared/api/roles.ts says what each may do). */
export const ROLES = ['hub', 'desk', 'therapist'] as const;
export type Role = (typeof ROLES)[number];
/** Roles a device can be paired with (the hub is never paired). */
export const DEVICE_ROLES = ['desk', 'therapist'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];
/** The clinic-network listener's port until the hub's user picks another. */
export const DEFAULT_NETWORK_PORT = 47820;

