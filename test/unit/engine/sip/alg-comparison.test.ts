// The SIP ALG comparison (X.3) on recorded answers. The first three are kamailio 5.6.3's own
// answers, captured in the lab (test/lab/nat-alg.test.ts's topology): a client at 10.77.0.2
// behind an nftables masquerade to 198.18.0.2, with and without the netfilter SIP helper on
// TCP 5060, and a client at 198.18.0.2 with no NAT. The others are those answers edited by
// hand the way another middlebox (or server) would change them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAlg, type AlgLeg } from '../../../../main/engine/sip/alg-comparison';
import type { CopiedHeaders } from '../../../../main/engine/sip/message-builder';
import { parseResponse } from '../../../../main/engine/sip/response-parser';
import { damaged } from '../../../support/fuzz';

const sent = (transport: 'TCP' | 'TLS', local: string, port: number): CopiedHeaders => {
  const scheme = transport === 'TLS' ? 'sips' : 'sip';
  return {
    via: `SIP/2.0/${transport} ${local}:${port};branch=z9hG4bKabc123`,
    from: `<${scheme}:netcheck@${local}>;tag=f00d`,
    to: `<${scheme}:198.18.8.10:${transport === 'TLS' ? 5061 : 5060}>`,
    callId: `c0ffee@${local}`,
    cseq: '1 OPTIONS',
  };
};

const answer = (lines: string[]): AlgLeg['answer'] => {
  const framed = parseResponse(Buffer.from(`${lines.join('\r\n')}\r\n\r\n`));
  if (framed.kind !== 'response') throw new Error(`not a response: ${framed.kind}`);
  return { kind: 'response', response: framed.response };
};

/** kamailio's 200 to OPTIONS, as captured; `via` is the top Via's value as it came back. */
const kamailio200 = (transport: 'TCP' | 'TLS', local: string, via: string, edits = {}) => {
  const scheme = transport === 'TLS' ? 'sips' : 'sip';
  const headers = {
    Via: via,
    From: `<${scheme}:netcheck@${local}>;tag=f00d`,
    To: `<${scheme}:198.18.8.10:${transport === 'TLS' ? 5061 : 5060}>;tag=2dea77141f7f43fd989e64c0eb8c77ca.9b794abd`,
    'Call-ID': `c0ffee@${local}`,
    CSeq: '1 OPTIONS',
    Server: 'kamailio (5.6.3 (x86_64/linux))',
    'Content-Length': '0',
    ...edits,
  };
  return answer(['SIP/2.0 200 OK', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)]);
};

const PRIVATE = '10.77.0.2';
const plainSent = sent('TCP', PRIVATE, 42548);
const controlSent = sent('TLS', PRIVATE, 36186);
/** Captured: behind masquerade, the TLS control always comes back with received. */
const controlBehindNat: AlgLeg = {
  sent: controlSent,
  answer: kamailio200(
    'TLS',
    PRIVATE,
    'SIP/2.0/TLS 10.77.0.2:36186;branch=z9hG4bKabc123;received=198.18.0.2',
  ),
};

describe('compareAlg on kamailio answers captured in the lab', () => {
  it('masquerade without a SIP helper: received on both, no ALG', () => {
    const plain: AlgLeg = {
      sent: plainSent,
      answer: kamailio200(
        'TCP',
        PRIVATE,
        'SIP/2.0/TCP 10.77.0.2:42548;branch=z9hG4bKabc123;received=198.18.0.2',
      ),
    };
    const result = compareAlg(plain, controlBehindNat);
    expect(result.finding).toBe('none');
    expect(result.plain).toEqual({
      status: 200,
      received: '198.18.0.2',
      rport: null,
      headersIntact: true,
    });
    expect(result.control.received).toBe('198.18.0.2');
  });

  it("Linux's SIP helper: the Via restored on the answer, received missing on 5060 only: an ALG", () => {
    // The helper rewrote sent-by to 198.18.0.2 on the way out, so kamailio saw no difference
    // and added no received; on the way back it put 10.77.0.2 back.
    const plain: AlgLeg = {
      sent: plainSent,
      answer: kamailio200('TCP', PRIVATE, 'SIP/2.0/TCP 10.77.0.2:42548;branch=z9hG4bKabc123'),
    };
    const result = compareAlg(plain, controlBehindNat);
    expect(result.finding).toBe('alg');
    expect(result.plain.received).toBeNull();
    expect(result.plain.headersIntact).toBe(true);
    expect(result.evidence.join(' ')).toContain('received=198.18.0.2');
  });

  it('no NAT at all (the client at 198.18.0.2): no received on either, so could not tell', () => {
    const plain: AlgLeg = {
      sent: sent('TCP', '198.18.0.2', 56034),
      answer: kamailio200('TCP', '198.18.0.2', 'SIP/2.0/TCP 198.18.0.2:56034;branch=z9hG4bKabc123'),
    };
    const control: AlgLeg = {
      sent: sent('TLS', '198.18.0.2', 34754),
      answer: kamailio200('TLS', '198.18.0.2', 'SIP/2.0/TLS 198.18.0.2:34754;branch=z9hG4bKabc123'),
    };
    const result = compareAlg(plain, control);
    expect(result.finding).toBe('could-not-tell');
    expect(result.control.received).toBeNull();
  });
});

