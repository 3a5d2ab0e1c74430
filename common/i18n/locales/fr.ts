// French catalogue (issue 19): glossary in docs/i18n.md.
// Formal "vous"; guillemets « » with no-break spaces inside; a no-break space before : ; ?
// (French typography); lower case after a colon; typographic apostrophe ’.
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

const LANG = 'fr' as const;

const n = (value: number) => formatNumber(LANG, value);
/** French CLDR: 0 and 1 are "one" (« 0 ligne », « 1 ligne »). */
const isOne = (count: number) => pluralOf(LANG, count) === 'one';

/** "ligne 2-2.1", "lignes 2-2.1, 2-3.1". */
const rowsNamed = (rowIds: readonly string[]) =>
  `${isOne(rowIds.length) ? 'ligne' : 'lignes'} ${rowIds.join(', ')}`;

/** A text after a colon: French keeps it in lower case. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const VERDICT_HEADLINES = {
  ready: 'Onsight fonctionnera ici',
  'teamlink-only': 'Onsight fonctionnera uniquement via TeamLink',
  inconclusive: 'Impossible de dire si Onsight fonctionnera ici',
  'not-ready': 'Onsight ne fonctionnera pas encore ici',
} satisfies Catalogue['VERDICT_HEADLINES'];

const ROW_STATUS_WORDS = {
  pending: 'En attente',
  running: 'En cours',
  pass: 'Réussi',
  warn: 'Avertissement',
  fail: 'Échec',
  unverified: 'Indéterminé',
  skipped: 'Ignoré',
  info: 'Info',
} satisfies Catalogue['ROW_STATUS_WORDS'];

/** Which network was tested (issue 12, part 7): the same words in the app and the reports. */
const NETWORK_TEXT = {
  kinds: {
    wifi: 'Wi-Fi',
    wired: 'Filaire (câble)',
    cellular: 'Données mobiles',
    tunnel: 'VPN ou tunnel',
    other: 'Autre (virtuel ou inconnu)',
  } satisfies Record<InterfaceKind, string>,
  wifiNamed: (name: string) => `Wi-Fi «\u00a0${name}\u00a0»`,
  vpn: 'VPN ou tunnel',
  vpnNone: 'Aucun actif',
  vpnUp: (names: readonly string[], defaultRoute: boolean) =>
    `${names.join(', ')} actif\u00a0: ${defaultRoute ? 'la vérification est passée par là' : 'la vérification n’est pas passée par là (la route par défaut va ailleurs)'}`,
  families: 'Versions IP',
  familyWords: (ipv4: boolean, ipv6: boolean) =>
    ipv4 && ipv6
      ? 'IPv4 et IPv6'
      : ipv4
        ? 'IPv4 uniquement'
        : ipv6
          ? 'IPv6 uniquement'
          : 'Ni IPv4 ni IPv6 ne va au-delà de ce réseau',
} satisfies Catalogue['NETWORK_TEXT'];

/** The words of the app window (renderer/). */
const APP_TEXT = {
  appName: 'Onsight Network Check',
  header: {
    startingHeadline: 'Vérification de ce réseau…',
    startingReason: 'Chaque règle du guide pare-feu d’Onsight est testée depuis cet ordinateur.',
    cancelledHeadline: 'La vérification a été arrêtée',
    cancelledReason:
      'Elle s’est terminée avant que chaque ligne ait une réponse\u00a0: cliquez sur «\u00a0Relancer\u00a0» pour obtenir un résultat.',
    failedHeadline: 'La vérification n’a pas pu démarrer',
    progressLabel: 'Progression de la vérification',
    progress: (done: number, total: number) =>
      `${n(done)} ${isOne(done) ? 'ligne vérifiée' : 'lignes vérifiées'} sur ${n(total)}`,
    elapsed: (seconds: number) => `${n(seconds)} s`,
    caveatsLabel: 'À noter',
    helpdeskLabel: 'Code d’assistance',
    helpdeskHint:
      'Lisez ce code au support Librestream\u00a0: il contient tous les résultats de cette vérification.',
  },
  actions: {
    runAgain: 'Relancer',
    rerunFailed: 'Relancer les lignes en échec',
    cancel: 'Annuler',
    onlyProblems: 'Afficher uniquement les problèmes',
  },
  table: {
    resultsLabel: 'Résultats',
    columnRow: 'Ligne',
    columnCheck: 'Vérification',
    columnStatus: 'État',
    columnResult: 'Résultat',
    columnDetails: 'Détails',
    showDetails: 'Détails',
    detailsFor: (id: string) => `Détails de la ligne ${id}`,
    noProblems:
      'Aucun problème pour l’instant\u00a0: chaque ligne a réussi ou est encore en cours de vérification.',
    probesCaption: 'Ce qui a été contacté',
    columnTarget: 'Cible',
    columnPort: 'Port',
    columnOutcome: 'Issue',
    columnTime: 'Temps',
    columnMessage: 'Ce qui s’est passé',
    noProbes: 'Rien n’a été contacté pour cette ligne.',
    probesPending: 'Pas encore de réponse.',
    time: (ms: number) => `${n(Math.round(ms))} ms`,
    noTime: '—',
    viaMapping: (target: string) => `(contacté en tant que ${target})`,
    fixLabel: 'Comment corriger',
    copy: 'Copier',
    copied: 'Copié',
    copyFailed: 'Copie impossible',
  },
  outcomes: {
    reply: 'a répondu',
    refused: 'refusé',
    timeout: 'pas de réponse',
    reset: 'coupé',
    'local-block': 'bloqué par cet ordinateur',
    unreachable: 'injoignable',
    'dns-fail': 'nom introuvable',
    'tls-error': 'échec de la connexion sécurisée',
    'tls-intercepted': 'inspection SSL',
    'proxy-auth': 'le proxy demande un mot de passe',
    'proxy-denied': 'refusé par le proxy',
    'in-use': 'port occupé',
    malformed: 'réponse illisible',
    'not-implemented': 'pas encore vérifié',
    error: 'erreur interne',
    'not-sent': 'non essayé',
  } satisfies Record<Outcome, string>,
  options: {
    legend: 'Options',
    teamlink: 'TeamLink est activé pour ce site',
    legacy: 'Vérifier les anciens serveurs (tableaux 2-3 et 2-4)',
    china: 'Vérifier TeamLink en Chine (*.librestreamtech.cn)',
    domains: 'Domaines propres à ce site',
    domainsHint:
      'Noms d’hôte qui pointent vers Librestream, séparés par des virgules ou des espaces.',
    proxy: 'Proxy',
    proxyHint:
      '«\u00a0system\u00a0» (le réglage de l’ordinateur), «\u00a0direct\u00a0» ou http://host:port',
    apply: 'Appliquer et vérifier à nouveau',
    badDomain: (text: string) =>
      `«\u00a0${text}\u00a0» n’est pas un nom d’hôte (par exemple onsight.example.com).`,
    badProxy:
      'Indiquez un proxy sous la forme http://host:port ou https://host:port, ou bien «\u00a0system\u00a0» ou «\u00a0direct\u00a0».',
  },
  host: {
    legend: 'Cet ordinateur et ce réseau',
    os: 'Système',
    connection: 'Connexion',
    interface: 'Interface active',
    address: 'Adresse',
    gateway: 'Passerelle',
    dns: 'Serveurs DNS',
    publicAddress: 'Adresse publique (vue par STUN)',
    proxy: 'Réglage du proxy',
    unknown: 'Inconnu',
    notYet: 'Pas encore connu',
    unavailable: 'Lecture impossible',
  },
  announce: {
    verdict: (headline: string, reason: string) => `${headline}. ${reason}`,
    cancelled: 'La vérification a été arrêtée avant la fin.',
  },
} satisfies Catalogue['APP_TEXT'];

const ROW_SUMMARIES = {
  /** Why a row was left out of the run (common/plan.ts, SkipReason). */
  skipped: (skip: SkipReason): string => {
    switch (skip.why) {
      case 'left-out':
        return 'Non vérifié\u00a0: exclu de cette exécution.';
      case 'quality-off':
        return 'Non mesuré\u00a0: la mesure de qualité d’appel est désactivée (--quality-seconds 0).';
      case 'option':
        // The person reads the Options panel's words, not the profile's key.
        return skip.option === 'customDomains'
          ? 'Non vérifié\u00a0: aucun domaine propre à ce site n’est indiqué dans les Options.'
          : `Non vérifié\u00a0: «\u00a0${APP_TEXT.options[skip.option]}\u00a0» est désactivé dans les Options.`;
      case 'sources-left-out':
        return `Non vérifié\u00a0: cette ligne mesure les serveurs Onsight qui répondent ${isOne(skip.rows.length) ? 'à la' : 'aux'} ${rowsNamed(skip.rows)}, que cette exécution exclut.`;
    }
  },
  info: 'Rien à tester sur le réseau\u00a0: simple rappel.',
  notReached: 'Non vérifié avant la fin de l’exécution.',
  allAnswered: (count: number, first: string) =>
    `${isOne(count) ? 'La cible a répondu' : `Les ${n(count)} cibles ont répondu`}\u00a0; ${first}`,
  someAnswered: (answered: number, total: number, silent: readonly string[]): string =>
    `${n(answered)} sur ${n(total)} ${isOne(answered) ? 'a répondu' : 'ont répondu'}\u00a0; ${ROW_SUMMARIES.noAnswerFrom(silent)}`,
  noAnswerFrom: (silent: readonly string[]) => `aucune réponse de ${silent.join(', ')}`,
  manyFailed: (count: number, first: string) =>
    `${first} (et ${n(count - 1)} ${isOne(count - 1) ? 'autre du même type' : 'autres du même type'})`,
  /** A probe that left no message: its outcome in words (APP_TEXT.outcomes) and its target. */
  outcomeFrom: (outcome: string, target: string) => `${target}\u00a0: ${outcome}`,
} satisfies Catalogue['ROW_SUMMARIES'];

/** An address's state after a count of one: `states` below are the plural (feminine) forms. */
const STATE_ONE: Record<AddressState, string> = {
  answered: 'avec réponse',
  silent: 'sans réponse',
  refused: 'refusée',
  failed: 'en échec',
  'not-needed': 'non nécessaire',
  'not-sent': 'non envoyée',
  'cut-off': 'interrompue par la limite de temps',
  cancelled: 'annulée',
};

