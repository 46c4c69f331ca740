import { NotBuiltYet } from '../NotBuiltYet';

// Intake forms (health history, body map, prescription) come in a later issue.
export default function IntakeScreen() {
  return <NotBuiltYet titleKey="nav.intake" />;
}
