// The prescription and the visit as the rules see them (spec "Prescription", "checkVisit").
import type { Area } from '../body/areas';

export type Diagnosis = { code?: string; text?: string };

export type Prescriber = { name: string; license?: string; clinic?: string; phone?: string };

export type Prescription = {
  issuedOn: string;
  expiresOn?: string;
  prescriber: Prescriber;
  diagnoses: Diagnosis[];
  areas: Area[];
  /** Total sessions prescribed. */
  sessions?: number;
  perWeek?: number;
  maxMinutes?: number;
};

export type VisitRequest = { date: string; minutes: number; areas: Area[] };

export type VisitFindingCode =
  | 'no-prescription'
  | 'not-yet-valid'
  | 'expired'
  | 'area-not-prescribed'
  | 'sessions-used-up'
  | 'weekly-limit'
  | 'too-long';

export type VisitFinding = { code: VisitFindingCode; areas?: Area[] };

export type VisitCheck = {
  withinPrescription: boolean;
  findings: VisitFinding[];
  /** Sessions left after this visit; null without a prescription or without `sessions`. */
  sessionsLeft: number | null;
};