/** A CIDR block, whose addresses are probed together (ARCHITECTURE.md, "Ranges"). */
const BLOCK_TEXT = {
  states: {
    answered: 'avec réponse',
    silent: 'sans réponse',
    refused: 'refusées',
    failed: 'en échec',
    'not-needed': 'non nécessaires',
    'not-sent': 'non envoyées',
    'cut-off': 'interrompues par la limite de temps',
    cancelled: 'annulées',
  } satisfies Record<AddressState, string>,
  answeredBy: (address: string) => `réponse de ${address}`,
  /** The row's line for a block that answered: which of its addresses did. */
  answered: (label: string, address: string) => `${label}\u00a0: réponse de ${address}`,
  /** "12 sans réponse, 2 refusées": each state's count, in the order of `states`. */
  tally: (addresses: ReadonlyArray<{ state: AddressState }>): string =>
    (Object.keys(BLOCK_TEXT.states) as AddressState[])
      .map((state) => [state, addresses.filter((a) => a.state === state).length] as const)
      .filter(([, count]) => count > 0)
      .map(
        ([state, count]) =>
          `${n(count)} ${isOne(count) ? STATE_ONE[state] : BLOCK_TEXT.states[state]}`,
      )
      .join(', '),
  /** The app's line under a block's target. */
  addressesLine: (addresses: ReadonlyArray<{ address: string; state: AddressState }>): string => {
    const answered = addresses.find((a) => a.state === 'answered');
    return answered
      ? BLOCK_TEXT.answeredBy(answered.address)
      : `${n(addresses.length)} ${isOne(addresses.length) ? 'adresse' : 'adresses'}\u00a0: ${BLOCK_TEXT.tally(addresses)}`;
  },
  noneAnswered: (block: string, count: number, tally: string, first: string) =>
    `aucune des ${n(count)} adresses de ${block} n’a répondu (${tally})\u00a0; ${first}`,
} satisfies Catalogue['BLOCK_TEXT'];

/** The first screen (issue 17): verdict word, next step, code, what to send to IT. */
const SCREEN_TEXT = {
  /** The word beside the verdict's icon: never colour alone (WCAG 1.4.1). */
  verdictWords: {
    ready: 'Prêt',
    'not-ready': 'Pas prêt',
    'teamlink-only': 'TeamLink uniquement',
    inconclusive: 'Indéterminé',
  } satisfies Record<VerdictStatus, string>,
  phaseWords: { running: 'Vérification en cours', cancelled: 'Arrêtée', failed: 'Problème' },
  skip: {
    label: 'Liens d’évitement',
    results: 'Aller aux résultats',
    problems: 'Aller aux problèmes',
    report: 'Aller au rapport',
  },
  actionsLabel: 'Actions',
  sideLabel: 'Rapport, options et cet ordinateur',
  sendToIt: {
    label: 'Envoyer au service informatique',
    copy: 'Copier la demande de modification',
    copied: 'Demande de modification copiée',
    copyFailed: 'Impossible de copier la demande de modification',
    save: 'Enregistrer le rapport…',
  },
  changeRequest: {
    heading: 'Demande de modification pour le service informatique',
    none: 'Rien à modifier sur le réseau.',
    showAll: (count: number) => `Afficher les ${n(count)}`,
    showFewer: 'Afficher moins',
    details: (count: number) => `Règles de pare-feu en détail (${n(count)})`,
    notes: 'Remarques pour le service informatique',
  },
  /** An optional row that failed: shown as advice, never as a red "Fail" (its status stays fail). */
  recommendedWord: 'Recommandé',
  guideLabel: 'Guide pare-feu',
  guideRow: (id: string, title: string) => `Ligne ${id}\u00a0: ${title}`,
  /** A finished run whose STUN probes saw no public address. */
  publicAddressNone: 'Non vue (aucune réponse STUN)',
  announce: {
    /** After the verdict: one sentence for every problem, instead of one per row. */
    problems: (titles: readonly string[]) =>
      titles.length === 0
        ? 'Aucun problème.'
        : `${n(titles.length)} ${isOne(titles.length) ? 'problème' : 'problèmes'}\u00a0: ${titles.join('\u00a0; ')}.`,
  },
} satisfies Catalogue['SCREEN_TEXT'];

/** A row's result in the table, in plain words (common/reports/presented-status.ts). */
const RESULT_WORDS = {
  pass: 'Fonctionne',
  /** A row that got through in part (warn): some servers, some ports of a range. */
  partly: 'Partiellement\u00a0: certains serveurs ou ports ne sont pas passés',
  partlyInUse: 'Partiellement\u00a0: d’autres programmes utilisent certains de ces ports',
  /** `why` is one of `outcomes` below: after a colon, in lower case. */
  unverified: (why: string) => `Indéterminé\u00a0: ${lowerFirst(why)}`,
  outcomes: {
    reply: 'Une réponse est arrivée, mais pas celle dont Onsight a besoin',
    refused: 'Bloqué\u00a0: la connexion a été refusée',
    timeout: 'Bloqué\u00a0: aucune réponse n’est arrivée',
    reset: 'Coupé en chemin',
    'local-block': 'Bloqué par le pare-feu de cet ordinateur',
    unreachable: 'Aucun chemin vers cette cible depuis ce réseau',
    'dns-fail': 'Le nom n’a pas pu être résolu',
    'tls-error': 'La connexion sécurisée a échoué',
    'tls-intercepted': 'Ouvert et signé à nouveau en chemin (inspection SSL)',
    'proxy-auth': 'Le proxy web demande un mot de passe',
    'proxy-denied': 'Le proxy web l’a refusé',
    'in-use': 'D’autres programmes utilisent ces ports',
    malformed: 'Une réponse est arrivée, mais Onsight ne peut pas l’utiliser',
    'not-implemented': 'Non vérifié par cette version',
    error: 'La vérification elle-même a échoué',
    'not-sent': 'Non essayé avant la fin de la vérification',
  } satisfies Record<Outcome, string>,
  /** The extra checks (table X) by kind. */
  extra: {
    'call-quality': {
      problem:
        'Les appels risquent de saccader\u00a0: l’aller-retour, la gigue ou la perte dépasse ce qu’exige un bon appel',
      unverified: 'Indéterminé\u00a0: non mesuré lors de cette exécution',
    },
    'nat-behaviour': {
      problem:
        'Les appareils ne pourront probablement pas s’envoyer les médias directement\u00a0; les appels via les serveurs d’Onsight fonctionnent quand même',
      unverified: 'Impossible de dire comment ce réseau traduit les adresses',
    },
    'sip-alg': {
      problem: 'Une fonction du pare-feu (SIP ALG) réécrit la signalisation d’Onsight',
      unverified:
        'Impossible de dire si une fonction du pare-feu réécrit la signalisation d’Onsight',
    },
    'large-datagrams': {
      problem: 'Les gros paquets UDP sont rejetés\u00a0: la vidéo risque de se figer',
      unverified: 'Indéterminé\u00a0: non mesuré lors de cette exécution',
    },
  } satisfies Record<ExtraKind, { problem: string; unverified: string }>,
} satisfies Catalogue['RESULT_WORDS'];

/** "Send to IT" (common/reports/it-request.ts): the change request as text for an e-mail. */
const IT_REQUEST_TEXT = {
  title: (date: string) =>
    `Onsight Network Check\u00a0: demande de modification pour le service informatique, ${date}`,
  details: 'Règles de pare-feu en détail\u00a0:',
  notes: 'Remarques pour le service informatique\u00a0:',
  note: (title: string, explanation: string) => `${title} — ${explanation}`,
} satisfies Catalogue['IT_REQUEST_TEXT'];

/** The helpdesk code's decoder and its read-it-out aid (common/helpdesk). */
const HELPDESK_TEXT = {
  asIn: (char: string, word: string) => `${char} comme ${word}`,
  dash: 'tiret',
  badCharacter: (char: string, position: number) =>
    `${JSON.stringify(char)} (caractère ${n(position)}) n’est pas utilisé dans les codes d’assistance\u00a0: ils ne contiennent que les chiffres 0-9 et les lettres A-Z sauf U.`,
  badLength: (length: number, valid: { min: number; max: number }) =>
    `Le code ne tient pas\u00a0: il a ${n(length)} ${isOne(length) ? 'caractère' : 'caractères'}, alors qu’un code en a de ${n(valid.min)} à ${n(valid.max)} (tirets non comptés). Merci de le relire.`,
  badCheck:
    'Le code ne tient pas\u00a0: un caractère est faux, manquant ou en trop, ou deux caractères voisins sont inversés. Merci de le relire.',
  badContent: 'Le code ne décrit aucun résultat possible\u00a0: merci de le relire.',
  otherProfile: (id: string, version: string) =>
    `Ce code a été créé avec une autre version des vérifications (ou de cette application), et non avec le profil ${id} ${version}\u00a0: décodez-le avec la version qui l’a créé.`,
  newerVersion:
    'Ce code a été créé par une version plus récente d’Onsight Network Check\u00a0: mettez à jour cette application pour le lire.',
  /** A 0.1 code (format v1): it stored the verdict but not the cause. */
  olderVersion: (verdict: string, sameVerdict: boolean) =>
    `Ce code a été créé par une ancienne version d’Onsight Network Check (0.1), qui n’enregistrait pas la cause\u00a0: la cause ci-dessous est déduite des seuls états des lignes.${sameVerdict ? '' : ` Cette version avait donné le résultat «\u00a0${verdict}\u00a0».`}`,
} satisfies Catalogue['HELPDESK_TEXT'];

const services = (names: readonly string[]) => (names.length > 0 ? ` (${names.join(', ')})` : '');

/**
 * The firewall change request (common/results/change-request.ts). A proxy or an inspecting
 * device is named by its address or product, or by `unnamedProxy` / `unnamedInspector`: the
 * sentences place it where an article fits both ("sur le proxy web", "sur 10.0.0.1:8080").
 */
const CHANGE_REQUEST_TEXT = {
  services: {
    https: 'HTTPS',
    httpRedirect: 'HTTP, redirections vers HTTPS uniquement',
    sip: 'SIP',
    sipTls: 'SIP sur TLS 1.2',
    stun: 'STUN',
    media: 'médias SRTP/SRTCP',
  },
  allow: (port: string, names: readonly string[], destinations: readonly string[]) =>
    `Autoriser le trafic sortant ${port}${services(names)} vers ${destinations.join(', ')}`,
  allowOnThisComputer: (port: string, names: readonly string[], destinations: readonly string[]) =>
    `Autoriser le trafic sortant ${port}${services(names)} vers ${destinations.join(', ')} dans le pare-feu de cet ordinateur`,
  disableInspection: (domains: readonly string[], product: string) =>
    `Désactiver l’inspection SSL pour ${domains.join(', ')} sur ${product}`,
  unnamedInspector: 'le proxy qui inspecte le trafic',
  unnamedProxy: 'le proxy web',
  proxyAuth: (proxy: string, schemes: readonly string[], destinations: readonly string[]) =>
    `Sur ${proxy}, laisser passer Onsight vers ${destinations.join(', ')} sans mot de passe proxy (il a demandé ${schemes.length > 0 ? schemes.join(', ') : 'un mot de passe'})`,
  proxyDenied: (proxy: string, status: string | undefined, destinations: readonly string[]) =>
    `Sur ${proxy}, ajouter ${destinations.join(', ')} à la liste d’autorisation${status ? `\u00a0; il a répondu ${status}` : ''}`,
  proxyCannotReach: (proxy: string, status: string, destinations: readonly string[]) =>
    `Ouvrir le pare-feu situé derrière ${proxy} vers ${destinations.join(', ')}\u00a0; il a répondu ${status}\u00a0: le proxy n’a pas pu les joindre lui-même`,
  resolve: (names: readonly string[]) =>
    `Faire résoudre ${names.join(', ')} par le DNS de ce réseau`,
  localPorts: (range: string) =>
    `Libérer les ports UDP locaux ${range} de cet ordinateur pour les médias d’Onsight, ou autoriser Onsight à les utiliser dans son pare-feu`,
} satisfies Catalogue['CHANGE_REQUEST_TEXT'];

