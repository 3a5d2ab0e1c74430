// Every sentence a person reads, in one place, ready for translation (issue 6).
import type { AddressState, ExtraKind, Outcome, RowStatus, VerdictStatus } from '../outcomes';
import type { Cause } from '../diagnosis/causes';
import type { InterfaceKind, SkipReason } from '../results/schema';
import { QUALITY_LIMITS, type QualityFigure } from '../quality-limits';
import { formatMilliseconds, formatMonth, formatPercent } from './format';
import type {
  CoverageKind,
  InferredReason,
  NotTestableReason,
  NotTestedReason,
} from '../coverage-kinds';

/** An engine phrase ("video may stall: …") as the start of a sentence. */
const asSentence = (phrase: string) => `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`;

/** A duration as the engine's sentences give it: "3 s", "0.5 s". */
export const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** "row 2-2.1", "rows 2-2.1, 2-3.1". */
const rowsNamed = (rowIds: readonly string[]) =>
  `${rowIds.length > 1 ? 'rows' : 'row'} ${rowIds.join(', ')}`;

export const VERDICT_HEADLINES: Record<VerdictStatus, string> = {
  ready: 'Onsight will work here',
  'teamlink-only': 'Onsight will work through TeamLink only',
  inconclusive: 'We could not tell whether Onsight will work here',
  'not-ready': 'Onsight will not work here yet',
};

export const ROW_STATUS_WORDS: Record<RowStatus, string> = {
  pending: 'Waiting',
  running: 'Checking',
  pass: 'Pass',
  warn: 'Warning',
  fail: 'Fail',
  unverified: 'Could not tell',
  skipped: 'Skipped',
  info: 'Info',
};

export const ROW_SUMMARIES = {
  /** Why a row was left out of the run (common/plan.ts, SkipReason). */
  skipped: (skip: SkipReason): string => {
    switch (skip.why) {
      case 'left-out':
        return 'Not checked: left out of this run.';
      case 'quality-off':
        return 'Not measured: the call-quality burst is turned off (--quality-seconds 0).';
      case 'option':
        // The person reads the Options panel's words, not the profile's key.
        return skip.option === 'customDomains'
          ? "Not checked: no domains of this site's own are given in Options."
          : `Not checked: "${APP_TEXT.options[skip.option]}" is off in Options.`;
      case 'sources-left-out':
        return `Not checked: it measures the Onsight servers that answer ${rowsNamed(skip.rows)}, which this run leaves out.`;
    }
  },
  info: 'Nothing to test on the network: a reminder.',
  notReached: 'Not checked before the run ended.',
  allAnswered: (count: number, first: string) => `All ${count} answered; ${first}`,
  someAnswered: (answered: number, total: number, silent: readonly string[]) =>
    `${answered} of ${total} answered; ${ROW_SUMMARIES.noAnswerFrom(silent)}`,
  noAnswerFrom: (silent: readonly string[]) => `no answer from ${silent.join(', ')}`,
  manyFailed: (count: number, first: string) => `${first} (and ${count - 1} more alike)`,
  /** A probe that left no message: its outcome in words (APP_TEXT.outcomes) and its target. */
  outcomeFrom: (outcome: string, target: string) => `${target}: ${outcome}`,
};

/** A CIDR block, whose addresses are probed together (ARCHITECTURE.md, "Ranges"). */
export const BLOCK_TEXT = {
  states: {
    answered: 'answered',
    silent: 'silent',
    refused: 'refused',
    failed: 'failed',
    'not-needed': 'not needed',
    'not-sent': 'not sent',
    'cut-off': 'cut off by the deadline',
    cancelled: 'cancelled',
  } satisfies Record<AddressState, string>,
  answeredBy: (address: string) => `answered by ${address}`,
  /** The row's line for a block that answered: which of its addresses did. */
  answered: (label: string, address: string) => `${label} answered by ${address}`,
  /** "12 silent, 2 refused": each state's count, in the order of `states`. */
  tally: (addresses: ReadonlyArray<{ state: AddressState }>) =>
    (Object.keys(BLOCK_TEXT.states) as AddressState[])
      .map((state) => [state, addresses.filter((a) => a.state === state).length] as const)
      .filter(([, n]) => n > 0)
      .map(([state, n]) => `${n} ${BLOCK_TEXT.states[state]}`)
      .join(', '),
  /** The app's line under a block's target. */
  addressesLine: (addresses: ReadonlyArray<{ address: string; state: AddressState }>) => {
    const answered = addresses.find((a) => a.state === 'answered');
    return answered
      ? BLOCK_TEXT.answeredBy(answered.address)
      : `${addresses.length} addresses: ${BLOCK_TEXT.tally(addresses)}`;
  },
  noneAnswered: (block: string, count: number, tally: string, first: string) =>
    `none of the ${count} addresses of ${block} answered (${tally}); ${first}`,
};

/**
 * A TLS connection that failed after its handshake: OpenSSL names the reason in Node's
 * ERR_SSL_* code (main/engine/net/socket-errors.ts).
 */
export const TLS_STREAM_FAILURES = {
  notStarted: (where: string) =>
    `the TLS handshake with ${where} was not started: the attempt's time ran out while it waited for its turn`,
  corrupted: (where: string) =>
    `the encrypted stream from ${where} was corrupted after the TLS handshake (a record failed its integrity check): a device in the path alters traffic it cannot read`,
  certificateRequired: (where: string) =>
    `${where} asks for a client certificate (TLS alert "certificate required"), which this check does not have: the server, or a device in the path, admits only known clients`,
  alert: (where: string, alert: string) =>
    `${where} ended the secure connection with the TLS alert "${alert}"`,
  other: (where: string, reason: string) =>
    `the secure connection with ${where} failed after the TLS handshake (${reason})`,
};

/** Which network was tested (issue 12, part 7): the same words in the app and the reports. */
export const NETWORK_TEXT = {
  kinds: {
    wifi: 'Wi-Fi',
    wired: 'Wired',
    cellular: 'Mobile data',
    tunnel: 'VPN or tunnel',
    other: 'Other (virtual or not known)',
  } satisfies Record<InterfaceKind, string>,
  wifiNamed: (name: string) => `Wi-Fi "${name}"`,
  vpn: 'VPN or tunnel',
  vpnNone: 'None up',
  vpnUp: (names: readonly string[], defaultRoute: boolean) =>
    `${names.join(', ')} up: ${defaultRoute ? 'the check ran through it' : 'the check did not run through it (the default route goes elsewhere)'}`,
  families: 'IP versions',
  familyWords: (ipv4: boolean, ipv6: boolean) =>
    ipv4 && ipv6
      ? 'IPv4 and IPv6'
      : ipv4
        ? 'IPv4 only'
        : ipv6
          ? 'IPv6 only'
          : 'Neither IPv4 nor IPv6 reaches beyond this network',
};

/** The words of the app window (renderer/). */
export const APP_TEXT = {
  appName: 'Onsight Network Check',
  header: {
    startingHeadline: 'Checking this network…',
    startingReason: 'Every rule of the Onsight firewall guide is being tried from this computer.',
    cancelledHeadline: 'The check was stopped',
    cancelledReason: 'It ended before every row had an answer: press "Run again" for a verdict.',
    failedHeadline: 'The check could not start',
    progressLabel: 'Progress of the check',
    progress: (done: number, total: number) => `${done} of ${total} rows checked`,
    elapsed: (seconds: number) => `${seconds} s`,
    caveatsLabel: 'Please note',
    helpdeskLabel: 'Helpdesk code',
    helpdeskHint: 'Read this code to Librestream support: it carries every result of this check.',
  },
  actions: {
    runAgain: 'Run again',
    rerunFailed: 'Re-run failed rows',
    cancel: 'Cancel',
    onlyProblems: 'Show only problems',
  },
  table: {
    resultsLabel: 'Results',
    columnRow: 'Row',
    columnCheck: 'Check',
    columnStatus: 'Status',
    columnResult: 'Result',
    columnDetails: 'Details',
    showDetails: 'Details',
    detailsFor: (id: string) => `Details for row ${id}`,
    noProblems: 'No problems so far: every row passed or is still being checked.',
    probesCaption: 'What was contacted',
    columnTarget: 'Target',
    columnPort: 'Port',
    columnOutcome: 'Outcome',
    columnTime: 'Time',
    columnMessage: 'What happened',
    noProbes: 'Nothing was contacted for this row.',
    probesPending: 'No answers yet.',
    time: (ms: number) => `${Math.round(ms)} ms`,
    noTime: '—',
    viaMapping: (target: string) => `(contacted as ${target})`,
    fixLabel: 'How to fix it',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy',
  },
  outcomes: {
    reply: 'answered',
    refused: 'refused',
    timeout: 'no answer',
    reset: 'cut off',
    'local-block': 'blocked by this computer',
    unreachable: 'unreachable',
    'dns-fail': 'name not found',
    'tls-error': 'secure connection failed',
    'tls-intercepted': 'SSL inspection',
    'proxy-auth': 'proxy asks for a password',
    'proxy-denied': 'proxy refused',
    'in-use': 'port in use',
    malformed: 'unreadable answer',
    'not-implemented': 'not checked yet',
    error: 'internal error',
    'not-sent': 'not tried',
  } satisfies Record<Outcome, string>,
  options: {
    legend: 'Options',
    teamlink: 'TeamLink is enabled for this site',
    legacy: 'Check the legacy servers (Tables 2-3 and 2-4)',
    china: 'Check TeamLink in China (*.librestreamtech.cn)',
    domains: "This site's own domains",
    domainsHint: 'Host names pointed at Librestream, separated by commas or spaces.',
    proxy: 'Proxy',
    proxyHint: '"system" (the computer\'s setting), "direct", or http://host:port',
    apply: 'Apply and check again',
    badDomain: (text: string) => `"${text}" is not a host name (for example onsight.example.com).`,
    badProxy: 'Write a proxy as http://host:port or https://host:port, or "system" or "direct".',
  },
  host: {
    legend: 'This computer and network',
    os: 'System',
    connection: 'Connection',
    interface: 'Active interface',
    address: 'Address',
    gateway: 'Gateway',
    dns: 'DNS servers',
    publicAddress: 'Public address (seen by STUN)',
    proxy: 'Proxy setting',
    unknown: 'Not known',
    notYet: 'Not known yet',
    unavailable: 'Could not be read',
  },
  announce: {
    verdict: (headline: string, reason: string) => `${headline}. ${reason}`,
    cancelled: 'The check was stopped before it finished.',
  },
};

