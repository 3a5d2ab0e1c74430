// How a row is shown on screen (issue 17, "Plain words"): an optional rule that failed reads
// "Recommended" while its status stays fail; the result cell says what happened in plain
// words, by the outcome that decided the row. Expected words written by hand.
import { describe, expect, it } from 'vitest';
import {
  isNoteRow,
  plainResult,
  presentedStatus,
  presentedStatusWord,
} from '../../../common/reports/presented-status';
import { buildResult } from '../helpdesk/result-builder';

const rowOf = (result: ReturnType<typeof buildResult>, id: string) =>
  result.rows.find((row) => row.id === id)!;

describe('presented status', () => {
  it('shows an optional failure as Recommended, a required one as Fail', () => {
    const result = buildResult({
      answers: { '4.1': { outcome: 'timeout' }, '2-2.2': { outcome: 'timeout' } },
    });
    const push = rowOf(result, '4.1');
    expect(push.status).toBe('fail');
    expect(presentedStatus(push)).toBe('recommended');
    expect(presentedStatusWord(presentedStatus(push))).toBe('Recommended');
    const sip = rowOf(result, '2-2.2');
    expect(presentedStatus(sip)).toBe('fail');
    expect(presentedStatusWord(presentedStatus(sip))).toBe('Fail');
  });

  it('sets the reminders apart as notes', () => {
    const result = buildResult();
    expect(result.rows.filter(isNoteRow).map((row) => row.id)).toEqual(['2-0.1', '3-1.2', '3-1.3']);
  });

  it('says what happened in plain words, without addresses or ports', () => {
    const result = buildResult({
      answers: {
        '2-2.2': { outcome: 'timeout' },
        '2-2.3': { outcome: 'refused' },
        '2-1.2': { outcome: 'tls-intercepted' },
        '2-1.1': { outcome: 'proxy-auth' },
      },
    });
    expect(plainResult(rowOf(result, '2-2.2'))).toBe('Blocked: no answer came');
    expect(plainResult(rowOf(result, '2-2.3'))).toBe('Blocked: the connection was refused');
    expect(plainResult(rowOf(result, '2-1.2'))).toBe(
      'Opened and re-signed on the way (SSL inspection)',
    );
    expect(rowOf(result, '2-1.1').status).toBe('unverified');
    expect(plainResult(rowOf(result, '2-1.1'))).toBe(
      'Could not tell: the web proxy asks for a password',
    );
    expect(plainResult(rowOf(result, '2-2.6'))).toBe('Works');
    for (const id of ['2-2.2', '2-2.3', '2-1.2'])
      expect(plainResult(rowOf(result, id))).not.toMatch(/\d{2,}|\(row/);
  });

  it('says what an extra check (table X) found by its kind, not by the outcome of its attempts', () => {
    // X.1 got every answer but too slowly (warn); X.3's answers allowed no conclusion; X.4's
    // large datagrams went unanswered (warn). An outcome word would read "an answer came".
    const result = buildResult({
      answers: {
        'X.1': { outcome: 'reply', status: 'warn' },
        'X.2': { outcome: 'reply', status: 'warn' },
        'X.3': { outcome: 'reply', status: 'unverified' },
        'X.4': { outcome: 'timeout', status: 'warn' },
      },
    });
    expect(plainResult(rowOf(result, 'X.1'))).toBe(
      'Calls may stutter: the round trip, jitter or loss is above what a good call needs',
    );
    expect(plainResult(rowOf(result, 'X.2'))).toBe(
      "Devices are unlikely to send media to each other directly; calls through Onsight's servers still work",
    );
    expect(plainResult(rowOf(result, 'X.3'))).toBe(
      "Could not tell whether a firewall feature rewrites Onsight's signalling",
    );
    expect(plainResult(rowOf(result, 'X.4'))).toBe(
      'Large UDP packets are dropped: video may stall',
    );
  });
});
