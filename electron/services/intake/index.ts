// Intake forms: a client's forms (drafts, signing, versions, erasing), renewals due, and the
// form's settings.
export { getIntakeSettings, updateIntakeSettings } from './settings';
export { clientIntake, eraseForms, getForm, saveDraft, signForm } from './forms';
export { renewalsDue } from './renewals';