/**
 * The first screen (issue 17): the verdict as an icon and a word, the next step, the code, and
 * what to send to IT; skip links, presentation words and the one summary read out at the end.
 */
export const SCREEN_TEXT = {
  /** The word beside the verdict's icon: never colour alone (WCAG 1.4.1). */
  verdictWords: {
    ready: 'Ready',
    'not-ready': 'Not ready',
    'teamlink-only': 'TeamLink only',
    inconclusive: 'Could not tell',
  } satisfies Record<VerdictStatus, string>,
  phaseWords: { running: 'Checking', cancelled: 'Stopped', failed: 'Problem' },
  skip: {
    label: 'Skip links',
    results: 'Skip to the results',
    problems: 'Skip to the problems',
    report: 'Skip to the report',
  },
  actionsLabel: 'Actions',
  sideLabel: 'Report, options and this computer',
  sendToIt: {
    label: 'Send to IT',
    copy: 'Copy the change request',
    copied: 'Change request copied',
    copyFailed: 'Could not copy the change request',
    save: 'Save the report…',
  },
  changeRequest: {
    heading: 'Change request for IT',
    none: 'Nothing to change on the network.',
    showAll: (count: number) => `Show all ${count}`,
    showFewer: 'Show fewer',
    details: (count: number) => `Firewall rules in detail (${count})`,
    notes: 'Notes for IT',
  },
  /** An optional row that failed: shown as advice, never as a red "Fail" (its status stays fail). */
  recommendedWord: 'Recommended',
  guideLabel: 'Firewall guide',
  guideRow: (id: string, title: string) => `Row ${id}: ${title}`,
  /** A finished run whose STUN probes saw no public address. */
  publicAddressNone: 'Not seen (no STUN answer)',
  announce: {
    /** After the verdict: one sentence for every problem, instead of one per row. */
    problems: (titles: readonly string[]) =>
      titles.length === 0
        ? 'No problems.'
        : `${titles.length === 1 ? '1 problem' : `${titles.length} problems`}: ${titles.join('; ')}.`,
  },
};

/**
 * A row's result in the table, in plain words (common/reports/presented-status.ts): what
 * happened, by the outcome of the attempt that decided it. The engine's own sentence, with
 * addresses and ports, is in the row's Details.
 */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const RESULT_WORDS = {
  pass: 'Works',
  /** A row that got through in part (warn): some servers, some ports of a range. */
  partly: 'Partly: some servers or ports did not get through',
  partlyInUse: 'Partly: other programs use some of these ports',
  unverified: (why: string) => `Could not tell: ${lowerFirst(why)}`,
  outcomes: {
    reply: 'An answer came, but not the one Onsight needs',
    refused: 'Blocked: the connection was refused',
    timeout: 'Blocked: no answer came',
    reset: 'Cut off on the way',
    'local-block': "Blocked by this computer's own firewall",
    unreachable: 'No way there from this network',
    'dns-fail': 'The name could not be looked up',
    'tls-error': 'The secure connection failed',
    'tls-intercepted': 'Opened and re-signed on the way (SSL inspection)',
    'proxy-auth': 'The web proxy asks for a password',
    'proxy-denied': 'The web proxy refused it',
    'in-use': 'Other programs use these ports',
    malformed: 'An answer came that Onsight cannot use',
    'not-implemented': 'Not checked by this version',
    error: 'The check itself went wrong',
    'not-sent': 'Not tried before the check ended',
  } satisfies Record<Outcome, string>,
  /**
   * The extra checks (table X) by kind: the outcome of their attempts says nothing a person
   * can use (an X.3 that could not tell got an answer; an X.1 that warns got every one).
   */
  extra: {
    'call-quality': {
      problem: 'Calls may stutter: the round trip, jitter or loss is above what a good call needs',
      unverified: 'Could not tell: not measured in this run',
    },
    'nat-behaviour': {
      problem:
        "Devices are unlikely to send media to each other directly; calls through Onsight's servers still work",
      unverified: 'Could not tell how this network translates addresses',
    },
    'sip-alg': {
      problem: "A firewall feature (SIP ALG) rewrites Onsight's signalling",
      unverified: "Could not tell whether a firewall feature rewrites Onsight's signalling",
    },
    'large-datagrams': {
      problem: 'Large UDP packets are dropped: video may stall',
      unverified: 'Could not tell: not measured in this run',
    },
  } satisfies Record<ExtraKind, { problem: string; unverified: string }>,
};

/** "Send to IT" (common/reports/it-request.ts): the change request as text for an e-mail. */
export const IT_REQUEST_TEXT = {
  title: (date: string) => `Onsight Network Check: change request for IT, ${date}`,
  details: 'Firewall rules in detail:',
  notes: 'Notes for IT:',
  note: (title: string, explanation: string) => `${title} — ${explanation}`,
};

/** The helpdesk code's decoder and its read-it-out aid (common/helpdesk). */
export const HELPDESK_TEXT = {
  asIn: (char: string, word: string) => `${char} as in ${word}`,
  dash: 'dash',
  badCharacter: (char: string, position: number) =>
    `${JSON.stringify(char)} (character ${position}) is not used in helpdesk codes: they contain only the digits 0-9 and the letters A-Z without U.`,
  badLength: (length: number, valid: { min: number; max: number }) =>
    `The code does not add up: it has ${length} characters, but a code has ${valid.min} to ${valid.max} (dashes not counted). Please read it out again.`,
  badCheck:
    'The code does not add up: a character is wrong, missing or one too many, or two neighbours are swapped. Please read it out again.',
  badContent: 'The code does not describe a possible result: please read it out again.',
  otherProfile: (id: string, version: string) =>
    `This code was made with another version of the checks (or of this app), not with profile ${id} ${version}: decode it with the version that made it.`,
  newerVersion:
    'This code was made by a newer version of Onsight Network Check: update this app to read it.',
  /** A 0.1 code (format v1): it stored the verdict but not the cause. */
  olderVersion: (verdict: string, sameVerdict: boolean) =>
    `This code was made by an older version of Onsight Network Check (0.1), which did not record the cause: the cause below is worked out from the row statuses alone.${sameVerdict ? '' : ` That version gave the verdict "${verdict}".`}`,
};

/** The firewall change request (common/results/change-request.ts). */
export const CHANGE_REQUEST_TEXT = {
  services: {
    https: 'HTTPS',
    httpRedirect: 'HTTP, redirects to HTTPS only',
    sip: 'SIP',
    sipTls: 'SIP over TLS 1.2',
    stun: 'STUN',
    media: 'SRTP/SRTCP media',
  },
  allow: (port: string, services: readonly string[], destinations: readonly string[]) =>
    `Allow outbound ${port}${services.length > 0 ? ` (${services.join(', ')})` : ''} to ${destinations.join(', ')}`,
  allowOnThisComputer: (
    port: string,
    services: readonly string[],
    destinations: readonly string[],
  ) =>
    `Allow outbound ${port}${services.length > 0 ? ` (${services.join(', ')})` : ''} to ${destinations.join(', ')} in this computer's own firewall`,
  disableInspection: (domains: readonly string[], product: string) =>
    `Disable SSL inspection for ${domains.join(', ')} on ${product}`,
  unnamedInspector: 'the inspecting proxy',
  unnamedProxy: 'the web proxy',
  proxyAuth: (proxy: string, schemes: readonly string[], destinations: readonly string[]) =>
    `Let Onsight through ${proxy} without a proxy password (it asked for ${schemes.length > 0 ? schemes.join(', ') : 'one'}) to ${destinations.join(', ')}`,
  proxyDenied: (proxy: string, status: string | undefined, destinations: readonly string[]) =>
    `Add ${destinations.join(', ')} to the allow list of ${proxy}${status ? `; it answered ${status}` : ''}`,
  proxyCannotReach: (proxy: string, status: string, destinations: readonly string[]) =>
    `Let ${proxy} reach ${destinations.join(', ')} through the firewall behind it; it answered ${status}: it could not reach them itself`,
  resolve: (names: readonly string[]) => `Let this network's DNS resolve ${names.join(', ')}`,
  localPorts: (range: string) =>
    `Free local UDP ports ${range} on this computer for Onsight's media, or let Onsight use them in its firewall`,
};

/** The reports: HTML, plain text and JSON (common/reports). */
export const REPORT_TEXT = {
  title: 'Onsight Network Check report',
  scope:
    'These results describe this computer, on this network, at this time: another computer, another network or another time may give a different result.',
  labels: {
    date: 'Date',
    duration: 'Duration',
    app: 'App',
    profile: 'Profile',
    options: 'Options',
    mappings: 'Mapped targets',
    proxy: 'Proxy',
    verdict: 'Result',
    caveat: 'Note',
    code: 'Helpdesk code',
    spelling: 'Read it out',
    changeRequest: 'Firewall change request',
    checks: 'Checks',
    network: 'This computer and network',
    row: 'Row',
    check: 'Check',
    status: 'Status',
    details: 'Details',
  },
  codeHint: 'Give this code to Librestream support: it carries the whole result.',
  noCode: 'not available for this result',
  noChanges: 'Nothing to change: every rule that was checked is open.',
  duration: (ms: number) => `${(ms / 1000).toFixed(1)} s`,
  profile: (id: string, version: string, revision: number, hash: string) =>
    `${id} ${version}, revision ${revision} (${hash})`,
  options: (o: {
    teamlink: boolean;
    legacy: boolean;
    china: boolean;
    customDomains: readonly string[];
  }) =>
    [
      `TeamLink ${o.teamlink ? 'on' : 'off'}`,
      `legacy servers ${o.legacy ? 'on' : 'off'}`,
      `China ${o.china ? 'on' : 'off'}`,
      o.customDomains.length > 0
        ? `custom domains ${o.customDomains.join(', ')}`
        : 'no custom domains',
    ].join(', '),
  mapping: (from: string, to: string) => `${from} is checked at ${to}`,
  /** `worked` is the engine's entry: "DIRECT", or the proxy's URL (credentials never kept). */
  proxy: (source: string, worked: string | null) =>
    `${source}${
      worked === null
        ? ''
        : worked === 'DIRECT'
          ? '; reached the internet directly, without a proxy'
          : `; reached the internet through the proxy ${worked
              .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
              .replace(/^[^@/]*@/, '')
              .replace(/\/$/, '')}`
    }`,
  network: {
    os: 'Operating system',
    hostname: 'Computer name',
    user: 'User name',
    interfaces: 'Network interfaces',
    gateway: 'Default gateway',
    dns: 'DNS servers',
    publicAddress: 'Public address',
    none: 'none',
    unknown: 'not known',
    defaultRoute: 'default route',
  },
  detailsLeftOut: 'Computer name, user name and local addresses are left out of this report.',
  noHost: 'Computer and network details were not collected.',
};

