// When the window appears: hidden while the page loads, shown once the first screen is
// rendered and usable (the renderer says so through 'app.ready') and Chromium has painted
// ('ready-to-show'): the receptionist never sees an empty frame or a loading message. If the
// renderer never says so (it failed before rendering anything), the window is shown anyway
// `fallbackMs` after ready-to-show, so a broken start is never an invisible one.
export type ShowableWindow = {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  isDestroyed(): boolean;
};

export function showWhenUsable(
  window: ShowableWindow,
  options: { fallbackMs?: number; setTimer?: (f: () => void, ms: number) => unknown } = {},
): { firstScreenReady(): boolean } {
  const setTimer = options.setTimer ?? ((f, ms) => setTimeout(f, ms));
  let painted = false;
  let usable = false;
  let shown = false;
  const show = () => {
    if (shown || window.isDestroyed()) return;
    shown = true;
    window.show();
  };
  window.once('ready-to-show', () => {
    painted = true;
    if (usable) show();
    else setTimer(show, options.fallbackMs ?? 5000);
  });
  return {
    firstScreenReady() {
      usable = true;
      if (painted) show();
      return shown;
    },
  };
}
