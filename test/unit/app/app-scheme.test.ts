// app://renderer serves the built renderer folder and nothing else: every way out of it
// (dot segments, percent-encoded ones, another host, a NUL byte) is refused, with no read.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_PAGE_URL,
  appSchemeHandler,
  fileForAppUrl,
  type FetchFile,
} from '../../../main/app/app-scheme';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/security';

vi.mock('electron', () => ({}));

let work: string;
let root: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'netcheck-scheme-'));
  root = join(work, 'out', 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>page</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  // Beside the renderer folder, where a traversal would land.
  writeFileSync(join(work, 'out', 'secret.txt'), 'secret');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Reads file URLs from the disk (Electron's net.fetch in the app), recording each read. */
function reader() {
  const read: string[] = [];
  const fetchFile: FetchFile = async (url) => {
    const path = fileURLToPath(url);
    read.push(path);
    return new Response(readFileSync(path));
  };
  return { fetchFile, read };
}

describe('app:// scheme', () => {
  it('serves the page and its assets with their type and the CSP header', async () => {
    const { fetchFile } = reader();
    const handle = appSchemeHandler(root, fetchFile);
    const page = await handle(new Request(APP_PAGE_URL));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>page</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const script = await handle(new Request('app://renderer/assets/index-abc.js?v=1#x'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it.each([
    'app://renderer/../secret.txt',
    'app://renderer/%2e%2e/secret.txt',
    'app://renderer/assets/..%2f..%2fsecret.txt',
    'app://renderer/%2e%2e%5csecret.txt',
    'app://renderer/index.html%00.js',
    'app://renderer/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s without reading anything outside out/renderer', async (url) => {
    const { fetchFile, read } = reader();
    const refused: string[] = [];
    const handle = appSchemeHandler(root, fetchFile, (u) => refused.push(u));
    const answer = await handle(new Request(url));
    expect(answer.status).toBe(404);
    expect(read.every((path) => path.startsWith(root))).toBe(true);
    expect(await answer.text()).not.toContain('secret');
    // (The URL parser already folds plain and %2e dot segments into the root.)
    expect(refused).toHaveLength(1);
  });

  it('never resolves a path outside the root', () => {
    // Dot segments are folded by the URL parser: they stay inside the root.
    expect(fileForAppUrl(root, 'app://renderer/../secret.txt')).toBe(join(root, 'secret.txt'));
    expect(fileForAppUrl(root, 'app://renderer/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'));
    // An encoded slash survives parsing: decoded, it would climb out, so it is refused.
    expect(fileForAppUrl(root, 'app://renderer/assets/..%2f..%2fsecret.txt')).toBeNull();
    expect(fileForAppUrl(root, 'app://renderer/..%2f..%2f..%2fetc/passwd')).toBeNull();
    expect(fileForAppUrl(root, 'app://renderer/')).toBe(join(root, 'index.html'));
  });

  it('answers 404 for a missing file and 405 for anything but GET', async () => {
    const { fetchFile } = reader();
    const handle = appSchemeHandler(root, fetchFile);
    expect((await handle(new Request('app://renderer/missing.js'))).status).toBe(404);
    const post = new Request(APP_PAGE_URL, { method: 'POST', body: 'x' });
    expect((await handle(post)).status).toBe(405);
  });
});