/** The reports: HTML, plain text and JSON (common/reports). */
const REPORT_TEXT = {
  title: 'Rapport Onsight Network Check',
  scope:
    'Ces résultats décrivent cet ordinateur, sur ce réseau, à ce moment\u00a0: un autre ordinateur, un autre réseau ou un autre moment peut donner un résultat différent.',
  labels: {
    date: 'Date',
    duration: 'Durée',
    app: 'Application',
    profile: 'Profil',
    options: 'Options',
    mappings: 'Cibles redirigées',
    proxy: 'Proxy',
    verdict: 'Résultat',
    caveat: 'Remarque',
    code: 'Code d’assistance',
    spelling: 'Épellation',
    changeRequest: 'Demande de modification du pare-feu',
    checks: 'Vérifications',
    network: 'Cet ordinateur et ce réseau',
    row: 'Ligne',
    check: 'Vérification',
    status: 'État',
    details: 'Détails',
  },
  codeHint: 'Donnez ce code au support Librestream\u00a0: il contient le résultat complet.',
  noCode: 'non disponible pour ce résultat',
  noChanges: 'Rien à modifier\u00a0: chaque règle vérifiée est ouverte.',
  duration: (ms: number) => formatSeconds(LANG, ms),
  profile: (id: string, version: string, revision: number, hash: string) =>
    `${id} ${version}, révision ${revision} (${hash})`,
  options: (o: {
    teamlink: boolean;
    legacy: boolean;
    china: boolean;
    customDomains: readonly string[];
  }) =>
    [
      `TeamLink ${o.teamlink ? 'activé' : 'désactivé'}`,
      `anciens serveurs ${o.legacy ? 'inclus' : 'exclus'}`,
      `Chine ${o.china ? 'incluse' : 'exclue'}`,
      o.customDomains.length > 0
        ? `domaines personnalisés ${o.customDomains.join(', ')}`
        : 'aucun domaine personnalisé',
    ].join(', '),
  mapping: (from: string, to: string) => `${from} est vérifié à l’adresse ${to}`,
  /** `worked` is the engine's entry: "DIRECT", or the proxy's URL (credentials never kept). */
  proxy: (source: string, worked: string | null) =>
    `${source}${
      worked === null
        ? ''
        : worked === 'DIRECT'
          ? '\u00a0; Internet atteint directement, sans proxy'
          : `\u00a0; Internet atteint via le proxy ${worked
              .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
              .replace(/^[^@/]*@/, '')
              .replace(/\/$/, '')}`
    }`,
  network: {
    os: 'Système d’exploitation',
    hostname: 'Nom de l’ordinateur',
    user: 'Nom d’utilisateur',
    interfaces: 'Interfaces réseau',
    gateway: 'Passerelle par défaut',
    dns: 'Serveurs DNS',
    publicAddress: 'Adresse publique',
    none: 'aucune',
    unknown: 'inconnu',
    defaultRoute: 'route par défaut',
  },
  detailsLeftOut:
    'Le nom de l’ordinateur, le nom d’utilisateur et les adresses locales ne figurent pas dans ce rapport.',
  noHost: 'Les informations sur l’ordinateur et le réseau n’ont pas été collectées.',
} satisfies Catalogue['REPORT_TEXT'];

/** The short summary "Copy summary" puts on the clipboard, for chat and e-mail (issue 7). */
const SUMMARY_TEXT = {
  title: (date: string) => `Onsight Network Check, ${date}`,
  code: (code: string) => `Code d’assistance\u00a0: ${code}`,
  problems: 'Problèmes\u00a0:',
  noProblems: 'Aucun problème\u00a0: chaque ligne vérifiée a réussi.',
  problem: (id: string, statusWord: string, summary: string) =>
    summary ? `${id} ${statusWord}\u00a0: ${summary}` : `${id} ${statusWord}`,
  changeRequest: 'Demande de modification du pare-feu\u00a0:',
} satisfies Catalogue['SUMMARY_TEXT'];

/** The command line's own words (main/cli): flags, commands and exit codes stay as they are. */
const CLI_TEXT = {
  usage: `Utilisation\u00a0:
  onsight-netcheck run  [sélection] [--proxy URL|direct|system]
                        [--pac URL|FICHIER] [--ca FICHIER]...
                        [--reflector CIBLE]... [--timeout-ms N]
                        [--deadline-ms N] [--concurrency N]
                        [--quality-seconds N] [--json] [--width N]
                        [--report FICHIER.html|.json|.txt]
                        [--english-copy on|off]
                        [--include-computer-details] [--lang LANGUE]
  onsight-netcheck watch [sélection] [--every DURÉE] [--for DURÉE]
                        [les options de run, sauf --json et --report]
  onsight-netcheck plan [sélection] --json
  onsight-netcheck decode CODE [--profile FICHIER] [--json] [--width N]
                        [--lang LANGUE]
  onsight-netcheck diff AVANT APRÈS [--profile FICHIER] [--json] [--width N]
                        [--lang LANGUE]
  onsight-netcheck --version | --help
Sélection\u00a0:
  --profile FICHIER  --option teamlink=on|off,legacy,china
  --custom-domain HÔTE...  --only LIGNE,...  --map DE=VERS...
  --override FICHIER
--width N\u00a0: coupe les lignes à N colonnes
  (défaut\u00a0: largeur du terminal, ou 80).
--quality-seconds N\u00a0: mesure de qualité d’appel, ligne X.1
  (défaut 3\u00a0; 0\u00a0: aucune).
--every DURÉE\u00a0: watch revérifie à ce rythme les lignes pas encore réussies
  (défaut 10s, au moins --timeout-ms)\u00a0; --for DURÉE\u00a0: au plus aussi
  longtemps (défaut 30m). DURÉE\u00a0: 10s, 2m, 1h. watch sort avec 0 dès que
  c’est prêt, sinon comme run.
--lang LANGUE\u00a0: en, fr, de, es, pt-BR, zh-CN ou ja
  (défaut\u00a0: LC_ALL, LC_MESSAGES ou LANG).
--english-copy on|off\u00a0: copie en anglais sous le rapport
  (défaut\u00a0: on, sauf si la langue est l’anglais).
Codes de sortie de run (changés après 0.1, où 1 voulait dire
tout sauf «\u00a0prêt\u00a0»)\u00a0:
  0 prêt             1 pas prêt          4 TeamLink seul     5 indéterminé
  2 erreur d’utilisation, de profil, de fichier ou de code
  3 erreur interne   130 interrompu
plan, decode, diff, --help et --version sortent avec 0,
ou 2 ou 3 comme ci-dessus.`,
  /** What `--version` prints after the tool's name and version. */
  version: (profile: string, version: string, revision: number, hash: string) =>
    `(profil ${profile} ${version} r${revision}, ${hash})`,
  /** A command that is written wrongly or asks for what cannot be (exit code 2). */
  errors: {
    wholeNumber: (flag: string, value: string, min: number, max: number) =>
      `--${flag} ${JSON.stringify(value)}\u00a0: un nombre entier de ${min} à ${max} est attendu`,
    optionValue: (item: string) => `--option ${item}\u00a0: la valeur doit être on ou off`,
    onOff: (flag: string, value: string) =>
      `--${flag} ${JSON.stringify(value)}\u00a0: la valeur doit être on ou off`,
    unknownOption: (item: string, name: string, known: readonly string[]) =>
      `--option ${item}\u00a0: option inconnue «\u00a0${name}\u00a0» (connues\u00a0: ${known.join(', ')})`,
    /** `why`: the file's own problem (JSON's message, the first field that is wrong). */
    override: (file: string, why: string) => `--override ${file}\u00a0: ${why}`,
    noCommand: 'une commande est nécessaire\u00a0: run, watch, plan, decode ou diff',
    decodeOneCode: 'decode prend exactement un CODE',
    unknownCommand: (name: string) =>
      `commande inconnue «\u00a0${name}\u00a0» (connues\u00a0: run, watch, plan, decode, diff)`,
    unexpectedArgument: (text: string) => `argument inattendu «\u00a0${text}\u00a0»`,
    runOnly: (flag: string) => `--${flag} est une option de run, pas de plan`,
    customDomain: (why: string) => `--custom-domain\u00a0: ${why}`,
    reflector: (text: string) =>
      `--reflector ${JSON.stringify(text)}\u00a0: ni un nom d’hôte, ni une adresse, ni un bloc CIDR`,
    onlyEmpty: '--only demande au moins un identifiant de ligne, par exemple --only 2-2.3',
    unknownRow: (row: string, profile: string, rows: readonly string[]) =>
      `--only\u00a0: pas de ligne ${row} dans le profil ${profile} (lignes\u00a0: ${rows.join(', ')})`,
    pacWithProxy: (proxy: string) =>
      `--pac et --proxy ${proxy} ne peuvent pas être utilisés ensemble\u00a0: indiquez un seul réglage de proxy`,
    pacEmpty: '--pac demande une URL ou un fichier',
    caUnreadable: (file: string, code: string) =>
      `--ca ${file}\u00a0: lecture impossible (${code})`,
    caNotPem: (file: string) => `--ca ${file}\u00a0: pas un certificat PEM`,
    planJsonOnly: 'plan n’affiche que du JSON\u00a0: ajoutez --json',
    reportFormat: (file: string, pdf: boolean) =>
      `--report ${file}\u00a0: ${pdf ? 'les rapports PDF s’enregistrent depuis l’application de bureau' : 'format inconnu'}\u00a0; utilisez .html, .json ou .txt`,
    reportUnwritable: (file: string, code: string) =>
      `--report ${file}\u00a0: écriture impossible (${code})`,
    decode: (code: string, why: string) => `decode ${JSON.stringify(code)}\u00a0: ${why}`,
    internal: (message: string) => `erreur interne\u00a0: ${message}`,
  },
  reportWritten: (file: string) => `Rapport enregistré dans ${file}`,
  /** The tested network under the verdict (common/results/tested-network.ts). */
  network: 'Réseau testé',
  noDefaultRoute: 'Aucune route par défaut',
  decodeHeading: (code: string, profile: string, version: string, revision: number) =>
    `Code d’assistance ${code} (profil ${profile} ${version} r${revision})`,
  decodeOptions: (o: { teamlink: boolean; legacy: boolean; china: boolean; custom: boolean }) =>
    `Options\u00a0: TeamLink ${o.teamlink ? 'activé' : 'désactivé'}, anciens serveurs ${o.legacy ? 'inclus' : 'exclus'}, Chine ${o.china ? 'incluse' : 'exclue'}, ${o.custom ? 'domaines personnalisés vérifiés' : 'aucun domaine personnalisé'}`,
} satisfies Catalogue['CLI_TEXT'];