describe('compareAlg on edited answers', () => {
  const plainWith = (via: string, edits = {}): AlgLeg => ({
    sent: plainSent,
    answer: kamailio200('TCP', PRIVATE, via, edits),
  });
  const untouchedVia = 'SIP/2.0/TCP 10.77.0.2:42548;branch=z9hG4bKabc123;received=198.18.0.2';

  it('no answer on 5060 (a firewall that swallows SIP): could not tell, and says why', () => {
    const plain: AlgLeg = { sent: plainSent, answer: { kind: 'none', why: 'no answer in 2 s' } };
    const result = compareAlg(plain, controlBehindNat);
    expect(result.finding).toBe('could-not-tell');
    expect(result.plain.status).toBeNull();
    expect(result.evidence).toEqual([expect.stringContaining('no answer in 2 s')]);
  });

  it('an ALG that does not restore the Via: the public sent-by comes back', () => {
    const result = compareAlg(
      plainWith('SIP/2.0/TCP 198.18.0.2:42548;branch=z9hG4bKabc123'),
      controlBehindNat,
    );
    expect(result.finding).toBe('alg');
    expect(result.evidence.join(' ')).toContain('Via');
  });

  it('an ALG that rewrites From and leaves it rewritten: headers not intact', () => {
    const result = compareAlg(
      plainWith(untouchedVia, { From: '<sip:netcheck@198.18.0.2>;tag=f00d' }),
      controlBehindNat,
    );
    expect(result.finding).toBe('alg');
    expect(result.plain.headersIntact).toBe(false);
    expect(result.evidence.join(' ')).toContain('From');
  });

  it('a changed Call-ID or CSeq counts too, byte for byte', () => {
    for (const edits of [{ 'Call-ID': 'c0ffee@198.18.0.2' }, { CSeq: '1  OPTIONS' }]) {
      const result = compareAlg(plainWith(untouchedVia, edits), controlBehindNat);
      expect(result.finding).toBe('alg');
      expect(result.plain.headersIntact).toBe(false);
    }
  });

  it("the server's own To tag is not a change; another To is", () => {
    expect(compareAlg(plainWith(untouchedVia), controlBehindNat).plain.headersIntact).toBe(true);
    const changed = compareAlg(
      plainWith(untouchedVia, { To: '<sip:198.18.8.10:5060;transport=tcp>;tag=1' }),
      controlBehindNat,
    );
    expect(changed.plain.headersIntact).toBe(false);
  });

  it('an rport nobody asked for, on 5060 only: something in the path added it', () => {
    const result = compareAlg(
      plainWith('SIP/2.0/TCP 10.77.0.2:42548;branch=z9hG4bKabc123;received=198.18.0.2;rport=42548'),
      controlBehindNat,
    );
    expect(result.finding).toBe('alg');
    expect(result.plain.rport).toBe(42548);
  });

  it('a server that changes From even over TLS: the control allows no conclusion', () => {
    const control: AlgLeg = {
      sent: controlSent,
      answer: kamailio200(
        'TLS',
        PRIVATE,
        'SIP/2.0/TLS 10.77.0.2:36186;branch=z9hG4bKabc123;received=198.18.0.2',
        { From: '<sips:anonymous@anonymous.invalid>;tag=f00d' },
      ),
    };
    const result = compareAlg(
      plainWith('SIP/2.0/TCP 198.18.0.2:42548;branch=z9hG4bKabc123'),
      control,
    );
    expect(result.finding).toBe('could-not-tell');
    expect(result.control.headersIntact).toBe(false);
  });

  it('an answer without any Via is a change, not a crash', () => {
    const result = compareAlg(
      { sent: plainSent, answer: answer(['SIP/2.0 200 OK', 'Content-Length: 0']) },
      controlBehindNat,
    );
    expect(result.finding).toBe('alg');
    expect(result.plain.headersIntact).toBe(false);
  });
});

describe('compareAlg on damaged answers', () => {
  it('never throws and always gives one of its three findings', () => {
    const captured = [
      'SIP/2.0 200 OK',
      'Via: SIP/2.0/TCP 10.77.0.2:42548;branch=z9hG4bKabc123;received=198.18.0.2',
      'From: <sip:netcheck@10.77.0.2>;tag=f00d',
      'To: <sip:198.18.8.10:5060>;tag=2dea77141f7f43fd989e64c0eb8c77ca.9b794abd',
      'Call-ID: c0ffee@10.77.0.2',
      'CSeq: 1 OPTIONS',
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n');
    let compared = 0;
    fc.assert(
      fc.property(damaged([captured]), (bytes) => {
        const framed = parseResponse(bytes);
        if (framed.kind !== 'response') return;
        compared += 1;
        const plain: AlgLeg = {
          sent: plainSent,
          answer: { kind: 'response', response: framed.response },
        };
        for (const [a, b] of [
          [plain, controlBehindNat],
          [controlBehindNat, plain],
        ] as const)
          expect(['none', 'alg', 'could-not-tell']).toContain(compareAlg(a, b).finding);
      }),
      // Far fewer than the parsers' own FUZZ_RUNS: this reads parsed answers, not bytes.
      { numRuns: 5000 },
    );
    expect(compared).toBeGreaterThan(500);
  });
});
