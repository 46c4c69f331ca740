// On the quote screens, when the caller's number belongs to a client: their intake form is
// due (none signed, or the latest is older than the renewal period). Says nothing otherwise.
// The notice and its words load only once a number is typed: the quote screen's start is
// not made to wait for them, and nothing flashes while they load.
import { lazy, Suspense } from 'react';

const IntakeDueNotice = lazy(() => import('./IntakeDueNotice'));
const MIN_DIGITS = 7;

export function IntakeDueForCaller(props: { phone: string }) {
  if (props.phone.replace(/\D/g, '').length < MIN_DIGITS) return null;
  return (
    <Suspense fallback={null}>
      <IntakeDueNotice phone={props.phone} />
    </Suspense>
  );
}
