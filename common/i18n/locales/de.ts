// German catalogue (issue 19): glossary in docs/i18n.md.
import type { AddressState, ExtraKind, Outcome, VerdictStatus } from '../../outcomes';
import type { Cause } from '../../diagnosis/causes';
import type { InterfaceKind, SkipReason } from '../../results/schema';
import type { Catalogue } from '../catalogue';
import type { CauseWords, QualityFigures } from '../en';
import {
  formatMilliseconds,
  formatMonth,
  formatNumber,
  formatPercent,
  formatSeconds,
  pluralOf,
} from '../format';

const LANG = 'de' as const;

const n = (value: number) => formatNumber(LANG, value);
const isOne = (count: number) => pluralOf(LANG, count) === 'one';

/** "Zeile 2-2.1", "Zeilen 2-2.1, 2-3.1". */
const rowsNamed = (rowIds: readonly string[]) =>
  `${isOne(rowIds.length) ? 'Zeile' : 'Zeilen'} ${rowIds.join(', ')}`;

/** German switch words for the options lines. */
const onOff = (on: boolean) => (on ? 'ein' : 'aus');

const VERDICT_HEADLINES = {
  ready: 'Onsight funktioniert hier',
  'teamlink-only': 'Onsight funktioniert nur über TeamLink',
  inconclusive: 'Unklar, ob Onsight hier funktioniert',
  'not-ready': 'Onsight funktioniert hier noch nicht',
} satisfies Catalogue['VERDICT_HEADLINES'];

const ROW_STATUS_WORDS = {
  pending: 'Wartet',
  running: 'Wird geprüft',
  pass: 'OK',
  warn: 'Warnung',
  fail: 'Fehler',
  unverified: 'Unklar',
  skipped: 'Übersprungen',
  info: 'Info',
} satisfies Catalogue['ROW_STATUS_WORDS'];

/** Which network was tested (issue 12, part 7): the same words in the app and the reports. */
const NETWORK_TEXT = {
  kinds: {
    wifi: 'Wi-Fi',
    wired: 'Kabel (LAN)',
    cellular: 'Mobilfunk',
    tunnel: 'VPN oder Tunnel',
    other: 'Sonstige (virtuell oder unbekannt)',
  } satisfies Record<InterfaceKind, string>,
  wifiNamed: (name: string) => `Wi-Fi „${name}“`,
  vpn: 'VPN oder Tunnel',
  vpnNone: 'Keins aktiv',
  vpnUp: (names: readonly string[], defaultRoute: boolean) =>
    `${names.join(', ')} aktiv: ${defaultRoute ? 'Die Prüfung lief darüber' : 'Die Prüfung lief nicht darüber (die Standardroute führt woandershin)'}`,
  families: 'IP-Versionen',
  familyWords: (ipv4: boolean, ipv6: boolean) =>
    ipv4 && ipv6
      ? 'IPv4 und IPv6'
      : ipv4
        ? 'Nur IPv4'
        : ipv6
          ? 'Nur IPv6'
          : 'Weder IPv4 noch IPv6 reicht über dieses Netzwerk hinaus',
} satisfies Catalogue['NETWORK_TEXT'];

/** The words of the app window (renderer/). */
const APP_TEXT = {
  appName: 'Onsight Network Check',
  header: {
    startingHeadline: 'Netzwerk wird geprüft…',
    startingReason:
      'Jede Regel des Onsight-Firewall-Leitfadens wird von diesem Computer aus getestet.',
    cancelledHeadline: 'Prüfung abgebrochen',
    cancelledReason:
      'Die Prüfung endete, bevor jede Zeile ein Ergebnis hatte: Klicken Sie für ein Gesamtergebnis auf „Erneut prüfen“.',
    failedHeadline: 'Prüfung konnte nicht starten',
    progressLabel: 'Fortschritt der Prüfung',
    progress: (done: number, total: number) => `${n(done)} von ${n(total)} Zeilen geprüft`,
    elapsed: (seconds: number) => `${n(seconds)} s`,
    caveatsLabel: 'Bitte beachten',
    helpdeskLabel: 'Helpdesk-Code',
    helpdeskHint:
      'Lesen Sie diesen Code dem Librestream-Support vor: Er enthält alle Ergebnisse dieser Prüfung.',
  },
  actions: {
    runAgain: 'Erneut prüfen',
    rerunFailed: 'Fehler erneut prüfen',
    cancel: 'Abbrechen',
    onlyProblems: 'Nur Probleme zeigen',
  },
  table: {
    resultsLabel: 'Ergebnisse',
    columnRow: 'Zeile',
    columnCheck: 'Prüfung',
    columnStatus: 'Status',
    columnResult: 'Ergebnis',
    columnDetails: 'Details',
    showDetails: 'Details',
    detailsFor: (id: string) => `Details zu Zeile ${id}`,
    noProblems: 'Bisher keine Probleme: Alle Zeilen sind OK oder werden noch geprüft.',
    probesCaption: 'Was kontaktiert wurde',
    columnTarget: 'Ziel',
    columnPort: 'Port',
    columnOutcome: 'Ergebnis',
    columnTime: 'Zeit',
    columnMessage: 'Was geschah',
    noProbes: 'Für diese Zeile wurde nichts kontaktiert.',
    probesPending: 'Noch keine Antworten.',
    time: (ms: number) => `${n(Math.round(ms))} ms`,
    noTime: '—',
    viaMapping: (target: string) => `(kontaktiert als ${target})`,
    fixLabel: 'So beheben Sie es',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren fehlgeschlagen',
  },
  outcomes: {
    reply: 'geantwortet',
    refused: 'abgelehnt',
    timeout: 'keine Antwort',
    reset: 'unterbrochen',
    'local-block': 'von diesem Computer blockiert',
    unreachable: 'nicht erreichbar',
    'dns-fail': 'Name nicht gefunden',
    'tls-error': 'sichere Verbindung fehlgeschlagen',
    'tls-intercepted': 'SSL-Inspektion',
    'proxy-auth': 'Proxy verlangt ein Passwort',
    'proxy-denied': 'vom Proxy abgelehnt',
    'in-use': 'Port belegt',
    malformed: 'unlesbare Antwort',
    'not-implemented': 'noch nicht geprüft',
    error: 'interner Fehler',
    'not-sent': 'nicht versucht',
  } satisfies Record<Outcome, string>,
  options: {
    legend: 'Optionen',
    teamlink: 'TeamLink ist für diesen Standort aktiviert',
    legacy: 'Ältere Server prüfen (Tabellen 2-3 und 2-4)',
    china: 'TeamLink in China prüfen (*.librestreamtech.cn)',
    domains: 'Eigene Domains dieses Standorts',
    domainsHint:
      'Hostnamen, die auf Librestream verweisen, durch Kommas oder Leerzeichen getrennt.',
    proxy: 'Proxy',
    proxyHint: '„system“ (Einstellung des Computers), „direct“ oder http://host:port',
    apply: 'Übernehmen und neu prüfen',
    badDomain: (text: string) => `„${text}“ ist kein Hostname (zum Beispiel onsight.example.com).`,
    badProxy:
      'Geben Sie den Proxy als http://host:port oder https://host:port an, oder „system“ bzw. „direct“.',
  },
  host: {
    legend: 'Computer und Netzwerk',
    os: 'System',
    connection: 'Verbindung',
    interface: 'Aktive Schnittstelle',
    address: 'Adresse',
    gateway: 'Gateway',
    dns: 'DNS-Server',
    publicAddress: 'Öffentliche Adresse (per STUN)',
    proxy: 'Proxy-Einstellung',
    unknown: 'Unbekannt',
    notYet: 'Noch unbekannt',
    unavailable: 'Nicht lesbar',
  },
  announce: {
    verdict: (headline: string, reason: string) => `${headline}. ${reason}`,
    cancelled: 'Die Prüfung wurde vor dem Ende abgebrochen.',
  },
} satisfies Catalogue['APP_TEXT'];

const ROW_SUMMARIES = {
  /** Why a row was left out of the run (common/plan.ts, SkipReason). */
  skipped: (skip: SkipReason): string => {
    switch (skip.why) {
      case 'left-out':
        return 'Nicht geprüft: in diesem Durchlauf ausgelassen.';
      case 'quality-off':
        return 'Nicht gemessen: Die Messung der Anrufqualität ist ausgeschaltet (--quality-seconds 0).';
      case 'option':
        // The person reads the Options panel's words, not the profile's key.
        return skip.option === 'customDomains'
          ? 'Nicht geprüft: In den Optionen sind keine eigenen Domains dieses Standorts angegeben.'
          : `Nicht geprüft: „${APP_TEXT.options[skip.option]}“ ist in den Optionen ausgeschaltet.`;
      case 'sources-left-out':
        return `Nicht geprüft: Gemessen werden die Onsight-Server aus ${rowsNamed(skip.rows)}, und dieser Durchlauf lässt ${isOne(skip.rows.length) ? 'diese Zeile' : 'diese Zeilen'} aus.`;
    }
  },
  info: 'Im Netzwerk nichts zu prüfen: ein Hinweis.',
  notReached: 'Nicht geprüft, bevor der Durchlauf endete.',
  allAnswered: (count: number, first: string) => `Alle ${n(count)} antworteten; ${first}`,
  someAnswered: (answered: number, total: number, silent: readonly string[]): string =>
    `${n(answered)} von ${n(total)} antworteten; ${ROW_SUMMARIES.noAnswerFrom(silent)}`,
  noAnswerFrom: (silent: readonly string[]) => `keine Antwort von ${silent.join(', ')}`,
  manyFailed: (count: number, first: string) => `${first} (und ${n(count - 1)} weitere dieser Art)`,
  /** A probe that left no message: its outcome in words (APP_TEXT.outcomes) and its target. */
  outcomeFrom: (outcome: string, target: string) => `${target}: ${outcome}`,
} satisfies Catalogue['ROW_SUMMARIES'];

/** A CIDR block, whose addresses are probed together (ARCHITECTURE.md, "Ranges"). */
const BLOCK_TEXT = {
  states: {
    answered: 'geantwortet',
    silent: 'ohne Antwort',
    refused: 'abgelehnt',
    failed: 'fehlgeschlagen',
    'not-needed': 'nicht nötig',
    'not-sent': 'nicht gesendet',
    'cut-off': 'durch das Zeitlimit beendet',
    cancelled: 'abgebrochen',
  } satisfies Record<AddressState, string>,
  answeredBy: (address: string) => `Antwort von ${address}`,
  /** The row's line for a block that answered: which of its addresses did. */
  answered: (label: string, address: string) => `${label}: Antwort von ${address}`,
  /** "12 ohne Antwort, 2 abgelehnt": each state's count, in the order of `states`. */
  tally: (addresses: ReadonlyArray<{ state: AddressState }>): string =>
    (Object.keys(BLOCK_TEXT.states) as AddressState[])
      .map((state) => [state, addresses.filter((a) => a.state === state).length] as const)
      .filter(([, count]) => count > 0)
      .map(([state, count]) => `${n(count)} ${BLOCK_TEXT.states[state]}`)
      .join(', '),
  /** The app's line under a block's target. */
  addressesLine: (addresses: ReadonlyArray<{ address: string; state: AddressState }>): string => {
    const answered = addresses.find((a) => a.state === 'answered');
    return answered
      ? BLOCK_TEXT.answeredBy(answered.address)
      : `${n(addresses.length)} Adressen: ${BLOCK_TEXT.tally(addresses)}`;
  },
  noneAnswered: (block: string, count: number, tally: string, first: string) =>
    `keine der ${n(count)} Adressen von ${block} hat geantwortet (${tally}); ${first}`,
} satisfies Catalogue['BLOCK_TEXT'];

