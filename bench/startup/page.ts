// Installed before any of the page's own scripts (an init script): resolves
// window.__startup.ready with the time, since navigation start, at which a text box first
// took the focus, and the frame after it (the box painted); and window.__startup.keyShown
// with the frame after the first key typed into a box (the bench types one at once).
// Plain JS text, like the probe.
export const STARTUP_PROBE = `(() => {
  let resolve;
  const ready = new Promise((r) => { resolve = r; });
  let keyShown;
  window.__startup = { ready, keyShown: new Promise((r) => { keyShown = r; }) };
  document.addEventListener('input', () => {
    if (window.__startup.keyTyped) return;
    window.__startup.keyTyped = true;
    requestAnimationFrame(() => keyShown(performance.now()));
  }, true);
  document.addEventListener('focusin', (event) => {
    const el = event.target;
    if (!(el instanceof HTMLInputElement) || el.disabled || window.__startup.focused) return;
    const focused = performance.now();
    window.__startup.focused = focused;
    requestAnimationFrame(() => resolve({
      focused,
      painted: performance.now(),
      role: el.getAttribute('role') || '',
      label: (el.labels && el.labels[0] ? el.labels[0].textContent : el.getAttribute('aria-label')) || '',
    }));
  }, true);
})()`;

export type Ready = { focused: number; painted: number; role: string; label: string };

export type Resource = { name: string; start: number; end: number };

/** Read after `ready`: the navigation's DOMContentLoaded and every request the page made. */
export const READ_TIMELINE = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    dcl: nav ? nav.domContentLoadedEventEnd : NaN,
    marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, at: m.startTime })),
    resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd })),
  };
})()`;
