// Shared form pieces (price list, school, settings): labelled fields that keep the typed
// text and are read on submit, inline errors, and modal dialogs.
export { BilingualNameFields } from './BilingualNameFields';
export { ConfirmDialog } from './ConfirmDialog';
export { ConflictNotice, staleSaveOf, type Difference } from './ConflictNotice';
export { Dialog } from './Dialog';
export { FieldError, errorIdOf, focusFirstInvalid, invalidProps } from './FieldError';
export { MoneyField, moneyExample, moneyText, readMoney, type MoneyProblem } from './MoneyField';
export { NumberField, readNumber, type NumberProblem } from './NumberField';
export { TextField } from './TextField';
export { useFormText } from './messages';