/** The app's helpdesk tools (issue 7): read-it-out, save, decode and the change request. */
const APP_HELPDESK_TEXT = {
  readOut: {
    show: 'Épeler',
    hide: 'Masquer l’épellation',
    label: 'Le code, caractère par caractère',
  },
  save: {
    legend: 'Rapport',
    format: 'Format',
    formats: {
      html: 'Page web (HTML)',
      pdf: 'PDF',
      text: 'Texte brut (e-mail, messagerie)',
      json: 'JSON (pour les outils)',
    } satisfies Record<'html' | 'pdf' | 'text' | 'json', string>,
    includeDetails: 'Inclure les détails de l’ordinateur',
    /** Only in a language other than English (issue 19). */
    englishCopy: 'Ajouter une copie en anglais',
    englishCopyHint:
      'Pour le support Librestream et les services informatiques à l’étranger\u00a0: le rapport complet, à nouveau, en anglais.',
    withDetails: 'Comprend le nom de cet ordinateur, le nom d’utilisateur et les adresses locales.',
    withoutDetails:
      'Exclut le nom de cet ordinateur, le nom d’utilisateur et les adresses locales.',
    save: 'Enregistrer le rapport…',
    saving: 'Enregistrement…',
    saved: (path: string) => `Enregistré dans ${path}`,
    notSaved: 'Non enregistré.',
    failed: (message: string) => `Le rapport n’a pas été enregistré\u00a0: ${message}`,
    noResult: 'Un rapport peut être enregistré une fois la vérification terminée.',
    copySummary: 'Copier le résumé',
    summaryCopied: 'Résumé copié',
    summaryCopyFailed: 'Impossible de copier le résumé',
  },
  changeRequest: {
    heading: 'Demande de modification du pare-feu, en détail',
    intro:
      'Pour le service informatique\u00a0: chaque règle à ajouter, regroupée par destination et par port, telle que cet ordinateur l’a constatée.',
    copyLabel: 'toutes les lignes de la demande de modification du pare-feu',
  },
  decode: {
    heading: 'Saisir un code d’assistance',
    label: 'Code d’assistance',
    hint: 'Tel que l’appelant le lit\u00a0: lettres et chiffres, tirets facultatifs. O se lit 0, I et L se lisent 1.',
    submit: 'Afficher le résultat',
    errors: {
      length: 'Longueur incorrecte',
      character: 'Un caractère que les codes n’utilisent pas',
      check: 'La vérification du code a échoué',
      profile: 'Créé avec une autre version du profil',
      newer: 'Créé par une version plus récente',
    } satisfies Record<'length' | 'character' | 'check' | 'profile' | 'newer', string>,
    resultFor: (code: string) => `Résultat du code ${code}`,
    profile: (id: string, version: string) => `Profil ${id} ${version}`,
    options: (o: { teamlink: boolean; legacy: boolean; china: boolean; customDomains: boolean }) =>
      [
        `TeamLink ${o.teamlink ? 'activé' : 'désactivé'}`,
        `anciens serveurs ${o.legacy ? 'inclus' : 'exclus'}`,
        `Chine ${o.china ? 'incluse' : 'exclue'}`,
        o.customDomains ? 'domaines personnalisés vérifiés' : 'aucun domaine personnalisé',
      ].join(', '),
  },
} satisfies Catalogue['APP_HELPDESK_TEXT'];

/** The proxy sign-in dialog (issue 17): a proxy asked for a password the check did not have. */
const PROXY_SIGN_IN_TEXT = {
  heading: 'S’identifier auprès du proxy web',
  intro: (address: string) =>
    `Le proxy web ${address} demande un nom d’utilisateur et un mot de passe avant de laisser passer la vérification.`,
  schemes: (schemes: readonly string[]) =>
    schemes.length > 0
      ? `Méthodes d’identification proposées\u00a0: ${schemes.join(', ')}.`
      : 'Il n’indique pas comment s’identifier.',
  refused:
    'Ce nom d’utilisateur et ce mot de passe n’ont pas été acceptés. Vérifiez-les et réessayez.',
  username: 'Nom d’utilisateur',
  password: 'Mot de passe',
  privacy:
    'Utilisés uniquement pour les vérifications de cette fenêtre, jusqu’à la fermeture de l’application. Jamais enregistrés, jamais inscrits dans un rapport ni dans un journal.',
  submit: 'S’identifier et vérifier à nouveau',
  cancel: 'Annuler',
  open: 'S’identifier auprès du proxy web…',
  needUsername: 'Saisissez un nom d’utilisateur.',
} satisfies Catalogue['PROXY_SIGN_IN_TEXT'];

/** Helpdesk mode (issue 17): the agent's view of a caller's code, apart from this computer's check. */
const HELPDESK_MODE_TEXT = {
  open: 'Assistance\u00a0: saisir le code d’un appelant',
  entryLabel: 'Assistance',
  back: 'Retour à la vérification de cet ordinateur',
  intro:
    'Le résultat de l’appelant, d’après le code qu’il a lu. La vérification de cet ordinateur est masquée tant que cette vue est ouverte.',
  problemsHeading: 'Problèmes',
  noProblems: 'Aucune ligne n’a de problème.',
  showAll: 'Afficher toutes les lignes',
  hideAll: 'Afficher uniquement les problèmes',
} satisfies Catalogue['HELPDESK_MODE_TEXT'];

const sendToIt = 'Envoyez le rapport à votre service informatique';
/** DIAGNOSIS_TEXT.labels.mustFix and .recommended, as the steps refer to them. */
const mustFix = '«\u00a0À corriger\u00a0»';
const recommended = '«\u00a0Recommandé\u00a0»';

