// The hostile suite's cases (issue 13): what each misbehaving server does (servers.mjs), which
// rows the CLI runs against it, and the ground truth written by hand from the protocols and
// ARCHITECTURE.md's semantics, never from the tool's output. A case holds when the process
// finishes by the deadline + 2 s with a result (no crash), no row that may not pass passes,
// and each row's outcome is one the server's behaviour can honestly give.
import type { Outcome, RowStatus } from '../../common/outcomes';
import { defaultProfile } from '../../main/engine/profile-loader';

export type CertName = 'trusted' | 'self-signed' | 'zscaler' | 'wrong-name' | 'gateway';

export interface HostileServer {
  port: number;
  behaviour: string;
  cert?: CertName;
}

export interface RowTruth {
  /** The statuses the row may end with. */
  status: readonly RowStatus[];
  /** The outcomes every probe of the row may have; absent: any. */
  outcomes?: readonly Outcome[];
  /** A sentence the row's probes must say (the cause named). */
  message?: RegExp;
}

/** test/support/dns-test-server.mjs's behaviours: the DNS server the case's namespace asks. */
export type DnsBehaviour = 'silent' | 'truncated' | 'servfail' | 'refused' | 'nxdomain';

export interface HostileCase {
  id: string;
  /** What the server does, in a few words. */
  title: string;
  /** Rows the CLI runs (`--only`); their targets are mapped to the case's own address. */
  only: readonly string[];
  servers: readonly HostileServer[];
  /** The run's limits, where the case is about them (default: 2 s per attempt, 4 s in all). */
  limits?: { timeoutMs: number; deadlineMs: number };
  /** Extra CLI arguments; `@ADDRESS@` becomes the case's address. */
  args?: readonly string[];
  expect: Readonly<Record<string, RowTruth>>;
  /**
   * Run again without --json and with a text report: neither may carry the server's control
   * bytes (the report has every probe's sentence in full, where the table cuts lines).
   */
  cleanText?: boolean;
  /** A sentence the result's proxy section must say (PAC and proxy cases). */
  proxyProblem?: RegExp;
  /**
   * The case runs in a namespace of its own whose only DNS server misbehaves so; its rows'
   * names are not mapped, so the system resolver asks that server.
   */
  dns?: DnsBehaviour;
}

const NOT_PASS: readonly RowStatus[] = ['fail', 'warn', 'unverified'];
const FAIL: readonly RowStatus[] = ['fail'];
/** 2-1.2 judges a handshake: with none, nothing can be said about inspection. */
const NO_HANDSHAKE: RowTruth = { status: ['unverified', 'fail'] };

/** Each row's targets in the default profile: the suite maps them onto the case's server. */
export function rowTargets(rowId: string): readonly string[] {
  const row = defaultProfile().profile.rows.find((r) => r.id === rowId);
  if (!row) throw new Error(`hostile cases: no row ${rowId} in the default profile`);
  return row.probes.flatMap((probe) => probe.targets);
}

const web = ['2-1.1', '2-1.2'];

