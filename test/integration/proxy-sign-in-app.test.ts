// Issue 17, the proxy sign-in, on main's side of the window: the IPC handlers, the run session,
// the real engine and the app's proxy (the system's setting names the shared Basic-auth squid)
// against a TLS server on 127.0.0.1. Without a sign-in the check cannot tell; with the sign-in
// the window sends (a field of its own) it gets through; and the password is nowhere in what
// the window, the saved reports (HTML, JSON, text) and the log file were given.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import defaultProfileJson from '../../common/profiles/onsight-default.json';
import type { ReportFormat, StartOptions } from '../../common/ipc/contract';
import { CHANNELS } from '../../common/ipc/channels';
import { DEFAULT_OPTIONS } from '../../common/options';
import { parseProfile } from '../../common/profile/schema';
import { proxySignInRequest } from '../../common/results/proxy-sign-in';
import type { ResultDocument } from '../../common/results/schema';
import { plan } from '../../main/engine/planner';
import { runPlan } from '../../main/engine/runner';
import { registerIpcHandlers, type IpcHandlers } from '../../main/app/ipc-handlers';
import { createAppLog } from '../../main/app/log';
import { fileLogWriter, LOG_FILE_NAME } from '../../main/app/log-file';
import { appRunProxy } from '../../main/app/run-proxy';
import { trustedSenderCheck } from '../../main/app/security';
import { fakeContents, fakeIpcMain, RENDERER_URL } from '../unit/app/support';
import { testProxy } from '../support/servers-setup';
import { createTlsFixtures, TEST_HOST, type TlsFixtures } from '../support/tls-fixtures';
import { needs } from '../support/tools';

const OPTIONS = { ...DEFAULT_OPTIONS, customDomains: [] };

