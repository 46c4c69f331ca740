// Intake forms: the form's settings (and, with the clients' table, the forms themselves).
export { getIntakeSettings, updateIntakeSettings } from './settings';