/** The diagnosis: the one story every face tells (common/diagnosis). */
const DIAGNOSIS_TEXT = {
  labels: {
    caveat: 'Remarque',
    onSite: 'Que faire maintenant',
    helpdesk: 'Pour l’assistance',
    it: 'Pour le service informatique',
    mustFix: 'À corriger',
    recommended: 'Recommandé',
    details: 'Demande de modification du pare-feu, en détail',
  },
  customDomains: 'les domaines propres à ce site',
  partialReady:
    'Chaque ligne vérifiée est ouverte\u00a0; les lignes exclues n’ont pas été vérifiées.',
  nothingChecked:
    'Aucune ligne qui décide du résultat n’a été vérifiée\u00a0: choisissez plus de lignes, ou lancez toutes les vérifications.',
  causes: {
    none: () => ({
      headline: 'Onsight fonctionnera ici',
      reason: () => 'Chaque règle requise du guide pare-feu d’Onsight est ouverte sur ce réseau.',
      steps: {
        onSite: 'Rien à faire\u00a0: vous pouvez utiliser Onsight Connect sur ce réseau.',
        helpdesk:
          'Le réseau est prêt pour Onsight. Si les appels échouent malgré tout, la cause n’est pas le pare-feu.',
        it: 'Aucune modification n’est nécessaire.',
      },
    }),
    'no-network': () => ({
      headline: 'Cet ordinateur n’est connecté à aucun réseau',
      reason: () =>
        'Rien n’est sorti de cet ordinateur\u00a0: il n’a pas de connexion réseau, ou pas de route vers Internet. On ne sait encore rien du pare-feu.',
      steps: {
        onSite:
          'Connectez-vous au Wi-Fi ou branchez le câble réseau, puis relancez la vérification.',
        helpdesk:
          'Demandez à l’appelant de connecter l’ordinateur au réseau (Wi-Fi ou câble) et de relancer la vérification.',
        it: 'Aucune modification du pare-feu ne peut être évaluée tant que cet ordinateur n’est pas connecté.',
      },
    }),
    dns: () => ({
      headline: 'Ce réseau ne trouve pas les serveurs d’Onsight',
      reason: () =>
        'Le réseau fonctionne, mais des noms comme onsight.librestream.com ne sont pas résolus\u00a0: Onsight ne peut donc pas trouver ses serveurs.',
      steps: {
        onSite:
          'Si vous êtes connecté à un VPN, déconnectez-le et relancez la vérification\u00a0; sinon, envoyez le rapport à votre service informatique.',
        helpdesk:
          'Demandez si l’ordinateur est sur un VPN ou un réseau invité. Sinon, le DNS du site doit résoudre les noms de Librestream\u00a0: demandez le rapport et transmettez-le au service informatique du site.',
        it: `Faites en sorte que les serveurs DNS distribués par ce réseau résolvent les noms listés sous ${mustFix}.`,
      },
    }),
    'ipv6-only': () => ({
      headline: 'Ce réseau est uniquement IPv6',
      reason: () =>
        'Les noms sont résolus, mais seulement en adresses IPv6 (le réseau les traduit, NAT64/DNS64), et il n’y a aucune route IPv4\u00a0: les serveurs d’appel d’Onsight, que le guide pare-feu donne en adresses IPv4, sont injoignables depuis cet ordinateur. Le DNS fonctionne, et aucune règle de pare-feu ne manque pour ces serveurs.',
      steps: {
        onSite:
          'Utilisez un réseau qui fournit aussi IPv4 (c’est le cas de la plupart des réseaux de bureau et domestiques), ou un partage de connexion depuis un téléphone, puis relancez la vérification. Envoyez le rapport à votre service informatique.',
        helpdesk:
          'Le réseau de l’appelant ne fournit que IPv6. Les serveurs d’appel d’Onsight ont des adresses IPv4\u00a0: demandez à son service informatique d’ajouter IPv4 sur ce réseau (double pile) ou 464XLAT, afin que cet ordinateur puisse traduire.',
        it: 'Fournissez IPv4 sur ce réseau (double pile), ou 464XLAT (un PLAT, avec un CLAT sur les clients), pour que les clients joignent les adresses IPv4 du guide (tableaux 2-2 à 2-4). Les lignes par nom d’hôte ont réussi ou ont leurs propres règles ci-dessous.',
      },
    }),
    'captive-portal': () => ({
      headline: 'Ce réseau demande d’abord de vous identifier',
      reason: () =>
        'Le réseau répond avec sa propre page de connexion, comme le Wi-Fi des hôtels et les réseaux invités\u00a0: on ne sait rien du pare-feu tant que vous ne vous êtes pas identifié.',
      steps: {
        onSite:
          'Ouvrez un navigateur web, identifiez-vous sur le Wi-Fi, puis relancez la vérification.',
        helpdesk:
          'Demandez à l’appelant d’ouvrir un navigateur web, de s’identifier sur le Wi-Fi, puis de relancer la vérification.',
        it: 'Aucune modification n’est demandée tant que cet ordinateur ne s’est pas identifié sur le réseau.',
      },
    }),
    'proxy-sign-in': () => ({
      headline: 'Impossible de conclure\u00a0: le proxy web demande un mot de passe',
      // Short and plain (issue 17): the rows and the proxy's sign-in methods are in the details.
      reason: () =>
        'Le proxy web de ce réseau demande un nom d’utilisateur et un mot de passe\u00a0: la connexion sécurisée d’Onsight n’a donc pas pu être vérifiée.',
      steps: {
        onSite:
          'Si vous avez un nom d’utilisateur et un mot de passe pour le proxy web, identifiez-vous et vérifiez à nouveau. Sinon, envoyez le rapport à votre service informatique.',
        helpdesk:
          'Onsight peut malgré tout s’identifier auprès du proxy avec le compte Windows. Pour en être sûr, demandez à son service informatique de laisser passer Librestream par le proxy sans mot de passe.',
        it: `Laissez passer les noms listés sous ${mustFix} par le proxy web sans mot de passe proxy.`,
      },
    }),
    'proxy-denied': () => ({
      headline: 'Le proxy web bloque Onsight',
      reason: () =>
        'Le proxy web de ce réseau a refusé de se connecter aux serveurs de Librestream.',
      steps: {
        onSite: `${sendToIt}\u00a0: le proxy doit autoriser Librestream.`,
        helpdesk:
          'Le proxy web du site bloque Librestream\u00a0: demandez le rapport et transmettez-le au service informatique du site.',
        it: `Ajoutez les noms listés sous ${mustFix} à la liste d’autorisation du proxy web.`,
      },
    }),
    'ssl-inspection': (_verdict: string, product: string | undefined) => ({
      headline: 'L’inspection SSL de ce réseau empêche Onsight de fonctionner',
      reason: () =>
        `Les connexions sécurisées de Librestream sont ouvertes et signées à nouveau en chemin${product ? ` par ${product}` : ''}\u00a0; Onsight refuse ces connexions pour que ses appels restent privés.`,
      steps: {
        onSite: `${sendToIt}\u00a0: il doit exclure Librestream de l’inspection SSL.`,
        helpdesk: `Le site inspecte le trafic chiffré${product ? ` avec ${product}` : ''}. Son service informatique doit exclure *.librestream.com de l’inspection SSL.`,
        it: `Désactivez l’inspection SSL (déchiffrement HTTPS) pour les domaines listés sous ${mustFix}${product ? ` sur ${product}` : ''}.`,
      },
    }),
    clock: () => ({
      headline: 'L’horloge de cet ordinateur est peut-être fausse',
      reason: () =>
        'D’après l’horloge de cet ordinateur, le certificat de Librestream n’est pas valide\u00a0: les connexions sécurisées échouent donc.',
      steps: {
        onSite:
          'Vérifiez la date, l’heure et le fuseau horaire de cet ordinateur, corrigez-les, puis relancez la vérification.',
        helpdesk:
          'Demandez à l’appelant de vérifier la date, l’heure et le fuseau horaire de l’ordinateur, puis de relancer la vérification.',
        it: 'Assurez-vous que cet ordinateur règle son horloge sur un serveur de temps.',
      },
    }),
    'web-blocked': () => ({
      headline: 'Onsight ne peut pas joindre ses serveurs sur ce réseau',
      reason: (rows: readonly string[]) =>
        `Le trafic web sécurisé (HTTPS) dont Onsight a besoin ne passe pas (${rowsNamed(rows)})\u00a0: Onsight ne peut donc pas se connecter.`,
      steps: {
        onSite: `${sendToIt}\u00a0: le pare-feu doit laisser passer Onsight.`,
        helpdesk: `Le pare-feu du site bloque la connexion d’Onsight. Demandez le rapport et transmettez-le au service informatique du site\u00a0: les règles sont listées sous ${mustFix}.`,
        it: `Ajoutez les règles listées sous ${mustFix}.`,
      },
    }),
    'local-firewall': (verdict: string) => ({
      headline:
        verdict === 'teamlink-only'
          ? 'Onsight fonctionnera ici uniquement via TeamLink'
          : 'Le pare-feu de cet ordinateur bloque Onsight',
      reason: (rows: readonly string[]) =>
        verdict === 'teamlink-only'
          ? `Un pare-feu ou un logiciel de sécurité de cet ordinateur bloque les appels directs (${rowsNamed(rows)})\u00a0: Onsight fera donc passer les appels par HTTPS avec TeamLink, avec une qualité moindre.`
          : `Un pare-feu ou un logiciel de sécurité de cet ordinateur bloque Onsight (${rowsNamed(rows)}).`,
      steps: {
        onSite:
          'Demandez à votre service informatique d’autoriser Onsight dans le pare-feu ou le logiciel de sécurité de cet ordinateur.',
        helpdesk:
          'C’est le pare-feu ou le logiciel de sécurité de cet ordinateur qui bloque Onsight, pas le réseau du site\u00a0: demandez à son service informatique d’autoriser Onsight sur cet ordinateur.',
        it: `Autorisez Onsight dans le pare-feu ou le logiciel de sécurité de cet ordinateur, et ajoutez les règles listées sous ${mustFix}.`,
      },
    }),
    'direct-blocked': (verdict: string) =>
      verdict === 'teamlink-only'
        ? {
            headline: 'Onsight fonctionnera ici uniquement via TeamLink',
            reason: (rows: readonly string[]) =>
              `Les appels directs sont bloqués (${rowsNamed(rows)})\u00a0: Onsight fera donc passer les appels par HTTPS avec TeamLink, avec une qualité moindre.`,
            steps: {
              onSite: `Vous pouvez utiliser Onsight dès maintenant. ${sendToIt} pour une meilleure qualité d’appel.`,
              helpdesk: `Les appels fonctionneront via TeamLink, avec une qualité moindre. Pour des appels directs, le service informatique du site doit ajouter les règles listées sous ${mustFix}.`,
              it: `Ajoutez les règles listées sous ${mustFix} pour que les appels puissent passer en direct.`,
            },
          }
        : {
            headline: 'Les appels Onsight ne peuvent pas s’établir sur ce réseau',
            reason: (rows: readonly string[]) =>
              `Les appels directs sont bloqués (${rowsNamed(rows)}) et TeamLink est désactivé pour ce site.`,
            steps: {
              onSite: `${sendToIt}.`,
              helpdesk: `Les appels ne peuvent pas s’établir\u00a0: le service informatique du site doit ajouter les règles listées sous ${mustFix}, ou l’administrateur Onsight doit activer TeamLink.`,
              it: `Ajoutez les règles listées sous ${mustFix}, ou activez TeamLink dans Onsight Platform Manager.`,
            },
          },
    'local-ports-taken': (verdict: string) =>
      verdict === 'ready'
        ? {
            headline: 'Onsight fonctionnera ici, mais certains de ses ports locaux sont occupés',
            reason: () =>
              'D’autres programmes de cet ordinateur occupent certains des ports UDP 6000-6200\u00a0; Onsight utilisera des ports plus élevés.',
            steps: {
              onSite: 'Vous pouvez utiliser Onsight dès maintenant.',
              helpdesk:
                'Les appels fonctionneront. D’autres programmes occupent certains des ports qu’Onsight préfère.',
              it: `Rien n’est requis\u00a0; voir ${recommended}.`,
            },
          }
        : {
            headline: 'Onsight ne peut pas encore passer d’appels depuis cet ordinateur',
            reason: () =>
              'D’autres programmes de cet ordinateur occupent tous les ports UDP locaux de 6000 à 6200, qu’Onsight utilise pour les médias des appels.',
            steps: {
              onSite:
                'Fermez les autres programmes d’appel ou de vidéo, puis relancez la vérification.',
              helpdesk:
                'Demandez à l’appelant de fermer les autres programmes d’appel ou de vidéo et de relancer la vérification.',
              it: `Libérez les ports UDP locaux 6000-6200 sur cet ordinateur (voir ${mustFix}).`,
            },
          },
    unverified: () => ({
      headline: 'Impossible de dire si Onsight fonctionnera ici',
      reason: (rows: readonly string[]) =>
        isOne(rows.length)
          ? `La ligne ${rows.join(', ')} n’a reçu de réponse ni dans un sens ni dans l’autre, et c’est elle qui décide du résultat.`
          : `Les lignes ${rows.join(', ')} n’ont reçu de réponse ni dans un sens ni dans l’autre, et ce sont elles qui décident du résultat.`,
      steps: {
        onSite:
          'Relancez la vérification. Si le résultat est le même, envoyez le rapport à votre service informatique.',
        helpdesk:
          'Demandez à l’appelant de relancer la vérification\u00a0; si le résultat reste indéterminé, demandez le rapport.',
        it: 'Examinez dans le rapport les lignes dont le résultat est indéterminé.',
      },
    }),
    'media-partly-blocked': () => ({
      headline: 'Onsight fonctionnera ici, mais une partie des médias d’appel peut être bloquée',
      reason: () =>
        'Les appels s’établissent, mais une partie de la plage média (UDP 15000-65000) n’a pas atteint certains serveurs d’Onsight\u00a0: la vidéo risque de se figer ou de perdre en qualité.',
      steps: {
        onSite: `Vous pouvez utiliser Onsight dès maintenant. ${sendToIt} pour qu’il ouvre le reste.`,
        helpdesk:
          'Les appels fonctionneront. Demandez le rapport et transmettez-le au service informatique du site\u00a0: certaines règles média manquent.',
        it: `Ajoutez les règles listées sous ${recommended}.`,
      },
    }),
    'partly-blocked': () => ({
      headline: 'Onsight fonctionnera ici, mais certains de ses serveurs sont injoignables',
      reason: () =>
        'Chaque vérification requise a atteint au moins un des serveurs d’Onsight, mais certains serveurs n’ont pas répondu\u00a0: les appels peuvent échouer quand Onsight bascule vers eux.',
      steps: {
        onSite: `Vous pouvez utiliser Onsight dès maintenant. ${sendToIt} pour qu’il ouvre le reste.`,
        helpdesk:
          'Les appels fonctionneront. Demandez le rapport et transmettez-le au service informatique du site\u00a0: certains serveurs d’Onsight sont bloqués.',
        it: `Ajoutez les règles listées sous ${recommended}.`,
      },
    }),
    'push-blocked': () => ({
      headline:
        'Onsight fonctionnera ici, mais les téléphones et tablettes risquent de manquer des notifications',
      reason: () =>
        'Cet ordinateur joint Onsight, mais les notifications push d’Apple ou de Google sont bloquées sur ce réseau\u00a0: les téléphones et tablettes ici risquent de ne pas sonner lors des appels entrants.',
      steps: {
        onSite: 'Vous pouvez utiliser Onsight sur cet ordinateur dès maintenant.',
        helpdesk: `Les appels fonctionneront sur les ordinateurs. Les téléphones et tablettes de ce réseau risquent de manquer des notifications\u00a0: le service informatique du site peut ouvrir les règles listées sous ${recommended}.`,
        it: `Ajoutez les règles listées sous ${recommended} pour les téléphones et tablettes de ce réseau.`,
      },
    }),
    'optional-blocked': () => ({
      headline: 'Onsight fonctionnera ici, mais une règle recommandée manque',
      reason: () =>
        'Chaque règle requise est ouverte\u00a0; une règle que le guide recommande ne l’est pas.',
      steps: {
        onSite: 'Vous pouvez utiliser Onsight dès maintenant.',
        helpdesk: `Les appels fonctionneront. Le service informatique du site peut ajouter les règles listées sous ${recommended}.`,
        it: `Ajoutez les règles listées sous ${recommended}.`,
      },
    }),
  } satisfies Record<Cause, (verdict: VerdictStatus, product: string | undefined) => CauseWords>,
  lines: {
    row: (remediation: string, id: string) => `${remediation.replace(/\.$/, '')} (ligne ${id})`,
    dns: (names: readonly string[], ids: readonly string[]) =>
      `Faire résoudre ${names.join(', ')} par le DNS de ce réseau (${rowsNamed(ids)})`,
    inspection: (domains: readonly string[], product: string | undefined, ids: readonly string[]) =>
      `Désactiver l’inspection SSL pour ${domains.join(', ')}${product ? ` sur ${product}` : ''} (${rowsNamed(ids)})`,
    clock: (ids: readonly string[]) =>
      `Régler correctement la date, l’heure et le fuseau horaire de cet ordinateur (${rowsNamed(ids)})`,
    proxyDenied: (names: readonly string[], ids: readonly string[]) =>
      `Autoriser le proxy web à se connecter à ${names.join(', ')} (${rowsNamed(ids)})`,
    proxySignIn: (names: readonly string[], ids: readonly string[]) =>
      `Laisser passer Onsight par le proxy web vers ${names.join(', ')} sans mot de passe proxy (${rowsNamed(ids)})`,
    localFirewall: (ids: readonly string[]) =>
      `Autoriser Onsight dans le pare-feu ou le logiciel de sécurité de cet ordinateur (${rowsNamed(ids)})`,
    https: (names: readonly string[], ids: readonly string[]) =>
      `Autoriser le trafic sortant HTTPS (TCP 443) vers ${names.join(', ')} sur le pare-feu et sur chaque proxy web (${rowsNamed(ids)})`,
  },
  caveats: {
    mediaUnconfirmed:
      'UDP vers les serveurs média fonctionne\u00a0; la plage 15000-65000 ne peut être confirmée que pendant un appel.',
    partial:
      'Seules certaines lignes ont été vérifiées\u00a0: ce résultat ne porte que sur ces lignes.',
    ipv6Only:
      'Réseau uniquement IPv6\u00a0: les adresses IPv4 du guide (les plages /28 du tableau 2-2, les hôtes des tableaux 2-3 et 2-4) ne sont joignables, au mieux, que par la traduction propre au système d’exploitation (CLAT)\u00a0; cet ordinateur n’en a pas.',
    /** `title` is the row's plain title (common/i18n/row-words.ts), a statement. */
    partly: (title: string, id: string) =>
      `Seulement en partie\u00a0: ${title} (ligne ${id})\u00a0; certains serveurs d’Onsight n’ont pas répondu.`,
    localPortsTaken: (id: string) =>
      `Certains ports UDP locaux 6000-6200 sont occupés\u00a0; Onsight utilisera des ports plus élevés (ligne ${id}).`,
    push: (title: string, id: string) =>
      `Pas encore\u00a0: ${title} (ligne ${id}). Les téléphones et tablettes de ce réseau risquent de manquer des appels entrants.`,
    optional: (title: string, id: string) =>
      `Recommandé, pas indispensable\u00a0: ${title} (ligne ${id}). Onsight fonctionne sans.`,
    /** The extra checks (table X), by kind: what a problem they found means for a call. */
    extra: {
      'call-quality': (id: string) =>
        `Les appels risquent de saccader ici\u00a0: l’aller-retour, sa gigue ou la perte vers les serveurs d’Onsight dépasse ce qu’exige un bon appel (ligne ${id}).`,
      'nat-behaviour': (id: string) =>
        `Les appareils d’ici ne pourront probablement pas s’envoyer les médias directement\u00a0: la traduction d’adresses de ce réseau attribue un port public différent pour chaque serveur (ligne ${id}). Les appels via les serveurs d’Onsight fonctionnent quand même.`,
      // X.3's and X.4's own findings (SIP_ALG_TEXT.found, LARGE_DATAGRAM_TEXT.dropped), in French.
      'sip-alg': (id: string) =>
        `Une fonction du pare-feu qui analyse SIP (SIP ALG) modifie la signalisation d’Onsight\u00a0: demandez au service informatique de la désactiver pour TCP 5060 (ligne ${id}).`,
      'large-datagrams': (id: string) =>
        `La vidéo risque de se figer\u00a0: ce réseau rejette les gros paquets UDP (ligne ${id}).`,
    } satisfies Record<ExtraKind, (id: string) => string>,
  },
} satisfies Catalogue['DIAGNOSIS_TEXT'];