/** The first screen (issue 17): verdict word, next step, code, what to send to IT. */
const SCREEN_TEXT = {
  /** The word beside the verdict's icon: never colour alone (WCAG 1.4.1). */
  verdictWords: {
    ready: 'Bereit',
    'not-ready': 'Nicht bereit',
    'teamlink-only': 'Nur TeamLink',
    inconclusive: 'Unklar',
  } satisfies Record<VerdictStatus, string>,
  phaseWords: { running: 'Prüfung läuft', cancelled: 'Abgebrochen', failed: 'Problem' },
  skip: {
    label: 'Sprunglinks',
    results: 'Zu den Ergebnissen',
    problems: 'Zu den Problemen',
    report: 'Zum Bericht',
  },
  actionsLabel: 'Aktionen',
  sideLabel: 'Bericht, Optionen und dieser Computer',
  sendToIt: {
    label: 'An die IT senden',
    copy: 'Änderungsantrag kopieren',
    copied: 'Änderungsantrag kopiert',
    copyFailed: 'Änderungsantrag konnte nicht kopiert werden',
    save: 'Bericht speichern…',
  },
  changeRequest: {
    heading: 'Änderungsantrag für die IT',
    none: 'Im Netzwerk ist nichts zu ändern.',
    showAll: (count: number) => `Alle ${n(count)} zeigen`,
    showFewer: 'Weniger zeigen',
    details: (count: number) => `Firewall-Regeln im Detail (${n(count)})`,
    notes: 'Hinweise für die IT',
  },
  /** An optional row that failed: shown as advice, never as a red "Fail" (its status stays fail). */
  recommendedWord: 'Empfohlen',
  guideLabel: 'Firewall-Leitfaden',
  guideRow: (id: string, title: string) => `Zeile ${id}: ${title}`,
  /** A finished run whose STUN probes saw no public address. */
  publicAddressNone: 'Nicht erkannt (keine STUN-Antwort)',
  announce: {
    /** After the verdict: one sentence for every problem, instead of one per row. */
    problems: (titles: readonly string[]) =>
      titles.length === 0
        ? 'Keine Probleme.'
        : `${n(titles.length)} ${isOne(titles.length) ? 'Problem' : 'Probleme'}: ${titles.join('; ')}.`,
  },
} satisfies Catalogue['SCREEN_TEXT'];

/** A row's result in the table, in plain words (common/reports/presented-status.ts). */
const RESULT_WORDS = {
  pass: 'Funktioniert',
  /** A row that got through in part (warn): some servers, some ports of a range. */
  partly: 'Teilweise: Einige Server oder Ports waren nicht erreichbar',
  partlyInUse: 'Teilweise: Andere Programme belegen einige dieser Ports',
  /** `why` is one of `outcomes` below, which reads well after a colon as it is. */
  unverified: (why: string) => `Unklar: ${why}`,
  outcomes: {
    reply: 'Antwort erhalten, aber nicht die, die Onsight braucht',
    refused: 'Blockiert: Die Verbindung wurde abgelehnt',
    timeout: 'Blockiert: Es kam keine Antwort',
    reset: 'Unterwegs unterbrochen',
    'local-block': 'Von der Firewall dieses Computers blockiert',
    unreachable: 'Von diesem Netzwerk aus kein Weg dorthin',
    'dns-fail': 'Der Name konnte nicht aufgelöst werden',
    'tls-error': 'Die sichere Verbindung ist fehlgeschlagen',
    'tls-intercepted': 'Unterwegs geöffnet und neu signiert (SSL-Inspektion)',
    'proxy-auth': 'Der Webproxy verlangt ein Passwort',
    'proxy-denied': 'Vom Webproxy abgelehnt',
    'in-use': 'Andere Programme belegen diese Ports',
    malformed: 'Antwort erhalten, die Onsight nicht verwenden kann',
    'not-implemented': 'Von dieser Version nicht geprüft',
    error: 'Die Prüfung selbst ist fehlgeschlagen',
    'not-sent': 'Nicht versucht, bevor die Prüfung endete',
  } satisfies Record<Outcome, string>,
  /** The extra checks (table X) by kind. */
  extra: {
    'call-quality': {
      problem:
        'Anrufe können stocken: Umlaufzeit, Jitter oder Verlust liegen über dem, was ein guter Anruf braucht',
      unverified: 'Unklar: In diesem Durchlauf nicht gemessen',
    },
    'nat-behaviour': {
      problem:
        'Geräte können kaum direkt Medien austauschen; Anrufe über die Onsight-Server funktionieren weiterhin',
      unverified: 'Unklar, wie dieses Netzwerk Adressen übersetzt',
    },
    'sip-alg': {
      problem: 'Eine Firewall-Funktion (SIP ALG) verändert die Signalisierung von Onsight',
      unverified: 'Unklar, ob eine Firewall-Funktion die Signalisierung von Onsight verändert',
    },
    'large-datagrams': {
      problem: 'Große UDP-Pakete werden verworfen: Video kann stocken',
      unverified: 'Unklar: In diesem Durchlauf nicht gemessen',
    },
  } satisfies Record<ExtraKind, { problem: string; unverified: string }>,
} satisfies Catalogue['RESULT_WORDS'];

/** "Send to IT" (common/reports/it-request.ts): the change request as text for an e-mail. */
const IT_REQUEST_TEXT = {
  title: (date: string) => `Onsight Network Check: Änderungsantrag für die IT, ${date}`,
  details: 'Firewall-Regeln im Detail:',
  notes: 'Hinweise für die IT:',
  note: (title: string, explanation: string) => `${title} – ${explanation}`,
} satisfies Catalogue['IT_REQUEST_TEXT'];

/** The helpdesk code's decoder and its read-it-out aid (common/helpdesk). */
const HELPDESK_TEXT = {
  asIn: (char: string, word: string) => `${char} wie ${word}`,
  dash: 'Bindestrich',
  badCharacter: (char: string, position: number) =>
    `${JSON.stringify(char)} (Zeichen ${n(position)}) kommt in Helpdesk-Codes nicht vor. Diese enthalten nur die Ziffern 0-9 und die Buchstaben A-Z ohne U.`,
  badLength: (length: number, valid: { min: number; max: number }) =>
    `Der Code stimmt nicht: Er hat ${n(length)} Zeichen, ein Code hat aber ${n(valid.min)} bis ${n(valid.max)} (ohne Bindestriche). Bitte lesen Sie ihn noch einmal vor.`,
  badCheck:
    'Der Code stimmt nicht: Ein Zeichen ist falsch, fehlt oder ist zu viel, oder zwei benachbarte Zeichen sind vertauscht. Bitte lesen Sie ihn noch einmal vor.',
  badContent: 'Der Code beschreibt kein mögliches Ergebnis: Bitte lesen Sie ihn noch einmal vor.',
  otherProfile: (id: string, version: string) =>
    `Dieser Code wurde mit einer anderen Version der Prüfungen (oder dieser App) erstellt, nicht mit Profil ${id} ${version}: Lesen Sie ihn mit der Version aus, die ihn erstellt hat.`,
  newerVersion:
    'Dieser Code stammt von einer neueren Version von Onsight Network Check: Aktualisieren Sie diese App, um ihn zu lesen.',
  /** A 0.1 code (format v1): it stored the verdict but not the cause. */
  olderVersion: (verdict: string, sameVerdict: boolean) =>
    `Dieser Code stammt von einer älteren Version von Onsight Network Check (0.1), die die Ursache nicht gespeichert hat: Die Ursache unten ist allein aus den Status der Zeilen abgeleitet.${sameVerdict ? '' : ` Jene Version ergab das Ergebnis „${verdict}“.`}`,
} satisfies Catalogue['HELPDESK_TEXT'];

const services = (names: readonly string[]) => (names.length > 0 ? ` (${names.join(', ')})` : '');

/**
 * The firewall change request (common/results/change-request.ts). A proxy or an inspecting
 * device is named by its address or product, or by `unnamedProxy` / `unnamedInspector`: the
 * sentences place it where a dative fits both ("auf dem Webproxy", "hinter 10.0.0.1:8080").
 */
const CHANGE_REQUEST_TEXT = {
  services: {
    https: 'HTTPS',
    httpRedirect: 'HTTP, nur Weiterleitung auf HTTPS',
    sip: 'SIP',
    sipTls: 'SIP über TLS 1.2',
    stun: 'STUN',
    media: 'SRTP/SRTCP-Medien',
  },
  allow: (port: string, names: readonly string[], destinations: readonly string[]) =>
    `${port}${services(names)} ausgehend zu ${destinations.join(', ')} zulassen`,
  allowOnThisComputer: (port: string, names: readonly string[], destinations: readonly string[]) =>
    `${port}${services(names)} ausgehend zu ${destinations.join(', ')} in der Firewall dieses Computers zulassen`,
  disableInspection: (domains: readonly string[], product: string) =>
    `SSL-Inspektion für ${domains.join(', ')} auf ${product} deaktivieren`,
  unnamedInspector: 'dem prüfenden Proxy',
  unnamedProxy: 'dem Webproxy',
  proxyAuth: (proxy: string, schemes: readonly string[], destinations: readonly string[]) =>
    `Auf ${proxy} Onsight ohne Proxy-Passwort zu ${destinations.join(', ')} durchlassen (verlangt wurde ${schemes.length > 0 ? schemes.join(', ') : 'ein Passwort'})`,
  proxyDenied: (proxy: string, status: string | undefined, destinations: readonly string[]) =>
    `Auf ${proxy} ${destinations.join(', ')} in die Freigabeliste aufnehmen${status ? `; Antwort war ${status}` : ''}`,
  proxyCannotReach: (proxy: string, status: string, destinations: readonly string[]) =>
    `Die Firewall hinter ${proxy} für ${destinations.join(', ')} öffnen; Antwort war ${status}: Der Proxy erreichte die Ziele selbst nicht`,
  resolve: (names: readonly string[]) =>
    `${names.join(', ')} im DNS dieses Netzwerks auflösbar machen`,
  localPorts: (range: string) =>
    `Lokale UDP-Ports ${range} auf diesem Computer für die Medien von Onsight frei machen oder Onsight ihre Nutzung in der Firewall des Computers erlauben`,
} satisfies Catalogue['CHANGE_REQUEST_TEXT'];

