// Prescriptions, visits, insurance plans, policies and the coverage answer.
export { createPrescription, getPrescription, listPrescriptions, prescriptionScan } from './records';
export { checkPlannedVisit, createVisit, getVisit, listVisits } from './visits';
export { archivePlan, getPlan, listPlans, savePlan } from './plans';
export { archivePolicy, createPolicy, getPolicy, listPolicies } from './policies';
export { checkCoverageFor, coverageForClient } from './coverage';