/** The short summary "Copy summary" puts on the clipboard, for chat and e-mail (issue 7). */
export const SUMMARY_TEXT = {
  title: (date: string) => `Onsight Network Check, ${date}`,
  code: (code: string) => `Helpdesk code: ${code}`,
  problems: 'Problems:',
  noProblems: 'No problems: every row that was checked passed.',
  problem: (id: string, statusWord: string, summary: string) =>
    summary ? `${id} ${statusWord}: ${summary}` : `${id} ${statusWord}`,
  changeRequest: 'Firewall change request:',
};

/** The command line's own words (main/cli): its footer and what it says it did (issue 17). */
export const CLI_TEXT = {
  /** `--help`, and after a mistake in how a command is written: flags stay as they are. */
  usage: `Usage:
  onsight-netcheck run  [selection] [--proxy URL|direct|system] [--pac URL|FILE]
                        [--ca FILE]... [--reflector TARGET]... [--timeout-ms N]
                        [--deadline-ms N] [--concurrency N]
                        [--quality-seconds N] [--json] [--width N]
                        [--report FILE.html|.json|.txt] [--english-copy on|off]
                        [--include-computer-details] [--lang LANGUAGE]
  onsight-netcheck watch [selection] [--every DURATION] [--for DURATION]
                        [the flags of run, without --json and --report]
  onsight-netcheck plan [selection] --json
  onsight-netcheck decode CODE [--profile FILE] [--json] [--width N]
                        [--lang LANGUAGE]
  onsight-netcheck diff BEFORE AFTER [--profile FILE] [--json] [--width N]
                        [--lang LANGUAGE]
  onsight-netcheck --version | --help
Selection:
  --profile FILE  --option teamlink=on|off,legacy,china  --custom-domain HOST...
  --only ROW,...  --map FROM=TO...  --override FILE
--width N: wrap lines at N columns (default: the terminal's width, or 80).
--quality-seconds N: the call-quality burst of row X.1 (default 3; 0: off).
--every DURATION: watch checks the rows not passing again this often
  (default 10s, at least --timeout-ms); --for DURATION: for at most this long
  (default 30m). DURATION: 10s, 2m, 1h. watch exits 0 once ready, else as run.
--lang LANGUAGE: en, fr, de, es, pt-BR, zh-CN or ja
  (default: LC_ALL, LC_MESSAGES or LANG).
--english-copy on|off: an English copy below the report
  (default: on unless the language is English).
Exit codes of run (changed after 0.1, where 1 meant every verdict but ready):
  0 ready            1 not ready         4 TeamLink only     5 could not tell
  2 bad usage, profile, file or code     3 internal error    130 interrupted
plan, decode, diff, --help and --version exit 0, or 2 or 3 as above.`,
  /** What `--version` prints after the tool's name and version. */
  version: (profile: string, version: string, revision: number, hash: string) =>
    `(profile ${profile} ${version} r${revision}, ${hash})`,
  /** A command that is written wrongly or asks for what cannot be (exit code 2). */
  errors: {
    wholeNumber: (flag: string, value: string, min: number, max: number) =>
      `--${flag} ${JSON.stringify(value)}: expected a whole number from ${min} to ${max}`,
    optionValue: (item: string) => `--option ${item}: the value must be on or off`,
    onOff: (flag: string, value: string) =>
      `--${flag} ${JSON.stringify(value)}: the value must be on or off`,
    unknownOption: (item: string, name: string, known: readonly string[]) =>
      `--option ${item}: unknown option "${name}" (known: ${known.join(', ')})`,
    /** `why`: the file's own problem (JSON's message, the first field that is wrong). */
    override: (file: string, why: string) => `--override ${file}: ${why}`,
    noCommand: 'a command is needed: run, watch, plan, decode or diff',
    decodeOneCode: 'decode takes exactly one CODE',
    unknownCommand: (name: string) =>
      `unknown command "${name}" (known: run, watch, plan, decode, diff)`,
    unexpectedArgument: (text: string) => `unexpected argument "${text}"`,
    runOnly: (flag: string) => `--${flag} belongs to run, not plan`,
    customDomain: (why: string) => `--custom-domain: ${why}`,
    reflector: (text: string) =>
      `--reflector ${JSON.stringify(text)}: not a host name, address or CIDR block`,
    onlyEmpty: '--only needs at least one row id, e.g. --only 2-2.3',
    unknownRow: (row: string, profile: string, rows: readonly string[]) =>
      `--only: no row ${row} in profile ${profile} (rows: ${rows.join(', ')})`,
    pacWithProxy: (proxy: string) =>
      `--pac and --proxy ${proxy} cannot be used together: give one proxy setting`,
    pacEmpty: '--pac needs a URL or a file',
    caUnreadable: (file: string, code: string) => `--ca ${file}: cannot be read (${code})`,
    caNotPem: (file: string) => `--ca ${file}: not a PEM certificate`,
    planJsonOnly: 'plan prints JSON only: add --json',
    reportFormat: (file: string, pdf: boolean) =>
      `--report ${file}: ${pdf ? 'PDF reports are saved from the desktop app' : 'unknown format'}; use .html, .json or .txt`,
    reportUnwritable: (file: string, code: string) =>
      `--report ${file}: cannot be written (${code})`,
    decode: (code: string, why: string) => `decode ${JSON.stringify(code)}: ${why}`,
    internal: (message: string) => `internal error: ${message}`,
  },
  reportWritten: (file: string) => `Report written to ${file}`,
  /** The tested network under the verdict (common/results/tested-network.ts). */
  network: 'Network tested',
  noDefaultRoute: 'No default route',
  decodeHeading: (code: string, profile: string, version: string, revision: number) =>
    `Helpdesk code ${code} (profile ${profile} ${version} r${revision})`,
  decodeOptions: (o: { teamlink: boolean; legacy: boolean; china: boolean; custom: boolean }) => {
    const onOff = (on: boolean) => (on ? 'on' : 'off');
    return `Options: TeamLink ${onOff(o.teamlink)}, legacy ${onOff(o.legacy)}, China ${onOff(o.china)}, custom domains ${o.custom ? 'yes' : 'none'}`;
  },
};

/** The app's helpdesk tools (issue 7): read-it-out, save, decode and the change request. */
export const APP_HELPDESK_TEXT = {
  readOut: {
    show: 'Read it out',
    hide: 'Hide the spelling',
    label: 'The code, character by character',
  },
  save: {
    legend: 'Report',
    format: 'Format',
    formats: {
      html: 'Web page (HTML)',
      pdf: 'PDF',
      text: 'Plain text (e-mail, chat)',
      json: 'JSON (for tools)',
    } satisfies Record<'html' | 'pdf' | 'text' | 'json', string>,
    includeDetails: 'Include computer details',
    /** Only in a language other than English (issue 19). */
    englishCopy: 'Add an English copy',
    englishCopyHint:
      "For Librestream's support and IT teams abroad: the whole report again in English.",
    withDetails: "Includes this computer's name, user name and local addresses.",
    withoutDetails: "Leaves out this computer's name, user name and local addresses.",
    save: 'Save report…',
    saving: 'Saving…',
    saved: (path: string) => `Saved to ${path}`,
    notSaved: 'Not saved.',
    failed: (message: string) => `The report was not saved: ${message}`,
    noResult: 'A report can be saved once a check has finished.',
    copySummary: 'Copy summary',
    summaryCopied: 'Summary copied',
    summaryCopyFailed: 'Could not copy the summary',
  },
  changeRequest: {
    heading: 'Firewall change request, in detail',
    intro:
      'For the IT team: every rule to add, merged by destination and port, as this computer saw it.',
    copyLabel: 'all lines of the firewall change request',
  },
  decode: {
    heading: 'Enter a helpdesk code',
    label: 'Helpdesk code',
    hint: 'As the caller reads it out: letters and digits, dashes optional. O reads as 0, I and L as 1.',
    submit: 'Show the result',
    errors: {
      length: 'Wrong length',
      character: 'A character that codes do not use',
      check: 'The check failed',
      profile: 'Made with another profile version',
      newer: 'Made by a newer version',
    } satisfies Record<'length' | 'character' | 'check' | 'profile' | 'newer', string>,
    resultFor: (code: string) => `Result of code ${code}`,
    profile: (id: string, version: string) => `Profile ${id} ${version}`,
    options: (o: { teamlink: boolean; legacy: boolean; china: boolean; customDomains: boolean }) =>
      [
        `TeamLink ${o.teamlink ? 'on' : 'off'}`,
        `legacy servers ${o.legacy ? 'on' : 'off'}`,
        `China ${o.china ? 'on' : 'off'}`,
        o.customDomains ? 'custom domains checked' : 'no custom domains',
      ].join(', '),
  },
};

/** The proxy sign-in dialog (issue 17): a proxy asked for a password the check did not have. */
export const PROXY_SIGN_IN_TEXT = {
  heading: 'Sign in to the web proxy',
  intro: (address: string) =>
    `The web proxy ${address} asks for a user name and password before it lets the check through.`,
  schemes: (schemes: readonly string[]) =>
    schemes.length > 0
      ? `Sign-in methods it offers: ${schemes.join(', ')}.`
      : 'It does not say how to sign in.',
  refused: 'That user name and password were not accepted. Check them and try again.',
  username: 'User name',
  password: 'Password',
  privacy:
    'Used only for checks in this window until you close the app. Never saved, and never put in a report or a log.',
  submit: 'Sign in and check again',
  cancel: 'Cancel',
  open: 'Sign in to the web proxy…',
  needUsername: 'Type a user name.',
};

/** Helpdesk mode (issue 17): the agent's view of a caller's code, apart from this computer's check. */
export const HELPDESK_MODE_TEXT = {
  open: "Helpdesk: enter a caller's code",
  entryLabel: 'Helpdesk',
  back: "Back to this computer's check",
  intro:
    "The caller's result, from the code they read out. This computer's own check is not shown while this view is open.",
  problemsHeading: 'Problems',
  noProblems: 'No row has a problem.',
  showAll: 'Show all rows',
  hideAll: 'Show only the problems',
};

