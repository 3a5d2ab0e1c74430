// Issue 4's acceptance through the built CLI: a test profile whose rows 2-1.1 (https) and
// 2-1.2 (tls) point at a TLS server on 127.0.0.1 (SNI onsight.test, so no name is ever
// looked up), reached through the run's shared squid (test/support/servers-setup.ts), with
// --proxy, --pac and the environment variables.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import defaultProfileJson from '../../common/profiles/onsight-default.json';
import type { ProbeResult, ResultDocument, RowResult } from '../../common/results/schema';
import { runCli } from '../support/cli';
import { testProxy } from '../support/servers-setup';
import { CORPORATE_CN, CORPORATE_ORG } from '../support/squid';
import { createTlsFixtures, TEST_HOST, type TlsFixtures } from '../support/tls-fixtures';
import { needs } from '../support/tools';

/** No proxy variables from the machine running the tests. */
const CLEAN_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(https?|no|all)_proxy$/i.test(name)),
);

let dir: string;
let fixtures: TlsFixtures;
let origin: Server;
let originPort: number;
let profileFile: string;
let caFile: string;

/** Rows 2-1.1 and 2-1.2 of the default profile, pointed at the local server; 2-1.3 without SNI. */
function writeTestProfile(): string {
  const profile = structuredClone(defaultProfileJson) as typeof defaultProfileJson;
  const rows = profile.rows.filter((row) => ['2-1.1', '2-1.2', '2-1.3'].includes(row.id));
  for (const row of rows) {
    for (const probe of row.probes as Array<Record<string, unknown>>) {
      probe.targets = ['127.0.0.1'];
      probe.ports = String(originPort);
      if (row.id === '2-1.3') delete probe.sni;
      else probe.sni = TEST_HOST;
      if (probe.kind === 'https') probe.path = '/oamrestapi/api/ping';
    }
  }
  const file = join(dir, 'profile.json');
  writeFileSync(
    file,
    JSON.stringify({ ...profile, id: 'proxy-test', tables: profile.tables, rows }, null, 2),
  );
  return file;
}

