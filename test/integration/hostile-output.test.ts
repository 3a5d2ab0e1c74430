// A SIP server's reason phrase written to take over the terminal (issue 13, defect 10):
// "\x1b[2J\x1b[H" clears the screen and homes the cursor, so a server could print a
// verdict of its own. What a server writes must reach every face as plain text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { answerSipOptions } from '../support/sip-answer';

const ADDRESS = '127.13.2.1';
const HOSTILE_REASON = '\x1b[2J\x1b[HREADY';
const HOSTILE_SERVER = 'Evil\x1b]0;owned\x07 \u202eSIP';
const sockets = new Set<Socket>();
const server = createServer((socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  // A genuine answer to our transaction, hostile words only.
  answerSipOptions(socket, `SIP/2.0 200 ${HOSTILE_REASON}`, `Server: ${HOSTILE_SERVER}\r\n`);
});

/** Every range of row 2-2.2 mapped onto the hostile server: nothing else is contacted. */
let maps: string[];

beforeAll(async () => {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(5060, ADDRESS, () => resolve());
  });
  const plan = await runCli(['plan', '--only', '2-2.2', '--json']);
  const row = JSON.parse(plan.stdout).rows.find((r: { id: string }) => r.id === '2-2.2');
  const targets: string[] = row.probes.flatMap((p: { targets: Array<{ target: string }> }) =>
    p.targets.map((t) => t.target),
  );
  maps = targets.flatMap((target) => ['--map', `${target}=${ADDRESS}`]);
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('server-supplied text in the default profile', () => {
  it('contacts only the loopback server', async () => {
    expect((server.address() as AddressInfo).port).toBe(5060);
    const plan = await runCli(['plan', '--only', '2-2.2', ...maps, '--json']);
    const contacted = JSON.parse(plan.stdout)
      .rows.filter((r: { enabled: boolean }) => r.enabled)
      .flatMap((r: { probes: Array<{ targets: Array<{ target: string; hosts?: string[] }> }> }) =>
        r.probes.flatMap((p) => p.targets.flatMap((t) => [t.target, ...(t.hosts ?? [])])),
      );
    expect(new Set(contacted)).toEqual(new Set([ADDRESS]));
  });

  it('the JSON result of the default profile carries the plain text', async () => {
    const run = await runCli(['run', '--only', '2-2.2', ...maps, '--proxy', 'direct', '--json']);
    const row = JSON.parse(run.stdout).rows.find((r: { id: string }) => r.id === '2-2.2');
    expect(row.probes[0].detail.sip).toMatchObject({
      status: 200,
      reason: 'READY',
      server: 'Evil SIP',
    });
  });
});

describe('server-supplied text in the table', () => {
  it('shows the reason phrase without a single escape or control byte', async () => {
    // A one-row profile with a short title, so that the reason fits the 100-column table.
    const dir = mkdtempSync(join(tmpdir(), 'nc-hostile-text-'));
    const file = join(dir, 'profile.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'hostile-text',
        version: '1',
        revision: 1,
        title: 'A SIP row against a hostile loopback server',
        source: 'test',
        tables: [{ id: '2-2', title: 'Onsight SIP and media (Table 2-2)' }],
        rows: [
          {
            id: '2-2.2',
            table: '2-2',
            title: 'SIP',
            explanation: 'e',
            remediation: 'Allow SIP',
            level: 'required',
            probes: [
              {
                kind: 'sip-options',
                transport: 'tcp',
                ports: '5060',
                targets: [ADDRESS],
                expectsReply: true,
              },
            ],
          },
        ],
      }),
    );
    try {
      const run = await runCli(['run', '--profile', file, '--proxy', 'direct']);
      expect(run.stdout).toMatch(
        /2-2\.2 .* Pass +Calls can be set up: SIP server answered 200 READY in \d+\s+ms/,
      );
      const controls = Array.from(run.stdout).filter((char) => {
        const code = char.codePointAt(0)!;
        return (
          (code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f) || char === '\u202e'
        );
      });
      expect(controls).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