/** What a cause says, for the verdict it comes with (common/diagnosis/describe.ts). */
export interface CauseWords {
  headline: string;
  /** One or two plain sentences; `rows` are the rows that decide the verdict. */
  reason: (rows: readonly string[]) => string;
  steps: {
    /** What the person on site can do now: one sentence. */
    onSite: string;
    /** What the helpdesk agent should ask or say. */
    helpdesk: string;
    /** What IT must change. */
    it: string;
  };
}

const sendToIt = 'Send the report to your IT team';

/** The diagnosis: the one story every face tells (common/diagnosis). */
export const DIAGNOSIS_TEXT = {
  labels: {
    caveat: 'Note',
    onSite: 'What to do now',
    helpdesk: 'For the helpdesk',
    it: 'For IT',
    mustFix: 'Must fix',
    recommended: 'Recommended',
    details: 'Firewall change request, in detail',
  },
  customDomains: "this site's own domains",
  partialReady: 'Every row that was checked is open; the rows left out were not checked.',
  nothingChecked:
    'No row that decides the result was checked: choose more rows, or run every check.',
  causes: {
    none: () => ({
      headline: 'Onsight will work here',
      reason: () => 'Every required rule of the Onsight firewall guide is open on this network.',
      steps: {
        onSite: 'Nothing to do: you can use Onsight Connect on this network.',
        helpdesk:
          'The network is ready for Onsight. If calls still fail, the cause is not the firewall.',
        it: 'No change is needed.',
      },
    }),
    'no-network': () => ({
      headline: 'This computer is not connected to a network',
      reason: () =>
        'Nothing left this computer: it has no network connection, or no route to the internet. Nothing is known about the firewall yet.',
      steps: {
        onSite: 'Connect to the Wi-Fi or plug in the network cable, then run the check again.',
        helpdesk:
          'Ask the caller to connect the computer to the network (Wi-Fi or cable) and run the check again.',
        it: 'No firewall change can be judged until this computer is connected.',
      },
    }),
    dns: () => ({
      headline: "This network cannot look up Onsight's servers",
      reason: () =>
        'The network is up, but names such as onsight.librestream.com do not resolve, so Onsight cannot find its servers.',
      steps: {
        onSite:
          'If you are on a VPN, disconnect it and run the check again; otherwise send the report to your IT team.',
        helpdesk:
          "Ask whether the computer is on a VPN or a guest network. If not, the site's DNS must answer for Librestream's names: ask for the report and pass it to their IT team.",
        it: 'Let the DNS servers this network gives out resolve the names under Must fix.',
      },
    }),
    'ipv6-only': () => ({
      headline: 'This is an IPv6-only network',
      reason: () =>
        "Names resolve, to IPv6 addresses only (the network translates them, NAT64/DNS64), but there is no IPv4 route: Onsight's call servers, which the firewall guide gives as IPv4 addresses, cannot be reached from this computer. DNS works, and no firewall rule is missing for them.",
      steps: {
        onSite:
          'Use a network that also gives IPv4 (most office and home networks do), or a phone hotspot, then run the check again. Send the report to your IT team.',
        helpdesk:
          "The caller's network gives IPv6 only. Onsight's call servers have IPv4 addresses: ask their IT team for IPv4 on this network (dual stack) or for 464XLAT, so that this computer can translate.",
        it: "Give this network IPv4 (dual stack), or provide 464XLAT (a PLAT, with a CLAT on the clients) so that clients reach the guide's IPv4 addresses (Tables 2-2 to 2-4). The rows by name passed or keep their own rules below.",
      },
    }),
    'captive-portal': () => ({
      headline: 'This network wants you to sign in first',
      reason: () =>
        'The network answers with its own login page, as hotel and guest Wi-Fi do: nothing is known about the firewall until you have signed in.',
      steps: {
        onSite: 'Open a web browser, sign in to the Wi-Fi, then run the check again.',
        helpdesk:
          'Ask the caller to open a web browser, sign in to the Wi-Fi, then run the check again.',
        it: 'No change is asked for until this computer has signed in to the network.',
      },
    }),
    'proxy-sign-in': () => ({
      headline: 'We could not tell: the web proxy asks for a password',
      // Short and plain (issue 17): the rows and the proxy's sign-in methods are in the details.
      reason: () =>
        "This network's web proxy asks for a user name and password, so Onsight's secure connection could not be checked.",
      steps: {
        onSite:
          'If you have a user name and password for the web proxy, sign in and check again. If not, send the report to your IT team.',
        helpdesk:
          'Onsight may still sign in to the proxy with the Windows account. To be sure, ask their IT team to let Librestream through the proxy without a password.',
        it: 'Let the names under Must fix through the web proxy without a proxy password.',
      },
    }),
    'proxy-denied': () => ({
      headline: 'The web proxy blocks Onsight',
      reason: () => "This network's web proxy refused to connect to Librestream's servers.",
      steps: {
        onSite: `${sendToIt}: the proxy must allow Librestream.`,
        helpdesk:
          "The site's web proxy blocks Librestream: ask for the report and pass it to their IT team.",
        it: "Add the names under Must fix to the web proxy's allow list.",
      },
    }),
    'ssl-inspection': (_verdict: string, product: string | undefined) => ({
      headline: 'SSL inspection on this network breaks Onsight',
      reason: () =>
        `Librestream's secure connections are opened and re-signed on the way${product ? ` by ${product}` : ''}; Onsight refuses such connections to keep its calls private.`,
      steps: {
        onSite: `${sendToIt}: they must leave Librestream out of SSL inspection.`,
        helpdesk: `The site inspects encrypted traffic${product ? ` with ${product}` : ''}. Their IT team must leave *.librestream.com out of SSL inspection.`,
        it: `Turn off SSL inspection (HTTPS decryption) for the domains under Must fix${product ? ` on ${product}` : ''}.`,
      },
    }),
    clock: () => ({
      headline: "This computer's clock may be wrong",
      reason: () =>
        "Librestream's certificate is out of date by this computer's clock, so secure connections fail.",
      steps: {
        onSite:
          "Check this computer's date, time and time zone, correct them, and run the check again.",
        helpdesk:
          "Ask the caller to check the computer's date, time and time zone, then run the check again.",
        it: 'Make sure this computer sets its clock from a time server.',
      },
    }),
    'web-blocked': () => ({
      headline: 'Onsight cannot reach its servers on this network',
      reason: (rows: readonly string[]) =>
        `Secure web traffic (HTTPS) that Onsight needs does not get through (${rowsNamed(rows)}), so Onsight cannot sign in.`,
      steps: {
        onSite: `${sendToIt}: the firewall must let Onsight through.`,
        helpdesk:
          "The site's firewall blocks Onsight's sign-in. Ask for the report and pass it to their IT team: the rules are under Must fix.",
        it: 'Add the rules under Must fix.',
      },
    }),
    'local-firewall': (verdict: string) => ({
      headline:
        verdict === 'teamlink-only'
          ? 'Onsight will work here through TeamLink only'
          : "This computer's own firewall blocks Onsight",
      reason: (rows: readonly string[]) =>
        verdict === 'teamlink-only'
          ? `A firewall or security program on this computer blocks direct calls (${rowsNamed(rows)}), so Onsight will carry calls over HTTPS with TeamLink, at lower quality.`
          : `A firewall or security program on this computer blocks Onsight (${rowsNamed(rows)}).`,
      steps: {
        onSite:
          "Ask your IT team to allow Onsight in this computer's firewall or security software.",
        helpdesk:
          "This computer's own firewall or security software blocks Onsight, not the site's network: ask their IT team to allow Onsight on this computer.",
        it: "Allow Onsight in this computer's firewall or security software, and add the rules under Must fix.",
      },
    }),
    'direct-blocked': (verdict: string) =>
      verdict === 'teamlink-only'
        ? {
            headline: 'Onsight will work here through TeamLink only',
            reason: (rows: readonly string[]) =>
              `Direct calls are blocked (${rowsNamed(rows)}), so Onsight will carry calls over HTTPS with TeamLink, at lower quality.`,
            steps: {
              onSite: `You can use Onsight now. ${sendToIt} for better call quality.`,
              helpdesk:
                'Calls will work through TeamLink, at lower quality. For direct calls, their IT team must add the rules under Must fix.',
              it: 'Add the rules under Must fix so that calls can go direct.',
            },
          }
        : {
            headline: 'Onsight calls cannot connect on this network',
            reason: (rows: readonly string[]) =>
              `Direct calls are blocked (${rowsNamed(rows)}) and TeamLink is off for this site.`,
            steps: {
              onSite: `${sendToIt}.`,
              helpdesk:
                "Calls cannot connect: the site's IT team must add the rules under Must fix, or the Onsight administrator must turn on TeamLink.",
              it: 'Add the rules under Must fix, or turn on TeamLink in Onsight Platform Manager.',
            },
          },
    'local-ports-taken': (verdict: string) =>
      verdict === 'ready'
        ? {
            headline: 'Onsight will work here, but some of its local ports are in use',
            reason: () =>
              'Other programs on this computer hold some of the UDP ports 6000-6200; Onsight will use higher ones.',
            steps: {
              onSite: 'You can use Onsight now.',
              helpdesk: 'Calls will work. Other programs hold some of the ports Onsight prefers.',
              it: 'Nothing is required; see Recommended.',
            },
          }
        : {
            headline: 'Onsight cannot make calls from this computer yet',
            reason: () =>
              'Other programs on this computer hold every local UDP port from 6000 to 6200, which Onsight uses for call media.',
            steps: {
              onSite: 'Close other calling or video programs, then run the check again.',
              helpdesk:
                'Ask the caller to close other calling or video programs and run the check again.',
              it: 'Free the local UDP ports 6000-6200 on this computer (see Must fix).',
            },
          },
    unverified: () => ({
      headline: 'We could not tell whether Onsight will work here',
      reason: (rows: readonly string[]) =>
        `${rows.length === 1 ? 'Row' : 'Rows'} ${rows.join(', ')} got no answer either way, and ${rows.length === 1 ? 'it decides' : 'they decide'} the result.`,
      steps: {
        onSite: 'Run the check again. If it says the same, send the report to your IT team.',
        helpdesk:
          'Ask the caller to run the check again; if it still cannot tell, ask for the report.',
        it: 'Look at the rows that could not be told in the report.',
      },
    }),
    'media-partly-blocked': () => ({
      headline: 'Onsight will work here, but some call media may be blocked',
      reason: () =>
        "Calls connect, but part of the media range (UDP 15000-65000) did not get through to some of Onsight's servers: video may stall or drop in quality.",
      steps: {
        onSite: `You can use Onsight now. ${sendToIt} so they can open the rest.`,
        helpdesk:
          'Calls will work. Ask for the report and pass it to their IT team: some media rules are missing.',
        it: 'Add the rules under Recommended.',
      },
    }),
    'partly-blocked': () => ({
      headline: "Onsight will work here, but some of its servers can't be reached",
      reason: () =>
        "Every required check reached at least one of Onsight's servers, but some servers did not answer: calls may fail when Onsight moves to them.",
      steps: {
        onSite: `You can use Onsight now. ${sendToIt} so they can open the rest.`,
        helpdesk:
          "Calls will work. Ask for the report and pass it to their IT team: some of Onsight's servers are blocked.",
        it: 'Add the rules under Recommended.',
      },
    }),
    'push-blocked': () => ({
      headline: 'Onsight will work here, but phones and tablets may miss notifications',
      reason: () =>
        'This computer reaches Onsight, but Apple or Google push notifications are blocked on this network, so phones and tablets here may not ring for incoming calls.',
      steps: {
        onSite: 'You can use Onsight on this computer now.',
        helpdesk:
          'Calls will work on computers. Phones and tablets on this network may miss notifications: their IT team can open the rules under Recommended.',
        it: 'Add the rules under Recommended for phones and tablets on this network.',
      },
    }),
    'optional-blocked': () => ({
      headline: 'Onsight will work here, but a recommended rule is missing',
      reason: () => 'Every required rule is open; a rule the guide recommends is not.',
      steps: {
        onSite: 'You can use Onsight now.',
        helpdesk: 'Calls will work. Their IT team can add the rules under Recommended.',
        it: 'Add the rules under Recommended.',
      },
    }),
  } satisfies Record<Cause, (verdict: VerdictStatus, product: string | undefined) => CauseWords>,
  lines: {
    row: (remediation: string, id: string) => `${remediation.replace(/\.$/, '')} (row ${id})`,
    dns: (names: readonly string[], ids: readonly string[]) =>
      `Let this network's DNS resolve ${names.join(', ')} (${rowsNamed(ids)})`,
    inspection: (domains: readonly string[], product: string | undefined, ids: readonly string[]) =>
      `Turn off SSL inspection for ${domains.join(', ')}${product ? ` on ${product}` : ''} (${rowsNamed(ids)})`,
    clock: (ids: readonly string[]) =>
      `Set this computer's date, time and time zone right (${rowsNamed(ids)})`,
    proxyDenied: (names: readonly string[], ids: readonly string[]) =>
      `Let the web proxy connect to ${names.join(', ')} (${rowsNamed(ids)})`,
    proxySignIn: (names: readonly string[], ids: readonly string[]) =>
      `Let Onsight through the web proxy to ${names.join(', ')} without a proxy password (${rowsNamed(ids)})`,
    localFirewall: (ids: readonly string[]) =>
      `Allow Onsight in this computer's own firewall or security software (${rowsNamed(ids)})`,
    https: (names: readonly string[], ids: readonly string[]) =>
      `Allow outbound HTTPS (TCP 443) to ${names.join(', ')} on the firewall and on every web proxy (${rowsNamed(ids)})`,
  },
  caveats: {
    mediaUnconfirmed:
      'UDP to the media servers works; the 15000-65000 range can only be confirmed during a call.',
    partial: 'Only some rows were checked: this result covers those rows alone.',
    ipv6Only:
      "IPv6-only network: the guide's IPv4 addresses (the /28 ranges of Table 2-2, the hosts of Tables 2-3 and 2-4) are reachable only through the operating system's own translation (CLAT), if at all; this computer has none.",
    /** `title` is the row's plain title (common/i18n/row-words.ts), a statement. */
    partly: (title: string, id: string) =>
      `Only partly: ${title} (row ${id}); some of Onsight's servers did not answer.`,
    localPortsTaken: (id: string) =>
      `Some local UDP ports 6000-6200 are in use; Onsight will use higher ones (row ${id}).`,
    push: (title: string, id: string) =>
      `Not yet: ${title} (row ${id}). Phones and tablets on this network may miss incoming calls.`,
    optional: (title: string, id: string) =>
      `Recommended, not needed: ${title} (row ${id}). Onsight works without it.`,
    /** The extra checks (table X), by kind: what a problem they found means for a call. */
    extra: {
      'call-quality': (id: string) =>
        `Calls may stutter here: the round trip, its jitter or the loss to Onsight's servers is above what a good call needs (row ${id}).`,
      'nat-behaviour': (id: string) =>
        `Devices here are unlikely to send media to each other directly: this network's address translation gives each server another public port (row ${id}). Calls through Onsight's servers still work.`,
      // X.3's and X.4's own findings, as sentences: one wording for the row and the caveat.
      'sip-alg': (id: string) => `${asSentence(SIP_ALG_TEXT.found)} (row ${id}).`,
      'large-datagrams': (id: string) => `${asSentence(LARGE_DATAGRAM_TEXT.dropped)} (row ${id}).`,
    } satisfies Record<ExtraKind, (id: string) => string>,
  },
};

