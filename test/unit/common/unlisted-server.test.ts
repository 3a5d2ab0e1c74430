// Issue 20, "Rules freshness": a STUN server that reports its own address (RFC 5780) outside
// every range the profile lists. The addresses below are chosen by hand against the default
// profile's Table 2-2 /28s (52.142.34.48/28 …) and the legacy server 54.213.166.17.
import { afterEach, describe, expect, it } from 'vitest';
import { parseCidr } from '../../../common/net/ipv4';
import { isUnlisted, listedRanges } from '../../../common/net/listed-ranges';
import { decodeHelpdeskCode } from '../../../common/helpdesk/code';
import { decodeForDisplay } from '../../../common/helpdesk/decoded-table';
import { plainResult } from '../../../common/reports/presented-status';
import { localised } from '../../../common/results/assemble';
import { CATALOGUES, setLanguage } from '../../../common/i18n';
import { ORIGIN_TEXT, RESULT_WORDS } from '../../../common/i18n/en';
import { plan } from '../../../main/engine/planner';
import { DEFAULT_OPTIONS } from '../../../common/options';
import { buildResult, loaded } from '../helpdesk/result-builder';

const { profile, hash } = loaded;
const ranges = (...texts: string[]) => texts.map((t) => parseCidr(t)!);

describe('listedRanges and isUnlisted', () => {
  it('lists every row’s addresses and blocks, as written and as mapped, and no host name', () => {
    const planned = plan({
      profile,
      profileHash: hash,
      options: DEFAULT_OPTIONS,
      mappings: [{ from: '52.142.34.48/28', to: '198.18.9.0/28' }],
    });
    const listed = listedRanges(planned.rows);
    const inside = (address: string) => !isUnlisted(address, '52.142.34.49', listed);
    // The profile's own block, its mapped block, another table's host (the legacy server,
    // whose row is off), Apple's 17.0.0.0/8.
    expect(inside('52.142.34.58')).toBe(true);
    expect(inside('198.18.9.14')).toBe(true);
    expect(inside('54.213.166.17')).toBe(true);
    expect(inside('17.57.146.1')).toBe(true);
    // Just past the /28, and just past the mapped one.
    expect(inside('52.142.34.64')).toBe(false);
    expect(inside('198.18.9.16')).toBe(false);
  });

  it('judges a private address only where the address dialled is private too (a NAT hides behind one)', () => {
    const listed = ranges('52.142.34.48/28');
    // A cloud server behind a NAT reports its inside address: no sign of an old guide.
    expect(isUnlisted('172.31.5.9', '52.142.34.58', listed)).toBe(false);
    expect(isUnlisted('100.64.0.9', '52.142.34.58', listed)).toBe(false);
    // A public address outside the ranges is.
    expect(isUnlisted('203.0.113.9', '52.142.34.58', listed)).toBe(true);
    // A private deployment (mapped into 10.1.0.0/28): private addresses compare as any other.
    const lab = ranges('10.1.0.0/28');
    expect(isUnlisted('10.1.0.5', '10.1.0.1', lab)).toBe(false);
    expect(isUnlisted('10.2.0.5', '10.1.0.1', lab)).toBe(true);
    // The guide lists IPv4 only; nothing else is judged.
    expect(isUnlisted('2001:db8::8', '52.142.34.58', listed)).toBe(false);
  });
});

describe('a result whose STUN server reports an unlisted address', () => {
  afterEach(() => setLanguage('en'));

  const flagged = () =>
    buildResult({
      answers: {
        '2-2.1': {
          outcome: 'reply',
          detail: {
            stun: {
              transmissions: 1,
              responseOrigin: { address: '203.0.113.9', port: 3478 },
              otherAddress: { address: '203.0.113.10', port: 3479 },
              unlisted: ['203.0.113.9', '203.0.113.10'],
            },
          },
        },
      },
    });

  it('keeps the row passing and says so in its summary and its plain result', () => {
    const result = flagged();
    const row = result.rows.find((r) => r.id === '2-2.1')!;
    expect(row.status).toBe('pass');
    expect(row.summary).toMatch(
      /^All 6 .*, but the server reports its own address as 203\.0\.113\.9 and 203\.0\.113\.10, outside the ranges the guide lists$/,
    );
    expect(plainResult(row)).toBe(ORIGIN_TEXT.plain);
    setLanguage('ja');
    expect(plainResult(row)).toBe(CATALOGUES.ja.ORIGIN_TEXT.plain);
    // Another row that passes says only that it works.
    expect(plainResult(result.rows.find((r) => r.id === '2-2.2')!)).toBe(
      CATALOGUES.ja.RESULT_WORDS.pass,
    );
  });

  it('keeps the verdict and recommends a newer guide, in every language, and so does its code', () => {
    const result = flagged();
    expect(result.diagnosis.verdict).toBe(buildResult().diagnosis.verdict);
    expect(result.diagnosis.recommended).toEqual([ORIGIN_TEXT.recommended]);
    expect(buildResult().diagnosis.recommended).toEqual([]);
    setLanguage('fr');
    expect(localised(result, profile).diagnosis.recommended).toEqual([
      CATALOGUES.fr.ORIGIN_TEXT.recommended,
    ]);
    setLanguage('en');
    const code = result.helpdeskCode!;
    expect(code).not.toBe(buildResult().helpdeskCode);
    expect(decodeHelpdeskCode(code, profile, hash)).toMatchObject({
      ok: true,
      facts: { unlistedServer: true },
    });
    const shown = decodeForDisplay(code, profile, hash);
    expect(shown.ok && shown.decoded.diagnosis).toEqual(result.diagnosis);
  });

  it('a server reporting a listed address changes nothing: summary, words and code', () => {
    const listed = buildResult({
      answers: {
        '2-2.1': {
          outcome: 'reply',
          detail: {
            stun: { transmissions: 1, responseOrigin: { address: '52.142.34.49', port: 3478 } },
          },
        },
      },
    });
    const clean = buildResult();
    expect(listed.rows.find((r) => r.id === '2-2.1')!.summary).toBe(
      clean.rows.find((r) => r.id === '2-2.1')!.summary,
    );
    expect(plainResult(listed.rows.find((r) => r.id === '2-2.1')!)).toBe(RESULT_WORDS.pass);
    expect(listed.helpdeskCode).toBe(clean.helpdeskCode);
    expect(listed.diagnosis).toEqual(clean.diagnosis);
  });
});