/** The app shell's own sentences (issue 14): a run that broke, the log. */
const SHELL_TEXT = {
  runFailedHeadline: 'La vérification s’est arrêtée avant la fin',
  runFailedReason: (message: string) =>
    `Une erreur s’est produite dans l’application (${message}). Les lignes terminées figurent ci-dessous\u00a0; cliquez sur «\u00a0Relancer\u00a0» pour réessayer.`,
  /** A row the run never reached, once the run has broken. */
  notChecked:
    'Non vérifié\u00a0: la vérification s’est arrêtée avant que cette ligne ait un résultat.',
  announceFailed: 'La vérification s’est arrêtée avant la fin.',
} satisfies Catalogue['SHELL_TEXT'];

/** `watch` (issue 20). */
const WATCH_TEXT = {
  starting: (every: string, limit: string) =>
    `Nouvelle vérification toutes les ${every} jusqu’à «\u00a0prêt\u00a0» (au plus ${limit})\u00a0; Ctrl+C arrête.`,
  verdict: 'Résultat',
  stopped: (limit: string) => `Arrêté après ${limit}\u00a0; le dernier résultat est ci-dessus.`,
  errors: {
    watchOnly: (flag: string) => `--${flag} est une option de watch`,
    notInWatch: (flag: string) => `--${flag} est une option de run, pas de watch`,
    json: 'watch écrit des lignes pour une personne, pas du JSON\u00a0: un script peut appeler run --json lui-même',
    duration: (flag: string, text: string, max: string) =>
      `--${flag} ${JSON.stringify(text)}\u00a0: une durée de 1s à ${max} est attendue, par exemple 10s, 2m ou 1h`,
    everyBelowTimeout: (every: string, timeoutMs: number, floor: string) =>
      `--every ${every}\u00a0: plus court que le délai d’une tentative (--timeout-ms ${timeoutMs})\u00a0; indiquez au moins ${floor}`,
  },
} satisfies Catalogue['WATCH_TEXT'];

/** X.1's label (EXTRA_TEXT.qualityLabel): one-way figures need the far end. */
const qualityLabel = 'Temps aller-retour, estimation';

/** The app's face of the extra checks (issue 18): X.1's chart, the longer test, the header. */
const EXTRA_SCREEN_TEXT = {
  qualityLabel,
  /** The chart's caption: what was measured, and against which server. */
  chartCaption: (server: string) => `${qualityLabel}, ${server}`,
  /** The top of the chart's scale. */
  scale: (ms: number) => `${n(ms)} ms`,
  /** The chart's text alternative, and the figures beside it: every figure in words. */
  figures: (q: QualityFigures) => {
    const sofar = q.live
      ? `${n(q.sent)} paquets envoyés sur ${n(q.expected)} pour l’instant\u00a0: `
      : '';
    if (q.rttMedianMs === null) return `${sofar}aucun des ${n(q.sent)} paquets n’a reçu de réponse`;
    return [
      `${sofar}médiane ${formatMilliseconds(LANG, q.rttMedianMs)}`,
      ...(q.rttP95Ms === null ? [] : [`95e centile ${formatMilliseconds(LANG, q.rttP95Ms)}`]),
      ...(q.jitterMs === null ? [] : [`gigue ${formatMilliseconds(LANG, q.jitterMs)}`]),
      q.live
        ? `${n(q.lost)} ${isOne(q.lost) ? 'perdu' : 'perdus'}`
        : `${n(q.lost)} ${isOne(q.lost) ? 'paquet perdu' : 'paquets perdus'} sur ${n(q.sent)} (${formatPercent(LANG, q.lossPct)})`,
      ...(q.reordered > 0 ? [`${n(q.reordered)} dans le désordre`] : []),
      ...(q.mos === null ? [] : [`MOS estimé ${formatNumber(LANG, q.mos, 1)} sur 5`]),
    ].join(', ');
  },
  /** The first screen while table X still runs: the verdict stands, the code comes at the end. */
  extrasRunning:
    'Le résultat est établi. Les vérifications supplémentaires (hors guide) sont encore en cours\u00a0: le code d’assistance et le rapport suivront dès qu’elles seront terminées.',
  longerTest: 'Test plus long de la qualité d’appel (30 s au lieu de 3 s)',
  longerTestHint:
    'La ligne X.1 envoie un petit paquet toutes les 20 ms pendant 30 secondes, comme lors d’un appel.',
} satisfies Catalogue['EXTRA_SCREEN_TEXT'];

/** The guide's rows in plain words, keyed by row id; `fix` keeps every address and port. */
const CALL_SERVERS =
  '52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28';
const OLD_CALL_SERVER = '54.213.166.17 (sip.librestream.com)';
const OLDER_CALL_SERVER_WHY =
  'Les sites Onsight plus anciens utilisent un serveur d’appel aux États-Unis\u00a0; nécessaire si TeamLink est activé.';

