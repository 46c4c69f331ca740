// Start-up: while the first screen's data is on its way (the main thread has nothing else to
// do), pay once for what its first render would otherwise pay on the critical path: the
// runtime's ICU data (a page's first Intl object costs tens of milliseconds) and the first
// layout of a date-and-time field (the browser builds its locale's field format then).
// Nothing here changes what is shown; see docs/performance.md.
import { formatDate, formatMoney } from './format';

export function warmUpWhileWaiting(): void {
  setTimeout(() => {
    formatMoney(0, 'KRW', 'ko');
    formatDate('2000-01-01', 'ko');
    const field = document.createElement('input');
    field.type = 'datetime-local';
    field.tabIndex = -1;
    field.setAttribute('aria-hidden', 'true');
    field.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none';
    document.body.append(field);
    void field.offsetHeight; // the layout is the point
    field.remove();
  }, 0);
}
