// The page's own origin, app://renderer (ARCHITECTURE.md, "Security posture"). Served from
// out/renderer and nothing else: under file:// the CSP's 'self' would allow every local file,
// and Chromium gives file:// pages extra powers (the grantFileProtocolExtraPrivileges fuse
// is off in the packaged app).
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY } from './security';

export const APP_SCHEME = 'app';
const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the window loads. */
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before `ready` (Electron allows it only then): a standard scheme, so relative URLs
 * and the origin work as on the web, and a secure one, so the page is a secure context.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true },
};

/** Content types of the files the build writes; anything else is served as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * The file inside `root` that an app:// URL names, or null: another host, an undecodable
 * path, a NUL byte, or a path that leaves `root` (`..`, also percent-encoded) is refused.
 */
export function fileForAppUrl(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

/** Reads a file URL (Electron's net.fetch in the app, a plain reader in tests). */
export type FetchFile = (fileUrl: string) => Promise<Response>;

/**
 * The protocol.handle handler: GET only, files of `root` only, each answer with its content
 * type and the CSP header (the page's <meta> tag says the same).
 */
export function appSchemeHandler(
  root: string,
  fetchFile: FetchFile,
  onRefused: (url: string, reason: string) => void = () => {},
): (request: Request) => Promise<Response> {
  const refuse = (url: string, status: number, reason: string) => {
    onRefused(url, reason);
    return new Response(null, { status });
  };
  return async (request) => {
    if (request.method !== 'GET') return refuse(request.url, 405, `method ${request.method}`);
    const file = fileForAppUrl(root, request.url);
    if (file === null) return refuse(request.url, 404, 'outside the renderer folder');
    let found: Response;
    try {
      found = await fetchFile(pathToFileURL(file).href);
    } catch {
      return refuse(request.url, 404, 'no such file');
    }
    if (!found.ok) return refuse(request.url, 404, 'no such file');
    return new Response(found.body, {
      status: 200,
      headers: {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
