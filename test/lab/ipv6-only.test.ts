// The lab's IPv6-only variant (issue 12, part 8): a namespace pair with IPv6 addresses only,
// as on a NAT64/DNS64 network. dnsmasq answers the profile's names with AAAA records in
// 64:ff9b::/96 (RFC 6052), each the well-known NAT64 form of the lab address the main lab
// gives that name; HTTPS and the push ports answer there. The guide's IPv4 addresses (mapped
// to the lab's, as in every lab run) have no route. The run must say "IPv6-only network",
// never that DNS is broken, and exit promptly after its result. Own namespaces, own names.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../common/results/schema';
import { CLI } from '../support/cli';
import { execIn } from '../support/netns';
import { needs } from '../support/tools';
import { makeLabCertificates } from './certificates';
import { DNS_NAMES, LAB_NAME, NETNS_ETC, OVERRIDE_FILE, REPO_ROOT } from './topology';
import { dnsmasqServer } from './servers/dnsmasq';

const CLIENT = `${LAB_NAME}-v6c`;
const SERVER = `${LAB_NAME}-v6s`;
const CLIENT_IF = `${LAB_NAME}6c`;
const SERVER_IF = `${LAB_NAME}6s`;
const CLIENT_ADDRESS = 'fd00:64::2';
const SERVER_ADDRESS = 'fd00:64::1';
const DNS_ADDRESS = 'fd00:64::53';
/** The NAT64 address (64:ff9b::/96, RFC 6052 section 2.1) that stands for an IPv4 address. */
const nat64 = (ipv4: string) => {
  const [a, b, c, d] = ipv4.split('.').map(Number) as [number, number, number, number];
  return `64:ff9b::${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
};
const EXIT_BOUND_MS = 300;

/** Ground truth, by hand: default options (TeamLink on), no IPv4 route, names through NAT64. */
const EXPECTED_ROWS: Record<string, string> = {
  '2-1.1': 'pass',
  '2-1.2': 'pass',
  '2-0.1': 'info',
  '2-2.1': 'fail',
  '2-2.2': 'fail',
  '2-2.3': 'fail',
  '2-2.4': 'fail',
  '2-2.5': 'fail',
  '2-2.6': 'fail',
  '3-1.1': 'pass',
  '3-1.2': 'info',
  '3-1.3': 'info',
  '4.1': 'pass',
  '4.2': 'pass',
  // The extra checks go to the servers the rows by IPv4 address found: none answered here.
  'X.1': 'unverified',
  'X.2': 'unverified',
  'X.3': 'unverified',
  'X.4': 'unverified',
};

const run = (...args: string[]) => execFileSync(args[0]!, args.slice(1), { stdio: 'pipe' });

describe('an IPv6-only network (NAT64/DNS64)', needs('root', 'dnsmasq', 'openssl'), () => {
  let dir: string;
  let certificateFile: string;
  const servers: ChildProcess[] = [];
  const clientEtc = join(NETNS_ETC, CLIENT);
  const etcNetnsExisted = readdirSafe(NETNS_ETC) !== null;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `${LAB_NAME}-v6-`));
    for (const ns of [CLIENT, SERVER]) {
      run('ip', 'netns', 'add', ns);
      run('ip', '-n', ns, 'link', 'set', 'lo', 'up');
    }
    run(
      'ip',
      'link',
      'add',
      CLIENT_IF,
      'netns',
      CLIENT,
      'type',
      'veth',
      'peer',
      'name',
      SERVER_IF,
      'netns',
      SERVER,
    );
    // nodad: usable at once, not after duplicate address detection.
    run('ip', '-n', CLIENT, 'addr', 'add', `${CLIENT_ADDRESS}/64`, 'dev', CLIENT_IF, 'nodad');
    run('ip', '-n', SERVER, 'addr', 'add', `${SERVER_ADDRESS}/64`, 'dev', SERVER_IF, 'nodad');
    run('ip', '-n', SERVER, 'addr', 'add', `${DNS_ADDRESS}/128`, 'dev', 'lo', 'nodad');
    for (const [, ipv4] of DNS_NAMES)
      run('ip', '-n', SERVER, 'addr', 'add', `${nat64(ipv4)}/128`, 'dev', 'lo', 'nodad');
    for (const [ns, link] of [
      [CLIENT, CLIENT_IF],
      [SERVER, SERVER_IF],
    ] as const)
      run('ip', '-n', ns, 'link', 'set', link, 'up');
    // The NAT64 prefix and the DNS server are through the server; nothing else, no IPv4 at all.
    run('ip', '-n', CLIENT, '-6', 'route', 'add', '64:ff9b::/96', 'via', SERVER_ADDRESS);
    run('ip', '-n', CLIENT, '-6', 'route', 'add', `${DNS_ADDRESS}/128`, 'via', SERVER_ADDRESS);

    const certificates = makeLabCertificates(dir);
    certificateFile = certificates.labCa.certFile;
    // DNS64 synthesises AAAA only; an A query for these names gets no address.
    const dnsmasq = dnsmasqServer(dir, { listen: DNS_ADDRESS, answer: nat64 });
    for (const [file, content] of Object.entries(dnsmasq.files)) writeFileSync(file, content);
    servers.push(
      await start(SERVER, dnsmasq.command, dnsmasq.args, 'started'),
      await start(
        SERVER,
        process.execPath,
        [
          join(REPO_ROOT, 'test/lab/ipv6-servers.mjs'),
          certificates.server.cert,
          certificates.server.key,
        ],
        'ready',
      ),
    );
    mkdirSync(clientEtc, { recursive: true });
    writeFileSync(join(clientEtc, 'resolv.conf'), `nameserver ${DNS_ADDRESS}\n`);
  }, 60_000);

  afterAll(() => {
    for (const server of servers) server.kill('SIGKILL');
    for (const ns of [CLIENT, SERVER]) {
      try {
        run('ip', 'netns', 'delete', ns);
      } catch {
        // not created
      }
    }
    rmSync(clientEtc, { recursive: true, force: true });
    if (!etcNetnsExisted && readdirSafe(NETNS_ETC)?.length === 0)
      rmSync(NETNS_ETC, { recursive: true, force: true });
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('says "IPv6-only network", not that DNS is broken, and exits promptly', async () => {
    const ran = await execIn(
      CLIENT,
      process.execPath,
      [
        CLI,
        'run',
        '--json',
        '--override',
        OVERRIDE_FILE,
        '--ca',
        certificateFile,
        '--timeout-ms',
        '2000',
        '--deadline-ms',
        '6000',
      ],
      { timeoutMs: 30_000 },
    );
    expect(ran.stderr).toBe('');
    const result = JSON.parse(ran.stdout) as ResultDocument;
    const statuses = Object.fromEntries(
      result.rows
        .filter((row) => row.enabled || row.status === 'info')
        .map((row) => [row.id, row.status]),
    );
    expect(statuses).toEqual(EXPECTED_ROWS);
    // Names resolved, to NAT64 addresses: DNS works.
    const web = result.rows.find((row) => row.id === '2-1.1')!.probes;
    for (const probe of web) expect(probe.address).toBe(nat64(DNS_NAMES[0]![1]));
    expect(result.diagnosis).toMatchObject({ verdict: 'teamlink-only', cause: 'ipv6-only' });
    expect(result.diagnosis.headline).toBe('This is an IPv6-only network');
    expect(result.diagnosis.caveats.join('\n')).toMatch(/CLAT/);
    expect(result.diagnosis.mustFix).toEqual([]);
    expect(ran.exitAfterOutputMs!).toBeLessThanOrEqual(EXIT_BOUND_MS);
  });
});

function readdirSafe(path: string): string[] | null {
  try {
    return readdirSync(path);
  } catch {
    return null;
  }
}

/** Starts a server in `ns`; resolves once it prints `readyLine` (on stdout or stderr). */
async function start(
  ns: string,
  command: string,
  args: string[],
  readyLine: string,
): Promise<ChildProcess> {
  const child = spawn('ip', ['netns', 'exec', ns, command, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`${command}: not ready: ${output}`)), 10_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(readyLine)) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${command} ended (${code}): ${output}`));
    });
  });
  return child;
}
