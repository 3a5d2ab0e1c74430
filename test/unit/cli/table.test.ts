// The terminal table's lines (main/cli/table.ts): wrapped at word boundaries to the width,
// the cause in full, the id and status in front; the footer under the same rule. The lines a
// real terminal shows, redraws and all, are checked in the lab (test/lab/cli-terminal.test.ts).
import { describe, expect, it } from 'vitest';
import { formatRow, formatVerdict } from '../../../main/cli/table';
import { buildResult, loaded } from '../helpdesk/result-builder';

const plain = { colour: false };
/** Rows of another profile (S-1.x): the catalogue does not know them, so the profile's titles show. */
const row = {
  id: 'S-1.3',
  title: 'Secure SIP (TCP 5061, TLS 1.2 or newer) to Onsight call services',
  level: 'required' as const,
  status: 'fail' as const,
  summary:
    'no answer from 198.18.8.1 port 5061 after 2 s: likely blocked by a firewall (and 5 more alike)',
};

describe('formatRow', () => {
  it('at 80 columns: the text beside the id and status, hanging under itself', () => {
    expect(formatRow(row, { ...plain, width: 80 })).toEqual([
      'S-1.3  ✖ Fail           Secure SIP (TCP 5061, TLS 1.2 or newer) to Onsight call',
      '                        services: no answer from 198.18.8.1 port 5061 after 2 s:',
      '                        likely blocked by a firewall (and 5 more alike)',
    ]);
  });

  it('at 40 columns: the id and status on a line of their own, the text indented under them', () => {
    expect(formatRow(row, { ...plain, width: 40 })).toEqual([
      'S-1.3  ✖ Fail',
      '    Secure SIP (TCP 5061, TLS 1.2 or',
      '    newer) to Onsight call services: no',
      '    answer from 198.18.8.1 port 5061',
      '    after 2 s: likely blocked by a',
      '    firewall (and 5 more alike)',
    ]);
  });

  it('shows an optional rule that did not get through as Recommended, as the window does', () => {
    const redirects = {
      id: 'S-1.5',
      title: 'Web redirects (TCP 80) to Onsight call services',
      level: 'optional' as const,
      status: 'fail' as const,
      summary: 'no answer from 198.18.8.10 port 80 after 2 s',
    };
    expect(formatRow(redirects, { ...plain, width: 80 })[0]).toBe(
      'S-1.5  + Recommended    Web redirects (TCP 80) to Onsight call services: no',
    );
  });

  it('paints the status columns only, so colour never counts as width', () => {
    const [first] = formatRow(row, { colour: true, width: 80 });
    expect(first).toBe(
      '\x1b[31mS-1.3  ✖ Fail           \x1b[0mSecure SIP (TCP 5061, TLS 1.2 or newer) to Onsight call',
    );
  });
});

describe('formatVerdict', () => {
  /** Direct SIP refused, SIP over TLS cut off: TeamLink only, with rules to open. */
  const result = buildResult({
    answers: { '2-2.2': { outcome: 'refused' }, '2-2.3': { outcome: 'reset' } },
  });

  for (const width of [80, 40]) {
    it(`at ${width} columns: no line wider, no word cut, nothing left out`, () => {
      const lines = formatVerdict(result, loaded.profile, { ...plain, width });
      expect(lines.filter((line) => line.length > width)).toEqual([]);
      const words = new Set(lines.flatMap((line) => line.split(/\s+/)));
      const sentences = [
        result.diagnosis.headline,
        result.diagnosis.reason,
        result.diagnosis.steps.onSite,
        ...result.diagnosis.mustFix,
        ...result.changeRequest,
      ];
      const cut = sentences
        .flatMap((sentence) => sentence.split(/\s+/))
        .filter((word) => word.length <= width - 4 && !words.has(word));
      expect(cut).toEqual([]);
      expect(lines).toContain(`Helpdesk code: ${result.helpdeskCode}`);
      // The guide the rules come from, from the profile's data (issue 20).
      const rules =
        'Rules: Onsight Firewall & Proxy Configuration Guide 400295-08 Rev D, December 2022';
      expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(rules);
      // The legend of the marks the table carries: 3-1.2 and push are inferred, 2-0.1 and
      // 3-1.3 cannot be tested from a desktop. An entry a line: never run together.
      expect(lines).toContain('~ Inferred');
      expect(lines).toContain('* Cannot be tested from this computer');
    });
  }
});

describe('coverage marks', () => {
  const result = buildResult({ answers: { '2-2.4': { outcome: 'timeout' } } });
  const rowOf = (id: string) => result.rows.find((r) => r.id === id)!;

  it('sit in the id column after the id, so the text starts where it does without one', () => {
    // 2-2.4's sample got no answer (unverified) while STUN and SIP to its servers passed.
    const [media] = formatRow(rowOf('2-2.4'), { ...plain, width: 80 });
    const [sip] = formatRow(rowOf('2-2.2'), { ...plain, width: 80 });
    expect(media!.startsWith('2-2.4~ ? Could not tell ')).toBe(true);
    expect(sip!.startsWith('2-2.2  ✔ Pass ')).toBe(true);
    // Both titles start in the same column, the 25th: the id column (6) and the status column
    // (16, "? Could not tell"), a space after each.
    expect(media!.indexOf('Call sound and video get through')).toBe(24);
    expect(sip!.indexOf('Calls can be set up')).toBe(24);
    expect(formatRow(rowOf('3-1.3'), { ...plain, width: 40 })[0]).toBe('3-1.3* i Info');
    expect(formatRow(rowOf('4.1'), { ...plain, width: 40 })[0]).toBe('4.1~   ✔ Pass');
  });
});