/** The reports: HTML, plain text and JSON (common/reports). */
const REPORT_TEXT = {
  title: 'Onsight Network Check – Bericht',
  scope:
    'Diese Ergebnisse gelten für diesen Computer, in diesem Netzwerk, zu diesem Zeitpunkt: Ein anderer Computer, ein anderes Netzwerk oder ein anderer Zeitpunkt kann ein anderes Ergebnis liefern.',
  labels: {
    date: 'Datum',
    duration: 'Dauer',
    app: 'App',
    profile: 'Profil',
    options: 'Optionen',
    mappings: 'Umgeleitete Ziele',
    proxy: 'Proxy',
    verdict: 'Ergebnis',
    caveat: 'Hinweis',
    code: 'Helpdesk-Code',
    spelling: 'Buchstabiert',
    changeRequest: 'Firewall-Änderungsantrag',
    checks: 'Prüfungen',
    network: 'Computer und Netzwerk',
    row: 'Zeile',
    check: 'Prüfung',
    status: 'Status',
    details: 'Details',
  },
  codeHint:
    'Geben Sie diesen Code an den Librestream-Support weiter: Er enthält das gesamte Ergebnis.',
  noCode: 'für dieses Ergebnis nicht verfügbar',
  noChanges: 'Nichts zu ändern: Jede geprüfte Regel ist offen.',
  duration: (ms: number) => formatSeconds(LANG, ms),
  profile: (id: string, version: string, revision: number, hash: string) =>
    `${id} ${version}, Revision ${revision} (${hash})`,
  options: (o: {
    teamlink: boolean;
    legacy: boolean;
    china: boolean;
    customDomains: readonly string[];
  }) =>
    [
      `TeamLink ${onOff(o.teamlink)}`,
      `ältere Server ${onOff(o.legacy)}`,
      `China ${onOff(o.china)}`,
      o.customDomains.length > 0
        ? `eigene Domains ${o.customDomains.join(', ')}`
        : 'keine eigenen Domains',
    ].join(', '),
  mapping: (from: string, to: string) => `${from} wird unter ${to} geprüft`,
  /** `worked` is the engine's entry: "DIRECT", or the proxy's URL (credentials never kept). */
  proxy: (source: string, worked: string | null) =>
    `${source}${
      worked === null
        ? ''
        : worked === 'DIRECT'
          ? '; Internet direkt erreicht, ohne Proxy'
          : `; Internet über den Proxy ${worked
              .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
              .replace(/^[^@/]*@/, '')
              .replace(/\/$/, '')} erreicht`
    }`,
  network: {
    os: 'Betriebssystem',
    hostname: 'Computername',
    user: 'Benutzername',
    interfaces: 'Netzwerkschnittstellen',
    gateway: 'Standardgateway',
    dns: 'DNS-Server',
    publicAddress: 'Öffentliche Adresse',
    none: 'keine',
    unknown: 'unbekannt',
    defaultRoute: 'Standardroute',
  },
  detailsLeftOut:
    'Computername, Benutzername und lokale Adressen sind in diesem Bericht nicht enthalten.',
  noHost: 'Angaben zu Computer und Netzwerk wurden nicht erfasst.',
} satisfies Catalogue['REPORT_TEXT'];

/** The short summary "Copy summary" puts on the clipboard, for chat and e-mail (issue 7). */
const SUMMARY_TEXT = {
  title: (date: string) => `Onsight Network Check, ${date}`,
  code: (code: string) => `Helpdesk-Code: ${code}`,
  problems: 'Probleme:',
  noProblems: 'Keine Probleme: Jede geprüfte Zeile ist OK.',
  problem: (id: string, statusWord: string, summary: string) =>
    summary ? `${id} ${statusWord}: ${summary}` : `${id} ${statusWord}`,
  changeRequest: 'Firewall-Änderungsantrag:',
} satisfies Catalogue['SUMMARY_TEXT'];

/** The command line's own words (main/cli): flags, commands and exit codes stay as they are. */
const CLI_TEXT = {
  usage: `Aufruf:
  onsight-netcheck run  [Auswahl] [--proxy URL|direct|system] [--pac URL|DATEI]
                        [--ca DATEI]... [--reflector ZIEL]... [--timeout-ms N]
                        [--deadline-ms N] [--concurrency N]
                        [--quality-seconds N] [--json] [--width N]
                        [--report DATEI.html|.json|.txt] [--english-copy on|off]
                        [--include-computer-details] [--lang SPRACHE]
  onsight-netcheck watch [Auswahl] [--every DAUER] [--for DAUER]
                        [die Optionen von run, ohne --json und --report]
  onsight-netcheck plan [Auswahl] --json
  onsight-netcheck decode CODE [--profile DATEI] [--json] [--width N]
                        [--lang SPRACHE]
  onsight-netcheck diff VORHER NACHHER [--profile DATEI] [--json] [--width N]
                        [--lang SPRACHE]
  onsight-netcheck --version | --help
Auswahl:
  --profile DATEI  --option teamlink=on|off,legacy,china
  --custom-domain HOST...  --only ZEILE,...  --map VON=NACH...  --override DATEI
--width N: Zeilen bei N Spalten umbrechen (Standard: Terminalbreite, sonst 80).
--quality-seconds N: Messung der Anrufqualität, Zeile X.1 (Standard 3; 0: aus).
--every DAUER: watch prüft die Zeilen, die noch nicht OK sind, in diesem Abstand
  erneut (Standard 10s, mindestens --timeout-ms); --for DAUER: höchstens so
  lange (Standard 30m). DAUER: 10s, 2m, 1h. watch endet mit 0, sobald bereit,
  sonst wie run.
--lang SPRACHE: en, fr, de, es, pt-BR, zh-CN oder ja
  (Standard: LC_ALL, LC_MESSAGES oder LANG).
--english-copy on|off: englische Fassung unter dem Bericht
  (Standard: on, außer bei Englisch).
Exit-Codes von run (nach 0.1 geändert; dort hieß 1 alles außer „bereit“):
  0 bereit           1 nicht bereit      4 nur TeamLink      5 unklar
  2 Fehler in Aufruf, Profil, Datei oder Code
  3 interner Fehler  130 unterbrochen
plan, decode, diff, --help und --version enden mit 0,
sonst mit 2 oder 3 wie oben.`,
  /** What `--version` prints after the tool's name and version. */
  version: (profile: string, version: string, revision: number, hash: string) =>
    `(Profil ${profile} ${version} r${revision}, ${hash})`,
  /** A command that is written wrongly or asks for what cannot be (exit code 2). */
  errors: {
    wholeNumber: (flag: string, value: string, min: number, max: number) =>
      `--${flag} ${JSON.stringify(value)}: erwartet wird eine ganze Zahl von ${min} bis ${max}`,
    optionValue: (item: string) => `--option ${item}: Der Wert muss on oder off sein`,
    onOff: (flag: string, value: string) =>
      `--${flag} ${JSON.stringify(value)}: Der Wert muss on oder off sein`,
    unknownOption: (item: string, name: string, known: readonly string[]) =>
      `--option ${item}: unbekannte Option „${name}“ (bekannt: ${known.join(', ')})`,
    /** `why`: the file's own problem (JSON's message, the first field that is wrong). */
    override: (file: string, why: string) => `--override ${file}: ${why}`,
    noCommand: 'Ein Befehl fehlt: run, watch, plan, decode oder diff',
    decodeOneCode: 'decode erwartet genau einen CODE',
    unknownCommand: (name: string) =>
      `unbekannter Befehl „${name}“ (bekannt: run, watch, plan, decode, diff)`,
    unexpectedArgument: (text: string) => `unerwartetes Argument „${text}“`,
    runOnly: (flag: string) => `--${flag} gehört zu run, nicht zu plan`,
    customDomain: (why: string) => `--custom-domain: ${why}`,
    reflector: (text: string) =>
      `--reflector ${JSON.stringify(text)}: weder Hostname noch Adresse noch CIDR-Block`,
    onlyEmpty: '--only braucht mindestens eine Zeilen-ID, z. B. --only 2-2.3',
    unknownRow: (row: string, profile: string, rows: readonly string[]) =>
      `--only: keine Zeile ${row} im Profil ${profile} (Zeilen: ${rows.join(', ')})`,
    pacWithProxy: (proxy: string) =>
      `--pac und --proxy ${proxy} schließen sich aus: Geben Sie nur eine Proxy-Einstellung an`,
    pacEmpty: '--pac braucht eine URL oder eine Datei',
    caUnreadable: (file: string, code: string) => `--ca ${file}: nicht lesbar (${code})`,
    caNotPem: (file: string) => `--ca ${file}: kein PEM-Zertifikat`,
    planJsonOnly: 'plan gibt nur JSON aus: Fügen Sie --json hinzu',
    reportFormat: (file: string, pdf: boolean) =>
      `--report ${file}: ${pdf ? 'PDF-Berichte werden in der Desktop-App gespeichert' : 'unbekanntes Format'}; verwenden Sie .html, .json oder .txt`,
    reportUnwritable: (file: string, code: string) =>
      `--report ${file}: nicht schreibbar (${code})`,
    decode: (code: string, why: string) => `decode ${JSON.stringify(code)}: ${why}`,
    internal: (message: string) => `interner Fehler: ${message}`,
  },
  reportWritten: (file: string) => `Bericht gespeichert unter ${file}`,
  /** The tested network under the verdict (common/results/tested-network.ts). */
  network: 'Geprüftes Netzwerk',
  noDefaultRoute: 'Keine Standardroute',
  decodeHeading: (code: string, profile: string, version: string, revision: number) =>
    `Helpdesk-Code ${code} (Profil ${profile} ${version} r${revision})`,
  decodeOptions: (o: { teamlink: boolean; legacy: boolean; china: boolean; custom: boolean }) =>
    `Optionen: TeamLink ${onOff(o.teamlink)}, ältere Server ${onOff(o.legacy)}, China ${onOff(o.china)}, eigene Domains ${o.custom ? 'ja' : 'keine'}`,
} satisfies Catalogue['CLI_TEXT'];