/** The app shell's own sentences (issue 14): a run that broke, the log. */
export const SHELL_TEXT = {
  runFailedHeadline: 'The check stopped before the end',
  runFailedReason: (message: string) =>
    `Something went wrong inside the app (${message}). The rows below are the ones it finished; press "Run again" to try once more.`,
  /** A row the run never reached, once the run has broken. */
  notChecked: 'Not checked: the check stopped before this row had an answer.',
  announceFailed: 'The check stopped before the end.',
};

/** `watch` (issue 20): checking again until ready, printing only what changed. */
export const WATCH_TEXT = {
  /** After a first run that is not ready; `every` and `limit` as "10 sec", "30 min". */
  starting: (every: string, limit: string) =>
    `Checking again every ${every} until ready (at most ${limit}); Ctrl+C stops.`,
  /** Before the verdict's headline, each time it changes: "14:02:31 Verdict: …". */
  verdict: 'Verdict',
  /** After --for, without a ready verdict. */
  stopped: (limit: string) => `Stopped after ${limit}; the last verdict is above.`,
  errors: {
    watchOnly: (flag: string) => `--${flag} belongs to watch`,
    notInWatch: (flag: string) => `--${flag} belongs to run, not watch`,
    json: 'watch prints lines for a person, not JSON: a script can call run --json itself',
    /** `max`: the longest duration, as it is typed ("1h"). */
    duration: (flag: string, text: string, max: string) =>
      `--${flag} ${JSON.stringify(text)}: expected a duration from 1s to ${max}, such as 10s, 2m or 1h`,
    everyBelowTimeout: (every: string, timeoutMs: number, floor: string) =>
      `--every ${every}: sooner than an attempt times out (--timeout-ms ${timeoutMs}); give at least ${floor}`,
  },
};

/** Name look-ups (main/engine/probes/dns.ts): what the system resolver and a DNS server said. */
/** Attempts the run's deadline or a cancel ended before their own end: they prove nothing. */
export const STOPPED_TEXT = {
  cancelledWaiting: 'cancelled before an answer came',
  cancelledQueued: 'cancelled before it was tried',
  cutOff: (deadlineMs: number, timeoutMs: number) =>
    `not finished before the run's deadline (${seconds(deadlineMs)}): it had less than its own ${seconds(timeoutMs)} to answer`,
  notTried: (deadlineMs: number) =>
    `not tried: the run's deadline (${seconds(deadlineMs)}) came first`,
  /** A datagram that never left: the deadline, a cancel, or its block answered elsewhere. */
  notSent: (where: string) => `${where}: not tried, the run ended before its turn to be sent`,
  noPortSent: (where: string) => `no sampled port of ${where} was tried: the run ended first`,
  somePortsNotSent: (message: string, count: number) =>
    `${message} (${count} more sampled ports not tried: the run's deadline came before their turn at 100 packets/s)`,
};

/** The extra checks of table X (not in the guide): what the runner says for them itself. */
export const EXTRA_TEXT = {
  /** No server of the rows it builds on answered, so it has nothing to measure against. */
  noServer: (rowIds: readonly string[]) =>
    `not measured: no Onsight server answered ${rowsNamed(rowIds)} in this run`,
  /** Stopped by a cancel before it ended (X.2, X.3): what it had proves nothing either way. */
  stopped: 'not finished: the check was stopped',
  /** It was still running at its own limit (a backstop: every kind ends by itself before). */
  overran: (limitMs: number) => `not finished within ${seconds(limitMs)}`,
  /** Its label wherever it is shown: one-way figures need the far end. */
  qualityLabel: 'round trip, estimate',
};

/** X.2 NAT behaviour (RFC 4787 §4.1): what one local socket's mapped addresses say. */
export const NAT_TEXT = {
  /** "52.142.34.58 port 3478". */
  server: (address: string, port: number) => `${address} port ${port}`,
  noNat: (address: string, count: number) =>
    `no NAT: ${count === 1 ? 'the STUN server sees' : `all ${count} STUN servers see`} this computer's own address ${address}, so devices can send media to it directly`,
  endpointIndependent: (address: string, port: number, count: number) =>
    `this network keeps one public address and port for this computer, ${address} port ${port}, towards all ${count} STUN servers that answered (endpoint-independent mapping): devices can send media to each other directly`,
  dependent: (onPort: boolean, portTested: boolean) =>
    `this network gives this computer another public ${onPort ? 'port' : 'address or port'} for each server ${onPort ? 'address and port' : 'address'} it talks to (${onPort ? 'address-and-port-dependent' : portTested ? 'address-dependent' : 'at least address-dependent'} mapping, "symmetric NAT"): direct device-to-device media is unlikely here; calls through Onsight's servers still work`,
  unknown: (answered: number) =>
    answered === 0
      ? 'could not tell: no STUN server answered this check'
      : `could not tell: ${answered === 1 ? 'only one STUN server answered' : 'only one server address answered'}, and comparing mappings needs two`,
  portsKept: 'the port is kept (port preservation)',
  portsChanged: 'the port is translated',
  carrierGrade:
    "a carrier-grade NAT is in the path (an address in 100.64.0.0/10): the internet provider's own NAT translates too",
  notSent: (why: string) => `could not send from one local socket: ${why}`,
};

