import { describe, expect, it } from 'vitest';
import { summaryText } from '../../../common/reports/summary';
import type { ResultDocument } from '../../../common/results/schema';
import { ROW_STATUS_WORDS, SUMMARY_TEXT } from '../../../common/i18n/en';
import { buildResult } from '../helpdesk/result-builder';

const lines = (text: string) => text.split('\n');

/** Direct SIP refused, SIP over TLS cut off: TeamLink only, with rules to open. */
const sipBlocked: ResultDocument = buildResult({
  answers: {
    '2-2.2': { outcome: 'refused' },
    '2-2.3': { outcome: 'reset' },
  },
});

describe('summaryText', () => {
  it('starts with the date and the diagnosis as the screen tells it, then the helpdesk code', () => {
    const text = summaryText(sipBlocked);
    expect(sipBlocked.verdict.status).toBe('teamlink-only');
    const head = lines(text).slice(0, lines(text).indexOf(SUMMARY_TEXT.problems) - 1);
    expect(head).toEqual([
      'Onsight Network Check, November 25, 2026 at 3:04 PM UTC',
      'Onsight will work here through TeamLink only',
      'Direct calls are blocked (rows 2-2.2, 2-2.3), so Onsight will carry calls over HTTPS with TeamLink, at lower quality.',
      '',
      'What to do now: You can use Onsight now. Send the report to your IT team for better call quality.',
      'For the helpdesk: Calls will work through TeamLink, at lower quality. For direct calls, their IT team must add the rules under Must fix.',
      'For IT: Add the rules under Must fix so that calls can go direct.',
      '',
      'Must fix:',
      '  - Allow outbound TCP 5060 (SIP) to 52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28 (row 2-2.2)',
      '  - Allow outbound TCP 5061 (SIP over TLS 1.2) to 52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28, without SSL inspection (row 2-2.3)',
      '',
      `Helpdesk code: ${sipBlocked.helpdeskCode}`,
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

  it('lists an optional rule that did not get through as Recommended, as the window does', () => {
    // Row 2-2.5 (TCP 80 redirects) is optional in the guide: its failure is advice.
    const result = buildResult({ answers: { '2-2.5': { outcome: 'timeout' } } });
    const redirects = result.rows.find((r) => r.id === '2-2.5')!;
    expect(redirects.status).toBe('fail');
    expect(lines(summaryText(result))).toContain(`2-2.5 Recommended: ${redirects.summary}`);
  });

  it('ends with the firewall change request, one rule per line', () => {
    const text = summaryText(sipBlocked);
    expect(sipBlocked.changeRequest.length).toBeGreaterThan(0);
    const tail = text.slice(text.indexOf(`\n\n${SUMMARY_TEXT.changeRequest}\n`) + 2);
    expect(lines(tail)).toEqual([
      SUMMARY_TEXT.changeRequest,
      ...sipBlocked.changeRequest.map((line) => `  - ${line}`),
    ]);
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
    expect(lines(text)).toContain(
      "Note: Only partly: Calls can find a direct way through this network (row 2-2.1); some of Onsight's servers did not answer.",
    );
  });

  it('says there is nothing to fix on a clean network', () => {
    const clean = buildResult();
    const text = summaryText(clean);
    expect(clean.verdict.status).toBe('ready');
    expect(text).toBe(
      [
        'Onsight Network Check, November 25, 2026 at 3:04 PM UTC',
        'Onsight will work here',
        'Every required rule of the Onsight firewall guide is open on this network.',
        '',
        'What to do now: Nothing to do: you can use Onsight Connect on this network.',
        'For the helpdesk: The network is ready for Onsight. If calls still fail, the cause is not the firewall.',
        'For IT: No change is needed.',
        '',
        `Helpdesk code: ${clean.helpdeskCode}`,
        '',
        SUMMARY_TEXT.noProblems,
      ].join('\n'),
    );
  });

  it('has no code line when the result has no code', () => {
    const text = summaryText({ ...buildResult(), helpdeskCode: null });
    expect(text).not.toContain('Helpdesk code');
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
    const result = buildResult({ only: ['2-2.2'] });
    expect(lines(summaryText(result))).toContain(
      'Note: Only some rows were checked: this result covers those rows alone.',
    );
  });
});