/** The app's helpdesk tools (issue 7): read-it-out, save, decode and the change request. */
const APP_HELPDESK_TEXT = {
  readOut: {
    show: 'Buchstabieren',
    hide: 'Buchstabierung ausblenden',
    label: 'Der Code, Zeichen für Zeichen',
  },
  save: {
    legend: 'Bericht',
    format: 'Format',
    formats: {
      html: 'Webseite (HTML)',
      pdf: 'PDF',
      text: 'Nur Text (E-Mail, Chat)',
      json: 'JSON (für Tools)',
    } satisfies Record<'html' | 'pdf' | 'text' | 'json', string>,
    includeDetails: 'Computerdetails einschließen',
    /** Only in a language other than English (issue 19). */
    englishCopy: 'Englische Fassung anhängen',
    englishCopyHint:
      'Für den Librestream-Support und IT-Teams im Ausland: der ganze Bericht noch einmal auf Englisch.',
    withDetails: 'Enthält Namen, Benutzernamen und lokale Adressen dieses Computers.',
    withoutDetails: 'Lässt Namen, Benutzernamen und lokale Adressen dieses Computers weg.',
    save: 'Bericht speichern…',
    saving: 'Wird gespeichert…',
    saved: (path: string) => `Gespeichert unter ${path}`,
    notSaved: 'Nicht gespeichert.',
    failed: (message: string) => `Der Bericht wurde nicht gespeichert: ${message}`,
    noResult: 'Ein Bericht lässt sich speichern, sobald eine Prüfung abgeschlossen ist.',
    copySummary: 'Zusammenfassung kopieren',
    summaryCopied: 'Zusammenfassung kopiert',
    summaryCopyFailed: 'Zusammenfassung konnte nicht kopiert werden',
  },
  changeRequest: {
    heading: 'Firewall-Änderungsantrag im Detail',
    intro:
      'Für das IT-Team: jede hinzuzufügende Regel, zusammengefasst nach Ziel und Port, wie dieser Computer sie gesehen hat.',
    copyLabel: 'alle Zeilen des Firewall-Änderungsantrags',
  },
  decode: {
    heading: 'Helpdesk-Code eingeben',
    label: 'Helpdesk-Code',
    hint: 'So, wie der Anrufer ihn vorliest: Buchstaben und Ziffern, Bindestriche optional. O gilt als 0, I und L als 1.',
    submit: 'Ergebnis zeigen',
    errors: {
      length: 'Falsche Länge',
      character: 'Zeichen, das in Codes nicht vorkommt',
      check: 'Prüfsumme stimmt nicht',
      profile: 'Mit anderer Profilversion erstellt',
      newer: 'Von neuerer Version erstellt',
    } satisfies Record<'length' | 'character' | 'check' | 'profile' | 'newer', string>,
    resultFor: (code: string) => `Ergebnis zu Code ${code}`,
    profile: (id: string, version: string) => `Profil ${id} ${version}`,
    options: (o: { teamlink: boolean; legacy: boolean; china: boolean; customDomains: boolean }) =>
      [
        `TeamLink ${onOff(o.teamlink)}`,
        `ältere Server ${onOff(o.legacy)}`,
        `China ${onOff(o.china)}`,
        o.customDomains ? 'eigene Domains geprüft' : 'keine eigenen Domains',
      ].join(', '),
  },
} satisfies Catalogue['APP_HELPDESK_TEXT'];

/** The proxy sign-in dialog (issue 17): a proxy asked for a password the check did not have. */
const PROXY_SIGN_IN_TEXT = {
  heading: 'Am Webproxy anmelden',
  intro: (address: string) =>
    `Der Webproxy ${address} verlangt einen Benutzernamen und ein Passwort, bevor er die Prüfung durchlässt.`,
  schemes: (schemes: readonly string[]) =>
    schemes.length > 0
      ? `Angebotene Anmeldeverfahren: ${schemes.join(', ')}.`
      : 'Er gibt nicht an, wie die Anmeldung erfolgt.',
  refused:
    'Benutzername oder Passwort wurden nicht akzeptiert. Prüfen Sie die Angaben und versuchen Sie es erneut.',
  username: 'Benutzername',
  password: 'Passwort',
  privacy:
    'Die Angaben gelten nur für Prüfungen in diesem Fenster, bis Sie die App schließen. Nichts davon wird gespeichert oder in einen Bericht oder ein Protokoll geschrieben.',
  submit: 'Anmelden und neu prüfen',
  cancel: 'Abbrechen',
  open: 'Am Webproxy anmelden…',
  needUsername: 'Geben Sie einen Benutzernamen ein.',
} satisfies Catalogue['PROXY_SIGN_IN_TEXT'];

/** Helpdesk mode (issue 17): the agent's view of a caller's code, apart from this computer's check. */
const HELPDESK_MODE_TEXT = {
  open: 'Helpdesk: Code eines Anrufers eingeben',
  entryLabel: 'Helpdesk',
  back: 'Zurück zur Prüfung dieses Computers',
  intro:
    'Das Ergebnis des Anrufers, aus dem vorgelesenen Code. Die eigene Prüfung dieses Computers ist ausgeblendet, solange diese Ansicht offen ist.',
  problemsHeading: 'Probleme',
  noProblems: 'Keine Zeile hat ein Problem.',
  showAll: 'Alle Zeilen zeigen',
  hideAll: 'Nur Probleme zeigen',
} satisfies Catalogue['HELPDESK_MODE_TEXT'];

const sendToIt = 'Senden Sie den Bericht an Ihr IT-Team';
/** DIAGNOSIS_TEXT.labels.mustFix and .recommended, as the steps refer to them. */
const mustFix = '„Erforderlich“';
const recommended = '„Empfohlen“';