describe(
  'proxy sign-in in the app, against the shared Basic-auth squid',
  needs('squid', 'openssl'),
  () => {
    let dir: string;
    let fixtures: TlsFixtures;
    let origin: Server;
    let handlers: IpcHandlers;
    let saveTo = '';
    const contents = fakeContents();
    const ipc = fakeIpcMain();
    const call = (channel: keyof typeof CHANNELS, ...args: unknown[]) =>
      ipc.invoke(contents, CHANNELS[channel], args);

    /** Rows 2-1.1 (https) and 2-1.2 (tls), pointed at the local server with SNI onsight.test. */
    function webProfile(port: number) {
      const profile = structuredClone(defaultProfileJson) as typeof defaultProfileJson;
      const rows = profile.rows.filter((row) => ['2-1.1', '2-1.2'].includes(row.id));
      for (const row of rows)
        for (const probe of row.probes as Array<Record<string, unknown>>) {
          probe.targets = ['127.0.0.1'];
          probe.ports = String(port);
          probe.sni = TEST_HOST;
        }
      const parsed = parseProfile({ ...profile, id: 'sign-in-test', rows });
      if (!parsed.ok) throw new Error(parsed.message);
      return { profile: parsed.profile, hash: 'abcdef01' };
    }

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'nc-sign-in-'));
      fixtures = createTlsFixtures();
      origin = createHttpsServer({ key: fixtures.leaf.key, cert: fixtures.leaf.cert }, (_q, res) =>
        res.end('pong'),
      );
      await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
      const loaded = webProfile((origin.address() as { port: number }).port);
      const logger = electronLog.create({ logId: 'sign-in-test' });
      handlers = registerIpcHandlers(ipc, {
        engine: {
          profile: loaded,
          plan,
          runPlan,
          settings: {
            timeoutMs: 8000,
            deadlineMs: 20_000,
            concurrency: 8,
            toolVersion: 'test',
            profile: loaded.profile,
            extraCa: [fixtures.testCa.cert],
          },
          // "system": this computer's proxy setting names the squid that asks for a password.
          proxy: (choice, signIn) =>
            appRunProxy(
              choice,
              { resolveProxy: async () => `PROXY 127.0.0.1:${testProxy().auth}` },
              3000,
              signIn,
            ),
        },
        isTrustedSender: trustedSenderCheck({ pageUrl: RENDERER_URL }),
        appInfo: () => ({
          appVersion: '0.1.0',
          electronVersion: '45.5.0',
          profile: { id: 'sign-in-test', version: '1', revision: 1, hash: 'abcdef01' },
          profileDocument: loaded.profile,
          language: 'en',
        }),
        hostInfo: async () => ({
          os: 'test',
          interfaces: [],
          defaultGateway: null,
          dnsServers: [],
        }),
        clipboard: { writeText: () => undefined },
        showSaveDialog: async () => ({ canceled: false, filePath: saveTo }),
        showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
        pdf: {
          createWindow: () => {
            throw new Error('no PDF in this test');
          },
          pageSize: 'A4',
        },
        notify: () => true,
        log: createAppLog(fileLogWriter(logger, dir, false)),
      });
      // The page listens: events flow from now on.
      await call('ready');
    });

    afterAll(async () => {
      handlers?.dispose();
      origin.closeAllConnections();
      await new Promise<void>((resolve) => origin.close(() => resolve()));
      fixtures.remove();
      rmSync(dir, { recursive: true, force: true });
    });

    async function check(options: StartOptions): Promise<ResultDocument> {
      const finished = contents.next('run-finished');
      await call('start', options);
      return (await finished).result;
    }

    it('cannot tell without a sign-in, gets through with it, and writes the password nowhere', async () => {
      const { user, password, auth } = testProxy();
      const before = await check({ options: OPTIONS, proxy: 'system' });
      expect(before.verdict.status).toBe('inconclusive');
      expect(before.diagnosis.cause).toBe('proxy-sign-in');
      // What the window's dialog names: this proxy, and the one scheme squid offers.
      const asked = proxySignInRequest(before);
      expect(asked).toEqual({
        proxy: `PROXY 127.0.0.1:${auth}`,
        address: `127.0.0.1:${auth}`,
        schemes: ['Basic'],
      });

      const wrong = await check({
        options: OPTIONS,
        proxy: 'system',
        signIn: { proxy: asked!.proxy, username: user, password: `${password}-not` },
      });
      expect(wrong.verdict.status).toBe('inconclusive');
      expect(wrong.rows[0]!.probes[0]!.detail.message).toContain(
        'refused the user name and password given',
      );

      // A sign-in for another proxy is not sent to this one.
      const elsewhere = await check({
        options: OPTIONS,
        proxy: 'system',
        signIn: { proxy: 'PROXY 127.0.0.1:1', username: user, password },
      });
      expect(elsewhere.verdict.status).toBe('inconclusive');
      expect(elsewhere.rows[0]!.probes[0]!.detail.message).not.toContain('refused');

      const after = await check({
        options: OPTIONS,
        proxy: 'system',
        signIn: { proxy: asked!.proxy, username: user, password },
      });
      expect(after.verdict.status).toBe('ready');
      expect(after.rows.map((row) => [row.id, row.status])).toEqual([
        ['2-1.1', 'pass'],
        ['2-1.2', 'pass'],
      ]);
      expect(after.proxy.worked).toBe(asked!.proxy);

      // A malformed sign-in is refused and logged: the log names the problem, not the value.
      await expect(
        call('start', {
          options: OPTIONS,
          proxy: 'system',
          signIn: { proxy: asked!.proxy, username: user, password, remember: password },
        }),
      ).rejects.toThrow(/remember/);

      // Every report format but PDF (the printed HTML), with and without computer details.
      const written: string[] = [];
      for (const includeComputerDetails of [false, true])
        for (const format of ['html', 'json', 'text'] as ReportFormat[]) {
          saveTo = join(dir, `report-${includeComputerDetails}.${format}`);
          await expect(
            handlers.exportReport(contents, format, { includeComputerDetails }),
          ).resolves.toEqual({ saved: true, path: saveTo });
          written.push(saveTo);
        }
      const log = readFileSync(join(dir, LOG_FILE_NAME), 'utf8');
      // The log is there and says what happened, so its silence about the password means something.
      expect(log).toMatch(/run finished.*"verdict":"ready"/);
      expect(log).toMatch(/IPC call refused: bad arguments/);
      expect(readFileSync(written[1]!, 'utf8')).toContain('"status": "ready"');
      const outputs = {
        'events sent to the window': JSON.stringify(contents.sent),
        ...Object.fromEntries(written.map((file) => [file, readFileSync(file, 'utf8')])),
        ...Object.fromEntries(
          readdirSync(dir)
            .filter((name) => name.endsWith('.log'))
            .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
        ),
      };
      for (const [where, text] of Object.entries(outputs)) {
        expect(text, where).not.toContain(password);
        expect(text, where).not.toContain(Buffer.from(`${user}:${password}`).toString('base64'));
      }
    });
  },
);