const ROW_WORDS = {
  '2-1.1': {
    title: 'Onsight se connecte et charge ses réglages',
    explanation:
      'Onsight se connecte de façon sécurisée à Librestream pour ouvrir une session et faire passer les appels via TeamLink.',
    fix: 'Autoriser HTTPS (TCP 443) en sortie vers *.librestream.com, sur le pare-feu et sur chaque proxy web.',
  },
  '2-1.2': {
    title: 'Les connexions vers Librestream ne sont pas ouvertes en chemin',
    explanation:
      'Onsight vérifie qu’il parle bien à Librestream\u00a0; un équipement qui ouvre le trafic et le signe à nouveau coupe la connexion.',
    fix: 'Désactiver l’inspection SSL (déchiffrement HTTPS) pour *.librestream.com sur le proxy ou le pare-feu.',
  },
  '2-1.3': {
    title: 'Onsight atteint les serveurs Librestream en Chine',
    explanation:
      'Les sites qui utilisent TeamLink en Chine passent par les serveurs Librestream situés là-bas.',
    fix: 'Autoriser HTTPS (TCP 443) en sortie vers *.librestreamtech.cn sur chaque proxy, sans inspection SSL.',
  },
  '2-1.4': {
    title: 'Les adresses web Onsight propres à votre organisation fonctionnent',
    explanation:
      'Les adresses web propres qui pointent vers Onsight doivent elles aussi être joignables.',
    fix: 'Ajouter vos propres domaines qui pointent vers Librestream à la liste d’autorisation du proxy pour HTTPS (TCP 443), sans inspection SSL.',
  },
  '2-0.1': {
    title: 'Onsight Platform Manager\u00a0: comment Onsight trouve son serveur d’appel',
    explanation:
      'Un réglage d’Onsight Platform Manager (SIP Detection Method «\u00a0SIP Server Full\u00a0»), que cette vérification ne peut pas voir sur le réseau.',
    fix: 'Dans Onsight Platform Manager, régler la stratégie client SIP Detection Method sur SIP Server Full pour tous les clients.',
  },
  '2-2.1': {
    title: 'Les appels trouvent un chemin direct à travers ce réseau',
    explanation:
      'Onsight apprend comment les serveurs d’appel voient ce réseau, pour que les appels puissent passer directement\u00a0; nécessaire si TeamLink est activé.',
    fix: `Autoriser UDP 3478 (STUN) en sortie vers ${CALL_SERVERS}.`,
  },
  '2-2.2': {
    title: 'Les appels peuvent être établis',
    explanation: 'Onsight établit chaque appel via ses serveurs d’appel.',
    fix: `Autoriser TCP 5060 (SIP) en sortie vers ${CALL_SERVERS}.`,
  },
  '2-2.3': {
    title: 'Les appels peuvent être établis de façon sécurisée',
    explanation: 'Onsight établit les appels par une connexion chiffrée vers ses serveurs d’appel.',
    fix: `Autoriser TCP 5061 (SIP sur TLS 1.2) en sortie vers ${CALL_SERVERS}, sans inspection SSL.`,
  },
  '2-2.4': {
    title: 'Le son et la vidéo des appels passent',
    explanation:
      'Le son, la vidéo et les données partagées d’un appel circulent vers les serveurs média d’Onsight.',
    fix: `Autoriser UDP 15000-65000 ((S)RTP, (S)RTCP, STUN) en sortie vers ${CALL_SERVERS}.`,
  },
  '2-2.5': {
    title: 'Les liens web vers les serveurs d’appel sont redirigés',
    explanation: 'Sert uniquement à rediriger un navigateur web vers l’adresse sécurisée.',
    fix: `Facultatif\u00a0: autoriser TCP 80 (HTTP, redirections uniquement) en sortie vers ${CALL_SERVERS}.`,
  },
  '2-2.6': {
    title: 'Les serveurs d’appel répondent de façon sécurisée sur le port web',
    explanation: 'Les services d’appel répondent aussi au trafic web sécurisé.',
    fix: `Autoriser TCP 443 (HTTPS) en sortie vers ${CALL_SERVERS}.`,
  },
  '2-3.1': {
    title: 'Ancien serveur d’appel\u00a0: chemin direct pour les appels (1 sur 3)',
    explanation: OLDER_CALL_SERVER_WHY,
    fix: `Autoriser UDP 3478 (STUN) en sortie vers ${OLD_CALL_SERVER}.`,
  },
  '2-3.2': {
    title: 'Ancien serveur d’appel\u00a0: chemin direct pour les appels (2 sur 3)',
    explanation: OLDER_CALL_SERVER_WHY,
    fix: `Autoriser UDP 58024 (STUN) en sortie vers ${OLD_CALL_SERVER}.`,
  },
  '2-3.3': {
    title: 'Ancien serveur d’appel\u00a0: chemin direct pour les appels (3 sur 3)',
    explanation: OLDER_CALL_SERVER_WHY,
    fix: `Autoriser UDP 58523 (STUN) en sortie vers ${OLD_CALL_SERVER}.`,
  },
  '2-3.4': {
    title: 'Ancien serveur d’appel\u00a0: les appels peuvent être établis',
    explanation:
      'Les sites Onsight plus anciens établissent les appels via un serveur d’appel aux États-Unis.',
    fix: `Autoriser TCP 5060 (SIP) en sortie vers ${OLD_CALL_SERVER}.`,
  },
  '2-3.5': {
    title: 'Ancien serveur d’appel\u00a0: les appels peuvent être établis de façon sécurisée',
    explanation:
      'Les sites Onsight plus anciens établissent les appels par une connexion chiffrée.',
    fix: `Autoriser TCP 5061 (SIP sur TLS 1.2) en sortie vers ${OLD_CALL_SERVER}, sans inspection SSL.`,
  },
  '2-4.1': {
    title: 'Anciens serveurs média\u00a0: le son et la vidéo des appels passent',
    explanation:
      'Les sites Onsight plus anciens envoient le son et la vidéo des appels à six serveurs média aux États-Unis.',
    fix: 'Autoriser UDP 15000-65000 (SRTP, SRTCP) en sortie vers 54.200.152.202, 54.201.34.23, 54.213.38.103, 54.218.75.97, 54.213.75.101, 54.200.248.252.',
  },
  '3-1.1': {
    title: 'Cet ordinateur a des ports libres pour le son et la vidéo',
    explanation:
      'Onsight envoie les médias des appels depuis une plage de ports de cet ordinateur.',
    fix: 'Fermer ou reconfigurer les programmes qui occupent les ports UDP 6000-6200 sur cet ordinateur, ou autoriser les médias Onsight depuis des ports locaux plus élevés.',
  },
  '3-1.2': {
    title: 'Les appels et la connexion partent de n’importe quel port de cet ordinateur',
    explanation:
      'Rien à vérifier\u00a0: les lignes de connexion et d’établissement des appels le montrent déjà.',
    fix: 'Ne pas restreindre les ports locaux (source) du SIP et du HTTPS sortants.',
  },
  '3-1.3': {
    title: 'Les appareils peuvent échanger directement les médias des appels',
    explanation:
      'Lorsque c’est autorisé, deux appareils en appel échangent directement les médias\u00a0; la vérification nécessiterait un second appareil.',
    fix: 'Si les médias directs de client à client sont autorisés, autoriser UDP 6000-6199 entre les appareils Onsight.',
  },
  '4.1': {
    title: 'Les iPhone et iPad reçoivent ici les notifications d’appel',
    explanation:
      'Les appareils Apple de ce réseau sont avertis des appels entrants par le service push d’Apple.',
    fix: 'Autoriser TCP 5223, 2197 et 443 en sortie vers 17.0.0.0/8 (Apple Push Notification service).',
  },
  '4.2': {
    title: 'Les smartphones et tablettes Android reçoivent ici les notifications d’appel',
    explanation:
      'Les appareils Android de ce réseau sont avertis des appels entrants par le service push de Google.',
    fix: 'Autoriser TCP 5228, 5229, 5230 et 443 en sortie vers mtalk.google.com et fcm.googleapis.com (Firebase Cloud Messaging).',
  },
  'X.1': {
    title: `Qualité d’appel vers les serveurs STUN d’Onsight (${qualityLabel})`,
    explanation:
      'Pendant quelques secondes, de petits paquets, un toutes les 20 ms comme pour le son d’un appel, vers le serveur Onsight qui a répondu en STUN\u00a0: durée de l’aller-retour, ampleur de ses variations et nombre de paquets perdus.',
    fix: `Un appel a besoin, en UDP vers les serveurs Onsight (tableau 2-2), de moins de ${n(1)}\u00a0% de pertes, moins de 100 ms de temps aller-retour et moins de 30 ms de gigue\u00a0: recherchez une congestion ou une liaison lente entre ce site et les serveurs.`,
  },
  'X.2': {
    title: 'Comportement NAT (comment ce réseau traduit les adresses)',
    explanation:
      'Ce réseau conserve-t-il pour cet ordinateur la même adresse publique et le même port, quel que soit le serveur Onsight avec lequel il communique\u00a0? C’est ce qui permet aux appareils d’échanger directement les médias.',
    fix: 'Facultatif, pour les médias directs entre appareils (ligne 3-1.3)\u00a0: configurer le NAT UDP en Endpoint-Independent Mapping (RFC 4787, REQ-1). Les appels via les serveurs Onsight fonctionnent dans les deux cas.',
  },
  'X.3': {
    title: 'SIP ALG (une fonction du pare-feu qui réécrit SIP sur TCP 5060)',
    explanation:
      'Certains pare-feu modifient les messages SIP qui établissent les appels sur TCP 5060 (un SIP ALG)\u00a0; cela peut perturber l’établissement des appels d’Onsight. La même requête en TLS sur 5061, qu’aucun pare-feu ne peut lire, sert de comparaison.',
    fix: 'Désactiver le SIP ALG (aussi appelé SIP Inspection, SIP Helper ou SIP Fixup) pour TCP 5060 vers les services d’appel d’Onsight (tableau 2-2).',
  },
  'X.4': {
    title: 'Gros paquets UDP vers les serveurs STUN d’Onsight',
    explanation: `La vidéo est envoyée dans des paquets UDP d’environ ${n(1200)} octets au plus\u00a0; si un réseau rejette les gros paquets, la vidéo saccade alors que le son continue de fonctionner.`,
    fix: `Laisser passer les paquets UDP jusqu’à ${n(1500)} octets et leurs fragments vers les services d’appel d’Onsight (tableau 2-2), et vérifier la MTU du chemin.`,
  },
} satisfies Catalogue['ROW_WORDS'];

/** The guide's tables, by id, as a person on site would name them. */
const TABLE_WORDS = {
  '2-1': 'Connexion',
  '2-0': 'Onsight Platform Manager',
  '2-2': 'Appels',
  '2-3': 'Ancien serveur d’appel',
  '2-4': 'Anciens serveurs média',
  '3-1': 'Cet ordinateur',
  '4': 'Smartphones et tablettes',
  X: 'Vérifications supplémentaires (hors guide)',
} satisfies Catalogue['TABLE_WORDS'];