/** X.3 SIP ALG: OPTIONS on TCP 5060 against the same request over TLS 5061 (RFC 3261 §18.2.1). */
export const SIP_ALG_TEXT = {
  found:
    "a SIP-aware firewall feature (SIP ALG) changes Onsight's signalling: ask IT to turn it off for TCP 5060",
  none: "no SIP ALG: TCP 5060 carries Onsight's signalling unchanged, as TLS 5061 does",
  couldNotTell: 'could not tell whether a SIP ALG is in the path',
  noCommonServer: (plainRow: string, secureRow: string) =>
    `could not tell: no server answered both rows ${plainRow} and ${secureRow} in this run, and the comparison needs one that did`,
  noFinal: (timeoutMs: number) => `no final answer within ${seconds(timeoutMs)}`,
  closedEarly: 'the server closed the connection without an answer',
  noAnswer: (leg: 'plain' | 'control', why: string) =>
    `${leg === 'plain' ? 'TCP 5060' : 'TLS 5061'} gave no SIP answer to compare: ${why}`,
  controlChanged: (headers: readonly string[]) =>
    `even over TLS 5061 the server changed ${headers.join(', ')} in its answer: a comparison shows nothing`,
  plainChanged: (headers: readonly string[]) =>
    `the answer on TCP 5060 came back with ${headers.join(', ')} changed, and the one over TLS 5061 without: something between this computer and the server rewrote it`,
  rportAdded: (rport: number) =>
    `the answer on TCP 5060 carries rport=${rport}, which the request did not ask for, and the one over TLS 5061 none: something in the path added it`,
  controlWithoutReceived:
    'over TLS 5061 the server added no "received" to the Via: it saw this computer\'s own address, so there is no NAT in the path or the server never adds one; a missing one on TCP 5060 would prove nothing',
  receivedMissing: (received: string) =>
    `over TLS 5061 the server saw this computer's private address in the Via and added received=${received}; on TCP 5060 it added none, so it saw the public address there: a device in the path rewrote the request on the way out`,
  bothReceived: (plain: string, control: string) =>
    `the server added received=${plain} on TCP 5060 and received=${control} on TLS 5061: it saw this computer's own Via on both, untouched`,
};

/** X.1, call quality (issue 18): the burst's figures in words, always under its label. */
export const QUALITY_TEXT = {
  /** While the burst runs (a progress event). */
  running: (sent: number, slots: number) =>
    `${EXTRA_TEXT.qualityLabel}: ${sent} of ${slots} requests sent so far`,
  measured: (q: {
    rttMedianMs: number;
    rttP95Ms: number;
    jitterMs: number | null;
    lossPct: number;
    sent: number;
    answered: number;
    reordered: number;
    mos: number;
    skipped?: number;
  }) =>
    `${EXTRA_TEXT.qualityLabel}: ${q.rttMedianMs} ms median, 95% within ${q.rttP95Ms} ms, ` +
    `jitter ${q.jitterMs === null ? 'not measured' : `${q.jitterMs} ms`}, ` +
    `${q.lossPct}% lost (${q.sent - q.answered} of ${q.sent})` +
    (q.reordered > 0 ? `, ${q.reordered} out of order` : '') +
    `, estimated MOS ${q.mos.toFixed(1)}` +
    (q.skipped ? ` (${q.skipped} sends left out: 10 requests were still awaited)` : ''),
  /** Appended when every figure is within the limits. */
  fine: `within the limits for calls (loss under ${QUALITY_LIMITS.loss.pass}%, round trip under ${QUALITY_LIMITS.rtt.pass} ms, jitter under ${QUALITY_LIMITS.jitter.pass} ms)`,
  /** Appended with the figures beyond the limits (warn: beyond the first; fail: the second). */
  beyond: (reasons: readonly string[]) => `calls may stutter: ${reasons.join(', ')}`,
  reasons: {
    loss: {
      warn: `loss of ${QUALITY_LIMITS.loss.pass}% or more`,
      fail: `loss over ${QUALITY_LIMITS.loss.warn}%`,
    },
    rtt: {
      warn: `a round trip of ${QUALITY_LIMITS.rtt.pass} ms or more`,
      fail: `a round trip over ${QUALITY_LIMITS.rtt.warn} ms`,
    },
    jitter: {
      warn: `jitter of ${QUALITY_LIMITS.jitter.pass} ms or more`,
      fail: `jitter over ${QUALITY_LIMITS.jitter.warn} ms`,
    },
  } satisfies Record<QualityFigure, { warn: string; fail: string }>,
  noAnswer: (where: string, sent: number, graceMs: number) =>
    `${EXTRA_TEXT.qualityLabel}: none of ${sent} requests to ${where} was answered within ${seconds(graceMs)}, though it answered STUN earlier in this run`,
  /** The burst's socket failed (`why`: the failure in words, socket-errors.ts). */
  socketFailed: (why: string) => `${EXTRA_TEXT.qualityLabel}: not measured: ${why}`,
  stopped: `${EXTRA_TEXT.qualityLabel}: stopped before the burst ended`,
};

/** X.1's figures as the chart's text alternative and its caption read them. */
export interface QualityFigures {
  sent: number;
  lost: number;
  lossPct: number;
  reordered: number;
  rttMedianMs: number | null;
  rttP95Ms: number | null;
  jitterMs: number | null;
  mos: number | null;
  /** The burst is still under way: `expected` requests in all. */
  live: boolean;
  expected: number;
}

/** The app's face of the extra checks (issue 18): X.1's chart, the longer test, the header. */
export const EXTRA_SCREEN_TEXT = {
  /** X.1's label on screen: one-way figures need the far end. */
  qualityLabel: EXTRA_TEXT.qualityLabel,
  /** The chart's caption: what was measured, and against which server. */
  chartCaption: (server: string) => `${EXTRA_TEXT.qualityLabel}, ${server}`,
  /** The top of the chart's scale. */
  scale: (ms: number) => `${ms} ms`,
  /**
   * The chart's text alternative, and the figures beside it: every figure in words. `live`: the
   * burst is still going, so the figures are the answers so far and `lost` leaves out the
   * requests still on their way; once it ended, `lost` is every request without an answer.
   */
  figures: (q: QualityFigures) => {
    const sofar = q.live ? `so far, ${q.sent} of ${q.expected} packets sent: ` : '';
    if (q.rttMedianMs === null) return `${sofar}no answer to any of ${q.sent} packets`;
    return [
      `${sofar}median ${formatMilliseconds('en', q.rttMedianMs)}`,
      ...(q.rttP95Ms === null ? [] : [`95th percentile ${formatMilliseconds('en', q.rttP95Ms)}`]),
      ...(q.jitterMs === null ? [] : [`jitter ${formatMilliseconds('en', q.jitterMs)}`]),
      q.live
        ? `${q.lost} lost`
        : `${q.lost} of ${q.sent} packets lost (${formatPercent('en', q.lossPct)})`,
      ...(q.reordered > 0 ? [`${q.reordered} out of order`] : []),
      ...(q.mos === null ? [] : [`estimated MOS ${q.mos.toFixed(1)} of 5`]),
    ].join(', ');
  },
  /** The first screen while table X still runs: the verdict stands, the code comes at the end. */
  extrasRunning:
    'The verdict stands. The extra checks (not in the guide) are still running: the helpdesk code and the report follow when they end.',
  longerTest: 'Longer call-quality test (30 s instead of 3 s)',
  longerTestHint: 'Row X.1 sends one small packet every 20 ms, as a call does, for 30 seconds.',
};

export const DNS_TEXT = {
  /** The resolver's code stays in the probe's detail (errorCode), not in the sentence. */
  failed: (host: string, why: string, _code: string) => `could not look up ${host}: ${why}`,
  /** getaddrinfo's codes as Node names them: they cannot tell SERVFAIL, REFUSED and NXDOMAIN apart. */
  systemCodes: {
    ENOTFOUND: 'the name does not exist (or the DNS server refused to say)',
    EAI_AGAIN: 'no DNS server gave an answer',
    ETIMEOUT: 'no DNS server answered in time',
    ENODATA: 'the name has no address',
    ECHILD: 'the look-up could not run',
    ECANCELLED: 'the check ended before an answer came',
  } as Record<string, string>,
  unknownSystemCode: 'the look-up failed',
  /** A DNS server's own answer (RFC 1035 section 4.1.1 RCODE), asked again after a failure. */
  answered: (servers: readonly string[], answer: string) =>
    `${servers.length === 1 ? `the DNS server ${servers[0]}` : `the DNS servers ${servers.join(', ')}`} ${answer}`,
  answers: {
    SERVFAIL: 'answered SERVFAIL: it could not resolve the name',
    REFUSED: 'answered REFUSED: it will not resolve names for this computer',
    NXDOMAIN: 'answered NXDOMAIN: the name does not exist',
    NODATA: 'knows the name but gives no address for it',
    PORT_UNREACHABLE:
      'refused the query on port 53 (no DNS service there, or a firewall rejects it)',
  } as Record<string, string>,
  resolvesTo: (host: string, addresses: readonly string[]) =>
    `${host} resolves to ${addresses.join(', ')}`,
  noAddress: (host: string) => `${host} resolves to no address`,
};

/**
 * Built once, as the module loads: a process's first use of Intl loads ICU's locale data (about
 * 10 ms of CPU on a 2-vCPU machine). X.4's words are written while X.1's burst times its
 * answers (and, before the extra checks waited for the guide rows, while guide probes were
 * timed: a first use there counted into their `rttMs`, issue 12).
 */
const GROUPED = new Intl.NumberFormat('en-US');

const byteSizes = (sizes: readonly number[]) => {
  const words = sizes.map((n) => GROUPED.format(n));
  const last = words.pop();
  return `${words.length > 0 ? `${words.join(', ')} and ${last}` : last} bytes`;
};

/** X.4 Large datagrams (issue 18): one padded STUN Binding request per size. */
export const LARGE_DATAGRAM_TEXT = {
  /** Every size was answered; `server` is e.g. "52.142.34.58 port 3478". */
  passed: (sizes: readonly number[], server: string) =>
    `UDP datagrams of ${byteSizes(sizes)} reached ${server} and were answered`,
  /** The warn's first words, whatever was lost (issue 18). */
  dropped: 'video may stall: this network drops large UDP packets',
  /** Sizes that fit one packet of a 1,500-byte MTU, unanswered. */
  lostWhole: (sizes: readonly number[]) =>
    `no answer to ${byteSizes(sizes)}, which fit in one 1,500-byte packet: the path's MTU is smaller, or a firewall drops large packets`,
  /** Sizes beyond a 1,500-byte MTU, unanswered: they travel as IP fragments. */
  lostFragmented: (sizes: readonly number[]) =>
    `no answer to ${byteSizes(sizes)}, more than one 1,500-byte packet carries, so sent as IP fragments: this network drops fragments`,
  arrived: (sizes: readonly number[], server: string) => `${byteSizes(sizes)} reached ${server}`,
  /** Stopped before its answer or its time was up: it proves nothing. */
  stopped: (sizes: readonly number[]) => `${byteSizes(sizes)} not finished: the run was stopped`,
};