/** The diagnosis: the one story every face tells (common/diagnosis). */
const DIAGNOSIS_TEXT = {
  labels: {
    caveat: 'Hinweis',
    onSite: 'Was jetzt zu tun ist',
    helpdesk: 'Für den Helpdesk',
    it: 'Für die IT',
    mustFix: 'Erforderlich',
    recommended: 'Empfohlen',
    details: 'Firewall-Änderungsantrag im Detail',
  },
  customDomains: 'eigene Domains dieses Standorts',
  partialReady: 'Jede geprüfte Zeile ist offen; die ausgelassenen Zeilen wurden nicht geprüft.',
  nothingChecked:
    'Keine Zeile, die über das Ergebnis entscheidet, wurde geprüft: Wählen Sie mehr Zeilen aus oder führen Sie alle Prüfungen aus.',
  causes: {
    none: () => ({
      headline: 'Onsight funktioniert hier',
      reason: () =>
        'Jede erforderliche Regel des Onsight-Firewall-Leitfadens ist in diesem Netzwerk offen.',
      steps: {
        onSite: 'Nichts zu tun: Sie können Onsight Connect in diesem Netzwerk nutzen.',
        helpdesk:
          'Das Netzwerk ist bereit für Onsight. Wenn Anrufe trotzdem scheitern, liegt es nicht an der Firewall.',
        it: 'Keine Änderung nötig.',
      },
    }),
    'no-network': () => ({
      headline: 'Dieser Computer ist mit keinem Netzwerk verbunden',
      reason: () =>
        'Nichts hat diesen Computer verlassen: Er hat keine Netzwerkverbindung oder keine Route ins Internet. Über die Firewall ist noch nichts bekannt.',
      steps: {
        onSite:
          'Verbinden Sie sich mit dem Wi-Fi oder stecken Sie das Netzwerkkabel ein, und führen Sie die Prüfung erneut aus.',
        helpdesk:
          'Bitten Sie den Anrufer, den Computer mit dem Netzwerk zu verbinden (Wi-Fi oder Kabel) und die Prüfung erneut auszuführen.',
        it: 'Über Firewall-Änderungen lässt sich erst urteilen, wenn dieser Computer verbunden ist.',
      },
    }),
    dns: () => ({
      headline: 'Dieses Netzwerk findet die Onsight-Server nicht',
      reason: () =>
        'Das Netzwerk ist verbunden, aber Namen wie onsight.librestream.com werden nicht aufgelöst, daher findet Onsight seine Server nicht.',
      steps: {
        onSite:
          'Wenn Sie mit einem VPN verbunden sind, trennen Sie es und führen Sie die Prüfung erneut aus; andernfalls senden Sie den Bericht an Ihr IT-Team.',
        helpdesk:
          'Fragen Sie, ob der Computer in einem VPN oder Gastnetz ist. Falls nicht, muss das DNS des Standorts die Namen von Librestream auflösen: Lassen Sie sich den Bericht schicken und geben Sie ihn an das IT-Team des Standorts weiter.',
        it: `Die DNS-Server, die dieses Netzwerk vergibt, müssen die Namen unter ${mustFix} auflösen.`,
      },
    }),
    'ipv6-only': () => ({
      headline: 'Dies ist ein reines IPv6-Netzwerk',
      reason: () =>
        'Namen werden nur in IPv6-Adressen aufgelöst (das Netzwerk übersetzt sie per NAT64/DNS64), aber es gibt keine IPv4-Route: Die Anrufserver von Onsight, die der Firewall-Leitfaden als IPv4-Adressen angibt, sind von diesem Computer aus nicht erreichbar. DNS funktioniert, und für diese Server fehlt keine Firewall-Regel.',
      steps: {
        onSite:
          'Nutzen Sie ein Netzwerk, das auch IPv4 bietet (wie die meisten Büro- und Heimnetze), oder einen Handy-Hotspot, und führen Sie die Prüfung erneut aus. Senden Sie den Bericht an Ihr IT-Team.',
        helpdesk:
          'Das Netzwerk des Anrufers bietet nur IPv6. Die Anrufserver von Onsight haben IPv4-Adressen: Bitten Sie das IT-Team des Standorts um IPv4 in diesem Netzwerk (Dual Stack) oder um 464XLAT, damit dieser Computer übersetzen kann.',
        it: 'Stellen Sie in diesem Netzwerk IPv4 bereit (Dual Stack) oder 464XLAT (ein PLAT, mit CLAT auf den Clients), damit die Clients die IPv4-Adressen des Leitfadens erreichen (Tabellen 2-2 bis 2-4). Die Zeilen mit Hostnamen sind bestanden oder haben unten eigene Regeln.',
      },
    }),
    'captive-portal': () => ({
      headline: 'Dieses Netzwerk verlangt zuerst eine Anmeldung',
      reason: () =>
        'Das Netzwerk antwortet mit einer eigenen Anmeldeseite, wie Wi-Fi in Hotels und Gastnetzen: Über die Firewall ist nichts bekannt, bis Sie sich angemeldet haben.',
      steps: {
        onSite:
          'Öffnen Sie einen Webbrowser, melden Sie sich im Wi-Fi an und führen Sie die Prüfung dann erneut aus.',
        helpdesk:
          'Bitten Sie den Anrufer, einen Webbrowser zu öffnen, sich im Wi-Fi anzumelden und die Prüfung dann erneut auszuführen.',
        it: 'Keine Änderung nötig, bevor sich dieser Computer im Netzwerk angemeldet hat.',
      },
    }),
    'proxy-sign-in': () => ({
      headline: 'Unklar: Der Webproxy verlangt ein Passwort',
      // Short and plain (issue 17): the rows and the proxy's sign-in methods are in the details.
      reason: () =>
        'Der Webproxy dieses Netzwerks verlangt Benutzername und Passwort, daher ließ sich die sichere Verbindung von Onsight nicht prüfen.',
      steps: {
        onSite:
          'Wenn Sie Benutzername und Passwort für den Webproxy haben, melden Sie sich an und prüfen Sie erneut. Wenn nicht, senden Sie den Bericht an Ihr IT-Team.',
        helpdesk:
          'Onsight kann sich eventuell mit dem Windows-Konto am Proxy anmelden. Um sicherzugehen, bitten Sie das IT-Team des Standorts, Librestream ohne Passwort durch den Proxy zu lassen.',
        it: `Lassen Sie die Namen unter ${mustFix} ohne Proxy-Passwort durch den Webproxy.`,
      },
    }),
    'proxy-denied': () => ({
      headline: 'Der Webproxy blockiert Onsight',
      reason: () =>
        'Der Webproxy dieses Netzwerks hat die Verbindung zu den Servern von Librestream abgelehnt.',
      steps: {
        onSite: `${sendToIt}: Der Proxy muss Librestream zulassen.`,
        helpdesk:
          'Der Webproxy des Standorts blockiert Librestream: Lassen Sie sich den Bericht schicken und geben Sie ihn an das IT-Team des Standorts weiter.',
        it: `Nehmen Sie die Namen unter ${mustFix} in die Freigabeliste des Webproxys auf.`,
      },
    }),
    'ssl-inspection': (_verdict: string, product: string | undefined) => ({
      headline: 'SSL-Inspektion in diesem Netzwerk stört Onsight',
      reason: () =>
        `Die sicheren Verbindungen zu Librestream werden unterwegs${product ? ` von ${product}` : ''} geöffnet und neu signiert; Onsight lehnt solche Verbindungen ab, damit Anrufe vertraulich bleiben.`,
      steps: {
        onSite: `${sendToIt}: Librestream muss von der SSL-Inspektion ausgenommen werden.`,
        helpdesk: `Der Standort prüft verschlüsselten Datenverkehr${product ? ` mit ${product}` : ''}. Das IT-Team des Standorts muss *.librestream.com von der SSL-Inspektion ausnehmen.`,
        it: `Deaktivieren Sie die SSL-Inspektion (HTTPS-Entschlüsselung) für die Domains unter ${mustFix}${product ? ` auf ${product}` : ''}.`,
      },
    }),
    clock: () => ({
      headline: 'Die Uhr dieses Computers geht vermutlich falsch',
      reason: () =>
        'Nach der Uhr dieses Computers ist das Zertifikat von Librestream nicht gültig, daher scheitern sichere Verbindungen.',
      steps: {
        onSite:
          'Korrigieren Sie Datum, Uhrzeit und Zeitzone dieses Computers, falls nötig, und führen Sie die Prüfung erneut aus.',
        helpdesk:
          'Bitten Sie den Anrufer, Datum, Uhrzeit und Zeitzone des Computers zu kontrollieren und die Prüfung dann erneut auszuführen.',
        it: 'Stellen Sie sicher, dass dieser Computer seine Uhr mit einem Zeitserver abgleicht.',
      },
    }),
    'web-blocked': () => ({
      headline: 'Onsight erreicht seine Server in diesem Netzwerk nicht',
      reason: (rows: readonly string[]) =>
        `Sicherer Webverkehr (HTTPS), den Onsight braucht, kommt nicht durch (${rowsNamed(rows)}), daher kann sich Onsight nicht anmelden.`,
      steps: {
        onSite: `${sendToIt}: Die Firewall muss Onsight durchlassen.`,
        helpdesk: `Die Firewall des Standorts blockiert die Anmeldung von Onsight. Lassen Sie sich den Bericht schicken und geben Sie ihn an das IT-Team des Standorts weiter: Die Regeln stehen unter ${mustFix}.`,
        it: `Fügen Sie die Regeln unter ${mustFix} hinzu.`,
      },
    }),
    'local-firewall': (verdict: string) => ({
      headline:
        verdict === 'teamlink-only'
          ? 'Onsight funktioniert hier nur über TeamLink'
          : 'Die Firewall dieses Computers blockiert Onsight',
      reason: (rows: readonly string[]) =>
        verdict === 'teamlink-only'
          ? `Eine Firewall oder ein Sicherheitsprogramm auf diesem Computer blockiert direkte Anrufe (${rowsNamed(rows)}), daher überträgt Onsight Anrufe per HTTPS über TeamLink, in geringerer Qualität.`
          : `Eine Firewall oder ein Sicherheitsprogramm auf diesem Computer blockiert Onsight (${rowsNamed(rows)}).`,
      steps: {
        onSite:
          'Bitten Sie Ihr IT-Team, Onsight in der Firewall oder Sicherheitssoftware dieses Computers zuzulassen.',
        helpdesk:
          'Die Firewall oder Sicherheitssoftware dieses Computers blockiert Onsight, nicht das Netzwerk des Standorts: Bitten Sie das IT-Team, Onsight auf diesem Computer zuzulassen.',
        it: `Lassen Sie Onsight in der Firewall oder Sicherheitssoftware dieses Computers zu, und fügen Sie die Regeln unter ${mustFix} hinzu.`,
      },
    }),
    'direct-blocked': (verdict: string) =>
      verdict === 'teamlink-only'
        ? {
            headline: 'Onsight funktioniert hier nur über TeamLink',
            reason: (rows: readonly string[]) =>
              `Direkte Anrufe sind blockiert (${rowsNamed(rows)}), daher überträgt Onsight Anrufe per HTTPS über TeamLink, in geringerer Qualität.`,
            steps: {
              onSite: `Sie können Onsight jetzt nutzen. ${sendToIt}, um eine bessere Anrufqualität zu erhalten.`,
              helpdesk: `Anrufe funktionieren über TeamLink, in geringerer Qualität. Für direkte Anrufe muss das IT-Team des Standorts die Regeln unter ${mustFix} hinzufügen.`,
              it: `Fügen Sie die Regeln unter ${mustFix} hinzu, damit Anrufe direkt laufen können.`,
            },
          }
        : {
            headline: 'Onsight-Anrufe kommen in diesem Netzwerk nicht zustande',
            reason: (rows: readonly string[]) =>
              `Direkte Anrufe sind blockiert (${rowsNamed(rows)}), und TeamLink ist für diesen Standort ausgeschaltet.`,
            steps: {
              onSite: `${sendToIt}.`,
              helpdesk: `Anrufe kommen nicht zustande: Das IT-Team des Standorts muss die Regeln unter ${mustFix} hinzufügen, oder der Onsight-Administrator muss TeamLink einschalten.`,
              it: `Fügen Sie die Regeln unter ${mustFix} hinzu, oder schalten Sie TeamLink in Onsight Platform Manager ein.`,
            },
          },
    'local-ports-taken': (verdict: string) =>
      verdict === 'ready'
        ? {
            headline: 'Onsight funktioniert, aber einige lokale Ports sind belegt',
            reason: () =>
              'Andere Programme auf diesem Computer belegen einige der UDP-Ports 6000-6200; Onsight weicht auf höhere aus.',
            steps: {
              onSite: 'Sie können Onsight jetzt nutzen.',
              helpdesk:
                'Anrufe funktionieren. Andere Programme belegen einige der Ports, die Onsight bevorzugt.',
              it: `Nichts erforderlich; siehe ${recommended}.`,
            },
          }
        : {
            headline: 'Onsight kann von diesem Computer noch nicht anrufen',
            reason: () =>
              'Andere Programme auf diesem Computer belegen alle lokalen UDP-Ports von 6000 bis 6200, die Onsight für Anrufmedien nutzt.',
            steps: {
              onSite:
                'Schließen Sie andere Telefonie- oder Videoprogramme und führen Sie die Prüfung erneut aus.',
              helpdesk:
                'Bitten Sie den Anrufer, andere Telefonie- oder Videoprogramme zu schließen und die Prüfung erneut auszuführen.',
              it: `Machen Sie die lokalen UDP-Ports 6000-6200 auf diesem Computer frei (siehe ${mustFix}).`,
            },
          },
    unverified: () => ({
      headline: 'Unklar, ob Onsight hier funktioniert',
      reason: (rows: readonly string[]) =>
        isOne(rows.length)
          ? `Zeile ${rows.join(', ')} bekam keine eindeutige Antwort, und sie entscheidet über das Ergebnis.`
          : `Zeilen ${rows.join(', ')} bekamen keine eindeutige Antwort, und sie entscheiden über das Ergebnis.`,
      steps: {
        onSite:
          'Führen Sie die Prüfung erneut aus. Bleibt das Ergebnis gleich, senden Sie den Bericht an Ihr IT-Team.',
        helpdesk:
          'Bitten Sie den Anrufer, die Prüfung erneut auszuführen; bleibt das Ergebnis unklar, lassen Sie sich den Bericht schicken.',
        it: 'Sehen Sie sich im Bericht die Zeilen an, die unklar blieben.',
      },
    }),
    'media-partly-blocked': () => ({
      headline: 'Onsight funktioniert, aber Medien sind teils blockiert',
      reason: () =>
        'Anrufe kommen zustande, aber ein Teil des Medienbereichs (UDP 15000-65000) kam bei einigen Onsight-Servern nicht durch: Video kann stocken oder an Qualität verlieren.',
      steps: {
        onSite: `Sie können Onsight jetzt nutzen. ${sendToIt}, damit es den Rest freigibt.`,
        helpdesk:
          'Anrufe funktionieren. Lassen Sie sich den Bericht schicken und geben Sie ihn an das IT-Team des Standorts weiter: Einige Medienregeln fehlen.',
        it: `Fügen Sie die Regeln unter ${recommended} hinzu.`,
      },
    }),
    'partly-blocked': () => ({
      headline: 'Onsight funktioniert, aber einige Server sind nicht erreichbar',
      reason: () =>
        'Jede erforderliche Prüfung hat mindestens einen Onsight-Server erreicht, aber einige Server antworteten nicht: Anrufe können scheitern, wenn Onsight zu ihnen wechselt.',
      steps: {
        onSite: `Sie können Onsight jetzt nutzen. ${sendToIt}, damit es den Rest freigibt.`,
        helpdesk:
          'Anrufe funktionieren. Lassen Sie sich den Bericht schicken und geben Sie ihn an das IT-Team des Standorts weiter: Einige Onsight-Server sind blockiert.',
        it: `Fügen Sie die Regeln unter ${recommended} hinzu.`,
      },
    }),
    'push-blocked': () => ({
      headline: 'Onsight funktioniert, aber Mobilgeräte klingeln eventuell nicht',
      reason: () =>
        'Dieser Computer erreicht Onsight, aber Push-Benachrichtigungen von Apple oder Google sind in diesem Netzwerk blockiert, daher klingeln Smartphones und Tablets hier bei eingehenden Anrufen eventuell nicht.',
      steps: {
        onSite: 'Sie können Onsight auf diesem Computer jetzt nutzen.',
        helpdesk: `Anrufe funktionieren auf Computern. Smartphones und Tablets in diesem Netzwerk verpassen eventuell Benachrichtigungen: Das IT-Team des Standorts kann die Regeln unter ${recommended} freigeben.`,
        it: `Fügen Sie für Smartphones und Tablets in diesem Netzwerk die Regeln unter ${recommended} hinzu.`,
      },
    }),
    'optional-blocked': () => ({
      headline: 'Onsight funktioniert, aber eine empfohlene Regel fehlt',
      reason: () =>
        'Jede erforderliche Regel ist offen; eine vom Leitfaden empfohlene Regel ist es nicht.',
      steps: {
        onSite: 'Sie können Onsight jetzt nutzen.',
        helpdesk: `Anrufe funktionieren. Das IT-Team des Standorts kann die Regeln unter ${recommended} hinzufügen.`,
        it: `Fügen Sie die Regeln unter ${recommended} hinzu.`,
      },
    }),
  } satisfies Record<Cause, (verdict: VerdictStatus, product: string | undefined) => CauseWords>,
  lines: {
    row: (remediation: string, id: string) => `${remediation.replace(/\.$/, '')} (Zeile ${id})`,
    dns: (names: readonly string[], ids: readonly string[]) =>
      `${names.join(', ')} im DNS dieses Netzwerks auflösbar machen (${rowsNamed(ids)})`,
    inspection: (domains: readonly string[], product: string | undefined, ids: readonly string[]) =>
      `SSL-Inspektion für ${domains.join(', ')}${product ? ` auf ${product}` : ''} deaktivieren (${rowsNamed(ids)})`,
    clock: (ids: readonly string[]) =>
      `Datum, Uhrzeit und Zeitzone dieses Computers richtig einstellen (${rowsNamed(ids)})`,
    proxyDenied: (names: readonly string[], ids: readonly string[]) =>
      `Dem Webproxy Verbindungen zu ${names.join(', ')} erlauben (${rowsNamed(ids)})`,
    proxySignIn: (names: readonly string[], ids: readonly string[]) =>
      `Onsight ohne Proxy-Passwort über den Webproxy zu ${names.join(', ')} durchlassen (${rowsNamed(ids)})`,
    localFirewall: (ids: readonly string[]) =>
      `Onsight in der Firewall oder Sicherheitssoftware dieses Computers zulassen (${rowsNamed(ids)})`,
    https: (names: readonly string[], ids: readonly string[]) =>
      `HTTPS (TCP 443) ausgehend zu ${names.join(', ')} zulassen, auf der Firewall und auf jedem Webproxy (${rowsNamed(ids)})`,
  },
  caveats: {
    mediaUnconfirmed:
      'UDP zu den Medienservern funktioniert; der Bereich 15000-65000 lässt sich erst während eines Anrufs bestätigen.',
    partial: 'Nur einige Zeilen wurden geprüft: Dieses Ergebnis gilt nur für diese Zeilen.',
    ipv6Only:
      'Reines IPv6-Netzwerk: Die IPv4-Adressen des Leitfadens (die /28-Bereiche aus Tabelle 2-2, die Hosts aus den Tabellen 2-3 und 2-4) sind nur über die eigene Übersetzung des Betriebssystems (CLAT) erreichbar, wenn überhaupt; dieser Computer hat keine.',
    /** `title` is the row's plain title (common/i18n/row-words.ts), a statement. */
    partly: (title: string, id: string) =>
      `Nur teilweise: ${title} (Zeile ${id}); einige Onsight-Server antworteten nicht.`,
    localPortsTaken: (id: string) =>
      `Einige lokale UDP-Ports 6000-6200 sind belegt; Onsight weicht auf höhere aus (Zeile ${id}).`,
    push: (title: string, id: string) =>
      `Noch nicht: ${title} (Zeile ${id}). Smartphones und Tablets in diesem Netzwerk verpassen eventuell eingehende Anrufe.`,
    optional: (title: string, id: string) =>
      `Empfohlen, nicht nötig: ${title} (Zeile ${id}). Onsight funktioniert auch ohne.`,
    /** The extra checks (table X), by kind: what a problem they found means for a call. */
    extra: {
      'call-quality': (id: string) =>
        `Anrufe können hier stocken: Umlaufzeit, Jitter oder Verlust zu den Onsight-Servern liegen über dem, was ein guter Anruf braucht (Zeile ${id}).`,
      'nat-behaviour': (id: string) =>
        `Geräte können hier kaum direkt Medien austauschen: Die Adressübersetzung dieses Netzwerks vergibt für jeden Server einen anderen öffentlichen Port (Zeile ${id}). Anrufe über die Onsight-Server funktionieren weiterhin.`,
      // X.3's and X.4's own findings (SIP_ALG_TEXT.found, LARGE_DATAGRAM_TEXT.dropped), in German.
      'sip-alg': (id: string) =>
        `Eine SIP-fähige Firewall-Funktion (SIP ALG) verändert die Signalisierung von Onsight: Bitten Sie die IT, sie für TCP 5060 abzuschalten (Zeile ${id}).`,
      'large-datagrams': (id: string) =>
        `Video kann stocken: Dieses Netzwerk verwirft große UDP-Pakete (Zeile ${id}).`,
    } satisfies Record<ExtraKind, (id: string) => string>,
  },
} satisfies Catalogue['DIAGNOSIS_TEXT'];

