import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isNavigationAllowed,
  isTrustedSender,
  permissionDecision,
  windowOpenDecision,
} from '../../../electron/main/security';
import { channelNames } from '../../../shared/api/channels';

const root = join(import.meta.dirname, '../../..');
const appUrl = 'file:///opt/front-desk/resources/app/out/renderer/index.html';

describe('window security', () => {
  it('allows only the app page itself as a navigation target', () => {
    expect(isNavigationAllowed(appUrl, appUrl)).toBe(true);
    expect(isNavigationAllowed(`${appUrl}#/calls`, appUrl)).toBe(true);
    expect(isNavigationAllowed('https://example.com/', appUrl)).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd', appUrl)).toBe(false);
    expect(isNavigationAllowed('javascript:alert(1)', appUrl)).toBe(false);
    expect(isNavigationAllowed('not a url', appUrl)).toBe(false);
    expect(isNavigationAllowed('http://localhost:5173/other', 'http://localhost:5173/')).toBe(false);
  });

  it('denies every new window and every permission', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(permissionDecision(permission)).toBe(false);
    }
  });

  it('answers IPC only from the app page, in the top frame', () => {
    expect(isTrustedSender(appUrl, true, appUrl)).toBe(true);
    expect(isTrustedSender(`${appUrl}#/calls`, true, appUrl)).toBe(true);
    expect(isTrustedSender(undefined, true, appUrl)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true, appUrl)).toBe(false);
    expect(isTrustedSender(appUrl, false, appUrl)).toBe(false); // a subframe showing the app's URL
    expect(isTrustedSender('https://evil.example/', false, appUrl)).toBe(false);
  });

  it('has a strict CSP, the same in the header and in index.html', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    const html = readFileSync(join(root, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('preload', () => {
  const source = readFileSync(join(root, 'electron/preload/index.ts'), 'utf8');

  it('exposes one named function per channel and no generic invoke', () => {
    for (const channel of channelNames) expect(source).toContain(`'${channel}': call('${channel}')`);
    expect(source).toContain('satisfies FrontDeskApi');
    expect(source).not.toMatch(/process\.env|require\(|ipcRenderer\.send\b/);
    // One event listened to, its own name only, handing on the change and not Electron's event.
    expect(source.match(/ipcRenderer\.on\b/g)).toHaveLength(1);
    expect(source).toContain('ipcRenderer.on(CHANGED_EVENT, relay)');
    expect(source).toMatch(/relay = \(_event: IpcRendererEvent, change: ChangeEvent\) => callback\(change\)/);
    expect(source.match(/exposeInMainWorld/g)).toHaveLength(1);
  });
});
