// The main-process log: the computer's details are replaced unless the user chose to include
// them, errors keep their stack, and the file rotates at a fixed size (real electron-log).
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { computerDetails, createAppLog, redact, type ComputerDetails } from '../../../main/app/log';
import { fileLogWriter, LOG_FILE_NAME, LOG_MAX_BYTES } from '../../../main/app/log-file';

vi.mock('electron', () => ({}));

const JANE: ComputerDetails = {
  userNames: ['jane.doe'],
  hostNames: ['JANE-LAPTOP.corp.example', 'JANE-LAPTOP'],
  homeFolders: ['C:\\Users\\jane.doe', '/home/jane.doe'],
  addresses: ['192.168.1.23', '2001:db8::23', 'fe80::1c2b:3dff:fe4e:5f60'],
};

describe('log redaction', () => {
  it('replaces user, host, home folder and local addresses', () => {
    const line =
      'run failed {"error":"Error: EACCES at /home/jane.doe/app/out/main.cjs:1","host":"JANE-LAPTOP",' +
      '"fqdn":"jane-laptop.corp.example","from":"192.168.1.23","v6":"2001:db8::23","user":"jane.doe",' +
      '"gateway":"10.0.0.1","ll":"fe80::1c2b:3dff:fe4e:5f60%en0","cgnat":"100.64.1.2"}';
    const out = redact(line, JANE);
    for (const secret of [
      'jane',
      'JANE',
      '192.168.1.23',
      '2001:db8::23',
      '10.0.0.1',
      'fe80',
      '100.64',
    ])
      expect(out.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(out).toContain('<home>/app/out/main.cjs');
    expect(out).toContain('"host":"<host>"');
    expect(out).toContain('"user":"<user>"');
    expect(out).toContain('"gateway":"<local address>"');
  });

  it('keeps what a helpdesk needs: public probe targets, ports, outcomes', () => {
    const line = 'probe 52.142.34.49:5061 timeout, 17.57.146.20 reply, 127.0.0.1 refused';
    expect(redact(line, JANE)).toBe(line);
  });

  it('does not eat a longer word that contains the user name', () => {
    expect(redact('janedoe mary-jane jane', { ...JANE, userNames: ['jane'] })).toBe(
      'janedoe mary-jane <user>',
    );
  });

  it('redacts until the user chooses to include computer details, then writes them', () => {
    const lines: string[] = [];
    const log = createAppLog(
      (level, line) => lines.push(`${level} ${line}`),
      () => JANE,
    );
    log.warn('IPC call refused', { frameUrl: 'file:///home/jane.doe/evil.html' });
    log.setIncludeComputerDetails(true);
    log.info('run started', { host: 'JANE-LAPTOP' });
    log.setIncludeComputerDetails(false);
    log.error('run failed', { error: new Error('boom at 192.168.1.23') });
    expect(lines[0]).toBe('warn IPC call refused {"frameUrl":"file://<home>/evil.html"}');
    expect(lines[1]).toBe('info run started {"host":"JANE-LAPTOP"}');
    expect(lines[2]).toMatch(
      /^error run failed \{"error":"Error: boom at <local address>\\n {4}at /,
    );
  });

  it("reads this computer's own details", () => {
    const details = computerDetails();
    expect(details.hostNames[0]!.length).toBeGreaterThan(0);
    expect(details.homeFolders[0]!.length).toBeGreaterThan(0);
    expect(details.addresses).not.toContain('127.0.0.1');
  });
});

describe('log file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'netcheck-log-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes to main.log in the folder and rotates to main.old.log past the fixed size', () => {
    const logger = electronLog.create({ logId: 'rotation-test' });
    const write = fileLogWriter(logger, folder, false);
    const file = join(folder, LOG_FILE_NAME);
    write('info', 'first line');
    expect(readFileSync(file, 'utf8')).toMatch(/\[info\]\s+first line\n$/);
    const line = 'x'.repeat(1000);
    for (let i = 0; i < Math.ceil(LOG_MAX_BYTES / 1000) + 10; i++) write('warn', line);
    const old = join(folder, 'main.old.log');
    expect(existsSync(old)).toBe(true);
    expect(statSync(old).size).toBeGreaterThanOrEqual(LOG_MAX_BYTES);
    expect(statSync(old).size).toBeLessThan(LOG_MAX_BYTES + 2 * 1100);
    expect(statSync(file).size).toBeLessThan(LOG_MAX_BYTES);
    expect(readFileSync(old, 'utf8')).toContain('first line');
  });
});
