// Every security decision of the window, as pure data and functions, so they are tested
// without Electron. index.ts only wires them in.

/** The renderer's Content-Security-Policy. index.html carries the same policy in a meta tag
 *  (file:// pages get no headers); a test keeps the two equal. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The page may only ever be the app itself: same origin and path, any hash or query. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    return target.protocol === app.protocol && target.host === app.host && target.pathname === app.pathname;
  } catch {
    return false;
  }
}

/** will-navigate / will-redirect: only reloads of the app page itself. */
export function isNavigationAllowed(url: string, appUrl: string): boolean {
  return isAppUrl(url, appUrl);
}

/** window.open and target=_blank: always denied (nothing in the app opens windows). */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Camera, microphone, geolocation, notifications, clipboard-read...: all denied.
 *  (Writing to the clipboard needs no permission.) */
export function permissionDecision(_permission: string): boolean {
  return false;
}

/** IPC is answered only for the app's own top frame: the sender frame's URL is the app's
 *  and the frame has no parent (Electron: `event.senderFrame?.parent === null`), so a
 *  subframe, even one showing the app's URL, is refused. */
export function isTrustedSender(frameUrl: string | undefined, isTopFrame: boolean, appUrl: string): boolean {
  return isTopFrame && typeof frameUrl === 'string' && isAppUrl(frameUrl, appUrl);
}