describe('the CLI through the shared squid', needs('squid', 'openssl'), () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nc-proxy-cli-'));
    fixtures = createTlsFixtures();
    origin = createHttpsServer({ key: fixtures.leaf.key, cert: fixtures.leaf.cert }, (_q, res) =>
      res.end('pong'),
    );
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    originPort = (origin.address() as { port: number }).port;
    profileFile = writeTestProfile();
    caFile = join(dir, 'test-ca.pem');
    writeFileSync(caFile, fixtures.testCa.cert);
  });

  afterAll(async () => {
    origin.closeAllConnections();
    await new Promise<void>((resolve) => origin.close(() => resolve()));
    fixtures.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  async function check(
    extra: readonly string[],
    env: NodeJS.ProcessEnv = CLEAN_ENV,
  ): Promise<{ doc: ResultDocument; code: number | null; row: (id: string) => RowResult }> {
    const result = await runCli(
      [
        'run',
        '--json',
        '--profile',
        profileFile,
        '--ca',
        caFile,
        '--timeout-ms',
        '8000',
        '--deadline-ms',
        '20000',
        ...extra,
      ],
      { env },
    );
    expect(result.stderr).toBe('');
    const doc = JSON.parse(result.stdout) as ResultDocument;
    return { doc, code: result.code, row: (id) => doc.rows.find((r) => r.id === id)! };
  }

  const probeOf = (row: RowResult): ProbeResult => row.probes[0]!;

  describe('--proxy with a plain CONNECT squid', () => {
    const port = () => testProxy().plain;

    it('passes 2-1.1 and 2-1.2 through the proxy, names it as the one that worked, and shows the direct path', async () => {
      const via = `PROXY 127.0.0.1:${port()}`;
      const { doc, code, row } = await check(['--proxy', `http://127.0.0.1:${port()}`]);
      expect(code).toBe(0);
      expect(doc.verdict.status).toBe('ready');
      expect(doc.proxy).toEqual({
        source: 'flag',
        sourceDetail: `${via}, given by hand`,
        tried: [via],
        worked: via,
      });
      for (const id of ['2-1.1', '2-1.2']) {
        expect(row(id).status, id).toBe('pass');
        const probe = probeOf(row(id));
        expect(probe.detail.proxy).toMatchObject({
          via,
          path: 'proxy',
          status: 'HTTP/1.1 200 Connection established',
          tried: [via],
          directOutcome: 'reply',
        });
        expect(probe.detail.message).toContain(`through ${via}`);
        expect(probe.detail.message).toContain('via the proxy: pass; direct: pass');
      }
      expect(probeOf(row('2-1.1')).detail.http?.status).toBe(200);
    });

    it('reads HTTPS_PROXY when no flag is given (NO_PROXY bypasses it)', async () => {
      const via = `PROXY 127.0.0.1:${port()}`;
      const viaEnv = await check([], { ...CLEAN_ENV, HTTPS_PROXY: `http://127.0.0.1:${port()}` });
      expect(viaEnv.doc.proxy).toMatchObject({
        source: 'environment',
        sourceDetail: 'HTTPS_PROXY',
        worked: via,
      });
      const bypassed = await check([], {
        ...CLEAN_ENV,
        https_proxy: `http://127.0.0.1:${port()}`,
        no_proxy: TEST_HOST,
      });
      expect(bypassed.doc.proxy.source).toBe('environment');
      expect(probeOf(bypassed.row('2-1.1')).detail.proxy).toMatchObject({
        via: 'DIRECT',
        path: 'direct',
      });
    });
  });

  describe('--proxy with a squid that asks for a password (Basic)', () => {
    const port = () => testProxy().auth;

    it('is proxy-auth naming Basic: the rows are unverified and the verdict inconclusive', async () => {
      const { doc, code, row } = await check(['--proxy', `http://127.0.0.1:${port()}`]);
      expect(code).toBe(5);
      expect(doc.verdict.status).toBe('inconclusive');
      expect(doc.verdict.rows).toEqual(expect.arrayContaining(['2-1.1', '2-1.2']));
      expect(doc.diagnosis.cause).toBe('proxy-sign-in');
      expect(doc.diagnosis.headline).toBe('We could not tell: the web proxy asks for a password');
      // The scheme is a detail a helpdesk code cannot carry: the detailed change request has it.
      expect(doc.changeRequest.join('\n')).toMatch(/it asked for Basic/);
      for (const id of ['2-1.1', '2-1.2']) {
        expect(row(id).status, id).toBe('unverified');
        const probe = probeOf(row(id));
        expect(probe.outcome).toBe('proxy-auth');
        expect(probe.detail.proxy?.authSchemes).toEqual(['Basic']);
        expect(probe.detail.message).toContain('it offers Basic');
      }
      expect(probeOf(row('2-1.2')).detail.message).toMatch(/^could not check for SSL inspection: /);
      expect(doc.proxy.worked).toBeNull();
    });

    it('gets through with the user name and password in the proxy URL, and writes the password nowhere', async () => {
      const report = join(dir, 'signed-in-report.html');
      const { doc } = await check([
        '--proxy',
        `http://${testProxy().user}:${testProxy().password}@127.0.0.1:${port()}`,
        '--report',
        report,
      ]);
      expect(doc.verdict.status).toBe('ready');
      expect(JSON.stringify(doc)).not.toContain(testProxy().password);
      const written = readFileSync(report, 'utf8');
      expect(written).toContain(doc.diagnosis.headline);
      expect(written).not.toContain(testProxy().password);
    });
  });

  describe('--proxy with a squid whose policy refuses the destination', () => {
    const port = () => testProxy().denyLocal;

    it("is proxy-denied with squid's status line: 2-1.1 fails, not-ready", async () => {
      const { doc, row } = await check(['--proxy', `http://127.0.0.1:${port()}`]);
      const probe = probeOf(row('2-1.1'));
      expect(probe.outcome).toBe('proxy-denied');
      expect(row('2-1.1').status).toBe('fail');
      expect(probe.detail.proxy?.status).toBe('HTTP/1.1 403 Forbidden');
      expect(probe.detail.proxy?.server).toMatch(/^squid\/\d/);
      expect(probe.detail.message).toContain('"HTTP/1.1 403 Forbidden"');
      // The direct path works here, but Onsight would use the proxy.
      expect(probe.detail.message).toContain('direct: pass, but Onsight follows the proxy setting');
      expect(row('2-1.2').status).toBe('unverified');
      expect(doc.verdict.status).toBe('not-ready');
    });
  });

  describe('--proxy with an inspecting squid (ssl-bump)', () => {
    const port = () => testProxy().bump;

    it('is tls-intercepted naming the corporate CA, its fingerprint and product: not-ready', async () => {
      const { doc, row } = await check(['--proxy', `http://127.0.0.1:${port()}`]);
      expect(row('2-1.2').status).toBe('fail');
      const tls = probeOf(row('2-1.2')).detail.tls!;
      expect(probeOf(row('2-1.2')).outcome).toBe('tls-intercepted');
      expect(tls.issuerOrganization).toBe(CORPORATE_ORG);
      expect(tls.issuer).toContain(CORPORATE_CN);
      expect(tls.inspectionProduct).toBe('Zscaler');
      expect(tls.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      expect(tls.fingerprint256).not.toBe(new X509Certificate(fixtures.leaf.cert).fingerprint256);
      expect(doc.verdict.status).toBe('not-ready');
      expect(doc.verdict.reason).toContain('Zscaler');
      // The tunnel itself worked: the proxy carried the connection and opened it.
      expect(doc.proxy.worked).toBe(`PROXY 127.0.0.1:${port()}`);
    });
  });

  describe('--pac FILE', () => {
    const port = () => testProxy().plain;

    const pacFile = (name: string, body: string) => {
      const file = join(dir, name);
      writeFileSync(file, `function FindProxyForURL(url, host) {\n${body}\n}\n`);
      return file;
    };

    it('sends the Librestream (test) host through the proxy the PAC file names, and others direct', async () => {
      const file = pacFile(
        'proxy.pac',
        `if (host == "${TEST_HOST}") return "PROXY 127.0.0.1:${port()}; DIRECT";\nreturn "DIRECT";`,
      );
      const via = `PROXY 127.0.0.1:${port()}`;
      const { doc, row } = await check(['--pac', file, '--option', 'china']);
      expect(doc.proxy).toMatchObject({
        source: 'pac',
        sourceDetail: `PAC at file://${file}`,
        worked: via,
      });
      expect(doc.proxy.tried).toEqual([via, 'DIRECT']);
      expect(doc.proxy.problems).toBeUndefined();
      expect(probeOf(row('2-1.1')).detail.proxy).toMatchObject({ via, path: 'proxy' });
      // 2-1.3 has no SNI: its URL is https://127.0.0.1:port/, which the PAC file sends direct.
      expect(probeOf(row('2-1.3')).detail.proxy).toMatchObject({ via: 'DIRECT', path: 'direct' });
      expect(doc.verdict.status).toBe('ready');
    });

    it.each([
      ['throws', 'throw new Error("no proxy for you");', /no proxy for you/],
      ['returns garbage', 'return "BANANA 42";', /BANANA/],
    ])('a PAC file that %s: a clear message, and direct instead', async (_what, body, words) => {
      const file = pacFile('broken.pac', body);
      const { doc, row } = await check(['--pac', file]);
      expect(doc.proxy.source).toBe('pac');
      expect(doc.proxy.problems).toHaveLength(1);
      expect(doc.proxy.problems![0]).toMatch(words);
      expect(doc.proxy.problems![0]).toContain('connecting directly instead');
      expect(doc.proxy.tried).toEqual(['DIRECT']);
      expect(doc.proxy.worked).toBe('DIRECT');
      expect(row('2-1.1').status).toBe('pass');
    });

    it('refuses --pac together with a fixed --proxy', async () => {
      const result = await runCli(['run', '--pac', 'x.pac', '--proxy', 'http://127.0.0.1:1'], {
        env: CLEAN_ENV,
      });
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(
        'onsight-netcheck: --pac and --proxy http://127.0.0.1:1 cannot be used together: give one proxy setting',
      );
    });
  });
});