// What each row of the firewall guide is, in words a person on site understands (issue 17,
// "Plain words"), keyed by the guide's row id (issue 19). The profile JSON keeps the guide's
// own technical wording: the fallback for a row this catalogue does not know (another
// profile), and the "firewall guide" line of a row's Details.
export interface RowWords {
  /** What the row checks, as the person on site would say it. */
  title: string;
  /** Why it matters, in one plain sentence. */
  explanation: string;
  /** The firewall rule IT adds when the row fails: the guide's own, in the reader's language. */
  fix: string;
}

export const ROW_WORDS = {
  '2-1.1': {
    title: 'Onsight signs in and loads its settings',
    explanation:
      'Onsight reaches Librestream securely to sign in, and to carry calls over TeamLink.',
    fix: 'Allow outbound HTTPS (TCP 443) to *.librestream.com on the firewall and on every web proxy.',
  },
  '2-1.2': {
    title: 'Connections to Librestream are not opened on the way',
    explanation:
      'Onsight checks that it talks to Librestream itself; a device that opens and re-signs the traffic breaks the connection.',
    fix: 'Disable SSL inspection (HTTPS decryption) for *.librestream.com on the proxy or firewall.',
  },
  '2-1.3': {
    title: "Onsight reaches Librestream's servers in China",
    explanation: "Sites that use TeamLink in China go through Librestream's servers there.",
    fix: 'Allow outbound HTTPS (TCP 443) to *.librestreamtech.cn on every proxy, with SSL inspection disabled.',
  },
  '2-1.4': {
    title: "Your organisation's own Onsight web addresses work",
    explanation: 'Web addresses of your own that point at Onsight must be reachable too.',
    fix: "Add your custom domains that point at Librestream to the proxy's allow list for HTTPS (TCP 443), with SSL inspection disabled.",
  },
  '2-0.1': {
    title: 'Onsight Platform Manager: how Onsight finds its call server',
    explanation:
      'A setting in Onsight Platform Manager (SIP Detection Method "SIP Server Full"), not something this check can see on the network.',
    fix: 'In Onsight Platform Manager, set the client policy SIP Detection Method to SIP Server Full for all clients.',
  },
  '2-2.1': {
    title: 'Calls can find a direct way through this network',
    explanation:
      'Onsight learns how the call servers see this network, so calls can go direct; needed when TeamLink is on.',
    fix: 'Allow outbound UDP 3478 (STUN) to 52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28.',
  },
  '2-2.2': {
    title: 'Calls can be set up',
    explanation: 'Onsight sets up every call with its call servers.',
    fix: 'Allow outbound TCP 5060 (SIP) to 52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28.',
  },
  '2-2.3': {
    title: 'Calls can be set up securely',
    explanation: 'Onsight sets up calls over an encrypted connection to its call servers.',
    fix: 'Allow outbound TCP 5061 (SIP over TLS 1.2) to 52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28, without SSL inspection.',
  },
  '2-2.4': {
    title: 'Call sound and video get through',
    explanation: "The sound, video and shared data of a call flow to Onsight's media servers.",
    fix: 'Allow outbound UDP 15000-65000 ((S)RTP, (S)RTCP, STUN) to 52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28.',
  },
  '2-2.5': {
    title: 'Web links to the call servers are redirected',
    explanation: 'Only used so that a web browser is sent on to the secure address.',
    fix: 'Optionally allow outbound TCP 80 (HTTP, redirects only) to 52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28.',
  },
  '2-2.6': {
    title: 'The call servers answer securely on the web port',
    explanation: 'The call services also answer secure web traffic.',
    fix: 'Allow outbound TCP 443 (HTTPS) to 52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28.',
  },
  '2-3.1': {
    title: 'Older call server: a direct way for calls (1 of 3)',
    explanation: 'Older Onsight sites use one US call server; needed when TeamLink is on.',
    fix: 'Allow outbound UDP 3478 (STUN) to 54.213.166.17 (sip.librestream.com).',
  },
  '2-3.2': {
    title: 'Older call server: a direct way for calls (2 of 3)',
    explanation: 'Older Onsight sites use one US call server; needed when TeamLink is on.',
    fix: 'Allow outbound UDP 58024 (STUN) to 54.213.166.17 (sip.librestream.com).',
  },
  '2-3.3': {
    title: 'Older call server: a direct way for calls (3 of 3)',
    explanation: 'Older Onsight sites use one US call server; needed when TeamLink is on.',
    fix: 'Allow outbound UDP 58523 (STUN) to 54.213.166.17 (sip.librestream.com).',
  },
  '2-3.4': {
    title: 'Older call server: calls can be set up',
    explanation: 'Older Onsight sites set up calls with one US call server.',
    fix: 'Allow outbound TCP 5060 (SIP) to 54.213.166.17 (sip.librestream.com).',
  },
  '2-3.5': {
    title: 'Older call server: calls can be set up securely',
    explanation: 'Older Onsight sites set up calls over an encrypted connection.',
    fix: 'Allow outbound TCP 5061 (SIP over TLS 1.2) to 54.213.166.17 (sip.librestream.com), without SSL inspection.',
  },
  '2-4.1': {
    title: 'Older media servers: call sound and video get through',
    explanation: 'Older Onsight sites send call sound and video to six US media servers.',
    fix: 'Allow outbound UDP 15000-65000 (SRTP, SRTCP) to 54.200.152.202, 54.201.34.23, 54.213.38.103, 54.218.75.97, 54.213.75.101, 54.200.248.252.',
  },
  '3-1.1': {
    title: 'This computer has free ports for call sound and video',
    explanation: 'Onsight sends call media from a range of ports on this computer.',
    fix: "Close or reconfigure the programs holding UDP ports 6000-6200 on this computer, or allow Onsight's media from higher local ports.",
  },
  '3-1.2': {
    title: 'Calls and sign-in leave from any port of this computer',
    explanation: 'Nothing to test: the rows for signing in and setting up calls already show it.',
    fix: 'Do not restrict the local (source) ports of outbound SIP and HTTPS.',
  },
  '3-1.3': {
    title: 'Devices can send call media straight to each other',
    explanation:
      'Where allowed, two devices on a call exchange media directly; checking it needs a second device.',
    fix: 'If direct client-to-client media is allowed, permit UDP 6000-6199 between Onsight devices.',
  },
  '4.1': {
    title: 'iPhones and iPads here get call notifications',
    explanation:
      "Apple devices on this network learn of incoming calls through Apple's push service.",
    fix: 'Allow outbound TCP 5223, 2197 and 443 to 17.0.0.0/8 (Apple Push Notification service).',
  },
  '4.2': {
    title: 'Android phones and tablets here get call notifications',
    explanation:
      "Android devices on this network learn of incoming calls through Google's push service.",
    fix: 'Allow outbound TCP 5228, 5229, 5230 and 443 to mtalk.google.com and fcm.googleapis.com (Firebase Cloud Messaging).',
  },
  'X.1': {
    title: "Call quality to Onsight's STUN servers (round trip, estimate)",
    explanation:
      "A few seconds of small packets, one every 20 ms as a call's sound is sent, to the Onsight server that answered STUN: how long the round trip takes, how much it varies, and how many packets are lost.",
    fix: "A call needs loss under 1%, a round trip under 100 ms and jitter under 30 ms on UDP to Onsight's servers (Table 2-2): look for congestion or a slow link between this site and them.",
  },
  'X.2': {
    title: 'NAT behaviour (how this network translates addresses)',
    explanation:
      'Whether this network keeps one public address and port for this computer whatever Onsight server it talks to: that lets devices send media to each other directly.',
    fix: "Optional, for direct device-to-device media (row 3-1.3): set the NAT to endpoint-independent mapping for UDP (RFC 4787, REQ-1). Calls through Onsight's servers work either way.",
  },
  'X.3': {
    title: 'SIP ALG (a firewall feature that rewrites SIP on TCP 5060)',
    explanation:
      "Some firewalls change the SIP messages that set up calls on TCP 5060 (a SIP ALG); that can break Onsight's call setup. The same request over TLS on 5061, which no firewall can read, is the comparison.",
    fix: "Turn off the SIP ALG (also called SIP inspection, SIP helper or SIP fixup) for TCP 5060 to Onsight's call services (Table 2-2).",
  },
  'X.4': {
    title: "Large UDP packets to Onsight's STUN servers",
    explanation:
      'Video is sent in UDP packets of up to about 1,200 bytes; a network that drops large packets makes video stall while sound still works.',
    fix: "Let UDP packets of up to 1,500 bytes, and their fragments, through to Onsight's call services (Table 2-2), and check the path's MTU.",
  },
} satisfies Record<string, RowWords>;

/** The guide's tables, by id, as a person on site would name them. */
export const TABLE_WORDS = {
  '2-1': 'Signing in',
  '2-0': 'Onsight Platform Manager',
  '2-2': 'Calls',
  '2-3': 'Older call server',
  '2-4': 'Older media servers',
  '3-1': 'This computer',
  '4': 'Phones and tablets',
  X: 'Extra checks (not in the guide)',
} satisfies Record<string, string>;

/** The app's native menu (main/app/menu.ts). */
export const MENU_TEXT = {
  file: 'File',
  saveReport: 'Save report…',
  print: 'Print…',
  edit: 'Edit',
  view: 'View',
  language: 'Language',
  /** The first item of the Language menu: follow the operating system's preferred languages. */
  systemLanguage: "The system's language",
  help: 'Help',
  enterHelpdeskCode: 'Enter a helpdesk code…',
  openLogFolder: 'Open log folder',
  /** The standard items (Electron names them in English on Windows and Linux unless labelled). */
  closeWindow: 'Close Window',
  quit: 'Quit',
  copy: 'Copy',
  selectAll: 'Select All',
  reload: 'Reload',
  toggleDevTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  about: (product: string) => `About ${product}`,
  /** The About box: what a helpdesk asks for first. */
  aboutVersion: (version: string) => `Version ${version}`,
  aboutProfile: (id: string, version: string, revision: number, hash: string) =>
    `Profile ${id} ${version}, revision ${revision} (${hash})`,
  /** The error box when the window cannot open at all. */
  couldNotStart: (product: string) => `${product} could not start`,
};