/** The app shell's own sentences (issue 14): a run that broke, the log. */
const SHELL_TEXT = {
  runFailedHeadline: 'Die Prüfung wurde vorzeitig beendet',
  runFailedReason: (message: string) =>
    `In der App ist ein Fehler aufgetreten (${message}). Unten stehen die Zeilen, die fertig wurden; klicken Sie auf „Erneut prüfen“, um es noch einmal zu versuchen.`,
  /** A row the run never reached, once the run has broken. */
  notChecked: 'Nicht geprüft: Die Prüfung endete, bevor diese Zeile ein Ergebnis hatte.',
  announceFailed: 'Die Prüfung wurde vorzeitig beendet.',
} satisfies Catalogue['SHELL_TEXT'];

/** `watch` (issue 20). */
const WATCH_TEXT = {
  starting: (every: string, limit: string) =>
    `Erneute Prüfung alle ${every}, bis das Ergebnis „bereit“ ist (höchstens ${limit}); Strg+C beendet.`,
  verdict: 'Ergebnis',
  stopped: (limit: string) => `Nach ${limit} beendet; das letzte Ergebnis steht oben.`,
  errors: {
    watchOnly: (flag: string) => `--${flag} gehört zu watch`,
    notInWatch: (flag: string) => `--${flag} gehört zu run, nicht zu watch`,
    json: 'watch schreibt Zeilen für Menschen, kein JSON: Ein Skript kann selbst run --json aufrufen',
    duration: (flag: string, text: string, max: string) =>
      `--${flag} ${JSON.stringify(text)}: erwartet wird eine Dauer von 1s bis ${max}, etwa 10s, 2m oder 1h`,
    everyBelowTimeout: (every: string, timeoutMs: number, floor: string) =>
      `--every ${every}: kürzer als die Wartezeit eines Versuchs (--timeout-ms ${timeoutMs}); geben Sie mindestens ${floor} an`,
  },
} satisfies Catalogue['WATCH_TEXT'];

/** X.1's label (EXTRA_TEXT.qualityLabel): one-way figures need the far end. */
const qualityLabel = 'Umlaufzeit, geschätzt';

/** The app's face of the extra checks (issue 18): X.1's chart, the longer test, the header. */
const EXTRA_SCREEN_TEXT = {
  qualityLabel,
  /** The chart's caption: what was measured, and against which server. */
  chartCaption: (server: string) => `${qualityLabel}, ${server}`,
  /** The top of the chart's scale. */
  scale: (ms: number) => `${n(ms)} ms`,
  /** The chart's text alternative, and the figures beside it: every figure in words. */
  figures: (q: QualityFigures) => {
    const sofar = q.live ? `bisher ${n(q.sent)} von ${n(q.expected)} Paketen gesendet: ` : '';
    if (q.rttMedianMs === null)
      return `${sofar}auf keines der ${n(q.sent)} Pakete kam eine Antwort`;
    return [
      `${sofar}Median ${formatMilliseconds(LANG, q.rttMedianMs)}`,
      ...(q.rttP95Ms === null ? [] : [`95. Perzentil ${formatMilliseconds(LANG, q.rttP95Ms)}`]),
      ...(q.jitterMs === null ? [] : [`Jitter ${formatMilliseconds(LANG, q.jitterMs)}`]),
      q.live
        ? `${n(q.lost)} verloren`
        : `${n(q.lost)} von ${n(q.sent)} Paketen verloren (${formatPercent(LANG, q.lossPct)})`,
      ...(q.reordered > 0 ? [`${n(q.reordered)} in falscher Reihenfolge`] : []),
      ...(q.mos === null ? [] : [`geschätzter MOS ${q.mos.toFixed(1).replace('.', ',')} von 5`]),
    ].join(', ');
  },
  /** The first screen while table X still runs: the verdict stands, the code comes at the end. */
  extrasRunning:
    'Das Ergebnis steht fest. Die Zusatzprüfungen (nicht im Leitfaden) laufen noch: Helpdesk-Code und Bericht folgen, sobald sie beendet sind.',
  longerTest: 'Längerer Test der Anrufqualität (30 s statt 3 s)',
  longerTestHint:
    'Zeile X.1 sendet 30 Sekunden lang alle 20 ms ein kleines Paket, wie bei einem Anruf.',
} satisfies Catalogue['EXTRA_SCREEN_TEXT'];

/** The guide's rows in plain words, keyed by row id; `fix` keeps every address and port. */
const CALL_SERVERS =
  '52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28';
const OLD_CALL_SERVER = '54.213.166.17 (sip.librestream.com)';
const OLDER_CALL_SERVER_WHY =
  'Ältere Onsight-Standorte nutzen einen Anrufserver in den USA; nötig, wenn TeamLink aktiviert ist.';