/** The app's native menu (main/app/menu.ts). */
const MENU_TEXT = {
  file: 'Fichier',
  saveReport: 'Enregistrer le rapport…',
  print: 'Imprimer…',
  edit: 'Édition',
  view: 'Affichage',
  language: 'Langue',
  /** The first item of the Language menu: follow the operating system's preferred languages. */
  systemLanguage: 'Langue du système',
  help: 'Aide',
  enterHelpdeskCode: 'Saisir un code d’assistance…',
  openLogFolder: 'Ouvrir le dossier des journaux',
  closeWindow: 'Fermer la fenêtre',
  quit: 'Quitter',
  copy: 'Copier',
  selectAll: 'Tout sélectionner',
  reload: 'Recharger',
  toggleDevTools: 'Afficher/masquer les outils de développement',
  resetZoom: 'Taille réelle',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  about: (product: string) => `À propos de ${product}`,
  /** The About box: what a helpdesk asks for first. */
  aboutVersion: (version: string) => `Version ${version}`,
  aboutProfile: (id: string, version: string, revision: number, hash: string) =>
    `Profil ${id} ${version}, révision ${revision} (${hash})`,
  /** The error box when the window cannot open at all. */
  couldNotStart: (product: string) => `${product} n’a pas pu démarrer`,
} satisfies Catalogue['MENU_TEXT'];

/** Choosing the language (issue 19): the CLI's note and the bilingual report's second part. */
const LANGUAGE_TEXT = {
  labelled: (label: string, text: string) => `${label}\u00a0: ${text}`,
  /** On stderr when LANG or --lang asks for a language this version does not have. */
  notAvailable: (asked: string, available: readonly string[]) =>
    `La langue «\u00a0${asked}\u00a0» n’est pas disponible (${available.join(', ')})\u00a0: l’anglais est utilisé.`,
  /** The heading of the English copy below a report in another language. */
  englishCopy: 'Version anglaise',
  englishCopyHint:
    'Le même résultat en anglais, pour le support Librestream et pour les services informatiques d’autres pays.',
} satisfies Catalogue['LANGUAGE_TEXT'];

/** Two readings of one site side by side (issue 20). */
const COMPARE_TEXT = {
  change: (before: string, after: string) => `${before} → ${after}`,
  absent: 'absente de ce relevé',
} satisfies Catalogue['COMPARE_TEXT'];

/** `diff BEFORE AFTER` (issue 20). */
const DIFF_TEXT = {
  sides: { before: 'AVANT', after: 'APRÈS' },
  labels: { before: 'Avant', after: 'Après' },
  file: (file: string, startedAt: string) =>
    `fichier de résultat ${file}, vérification lancée le ${startedAt}`,
  code: (code: string) => `code d’assistance ${code}`,
  side: (what: string, profile: string) => `${what} (${profile})`,
  profile: (id: string, version: string, revision: number) =>
    `profil ${id} ${version} r${revision}`,
  changed: (count: number) =>
    count === 1 ? '1 ligne a changé\u00a0:' : `${count} lignes ont changé\u00a0:`,
  unchanged: 'Aucune ligne n’a changé.',
  versionsDiffer:
    'Les deux relevés viennent de versions différentes du profil\u00a0: comparés ligne par ligne là où les identifiants correspondent.',
  onlyOneSide: 'Lignes présentes d’un seul côté\u00a0:',
  diagnosis: { before: 'Diagnostic avant\u00a0:', after: 'Diagnostic après\u00a0:' },
  errors: {
    count:
      'diff prend deux résultats\u00a0: AVANT APRÈS, chacun un fichier JSON ou un code d’assistance',
    unreadable: (side: string, file: string, code: string) =>
      `${side} ${file}\u00a0: lecture impossible (${code})`,
    notJson: (side: string, file: string, why: string) =>
      `${side} ${file}\u00a0: pas du JSON (${why})`,
    notResult: (side: string, file: string, why: string) =>
      `${side} ${file}\u00a0: pas un résultat de «\u00a0onsight-netcheck run --json\u00a0» (${why})`,
    neither: (side: string, text: string, why: string) =>
      `${side} «\u00a0${text}\u00a0»\u00a0: ni un fichier existant, ni un code d’assistance (${why})`,
    code: (side: string, code: string, why: string) =>
      `${side} code d’assistance ${code}\u00a0: ${why}`,
  },
} satisfies Catalogue['DIFF_TEXT'];

/** Issue 20, "Rules freshness": a STUN server reports its own address outside the guide's ranges. */
const ORIGIN_TEXT = {
  plain: 'Fonctionne ; le serveur indique une adresse que le guide pare-feu ne mentionne pas',
  recommended:
    'Un serveur STUN indique sa propre adresse hors des plages que le guide pare-feu mentionne : le guide dont viennent ces règles est peut-être dépassé. Demandez à Librestream une révision plus récente du « Onsight Firewall & Proxy Configuration Guide » et ajoutez les nouvelles plages aux règles du pare-feu.',
};

/** Keep checking (issue 20). */
const KEEP_CHECKING_TEXT = {
  toggle: 'Continuer à vérifier',
  hint: (seconds: number, minutes: number) =>
    `Revérifie toutes les ${n(seconds)}\u00a0s les lignes qui ne sont pas réussies, pendant ${n(minutes)}\u00a0${isOne(minutes) ? 'minute' : 'minutes'} au plus, pendant que le pare-feu est modifié.`,
  lastChecked: (time: string) => `Dernière vérification à ${time}`,
  waiting: 'Nouvelle vérification dans quelques secondes.',
  changesLabel: 'Ce qui a changé',
  change: (time: string, line: string) => `${time} ${line}`,
  verdictLabel: 'Résultat',
  noChange: 'Aucun changement pour l’instant.',
  stoppedReady:
    'Onsight fonctionnera ici désormais\u00a0: «\u00a0Continuer à vérifier\u00a0» s’est désactivé.',
  stoppedTime: (minutes: number) =>
    `«\u00a0Continuer à vérifier\u00a0» s’est arrêté après ${n(minutes)}\u00a0${isOne(minutes) ? 'minute' : 'minutes'}\u00a0: réactivez-le pour continuer.`,
  stoppedBroken:
    '«\u00a0Continuer à vérifier\u00a0» s’est arrêté\u00a0: la dernière vérification n’a pas pu se terminer.',
} satisfies Catalogue['KEEP_CHECKING_TEXT'];

const COVERAGE_TEXT = {
  labels: {
    tested: 'Testé par cette vérification',
    inferred: 'Déduit',
    'not-testable-here': 'Impossible à tester depuis cet ordinateur',
    'not-tested': 'Non testé par cette vérification',
  },
  legendEntry: (mark: string, label: string) => `${mark} ${label}`,
  tested: 'Les tests propres à cette ligne ont obtenu une vraie réponse ou un échec net.',
  inferred: {
    'same-servers': (rowIds: readonly string[]) =>
      `Ses propres tests n’ont obtenu aucune réponse, ce qui ne prouve rien\u00a0: les serveurs média répondent rarement hors d’un appel. Elle compte comme ouverte, car ${rowsNamed(rowIds)} vers les mêmes serveurs ${isOne(rowIds.length) ? 'est passée' : 'sont passées'}.`,
    'shown-by-rows': (rowIds: readonly string[]) =>
      `Déduite de ${rowsNamed(rowIds)}, dont les connexions partent déjà de ports locaux aléatoires.`,
    'phones-same-path': (_rowIds: readonly string[]) =>
      'Testée depuis cet ordinateur, sur le chemin qu’utilisent les téléphones et tablettes du même réseau\u00a0; ce qu’ils rencontrent en est déduit.',
  },
  notTestableHere: {
    'second-device':
      'Il faut un second appareil Onsight\u00a0: un flux média envoyé directement d’un appareil à l’autre ne peut pas être testé depuis un seul ordinateur.',
    'server-policy':
      'C’est un paramètre de stratégie d’Onsight Platform Manager, côté serveur, que le réseau ne peut pas montrer.',
  },
  notTested: {
    'left-out': (_rowIds: readonly string[]) => 'Cette vérification l’a laissée de côté.',
    'option-off': (_rowIds: readonly string[]) =>
      'Son option est désactivée\u00a0: cette vérification ne l’a pas testée.',
    'could-not-tell': (_rowIds: readonly string[]) =>
      'Cette vérification n’a pas pu conclure\u00a0: ses tests n’ont obtenu aucune réponse nette.',
    'sources-not-tested': (rowIds: readonly string[]) =>
      `Elle est déduite de ${rowsNamed(rowIds)}, que cette vérification n’a pas ${isOne(rowIds.length) ? 'testée' : 'testées'}.`,
    'sources-failed': (rowIds: readonly string[]) =>
      `Elle est déduite de ${rowsNamed(rowIds)}, qui ne ${isOne(rowIds.length) ? 'est pas passée' : 'sont pas passées'} lors de cette vérification et n’en ${isOne(rowIds.length) ? 'montre' : 'montrent'} donc rien.`,
  },
  rules: 'Règles',
  guide: (name: string, document: string, revision: string, yearMonth: string) =>
    `${name} ${document} ${revision}, ${formatMonth(LANG, yearMonth)}`,
} satisfies Catalogue['COVERAGE_TEXT'];

const DIALOG_TEXT = {
  saveTitle: 'Enregistrer le rapport',
  openTitle: 'Ouvrir un rapport enregistré',
  fileTypes: {
    html: 'Page web (HTML)',
    pdf: 'Document PDF',
    text: 'Texte brut',
    json: 'JSON',
  },
} satisfies Catalogue['DIALOG_TEXT'];

const OPEN_SAVED_TEXT = {
  open: 'Comparer avec un rapport enregistré…',
  opening: 'Ouverture…',
  hint: 'Affiche un rapport JSON enregistré plus tôt à côté de cette vérification, avec ce qui a changé ligne par ligne.',
  heading: 'Comparaison avec un rapport enregistré',
  savedLabel: 'Rapport enregistré',
  currentLabel: 'Cette vérification',
  started: (time: string) => `Vérification lancée le ${time}`,
  close: 'Fermer la comparaison',
  errors: {
    tooBig: (file: string, megabytes: number) =>
      `«\u00a0${file}\u00a0» dépasse ${n(megabytes)}\u00a0Mo, trop pour un rapport enregistré\u00a0: il n’a pas été ouvert.`,
    unreadable: (file: string, code: string) =>
      `«\u00a0${file}\u00a0» n’a pas pu être lu (${code}).`,
    notJson: (file: string, format: string) =>
      `«\u00a0${file}\u00a0» n’est pas un fichier JSON\u00a0: pour comparer une vérification plus tard, enregistrez son rapport au format «\u00a0${format}\u00a0».`,
    notResult: (file: string, format: string) =>
      `«\u00a0${file}\u00a0» est du JSON, mais pas un rapport d’Onsight Network Check\u00a0: choisissez un rapport enregistré au format «\u00a0${format}\u00a0».`,
  },
} satisfies Catalogue['OPEN_SAVED_TEXT'];

export const fr: Catalogue = {
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
