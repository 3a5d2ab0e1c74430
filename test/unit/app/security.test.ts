// Session rules and page lock-down, against fakes of Electron's session and webContents.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import {
  applySessionPolicy,
  CONTENT_SECURITY_POLICY,
  isLocalRequest,
  lockDownContents,
} from '../../../main/app/security';

vi.mock('electron', () => ({}));

type Callback = (response: Record<string, unknown>) => void;
type Listener = (details: Record<string, unknown>, callback: Callback) => void;

function fakeSession() {
  const hooks: { beforeRequest?: Listener } = {};
  let requestHandler:
    ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  let checkHandler: ((...args: unknown[]) => boolean) | undefined;
  const session = {
    webRequest: {
      onBeforeRequest: (listener: Listener) => (hooks.beforeRequest = listener),
    },
    setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
    setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
  };
  const answer = (listener: Listener | undefined, details: Record<string, unknown>) => {
    let response: Record<string, unknown> | undefined;
    listener!(details, (r) => (response = r));
    return response;
  };
  return {
    session: session as unknown as Session,
    beforeRequest: (details: Record<string, unknown>) => answer(hooks.beforeRequest, details),
    requestPermission(permission: string) {
      let granted: boolean | undefined;
      requestHandler!({}, permission, (g) => (granted = g));
      return granted;
    },
    checkPermission: (permission: string) => checkHandler!({}, permission, 'file://', {}),
  };
}

describe('session policy', () => {
  it('grants no permission, asked or checked', () => {
    const fake = fakeSession();
    applySessionPolicy(fake.session);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(fake.requestPermission(permission)).toBe(false);
      expect(fake.checkPermission(permission)).toBe(false);
    }
  });

  it("cancels a page's requests for remote content, leaves main's own requests alone", () => {
    const fake = fakeSession();
    applySessionPolicy(fake.session);
    const page = { webContentsId: 1 };
    expect(fake.beforeRequest({ ...page, url: 'https://cdn.example.com/font.woff2' })).toEqual({
      cancel: true,
    });
    expect(fake.beforeRequest({ ...page, url: 'http://localhost:5173/' })).toEqual({
      cancel: true,
    });
    expect(fake.beforeRequest({ ...page, url: 'app://renderer/assets/index.js' })).toEqual({
      cancel: false,
    });
    // Not file://: the page has no business with the disk outside its own folder.
    expect(fake.beforeRequest({ ...page, url: 'file:///etc/passwd' })).toEqual({ cancel: true });
    expect(fake.beforeRequest({ url: 'https://onsight.librestream.com/' })).toEqual({
      cancel: false,
    });
  });

  it('lets the page reach the dev server when there is one', () => {
    const fake = fakeSession();
    applySessionPolicy(fake.session, 'http://localhost:5173');
    expect(
      fake.beforeRequest({ webContentsId: 1, url: 'http://localhost:5173/src/main.tsx' }),
    ).toEqual({ cancel: false });
    expect(fake.beforeRequest({ webContentsId: 1, url: 'ws://localhost:5173/' })).toEqual({
      cancel: false,
    });
    expect(fake.beforeRequest({ webContentsId: 1, url: 'http://localhost:8080/' })).toEqual({
      cancel: true,
    });
  });

  it('has a policy of nothing but the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; /);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|file:|https?:/);
  });

  it('recognises local content', () => {
    expect(isLocalRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isLocalRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isLocalRequest('https://example.com/')).toBe(false);
    expect(isLocalRequest('::garbage::')).toBe(false);
  });
});

describe('page lock-down', () => {
  it('prevents navigation and webviews and denies new windows', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
    let openHandler: (() => unknown) | undefined;
    const contents = {
      on: (name: string, listener: (event: { preventDefault(): void }) => void) =>
        listeners.set(name, listener),
      setWindowOpenHandler: (handler: () => unknown) => (openHandler = handler),
    };
    lockDownContents(contents as unknown as Parameters<typeof lockDownContents>[0]);
    for (const name of ['will-navigate', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)!(event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    expect(openHandler!()).toEqual({ action: 'deny' });
  });
});

describe("the page's own CSP", () => {
  it("is the header's policy, less what a <meta> tag cannot carry", () => {
    // The tag holds the policy even where a header is lost (a dev-server page, a saved copy).
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const directives = (policy: string) => policy.split(/;\s*/).filter(Boolean).sort();
    // CSP3 §6.4.2: frame-ancestors is ignored in a <meta> element.
    expect(directives(meta ?? '')).toEqual(
      directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors')),
    );
  });
});
