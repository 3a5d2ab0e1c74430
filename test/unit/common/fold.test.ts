import { describe, expect, it } from 'vitest';
import { rowStatusOf, foldRow } from '../../../common/results/fold';
import { classifyOutcome, OUTCOMES } from '../../../common/outcomes';
import { probeResult } from '../../support/results';
import type { PlannedRow } from '../../../common/plan';

const RANGES = ['52.142.34.48/28', '51.105.215.0/28', '52.253.84.80/28'];

describe('classifyOutcome', () => {
  it('never reads anything but a reply as a pass', () => {
    for (const outcome of OUTCOMES) {
      for (const expectsReply of [true, false]) {
        const status = classifyOutcome(outcome, expectsReply);
        if (outcome !== 'reply') expect(status, outcome).not.toBe('pass');
      }
    }
  });

  it('holds silence against a row only when the far end is known to answer', () => {
    expect(classifyOutcome('timeout', true)).toBe('fail');
    expect(classifyOutcome('timeout', false)).toBe('unverified');
    expect(classifyOutcome('refused', false)).toBe('unverified');
    expect(classifyOutcome('proxy-auth', true)).toBe('unverified');
    expect(classifyOutcome('not-implemented', true)).toBe('unverified');
    expect(classifyOutcome('error', true)).toBe('unverified');
    expect(classifyOutcome('not-sent', true)).toBe('unverified');
    expect(classifyOutcome('tls-intercepted', true)).toBe('fail');
  });
});

describe('row status over several ranges', () => {
  const results = (statuses: Array<'pass' | 'fail' | 'unverified'>) =>
    statuses.map((status, i) =>
      probeResult({
        target: RANGES[i]!,
        outcome: status === 'pass' ? 'reply' : 'timeout',
        status,
        detail: { message: `m${i}` },
      }),
    );

  it('passes when every range answers', () => {
    expect(rowStatusOf(results(['pass', 'pass', 'pass'])).status).toBe('pass');
  });

  it('warns when some answer, naming the silent ones', () => {
    const row = rowStatusOf(results(['pass', 'fail', 'pass']));
    expect(row.status).toBe('warn');
    expect(row.summary).toContain('2 of 3 answered');
    expect(row.summary).toContain('51.105.215.0/28 port 5060');
  });

  it('says what an answered probe judged bad measured, not "no answer" (X.1 with two bursts)', () => {
    const burst = (status: 'pass' | 'fail', message: string) =>
      probeResult({ target: '198.18.1.10', outcome: 'reply', status, detail: { message } });
    const row = rowStatusOf([
      burst('pass', 'round trip 12 ms: fine for calls'),
      burst('fail', 'round trip 420 ms: calls will lag'),
    ]);
    expect(row).toEqual({
      status: 'warn',
      summary: 'round trip 420 ms: calls will lag',
    });
    // A silent one beside it is still named.
    const silent = probeResult({
      target: '198.18.2.1',
      port: 3478,
      outcome: 'timeout',
      status: 'fail',
    });
    expect(
      rowStatusOf([
        burst('pass', 'fine'),
        burst('fail', 'round trip 420 ms: calls will lag'),
        silent,
      ]).summary,
    ).toBe('round trip 420 ms: calls will lag; no answer from 198.18.2.1 port 3478');
  });

  it('names the address of a block that answered, by the profile name of the block', () => {
    const answered = (status: 'pass' | 'warn') =>
      probeResult({
        target: '198.18.1.0/28',
        mappedFrom: RANGES[0]!,
        address: '198.18.1.10',
        outcome: 'reply',
        status,
        detail: {
          message: 'answered in 1 ms, but not as it should',
          addresses: [
            { address: '198.18.1.1', state: 'not-needed' },
            { address: '198.18.1.10', state: 'answered', outcome: 'reply' },
          ],
        },
      });
    expect(rowStatusOf([answered('pass')]).summary).toBe(
      '52.142.34.48/28 port 5060 answered by 198.18.1.10',
    );
    // A caveat outweighs the name of the address.
    expect(rowStatusOf([answered('warn')]).summary).toBe('answered in 1 ms, but not as it should');
  });

  it('fails when none answers', () => {
    expect(rowStatusOf(results(['fail', 'fail', 'unverified'])).status).toBe('fail');
  });

  it('is unverified when nothing could confirm or refute it', () => {
    expect(rowStatusOf(results(['unverified', 'unverified', 'unverified'])).status).toBe(
      'unverified',
    );
    expect(rowStatusOf([]).status).toBe('unverified');
  });
});

describe('foldRow', () => {
  const row: PlannedRow = {
    id: '2-2.2',
    table: '2-2',
    title: 'SIP',
    explanation: 'e',
    remediation: 'Allow TCP 5060',
    level: 'required',
    effectiveLevel: 'required',
    enabled: true,
    probes: [],
  };
  it('shows skipped and info rows for what they are', () => {
    expect(
      foldRow({ ...row, enabled: false, skip: { why: 'option', option: 'legacy' } }, [], true),
    ).toMatchObject({
      status: 'skipped',
      skip: { why: 'option', option: 'legacy' },
      summary: 'Not checked: "Check the legacy servers (Tables 2-3 and 2-4)" is off in Options.',
    });
    expect(foldRow(row, [], true).status).toBe('info');
  });
  it('is running until its last probe finished', () => {
    const probing = {
      ...row,
      probes: [
        {
          id: '2-2.2#1',
          rowId: '2-2.2',
          kind: 'tcp' as const,
          transport: 'tcp' as const,
          targets: [],
          ports: '5060',
          expectsReply: true,
        },
      ],
    };
    expect(foldRow(probing, [], false).status).toBe('running');
    expect(foldRow(probing, [probeResult({ outcome: 'reply', status: 'pass' })], true).status).toBe(
      'pass',
    );
  });
  it('lists its results in the plan’s order (probe, target, port), not as they finished', () => {
    const planned = (id: string, targets: string[], ports: string) => ({
      id,
      rowId: '2-2.2',
      kind: 'tcp' as const,
      transport: 'tcp' as const,
      targets: targets.map((target) => ({ target })),
      ports,
      expectsReply: true,
    });
    const probing = {
      ...row,
      probes: [
        planned('2-2.2#1', ['52.142.34.48/28', '51.105.215.0/28'], '5060,5061'),
        planned('2-2.2#2', ['13.70.46.96/28'], '5060'),
      ],
    };
    const finished = (probeId: string, target: string, port: number) =>
      probeResult({ probeId, target, port, outcome: 'timeout', status: 'fail' });
    const arrived = [
      finished('2-2.2#2', '13.70.46.96/28', 5060),
      finished('2-2.2#1', '51.105.215.0/28', 5060),
      finished('2-2.2#1', '52.142.34.48/28', 5061),
      finished('2-2.2#1', '52.142.34.48/28', 5060),
    ];
    expect(
      foldRow(probing, arrived, true).probes.map((p) => `${p.probeId} ${p.target} ${p.port}`),
    ).toEqual([
      '2-2.2#1 52.142.34.48/28 5060',
      '2-2.2#1 52.142.34.48/28 5061',
      '2-2.2#1 51.105.215.0/28 5060',
      '2-2.2#2 13.70.46.96/28 5060',
    ]);
  });
});