/** Two readings of one site side by side (issue 20): `watch`, `diff` and "Keep checking". */
export const COMPARE_TEXT = {
  /** A row's status before and after: "Fail → Pass". */
  change: (before: string, after: string) => `${before} → ${after}`,
  /** In place of a status: the reading has no such row (its profile is another version). */
  absent: 'not in this reading',
};

/** `diff BEFORE AFTER` (issue 20): two saved readings of one site, compared row by row. */
export const DIFF_TEXT = {
  /** The usage's names of the two arguments: a mistake names the side it is in. */
  sides: { before: 'BEFORE', after: 'AFTER' },
  /** In front of what each side is. */
  labels: { before: 'Before', after: 'After' },
  file: (file: string, startedAt: string) => `result file ${file}, run started ${startedAt}`,
  code: (code: string) => `helpdesk code ${code}`,
  /** What a side is, and the profile it was made with (a code: the one it was read against). */
  side: (what: string, profile: string) => `${what} (${profile})`,
  profile: (id: string, version: string, revision: number) =>
    `profile ${id} ${version} r${revision}`,
  changed: (count: number) => (count === 1 ? '1 row changed:' : `${count} rows changed:`),
  unchanged: 'No row changed.',
  versionsDiffer:
    'The two come from different profile versions: compared row by row where the ids match.',
  onlyOneSide: 'Rows only one of them has:',
  diagnosis: { before: 'Diagnosis before:', after: 'Diagnosis after:' },
  /** One line each (exit code 2); `side` is BEFORE or AFTER. */
  errors: {
    count: 'diff takes two results: BEFORE AFTER, each a JSON file or a helpdesk code',
    unreadable: (side: string, file: string, code: string) =>
      `${side} ${file}: cannot be read (${code})`,
    notJson: (side: string, file: string, why: string) => `${side} ${file}: not JSON (${why})`,
    notResult: (side: string, file: string, why: string) =>
      `${side} ${file}: not a result of "onsight-netcheck run --json" (${why})`,
    neither: (side: string, text: string, why: string) =>
      `${side} ${JSON.stringify(text)}: no such file, and not a helpdesk code (${why})`,
    code: (side: string, code: string, why: string) => `${side} helpdesk code ${code}: ${why}`,
  },
};

/** Choosing the language (issue 19): the CLI's note and the bilingual report's second part. */
export const LANGUAGE_TEXT = {
  /** A label and its text: "For IT: …" (French puts a no-break space before the colon; Japanese and Chinese a full-width colon). */
  labelled: (label: string, text: string) => `${label}: ${text}`,
  /** On stderr when LANG or --lang asks for a language this version does not have. */
  notAvailable: (asked: string, available: readonly string[]) =>
    `The language "${asked}" is not available (${available.join(', ')}): English is used.`,
  /** The heading of the English copy below a report in another language. */
  englishCopy: 'English copy',
  englishCopyHint:
    "The same result in English, for Librestream's support and for IT teams in other countries.",
};

/**
 * Issue 20, "Rules freshness": a STUN server of the guide's rows reports its own address
 * (RFC 5780's RESPONSE-ORIGIN or OTHER-ADDRESS) outside every range the guide lists. The path
 * works; the guide the rules come from may be older than the service.
 */
export const ORIGIN_TEXT = {
  /** The row's result in the table: it works, and the server gave an address the guide lacks. */
  plain: 'Works; the server gives an address the firewall guide does not list',
  /** The diagnosis's Recommended line (decoded codes say it too). */
  recommended:
    'A STUN server reports its own address outside the ranges the firewall guide lists: the guide these rules come from may be out of date. Ask Librestream for a newer revision of the "Onsight Firewall & Proxy Configuration Guide", and add any new ranges to the firewall rules.',
};

/** The row's own sentence for it: the English record, as the engine's sentences are. */
export const UNLISTED_TEXT = {
  rowNote: (summary: string, addresses: readonly string[]) =>
    `${summary}, but the server reports its own address as ${addresses.join(' and ')}, outside the ranges the guide lists`,
};

/** Keep checking (issue 20): the app checks the rows that are not passing again while IT changes the firewall. */
export const KEEP_CHECKING_TEXT = {
  /** The toggle's name. */
  toggle: 'Keep checking',
  /** Beside the toggle: what it does. */
  hint: (seconds: number, minutes: number) =>
    `Checks the rows that are not passing again every ${seconds} s, for up to ${minutes} minutes, while the firewall is changed.`,
  /** The time the last round ended: "Last checked 14:02:31". */
  lastChecked: (time: string) => `Last checked ${time}`,
  /** Switched on, before its first round has ended. */
  waiting: 'Checking again in a few seconds.',
  /** The heading of the list of changes. */
  changesLabel: 'What changed',
  /** One line of the list, and what a screen reader hears: "14:02:31 2-2.3 Secure SIP: Fail → Pass". */
  change: (time: string, line: string) => `${time} ${line}`,
  /** The label before the new verdict's headline, in the list. */
  verdictLabel: 'Verdict',
  /** Rounds have ended, and none changed a row. */
  noChange: 'No change yet.',
  /** The verdict became ready: the toggle is off again. */
  stoppedReady: 'Onsight will work here now: Keep checking has switched itself off.',
  /** The time is up. */
  stoppedTime: (minutes: number) =>
    `Keep checking stopped after ${minutes} minutes: switch it on again to go on.`,
  /** A round could not finish (its run broke or could not start). */
  stoppedBroken: 'Keep checking stopped: the last check could not finish.',
};

/**
 * A row's coverage (issue 20): what this run could test of it from this computer, and why
 * not; and the guide revision the rules come from. The marks are not words: they stay the same
 * in every language (COVERAGE_MARKS, common/coverage-kinds.ts).
 */
export const COVERAGE_TEXT = {
  labels: {
    tested: 'Tested by this run',
    inferred: 'Inferred',
    'not-testable-here': 'Cannot be tested from this computer',
    'not-tested': 'Not tested in this run',
  } satisfies Record<CoverageKind, string>,
  /** One entry of the legend under a table: "~ Inferred". */
  legendEntry: (mark: string, label: string) => `${mark} ${label}`,
  tested: "This run got a genuine answer or a definite failure from the row's own probes.",
  inferred: {
    'same-servers': (rowIds: readonly string[]) =>
      `Its own probes got no answer, which proves nothing: media servers rarely answer outside a call. It counts as open because ${rowsNamed(rowIds)} to the same servers got through.`,
    'shown-by-rows': (rowIds: readonly string[]) =>
      `Concluded from ${rowsNamed(rowIds)}, whose connections already leave from random local ports.`,
    'phones-same-path': (_rowIds: readonly string[]) =>
      'Tested from this computer, on the path that phones and tablets on the same network use; what they meet is concluded from it.',
  } satisfies Record<InferredReason, (rowIds: readonly string[]) => string>,
  notTestableHere: {
    'second-device':
      'It needs a second Onsight device: media sent straight from one device to another cannot be tested from one computer.',
    'server-policy':
      'It is a policy setting in Onsight Platform Manager, on the server side, not something the network can show.',
  } satisfies Record<NotTestableReason, string>,
  notTested: {
    'left-out': (_rowIds: readonly string[]) => 'This run left it out.',
    'option-off': (_rowIds: readonly string[]) => 'Its option is off, so this run did not test it.',
    'could-not-tell': (_rowIds: readonly string[]) =>
      'This run could not tell: its probes got no definite answer.',
    'sources-not-tested': (rowIds: readonly string[]) =>
      `It is concluded from ${rowsNamed(rowIds)}, which this run did not test.`,
    'sources-failed': (rowIds: readonly string[]) =>
      `It is concluded from ${rowsNamed(rowIds)}, which did not get through in this run, so they show nothing of it.`,
  } satisfies Record<NotTestedReason, (rowIds: readonly string[]) => string>,
  /** The label of the rules line, given with LANGUAGE_TEXT.labelled: "Rules: …". */
  rules: 'Rules',
  /** The guide the profile's rules come from: "… Guide 400295-08 Rev D, December 2022". */
  guide: (name: string, document: string, revision: string, yearMonth: string) =>
    `${name} ${document} ${revision}, ${formatMonth('en', yearMonth)}`,
};

/**
 * The shell's file dialogs (main/app), in the language the app speaks when one opens: "Save
 * report…" and "Compare with a saved report…".
 */
export const DIALOG_TEXT = {
  saveTitle: 'Save report',
  openTitle: 'Open a saved report',
  /** The file-type filter of the dialogs, per format. */
  fileTypes: {
    html: 'Web page (HTML)',
    pdf: 'PDF document',
    text: 'Plain text',
    json: 'JSON',
  } satisfies Record<'html' | 'pdf' | 'text' | 'json', string>,
};

/**
 * "Compare with a saved report…" (issue 20): a JSON report saved earlier, beside the run on
 * screen, compared row by row (common/results/compare.ts) in the words `diff` uses.
 */
export const OPEN_SAVED_TEXT = {
  /** The button, beside "Save report…". */
  open: 'Compare with a saved report…',
  opening: 'Opening…',
  hint: 'Shows a JSON report saved earlier beside this run, with what changed row by row.',
  /** The panel's heading. */
  heading: 'Compared with a saved report',
  /** The two sides: the saved report (before) and the run on screen (after). */
  savedLabel: 'Saved report',
  currentLabel: 'This run',
  /** When a side's run started (its time as the reports give it). */
  started: (time: string) => `Run started ${time}`,
  close: 'Close the comparison',
  /** One sentence in the panel; `format` is the Report panel's name of the JSON format. */
  errors: {
    tooBig: (file: string, megabytes: number) =>
      `"${file}" is larger than ${megabytes} MB, too large for a saved report: it was not opened.`,
    unreadable: (file: string, code: string) => `"${file}" could not be read (${code}).`,
    notJson: (file: string, format: string) =>
      `"${file}" is not a JSON file: to compare a run later, save its report in the format "${format}".`,
    notResult: (file: string, format: string) =>
      `"${file}" is JSON, but not a report of Onsight Network Check: choose one saved in the format "${format}".`,
  },
};