const ROW_WORDS = {
  '2-1.1': {
    title: 'Onsight meldet sich an und lädt seine Einstellungen',
    explanation:
      'Onsight verbindet sich sicher mit Librestream, um sich anzumelden und Anrufe über TeamLink zu übertragen.',
    fix: 'HTTPS (TCP 443) ausgehend zu *.librestream.com zulassen, auf der Firewall und auf jedem Webproxy.',
  },
  '2-1.2': {
    title: 'Verbindungen zu Librestream werden unterwegs nicht geöffnet',
    explanation:
      'Onsight prüft, dass es wirklich mit Librestream spricht; ein Gerät, das den Datenverkehr öffnet und neu signiert, unterbricht die Verbindung.',
    fix: 'SSL-Inspektion (HTTPS-Entschlüsselung) für *.librestream.com auf dem Proxy oder der Firewall deaktivieren.',
  },
  '2-1.3': {
    title: 'Onsight erreicht die Librestream-Server in China',
    explanation:
      'Standorte, die TeamLink in China nutzen, laufen über die dortigen Librestream-Server.',
    fix: 'HTTPS (TCP 443) ausgehend zu *.librestreamtech.cn auf jedem Proxy zulassen, ohne SSL-Inspektion.',
  },
  '2-1.4': {
    title: 'Die eigenen Onsight-Webadressen Ihrer Organisation funktionieren',
    explanation: 'Eigene Webadressen, die auf Onsight verweisen, müssen ebenfalls erreichbar sein.',
    fix: 'Ihre eigenen Domains, die auf Librestream verweisen, für HTTPS (TCP 443) in die Freigabeliste des Proxys aufnehmen, ohne SSL-Inspektion.',
  },
  '2-0.1': {
    title: 'Onsight Platform Manager: wie Onsight seinen Anrufserver findet',
    explanation:
      'Eine Einstellung in Onsight Platform Manager (SIP Detection Method „SIP Server Full“), nichts, was diese Prüfung im Netzwerk sehen kann.',
    fix: 'In Onsight Platform Manager die Client-Richtlinie SIP Detection Method für alle Clients auf SIP Server Full setzen.',
  },
  '2-2.1': {
    title: 'Anrufe finden einen direkten Weg durch dieses Netzwerk',
    explanation:
      'Onsight erfährt, wie die Anrufserver dieses Netzwerk sehen, damit Anrufe direkt laufen können; nötig, wenn TeamLink aktiviert ist.',
    fix: `UDP 3478 (STUN) ausgehend zu ${CALL_SERVERS} zulassen.`,
  },
  '2-2.2': {
    title: 'Anrufe können aufgebaut werden',
    explanation: 'Onsight baut jeden Anruf über seine Anrufserver auf.',
    fix: `TCP 5060 (SIP) ausgehend zu ${CALL_SERVERS} zulassen.`,
  },
  '2-2.3': {
    title: 'Anrufe können sicher aufgebaut werden',
    explanation:
      'Onsight baut Anrufe über eine verschlüsselte Verbindung zu seinen Anrufservern auf.',
    fix: `TCP 5061 (SIP über TLS 1.2) ausgehend zu ${CALL_SERVERS} zulassen, ohne SSL-Inspektion.`,
  },
  '2-2.4': {
    title: 'Ton und Video von Anrufen kommen durch',
    explanation:
      'Ton, Video und geteilte Daten eines Anrufs fließen zu den Medienservern von Onsight.',
    fix: `UDP 15000-65000 ((S)RTP, (S)RTCP, STUN) ausgehend zu ${CALL_SERVERS} zulassen.`,
  },
  '2-2.5': {
    title: 'Weblinks zu den Anrufservern werden weitergeleitet',
    explanation: 'Dient nur dazu, einen Webbrowser zur sicheren Adresse weiterzuleiten.',
    fix: `Optional TCP 80 (HTTP, nur Weiterleitungen) ausgehend zu ${CALL_SERVERS} zulassen.`,
  },
  '2-2.6': {
    title: 'Die Anrufserver antworten sicher auf dem Web-Port',
    explanation: 'Die Anrufdienste beantworten auch sicheren Webverkehr.',
    fix: `TCP 443 (HTTPS) ausgehend zu ${CALL_SERVERS} zulassen.`,
  },
  '2-3.1': {
    title: 'Älterer Anrufserver: direkter Weg für Anrufe (1 von 3)',
    explanation: OLDER_CALL_SERVER_WHY,
    fix: `UDP 3478 (STUN) ausgehend zu ${OLD_CALL_SERVER} zulassen.`,
  },
  '2-3.2': {
    title: 'Älterer Anrufserver: direkter Weg für Anrufe (2 von 3)',
    explanation: OLDER_CALL_SERVER_WHY,
    fix: `UDP 58024 (STUN) ausgehend zu ${OLD_CALL_SERVER} zulassen.`,
  },
  '2-3.3': {
    title: 'Älterer Anrufserver: direkter Weg für Anrufe (3 von 3)',
    explanation: OLDER_CALL_SERVER_WHY,
    fix: `UDP 58523 (STUN) ausgehend zu ${OLD_CALL_SERVER} zulassen.`,
  },
  '2-3.4': {
    title: 'Älterer Anrufserver: Anrufe können aufgebaut werden',
    explanation: 'Ältere Onsight-Standorte bauen Anrufe über einen Anrufserver in den USA auf.',
    fix: `TCP 5060 (SIP) ausgehend zu ${OLD_CALL_SERVER} zulassen.`,
  },
  '2-3.5': {
    title: 'Älterer Anrufserver: Anrufe können sicher aufgebaut werden',
    explanation: 'Ältere Onsight-Standorte bauen Anrufe über eine verschlüsselte Verbindung auf.',
    fix: `TCP 5061 (SIP über TLS 1.2) ausgehend zu ${OLD_CALL_SERVER} zulassen, ohne SSL-Inspektion.`,
  },
  '2-4.1': {
    title: 'Ältere Medienserver: Ton und Video von Anrufen kommen durch',
    explanation:
      'Ältere Onsight-Standorte senden Ton und Video von Anrufen an sechs Medienserver in den USA.',
    fix: 'UDP 15000-65000 (SRTP, SRTCP) ausgehend zu 54.200.152.202, 54.201.34.23, 54.213.38.103, 54.218.75.97, 54.213.75.101, 54.200.248.252 zulassen.',
  },
  '3-1.1': {
    title: 'Dieser Computer hat freie Ports für Ton und Video',
    explanation: 'Onsight sendet Anrufmedien aus einem Portbereich dieses Computers.',
    fix: 'Programme, die auf diesem Computer die UDP-Ports 6000-6200 belegen, schließen oder umkonfigurieren, oder Onsight-Medien von höheren lokalen Ports zulassen.',
  },
  '3-1.2': {
    title: 'Anrufe und Anmeldung gehen von jedem Port dieses Computers aus',
    explanation: 'Nichts zu prüfen: Die Zeilen für Anmeldung und Anrufaufbau zeigen es bereits.',
    fix: 'Die lokalen (Quell-)Ports von ausgehendem SIP und HTTPS nicht einschränken.',
  },
  '3-1.3': {
    title: 'Geräte können Anrufmedien direkt austauschen',
    explanation:
      'Wo erlaubt, tauschen zwei Geräte in einem Anruf Medien direkt aus; die Prüfung bräuchte ein zweites Gerät.',
    fix: 'Wenn direkte Medien von Client zu Client erlaubt sind, UDP 6000-6199 zwischen Onsight-Geräten zulassen.',
  },
  '4.1': {
    title: 'iPhones und iPads erhalten hier Anrufbenachrichtigungen',
    explanation:
      'Apple-Geräte in diesem Netzwerk erfahren über den Push-Dienst von Apple von eingehenden Anrufen.',
    fix: 'TCP 5223, 2197 und 443 ausgehend zu 17.0.0.0/8 zulassen (Apple Push Notification service).',
  },
  '4.2': {
    title: 'Android-Smartphones und -Tablets erhalten hier Anrufbenachrichtigungen',
    explanation:
      'Android-Geräte in diesem Netzwerk erfahren über den Push-Dienst von Google von eingehenden Anrufen.',
    fix: 'TCP 5228, 5229, 5230 und 443 ausgehend zu mtalk.google.com und fcm.googleapis.com zulassen (Firebase Cloud Messaging).',
  },
  'X.1': {
    title: `Anrufqualität zu den STUN-Servern von Onsight (${qualityLabel})`,
    explanation:
      'Einige Sekunden lang kleine Pakete, alle 20 ms eines wie beim Ton eines Anrufs, an den Onsight-Server, der auf STUN geantwortet hat: wie lange der Hin- und Rückweg dauert, wie stark er schwankt und wie viele Pakete verloren gehen.',
    fix: 'Ein Anruf braucht auf UDP zu den Onsight-Servern (Tabelle 2-2) unter 1\u00a0% Verlust, unter 100 ms Umlaufzeit und unter 30 ms Jitter: Suchen Sie nach Überlastung oder einer langsamen Verbindung zwischen diesem Standort und den Servern.',
  },
  'X.2': {
    title: 'NAT-Verhalten (wie dieses Netzwerk Adressen übersetzt)',
    explanation:
      'Ob dieses Netzwerk für diesen Computer dieselbe öffentliche Adresse und denselben Port beibehält, egal mit welchem Onsight-Server er spricht: Dann können Geräte Medien direkt austauschen.',
    fix: 'Optional, für direkte Medien zwischen Geräten (Zeile 3-1.3): NAT für UDP auf Endpoint-Independent Mapping einstellen (RFC 4787, REQ-1). Anrufe über die Onsight-Server funktionieren in beiden Fällen.',
  },
  'X.3': {
    title: 'SIP ALG (eine Firewall-Funktion, die SIP auf TCP 5060 umschreibt)',
    explanation:
      'Manche Firewalls verändern die SIP-Nachrichten, die Anrufe auf TCP 5060 aufbauen (ein SIP ALG); das kann den Anrufaufbau von Onsight stören. Zum Vergleich dient dieselbe Anfrage über TLS auf 5061, die keine Firewall lesen kann.',
    fix: 'SIP ALG (auch SIP Inspection, SIP Helper oder SIP Fixup genannt) für TCP 5060 zu den Anrufdiensten von Onsight (Tabelle 2-2) deaktivieren.',
  },
  'X.4': {
    title: 'Große UDP-Pakete zu den STUN-Servern von Onsight',
    explanation:
      'Video wird in UDP-Paketen von bis zu etwa 1.200 Bytes gesendet; verwirft ein Netzwerk große Pakete, stockt das Video, während der Ton weiter funktioniert.',
    fix: 'UDP-Pakete bis 1.500 Bytes und ihre Fragmente zu den Anrufdiensten von Onsight (Tabelle 2-2) durchlassen und die MTU des Pfads prüfen.',
  },
} satisfies Catalogue['ROW_WORDS'];

/** The guide's tables, by id, as a person on site would name them. */
const TABLE_WORDS = {
  '2-1': 'Anmeldung',
  '2-0': 'Onsight Platform Manager',
  '2-2': 'Anrufe',
  '2-3': 'Älterer Anrufserver',
  '2-4': 'Ältere Medienserver',
  '3-1': 'Dieser Computer',
  '4': 'Smartphones und Tablets',
  X: 'Zusatzprüfungen (nicht im Leitfaden)',
} satisfies Catalogue['TABLE_WORDS'];

/** The app's native menu (main/app/menu.ts). */
const MENU_TEXT = {
  file: 'Datei',
  saveReport: 'Bericht speichern…',
  print: 'Drucken…',
  edit: 'Bearbeiten',
  view: 'Ansicht',
  language: 'Sprache',
  /** The first item of the Language menu: follow the operating system's preferred languages. */
  systemLanguage: 'Systemsprache',
  help: 'Hilfe',
  enterHelpdeskCode: 'Helpdesk-Code eingeben…',
  openLogFolder: 'Protokollordner öffnen',
  closeWindow: 'Fenster schließen',
  quit: 'Beenden',
  copy: 'Kopieren',
  selectAll: 'Alles auswählen',
  reload: 'Neu laden',
  toggleDevTools: 'Entwicklertools ein/aus',
  resetZoom: 'Originalgröße',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  about: (product: string) => `Über ${product}`,
  /** The About box: what a helpdesk asks for first. */
  aboutVersion: (version: string) => `Version ${version}`,
  aboutProfile: (id: string, version: string, revision: number, hash: string) =>
    `Profil ${id} ${version}, Revision ${revision} (${hash})`,
  /** The error box when the window cannot open at all. */
  couldNotStart: (product: string) => `${product} konnte nicht gestartet werden`,
} satisfies Catalogue['MENU_TEXT'];

