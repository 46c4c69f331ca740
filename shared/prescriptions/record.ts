// A stored prescription (nulls and blank text for "not given", as the records and the API
// keep it) as the rules take it: absent fields left out. One function for the main process
// and the renderer.
import type { Diagnosis, Prescriber, Prescription } from './types';
import type { Area } from '../body/areas';

export type StoredPrescriptionRules = {
  issuedOn: string;
  expiresOn: string | null;
  prescriber: { name: string; license?: string; clinic?: string; phone?: string };
  diagnoses: Diagnosis[];
  areas: Area[];
  sessions: number | null;
  perWeek: number | null;
  maxMinutes: number | null;
};

export function prescriptionFromRecord(p: StoredPrescriptionRules): Prescription {
  const prescriber = Object.fromEntries(Object.entries(p.prescriber).filter(([, v]) => v !== '' && v !== undefined)) as Prescriber;
  return {
    issuedOn: p.issuedOn,
    ...(p.expiresOn !== null ? { expiresOn: p.expiresOn } : {}),
    prescriber,
    diagnoses: p.diagnoses,
    areas: p.areas,
    ...(p.sessions !== null ? { sessions: p.sessions } : {}),
    ...(p.perWeek !== null ? { perWeek: p.perWeek } : {}),
    ...(p.maxMinutes !== null ? { maxMinutes: p.maxMinutes } : {}),
  };
}