export const HOSTILE_CASES: readonly HostileCase[] = [
  // Controls: a well-behaved server passes, so a failing case is the server's doing.
  {
    id: 'control-https',
    title: 'HTTPS with a trusted certificate answers the ping',
    only: web,
    servers: [{ port: 443, behaviour: 'tls-http-ok', cert: 'trusted' }],
    expect: { '2-1.1': { status: ['pass'] }, '2-1.2': { status: ['pass'] } },
  },
  {
    id: 'control-sip-tls',
    title: 'SIP over TLS with a trusted certificate answers OPTIONS',
    only: ['2-3.5'],
    servers: [{ port: 5061, behaviour: 'tls-sip-ok', cert: 'trusted' }],
    expect: { '2-3.5': { status: ['pass'], outcomes: ['reply'] } },
  },

  // TLS on 443 (Table 2-1).
  {
    id: 'tls-stall',
    title: 'accepts TCP 443, then never answers the ClientHello',
    only: web,
    servers: [{ port: 443, behaviour: 'stall' }],
    expect: { '2-1.1': { status: FAIL, outcomes: ['timeout'] }, '2-1.2': NO_HANDSHAKE },
  },
  {
    id: 'deadline-cuts-tls',
    title: 'stalls the ClientHello past the run deadline, which comes before the attempt timeout',
    only: web,
    servers: [{ port: 443, behaviour: 'stall' }],
    limits: { timeoutMs: 8000, deadlineMs: 1500 },
    // Issue 13, defect 6: the deadline is not silence; neither row had its own time.
    expect: {
      '2-1.1': { status: ['unverified'], message: /not finished before the run's deadline/ },
      '2-1.2': { status: ['unverified'] },
    },
  },
  {
    id: 'tls-reset',
    title: 'reads the ClientHello, then resets the connection',
    only: web,
    servers: [{ port: 443, behaviour: 'reset-after-first-bytes' }],
    expect: {
      '2-1.1': { status: FAIL, outcomes: ['reset', 'tls-error'] },
      '2-1.2': NO_HANDSHAKE,
    },
  },
  {
    id: 'tls-close',
    title: 'reads the ClientHello, then closes the connection',
    only: web,
    servers: [{ port: 443, behaviour: 'close-after-first-bytes' }],
    expect: {
      '2-1.1': { status: FAIL, outcomes: ['reset', 'tls-error'] },
      '2-1.2': NO_HANDSHAKE,
    },
  },
  {
    id: 'tls-plain-http',
    title: 'answers the ClientHello with plain HTTP',
    only: web,
    servers: [{ port: 443, behaviour: 'http-instead-of-tls' }],
    expect: {
      '2-1.1': { status: FAIL, outcomes: ['tls-error', 'malformed', 'reset'] },
      '2-1.2': NO_HANDSHAKE,
    },
  },
  {
    id: 'tls-corrupt-record',
    title: 'a genuine handshake, then a record with a bad MAC',
    only: web,
    servers: [{ port: 443, behaviour: 'tls-then-corrupt-record', cert: 'trusted' }],
    expect: {
      '2-1.1': { status: FAIL, outcomes: ['tls-error'] },
      // The handshake itself was genuine: no inspection, unless the record came first.
      '2-1.2': { status: ['pass', 'fail'], outcomes: ['reply', 'tls-error'] },
    },
  },
  {
    id: 'tls-self-signed',
    title: 'a self-signed certificate for onsight.librestream.com',
    only: web,
    servers: [{ port: 443, behaviour: 'tls-http-ok', cert: 'self-signed' }],
    expect: {
      '2-1.1': { status: FAIL, outcomes: ['tls-error', 'tls-intercepted'] },
      '2-1.2': { status: FAIL, outcomes: ['tls-error', 'tls-intercepted'] },
    },
  },
  {
    id: 'tls-zscaler',
    title: "a chain re-signed by Zscaler's inspection CA",
    only: web,
    servers: [{ port: 443, behaviour: 'tls-http-ok', cert: 'zscaler' }],
    expect: {
      '2-1.1': { status: FAIL },
      '2-1.2': { status: FAIL, outcomes: ['tls-intercepted'], message: /Zscaler/ },
    },
  },
  {
    id: 'tls-wrong-name',
    title: 'a trusted certificate for another name',
    only: web,
    servers: [{ port: 443, behaviour: 'tls-http-ok', cert: 'wrong-name' }],
    expect: {
      '2-1.1': { status: FAIL, outcomes: ['tls-error', 'tls-intercepted'] },
      '2-1.2': { status: FAIL, outcomes: ['tls-error', 'tls-intercepted'] },
    },
  },
  {
    id: 'https-stall-after-handshake',
    title: 'a genuine handshake, then no answer to the GET',
    only: web,
    servers: [{ port: 443, behaviour: 'tls-stall-after-handshake', cert: 'trusted' }],
    expect: { '2-1.1': { status: FAIL, outcomes: ['timeout'] }, '2-1.2': { status: ['pass'] } },
  },
  {
    id: 'https-endless-head',
    title: 'a genuine handshake, then 50 MB of response headers',
    only: web,
    servers: [{ port: 443, behaviour: 'tls-endless-head', cert: 'trusted' }],
    expect: {
      '2-1.1': { status: FAIL, outcomes: ['malformed', 'timeout'] },
      '2-1.2': { status: ['pass'] },
    },
  },

  // SIP over TCP 5060 (2-2.2: every /28 of Table 2-2 mapped to the case's server).
  {
    id: 'sip-canned-200',
    title: 'sends "SIP/2.0 200 OK" before any request',
    only: ['2-2.2'],
    servers: [{ port: 5060, behaviour: 'sip-canned-200' }],
    expect: { '2-2.2': { status: FAIL, outcomes: ['malformed', 'timeout'] } },
  },
  {
    id: 'sip-foreign-200',
    title: "answers 200 with another transaction's Via branch, Call-ID and CSeq",
    only: ['2-2.2'],
    servers: [{ port: 5060, behaviour: 'sip-foreign-200' }],
    expect: {
      '2-2.2': { status: FAIL, outcomes: ['malformed'], message: /not to our request/ },
    },
  },
  {
    id: 'sip-escape-reason',
    title: 'a matching 503 whose reason phrase clears the screen and prints "READY"',
    only: ['2-2.2'],
    servers: [{ port: 5060, behaviour: 'sip-escape-reason' }],
    // Any final answer to our own request proves the path open (RFC 3261 §21; ARCHITECTURE).
    expect: { '2-2.2': { status: ['pass'], outcomes: ['reply'] } },
    cleanText: true,
  },
  {
    id: 'sip-stall-mid-headers',
    title: 'sends a status line, then nothing more',
    only: ['2-2.2'],
    servers: [{ port: 5060, behaviour: 'sip-stall-mid-headers' }],
    expect: { '2-2.2': { status: FAIL, outcomes: ['timeout'] } },
  },
  {
    id: 'sip-huge-content-length',
    title: 'a matching 200 announcing a 99 MB body',
    only: ['2-2.2'],
    servers: [{ port: 5060, behaviour: 'sip-huge-content-length' }],
    expect: { '2-2.2': { status: FAIL, outcomes: ['malformed'] } },
  },
  {
    id: 'sip-provisional-forever',
    title: 'answers 100 Trying every 200 ms, never a final response',
    only: ['2-2.2'],
    servers: [{ port: 5060, behaviour: 'sip-provisional-forever' }],
    expect: { '2-2.2': { status: FAIL, outcomes: ['timeout'], message: /provisional/ } },
  },
  {
    id: 'sip-flood',
    title: 'answers with 50 MB of headers',
    only: ['2-2.2'],
    servers: [{ port: 5060, behaviour: 'sip-flood' }],
    expect: { '2-2.2': { status: FAIL, outcomes: ['malformed'] } },
  },
  {
    id: 'sip-close-at-once',
    title: 'accepts TCP 5060 and closes at once',
    only: ['2-2.2'],
    servers: [{ port: 5060, behaviour: 'close-at-once' }],
    expect: { '2-2.2': { status: FAIL, outcomes: ['reset'] } },
  },

  // SIP over TLS 5061 (2-3.5, SNI sip.librestream.com): the certificate is judged.
  {
    id: 'sip-tls-zscaler',
    title: "SIP over TLS through a chain re-signed by Zscaler's inspection CA",
    only: ['2-3.5'],
    servers: [{ port: 5061, behaviour: 'tls-sip-ok', cert: 'zscaler' }],
    expect: { '2-3.5': { status: FAIL, outcomes: ['tls-intercepted'] } },
  },
  {
    id: 'sip-tls-same-interceptor',
    title: "SIP over TLS re-signed by the same unknown gateway that re-signs Librestream's HTTPS",
    only: ['2-1.2', '2-3.5'],
    servers: [
      { port: 443, behaviour: 'tls-http-ok', cert: 'gateway' },
      { port: 5061, behaviour: 'tls-sip-ok', cert: 'gateway' },
    ],
    // In no product table, but the issuer that intercepted 443 in this run (issue 13, defect 3).
    expect: {
      '2-1.2': { status: FAIL, outcomes: ['tls-intercepted'] },
      '2-3.5': {
        status: FAIL,
        outcomes: ['tls-intercepted'],
        message: /re-signed Librestream's HTTPS in this run/,
      },
    },
  },
  {
    id: 'sip-tls-self-signed',
    title: 'SIP over TLS with a self-signed certificate',
    only: ['2-3.5'],
    servers: [{ port: 5061, behaviour: 'tls-sip-ok', cert: 'self-signed' }],
    // Onsight's SIP servers may use a private chain: not inspection, but worth a word.
    expect: { '2-3.5': { status: ['warn'] } },
  },
  {
    id: 'sip-tls-wrong-name',
    title: 'SIP over TLS with a certificate for another name',
    only: ['2-3.5'],
    servers: [{ port: 5061, behaviour: 'tls-sip-ok', cert: 'wrong-name' }],
    expect: { '2-3.5': { status: ['warn'] } },
  },
  {
    id: 'sip-tls-corrupt-record',
    title: 'SIP over TLS: a genuine handshake, then a record with a bad MAC',
    only: ['2-3.5'],
    servers: [{ port: 5061, behaviour: 'tls-then-corrupt-record', cert: 'trusted' }],
    expect: { '2-3.5': { status: FAIL, outcomes: ['tls-error'] } },
  },

  // STUN on UDP 3478 (2-3.1).
  {
    id: 'stun-wrong-transaction',
    title: 'answers every Binding request with another transaction id',
    only: ['2-3.1'],
    servers: [{ port: 3478, behaviour: 'stun-wrong-transaction' }],
    expect: { '2-3.1': { status: FAIL, outcomes: ['timeout', 'malformed'] } },
  },
  {
    id: 'stun-garbage',
    title: 'answers with 48 random bytes',
    only: ['2-3.1'],
    servers: [{ port: 3478, behaviour: 'stun-garbage' }],
    expect: { '2-3.1': { status: FAIL, outcomes: ['timeout', 'malformed'] } },
  },
  {
    id: 'stun-flood',
    title: 'answers each request with 200 random datagrams',
    only: ['2-3.1'],
    servers: [{ port: 3478, behaviour: 'stun-flood' }],
    expect: { '2-3.1': { status: FAIL, outcomes: ['timeout', 'malformed'] } },
  },

  // HTTP on port 80 (2-2.5, optional: it may only redirect to HTTPS).
  {
    id: 'http-redirect-to-http',
    title: 'port 80 redirects to a plain-HTTP login page',
    only: ['2-2.5'],
    servers: [{ port: 80, behaviour: 'http-redirect-to-http' }],
    expect: { '2-2.5': { status: ['warn'], outcomes: ['reply'] } },
  },
  {
    id: 'http-login-page',
    title: 'port 80 answers 200 with a page instead of a redirect',
    only: ['2-2.5'],
    servers: [{ port: 80, behaviour: 'http-login-page' }],
    expect: { '2-2.5': { status: ['warn'], outcomes: ['reply'] } },
  },
  {
    id: 'http-redirect-to-portal',
    title: "port 80 redirects to another host's HTTPS login page (a captive portal)",
    only: ['2-2.5'],
    servers: [{ port: 80, behaviour: 'http-redirect-to-portal' }],
    expect: { '2-2.5': { status: ['warn'], outcomes: ['reply'], message: /another host/ } },
  },
  {
    id: 'http-escape-location',
    title: 'port 80 redirects to a Location that clears the screen and prints "READY"',
    only: ['2-2.5'],
    servers: [{ port: 80, behaviour: 'http-escape-location' }],
    expect: { '2-2.5': { status: ['warn'], outcomes: ['reply'] } },
    cleanText: true,
  },
  {
    id: 'http-endless-head',
    title: 'port 80 answers with 50 MB of headers',
    only: ['2-2.5'],
    servers: [{ port: 80, behaviour: 'http-endless-head' }],
    expect: { '2-2.5': { status: NOT_PASS, outcomes: ['malformed'] } },
  },
  {
    id: 'http-stall',
    title: 'port 80 accepts and never answers',
    only: ['2-2.5'],
    servers: [{ port: 80, behaviour: 'stall' }],
    expect: { '2-2.5': { status: NOT_PASS, outcomes: ['timeout'] } },
  },

  // Proxies (--proxy): the Table 2-1 probes tunnel through the case's server on 3128.
  {
    id: 'proxy-interim-answer',
    title: 'the proxy answers CONNECT with 100 Continue, then 200, then the real server',
    only: ['2-1.1'],
    servers: [{ port: 3128, behaviour: 'proxy-interim-then-tunnel', cert: 'trusted' }],
    args: ['--proxy', 'http://@ADDRESS@:3128'],
    // RFC 9110 §15.2: the interim answer is skipped; the tunnel then works.
    expect: { '2-1.1': { status: ['pass'], outcomes: ['reply'] } },
  },
  {
    id: 'proxy-stall',
    title: 'the proxy reads CONNECT and never answers',
    only: ['2-1.1'],
    servers: [{ port: 3128, behaviour: 'proxy-stall-after-connect' }],
    args: ['--proxy', 'http://@ADDRESS@:3128'],
    expect: { '2-1.1': { status: NOT_PASS, outcomes: ['timeout'] } },
  },
  {
    id: 'proxy-escape-denied',
    title: 'the proxy denies CONNECT with a status line that clears the screen',
    only: ['2-1.1'],
    servers: [{ port: 3128, behaviour: 'proxy-escape-denied' }],
    args: ['--proxy', 'http://@ADDRESS@:3128'],
    expect: { '2-1.1': { status: FAIL, outcomes: ['proxy-denied', 'malformed'] } },
    cleanText: true,
  },
  {
    id: 'proxy-garbage',
    title: 'the proxy answers CONNECT with a line that is not HTTP',
    only: ['2-1.1'],
    servers: [{ port: 3128, behaviour: 'proxy-garbage-status' }],
    args: ['--proxy', 'http://@ADDRESS@:3128'],
    expect: { '2-1.1': { status: NOT_PASS, outcomes: ['malformed', 'proxy-denied'] } },
  },
  {
    id: 'proxy-endless-head',
    title: 'the proxy answers CONNECT with 50 MB of headers',
    only: ['2-1.1'],
    servers: [{ port: 3128, behaviour: 'proxy-endless-head' }],
    args: ['--proxy', 'http://@ADDRESS@:3128'],
    expect: { '2-1.1': { status: NOT_PASS, outcomes: ['malformed', 'proxy-denied'] } },
  },

  // DNS (Table 2-1's name through the system resolver): the server's own answer is named, and
  // a look-up glibc keeps going (silence, TCP after a truncated answer) never holds the run.
  ...(
    [
      ['dns-servfail', 'servfail', 'answers SERVFAIL', /SERVFAIL/],
      ['dns-refused', 'refused', 'answers REFUSED', /REFUSED/],
      ['dns-nxdomain', 'nxdomain', 'answers NXDOMAIN', /NXDOMAIN|does not exist/],
      ['dns-silent', 'silent', 'never answers, over UDP or TCP', /no DNS server/],
      [
        'dns-truncated',
        'truncated',
        'answers truncated over UDP, then never over TCP',
        /could not look up/,
      ],
    ] as const
  ).map(([id, dns, what, message]): HostileCase => ({
    id,
    title: `the only DNS server ${what}`,
    only: ['2-1.1'],
    servers: [],
    dns,
    expect: { '2-1.1': { status: FAIL, outcomes: ['dns-fail'], message } },
  })),

  // PAC files (--pac): the run goes on and says why; 2-1.1 meets a closed port (refused).
  ...(
    [
      ['pac-endless', 'endless.pac', /did not answer for .* within/],
      ['pac-top-level-loop', 'top-level-loop.pac', /did not finish loading within/],
      ['pac-throws', 'throws.pac', /threw an error/],
    ] as const
  ).map(([id, file, problem]): HostileCase => ({
    id,
    title: `a PAC file that ${file.replace('.pac', '').replaceAll('-', ' ')}`,
    only: ['2-1.1'],
    servers: [],
    args: ['--pac', `test/fixtures/pac/${file}`],
    // Straight to the server, which refuses at once: never "no answer after 2 s".
    expect: { '2-1.1': { status: FAIL, outcomes: ['refused'] } },
    proxyProblem: problem,
  })),
];