/** Choosing the language (issue 19): the CLI's note and the bilingual report's second part. */
const LANGUAGE_TEXT = {
  labelled: (label: string, text: string) => `${label}: ${text}`,
  /** On stderr when LANG or --lang asks for a language this version does not have. */
  notAvailable: (asked: string, available: readonly string[]) =>
    `Die Sprache „${asked}“ ist nicht verfügbar (${available.join(', ')}): Es wird Englisch verwendet.`,
  /** The heading of the English copy below a report in another language. */
  englishCopy: 'Englische Fassung',
  englishCopyHint:
    'Dasselbe Ergebnis auf Englisch, für den Librestream-Support und für IT-Teams in anderen Ländern.',
} satisfies Catalogue['LANGUAGE_TEXT'];

/** Two readings of one site side by side (issue 20). */
const COMPARE_TEXT = {
  change: (before: string, after: string) => `${before} → ${after}`,
  absent: 'in dieser Prüfung nicht enthalten',
} satisfies Catalogue['COMPARE_TEXT'];

/** `diff BEFORE AFTER` (issue 20). */
const DIFF_TEXT = {
  sides: { before: 'VORHER', after: 'NACHHER' },
  labels: { before: 'Vorher', after: 'Nachher' },
  file: (file: string, startedAt: string) =>
    `Ergebnisdatei ${file}, Prüfung gestartet ${startedAt}`,
  code: (code: string) => `Helpdesk-Code ${code}`,
  side: (what: string, profile: string) => `${what} (${profile})`,
  profile: (id: string, version: string, revision: number) =>
    `Profil ${id} ${version} r${revision}`,
  changed: (count: number) =>
    count === 1 ? '1 Zeile hat sich geändert:' : `${count} Zeilen haben sich geändert:`,
  unchanged: 'Keine Zeile hat sich geändert.',
  versionsDiffer:
    'Die beiden stammen aus verschiedenen Profilversionen: Zeile für Zeile verglichen, wo die IDs übereinstimmen.',
  onlyOneSide: 'Zeilen, die nur eines der beiden enthält:',
  diagnosis: { before: 'Diagnose vorher:', after: 'Diagnose nachher:' },
  errors: {
    count:
      'diff erwartet zwei Ergebnisse: VORHER NACHHER, jeweils eine JSON-Datei oder einen Helpdesk-Code',
    unreadable: (side: string, file: string, code: string) =>
      `${side} ${file}: nicht lesbar (${code})`,
    notJson: (side: string, file: string, why: string) => `${side} ${file}: kein JSON (${why})`,
    notResult: (side: string, file: string, why: string) =>
      `${side} ${file}: kein Ergebnis von „onsight-netcheck run --json“ (${why})`,
    neither: (side: string, text: string, why: string) =>
      `${side} „${text}“: keine solche Datei und kein Helpdesk-Code (${why})`,
    code: (side: string, code: string, why: string) => `${side} Helpdesk-Code ${code}: ${why}`,
  },
} satisfies Catalogue['DIFF_TEXT'];

/** Issue 20, "Rules freshness": a STUN server reports its own address outside the guide's ranges. */
const ORIGIN_TEXT = {
  plain: 'Funktioniert; der Server nennt eine Adresse, die der Firewall-Leitfaden nicht aufführt',
  recommended:
    'Ein STUN-Server nennt als eigene Adresse eine Adresse außerhalb der Bereiche, die der Firewall-Leitfaden aufführt: Der Leitfaden, aus dem diese Regeln stammen, ist möglicherweise veraltet. Fragen Sie bei Librestream nach einer neueren Revision des „Onsight Firewall & Proxy Configuration Guide“ und nehmen Sie neue Bereiche in die Firewall-Regeln auf.',
};

/** Keep checking (issue 20). */
const KEEP_CHECKING_TEXT = {
  toggle: 'Weiter prüfen',
  hint: (seconds: number, minutes: number) =>
    `Prüft die Zeilen, die noch nicht bestehen, alle ${n(seconds)} s erneut, bis zu ${n(minutes)} ${isOne(minutes) ? 'Minute' : 'Minuten'} lang, während die Firewall geändert wird.`,
  lastChecked: (time: string) => `Zuletzt geprüft ${time}`,
  waiting: 'Erneute Prüfung in wenigen Sekunden.',
  changesLabel: 'Was sich geändert hat',
  change: (time: string, line: string) => `${time} ${line}`,
  verdictLabel: 'Ergebnis',
  noChange: 'Noch keine Änderung.',
  stoppedReady: 'Onsight funktioniert jetzt hier: „Weiter prüfen“ hat sich ausgeschaltet.',
  stoppedTime: (minutes: number) =>
    `„Weiter prüfen“ wurde nach ${n(minutes)} ${isOne(minutes) ? 'Minute' : 'Minuten'} beendet: Schalten Sie es wieder ein, um fortzufahren.`,
  stoppedBroken:
    '„Weiter prüfen“ wurde beendet: Die letzte Prüfung konnte nicht abgeschlossen werden.',
} satisfies Catalogue['KEEP_CHECKING_TEXT'];

const COVERAGE_TEXT = {
  labels: {
    tested: 'In dieser Prüfung getestet',
    inferred: 'Abgeleitet',
    'not-testable-here': 'Von diesem Computer aus nicht prüfbar',
    'not-tested': 'In dieser Prüfung nicht getestet',
  },
  legendEntry: (mark: string, label: string) => `${mark} ${label}`,
  tested:
    'Die eigenen Tests dieser Zeile ergaben eine echte Antwort oder einen eindeutigen Fehler.',
  inferred: {
    'same-servers': (rowIds: readonly string[]) =>
      `Die eigenen Tests dieser Zeile erhielten keine Antwort, was nichts beweist: Medienserver antworten außerhalb eines Anrufs selten. Sie gilt als offen, weil ${rowsNamed(rowIds)} zu denselben Servern durchgekommen ${isOne(rowIds.length) ? 'ist' : 'sind'}.`,
    'shown-by-rows': (rowIds: readonly string[]) =>
      `Abgeleitet aus ${rowsNamed(rowIds)}, deren Verbindungen bereits von zufälligen lokalen Ports ausgehen.`,
    'phones-same-path': (_rowIds: readonly string[]) =>
      'Von diesem Computer aus getestet, auf dem Weg, den Smartphones und Tablets im selben Netzwerk nutzen; was sie vorfinden, wird daraus abgeleitet.',
  },
  notTestableHere: {
    'second-device':
      'Dafür ist ein zweites Onsight-Gerät nötig: Medien, die direkt von Gerät zu Gerät gehen, lassen sich nicht von einem einzelnen Computer aus prüfen.',
    'server-policy':
      'Es ist eine Richtlinieneinstellung im Onsight Platform Manager auf der Serverseite, nichts, was das Netzwerk zeigen kann.',
  },
  notTested: {
    'left-out': (_rowIds: readonly string[]) => 'Diese Prüfung hat die Zeile ausgelassen.',
    'option-off': (_rowIds: readonly string[]) =>
      'Die zugehörige Option ist ausgeschaltet, daher hat diese Prüfung die Zeile nicht getestet.',
    'could-not-tell': (_rowIds: readonly string[]) =>
      'Diese Prüfung konnte es nicht klären: Die Tests dieser Zeile erhielten keine eindeutige Antwort.',
    'sources-not-tested': (rowIds: readonly string[]) =>
      `Sie wird aus ${rowsNamed(rowIds)} abgeleitet, die diese Prüfung nicht getestet hat.`,
    'sources-failed': (rowIds: readonly string[]) =>
      `Sie wird aus ${rowsNamed(rowIds)} abgeleitet, die in dieser Prüfung nicht durchgekommen ${isOne(rowIds.length) ? 'ist' : 'sind'} und daher nichts darüber ${isOne(rowIds.length) ? 'zeigt' : 'zeigen'}.`,
  },
  rules: 'Regeln',
  guide: (name: string, document: string, revision: string, yearMonth: string) =>
    `${name} ${document} ${revision}, ${formatMonth(LANG, yearMonth)}`,
} satisfies Catalogue['COVERAGE_TEXT'];

const DIALOG_TEXT = {
  saveTitle: 'Bericht speichern',
  openTitle: 'Gespeicherten Bericht öffnen',
  fileTypes: {
    html: 'Webseite (HTML)',
    pdf: 'PDF-Dokument',
    text: 'Nur Text',
    json: 'JSON',
  },
} satisfies Catalogue['DIALOG_TEXT'];

const OPEN_SAVED_TEXT = {
  open: 'Mit gespeichertem Bericht vergleichen…',
  opening: 'Wird geöffnet…',
  hint: 'Zeigt einen früher gespeicherten JSON-Bericht neben dieser Prüfung, mit dem, was sich Zeile für Zeile geändert hat.',
  heading: 'Vergleich mit einem gespeicherten Bericht',
  savedLabel: 'Gespeicherter Bericht',
  currentLabel: 'Diese Prüfung',
  started: (time: string) => `Prüfung begonnen am ${time}`,
  close: 'Vergleich schließen',
  errors: {
    tooBig: (file: string, megabytes: number) =>
      `„${file}“ ist größer als ${n(megabytes)} MB und damit zu groß für einen gespeicherten Bericht: Die Datei wurde nicht geöffnet.`,
    unreadable: (file: string, code: string) => `„${file}“ konnte nicht gelesen werden (${code}).`,
    notJson: (file: string, format: string) =>
      `„${file}“ ist keine JSON-Datei: Um eine Prüfung später zu vergleichen, speichern Sie ihren Bericht im Format „${format}“.`,
    notResult: (file: string, format: string) =>
      `„${file}“ ist JSON, aber kein Bericht von Onsight Network Check: Wählen Sie einen im Format „${format}“ gespeicherten Bericht.`,
  },
} satisfies Catalogue['OPEN_SAVED_TEXT'];

export const de: Catalogue = {
  VERDICT_HEADLINES,
  ROW_STATUS_WORDS,
  ROW_SUMMARIES,
  BLOCK_TEXT,
  NETWORK_TEXT,
  APP_TEXT,
  SCREEN_TEXT,
  RESULT_WORDS,
  IT_REQUEST_TEXT,
  HELPDESK_TEXT,
  CHANGE_REQUEST_TEXT,
  REPORT_TEXT,
  SUMMARY_TEXT,
  CLI_TEXT,
  APP_HELPDESK_TEXT,
  PROXY_SIGN_IN_TEXT,
  HELPDESK_MODE_TEXT,
  DIAGNOSIS_TEXT,
  SHELL_TEXT,
  WATCH_TEXT,
  EXTRA_SCREEN_TEXT,
  ROW_WORDS,
  TABLE_WORDS,
  MENU_TEXT,
  LANGUAGE_TEXT,
  COMPARE_TEXT,
  DIFF_TEXT,
  ORIGIN_TEXT,
  KEEP_CHECKING_TEXT,
  COVERAGE_TEXT,
  DIALOG_TEXT,
  OPEN_SAVED_TEXT,
};
