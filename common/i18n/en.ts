// Every sentence a person reads, in one place, ready for translation (issue 6).
import type { Outcome, RowStatus, VerdictStatus } from '../outcomes';

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

const list = (ids: readonly string[]) => ids.join(', ');

export const VERDICT_REASONS = {
  webBlocked: (ids: readonly string[]) =>
    `HTTPS to Librestream does not get through (${ids.length > 1 ? 'rows' : 'row'} ${list(ids)}); Onsight cannot sign in.`,
  inspected: (product: string | undefined) =>
    `Librestream's traffic is opened by SSL inspection${product ? ` (${product})` : ''} (row 2-1.2); Onsight refuses such connections.`,
  directBlockedNoTeamLink: (ids: readonly string[]) =>
    `Calls cannot connect directly (rows ${list(ids)}) and TeamLink is off: turn on TeamLink in OPM, or open these rules.`,
  otherRequired: (ids: readonly string[]) => `A required check failed (rows ${list(ids)}).`,
  proxyAuth: (ids: readonly string[], schemes: readonly string[]) =>
    `The proxy asks for a password${schemes.length > 0 ? ` (${schemes.join(', ')})` : ''} that this check cannot give, so rows ${list(ids)} could not be confirmed; Onsight may still sign in to it with your Windows account, or the proxy must let Librestream through without a password.`,
  undecided: (ids: readonly string[]) =>
    `Rows ${list(ids)} could not be confirmed or refuted, and they decide the result.`,
  teamLinkOnly: (ids: readonly string[]) =>
    `Direct calls are blocked (rows ${list(ids)}); Onsight will tunnel calls over HTTPS with TeamLink, with lower quality.`,
  captivePortal:
    'This network answers HTTPS with its own certificate and web pages with a login page: a captive portal or hotel/guest Wi-Fi login. Sign in to it in a browser, then run the check again.',
  ready: 'Every required rule of the Onsight guide is open on this network.',
  nothingRun: 'No required row was checked.',
};

export const CAVEATS = {
  mediaUnconfirmed:
    'UDP to the media servers works; the 15000-65000 range can only be confirmed during a call',
  partial: 'Only some rows were checked (--only): this verdict covers those rows alone.',
  captivePortal:
    'Captive portal or hotel/guest Wi-Fi login: the failures say nothing about the firewall until you have signed in.',
};

export const ROW_SUMMARIES = {
  skippedOption: (option: string) => `Not checked: the "${option}" option is off.`,
  skippedOnly: 'Not checked: left out of this run.',
  info: 'Nothing to test on the network: a reminder.',
  notReached: 'Not checked before the run ended.',
  allAnswered: (count: number, first: string) => `All ${count} answered; ${first}`,
  someAnswered: (answered: number, total: number, silent: readonly string[]) =>
    `${answered} of ${total} answered; no answer from ${silent.join(', ')}`,
  manyFailed: (count: number, first: string) => `${first} (and ${count - 1} more alike)`,
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
    wifi: 'Wi-Fi',
    wired: 'Wired',
    unknown: 'Not known',
    notYet: 'Not known yet',
    unavailable: 'Could not be read',
  },
  announce: {
    row: (id: string, title: string, status: string, summary: string) =>
      `Row ${id}, ${title}: ${status}.${summary ? ` ${summary}` : ''}`,
    verdict: (headline: string, reason: string) => `${headline}. ${reason}`,
    cancelled: 'The check was stopped before it finished.',
  },
};

/** The helpdesk code's decoder and its read-it-out aid (common/helpdesk). */
export const HELPDESK_TEXT = {
  asIn: (char: string, word: string) => `${char} as in ${word}`,
  dash: 'dash',
  badCharacter: (char: string, position: number) =>
    `${JSON.stringify(char)} (character ${position}) is not used in helpdesk codes: they contain only the digits 0-9 and the letters A-Z without U.`,
  badLength: (length: number, valid: readonly number[]) =>
    `The code has ${length} characters, but a code has ${valid.join(', ')} characters (dashes not counted): a character is missing or one too many.`,
  badCheck:
    'The code does not add up: a character is wrong or two neighbours are swapped. Please read it out again.',
  badContent: 'The code does not describe a possible result: please read it out again.',
  otherProfile: (id: string, version: string) =>
    `This code was made with another version of the checks (or of this app), not with profile ${id} ${version}: decode it with the version that made it.`,
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
  partial: 'Only some rows were checked.',
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
  proxy: (source: string, worked: string | null) =>
    `${source}${worked ? `; reached the internet through ${worked}` : ''}`,
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
  caveat: (text: string) => `Note: ${text}`,
  code: (code: string) => `Helpdesk code: ${code}`,
  problems: 'Problems:',
  noProblems: 'No problems: every row that was checked passed.',
  problem: (id: string, statusWord: string, summary: string) =>
    summary ? `${id} ${statusWord}: ${summary}` : `${id} ${statusWord}`,
  changeRequest: 'Firewall change request:',
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
    heading: 'Firewall change request',
    intro: 'Send these lines to the IT team: the rules to add, merged by destination and port.',
    copyLabel: 'all lines of the firewall change request',
  },
  decode: {
    heading: 'Enter a helpdesk code',
    label: 'Helpdesk code',
    hint: 'As the caller reads it out: letters and digits, dashes optional. O reads as 0, I and L as 1.',
    submit: 'Show the result',
    close: 'Close',
    errors: {
      length: 'Wrong length',
      character: 'A character that codes do not use',
      check: 'The check failed',
      profile: 'Made with another profile version',
    } satisfies Record<'length' | 'character' | 'check' | 'profile', string>,
    resultFor: (code: string) => `Result of code ${code}`,
    profile: (id: string, version: string) => `Profile ${id} ${version}`,
    options: (o: { teamlink: boolean; legacy: boolean; china: boolean; customDomains: boolean }) =>
      [
        `TeamLink ${o.teamlink ? 'on' : 'off'}`,
        `legacy servers ${o.legacy ? 'on' : 'off'}`,
        `China ${o.china ? 'on' : 'off'}`,
        o.customDomains ? 'custom domains checked' : 'no custom domains',
      ].join(', '),
    fix: 'How to fix it',
    noFix: '—',
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
