import { localDate } from '../../../shared/local-date';
import {
  archivePlan,
  archivePolicy,
  checkCoverageFor,
  checkPlannedVisit,
  createPolicy,
  createPrescription,
  createVisit,
  listPlans,
  listPolicies,
  listPrescriptions,
  listVisits,
  prescriptionScan,
  savePlan,
} from '../../services/prescriptions';
import type { HandlerMap } from '../types';

type PrescriptionChannel =
  | 'prescriptions.list'
  | 'prescriptions.create'
  | 'prescriptions.scan'
  | 'visits.check'
  | 'visits.create'
  | 'visits.list'
  | 'plans.list'
  | 'plans.save'
  | 'plans.archive'
  | 'policies.list'
  | 'policies.create'
  | 'policies.archive'
  | 'coverage.check';

export const prescriptionHandlers: HandlerMap<PrescriptionChannel> = {
  'prescriptions.list': ({ clientId }, { db, now }) => listPrescriptions(db, clientId, localDate(now())),
  'prescriptions.create': (input, { db, info, now }) => createPrescription(db, info.dataDir, input, now()),
  'prescriptions.scan': ({ id }, { db, info }) => prescriptionScan(db, info.dataDir, id),
  'visits.check': (input, { db }) => checkPlannedVisit(db, input),
  'visits.create': (input, { db, now }) => createVisit(db, input, now()),
  'visits.list': ({ clientId }, { db }) => listVisits(db, clientId),
  'plans.list': ({ includeArchived }, { db }) => listPlans(db, includeArchived),
  'plans.save': (input, { db, now }) => savePlan(db, input, now()),
  'plans.archive': ({ id, archived }, { db, now }) => archivePlan(db, id, archived, now()),
  'policies.list': ({ clientId }, { db }) => listPolicies(db, clientId),
  'policies.create': (input, { db, now }) => createPolicy(db, input, now()),
  'policies.archive': ({ id, archived }, { db, now }) => archivePolicy(db, id, archived, now()),
  'coverage.check': (input, { db }) => checkCoverageFor(db, input),
};
