import { describe, expect, it } from 'vitest';
import { summaryText } from '../../../common/reports/summary';
import type { ResultDocument } from '../../../common/results/schema';
import {
  REPORT_TEXT,
  ROW_STATUS_WORDS,
  SUMMARY_TEXT,
  VERDICT_HEADLINES,
} from '../../../common/i18n/en';
import { buildResult } from '../helpdesk/result-builder';

const lines = (text: string) => text.split('\n');

/** Direct SIP refused, SIP over TLS cut off: TeamLink only, with rules to open. */
const sipBlocked: ResultDocument = {
  ...buildResult({
    answers: {
      '2-2.2': { outcome: 'refused' },
      '2-2.3': { outcome: 'reset' },
    },
  }),
  helpdeskCode: 'K7Q2-9XMD-4T',
};

describe('summaryText', () => {
  it('starts with the date, the verdict headline and its reason, then the helpdesk code', () => {
    const text = summaryText(sipBlocked);
    expect(sipBlocked.verdict.status).toBe('teamlink-only');
    expect(lines(text).slice(0, 4)).toEqual([
      'Onsight Network Check, 2026-11-25 15:04 UTC',
      VERDICT_HEADLINES['teamlink-only'],
      sipBlocked.verdict.reason,
      'Helpdesk code: K7Q2-9XMD-4T',
    ]);
  });

  it('lists each problem row as "id Status: summary", and no row that passed or was skipped', () => {
    const text = summaryText(sipBlocked);
    const rows = new Map(sipBlocked.rows.map((r) => [r.id, r]));
    expect(text).toContain(`\n${SUMMARY_TEXT.problems}\n`);
    expect(lines(text)).toContain(`2-2.2 Fail: ${rows.get('2-2.2')!.summary}`);
    expect(lines(text)).toContain(`2-2.3 Fail: ${rows.get('2-2.3')!.summary}`);
    for (const row of sipBlocked.rows.filter((r) => r.status === 'pass' || !r.enabled))
      expect(text).not.toMatch(new RegExp(`^${row.id.replace('.', '\\.')} `, 'm'));
  });

  it('ends with the firewall change request, one rule per line', () => {
    const text = summaryText(sipBlocked);
    expect(sipBlocked.changeRequest.length).toBeGreaterThan(0);
    const tail = text.slice(text.indexOf(`\n\n${SUMMARY_TEXT.changeRequest}\n`) + 2);
    expect(lines(tail)).toEqual([SUMMARY_TEXT.changeRequest, ...sipBlocked.changeRequest]);
    expect(text).toContain('Allow outbound TCP 5060 (SIP) to 52.142.34.48/28');
  });

  it('names warnings and rows that could not be told apart, and the verdict caveats', () => {
    const result = buildResult({
      answers: {
        '2-2.1': (target) => ({ outcome: target.startsWith('13.') ? 'timeout' : 'reply' }),
        '2-2.4': { outcome: 'timeout' },
      },
    });
    const text = summaryText(result);
    const statuses = new Map(result.rows.map((r) => [r.id, r.status]));
    expect(statuses.get('2-2.1')).toBe('warn');
    expect(statuses.get('2-2.4')).toBe('unverified');
    expect(text).toMatch(new RegExp(`^2-2\\.1 ${ROW_STATUS_WORDS.warn}: \\S`, 'm'));
    expect(text).toMatch(new RegExp(`^2-2\\.4 ${ROW_STATUS_WORDS.unverified}: \\S`, 'm'));
    expect(result.verdict.caveats.length).toBeGreaterThan(0);
    for (const caveat of result.verdict.caveats)
      expect(lines(text)).toContain(SUMMARY_TEXT.caveat(caveat));
  });

  it('says there is nothing to fix on a clean network, with no code line when there is no code', () => {
    const clean = buildResult();
    const text = summaryText(clean);
    expect(clean.verdict.status).toBe('ready');
    expect(clean.helpdeskCode).toBeNull();
    expect(text).toBe(
      [
        'Onsight Network Check, 2026-11-25 15:04 UTC',
        VERDICT_HEADLINES.ready,
        clean.verdict.reason,
        '',
        SUMMARY_TEXT.noProblems,
      ].join('\n'),
    );
  });

  it('keeps each row on one line, whatever breaks and runs of spaces the message carries', () => {
    const result = buildResult({ answers: { '2-2.2': { outcome: 'refused' } } });
    const rows = result.rows.map((r) =>
      r.id === '2-2.2' ? { ...r, summary: 'refused by\n  the firewall\tat 10.0.0.1 ' } : r,
    );
    const text = summaryText({ ...result, rows });
    expect(lines(text)).toContain('2-2.2 Fail: refused by the firewall at 10.0.0.1');
  });

  it('says when only some rows were checked', () => {
    const result = buildResult();
    const partial = { ...result, verdict: { ...result.verdict, partial: true, caveats: [] } };
    expect(lines(summaryText(partial))).toContain(SUMMARY_TEXT.caveat(REPORT_TEXT.partial));
  });
});
