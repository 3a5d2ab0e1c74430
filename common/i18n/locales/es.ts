// Spanish catalogue (issue 19): neutral Spanish, formal "usted"; glossary in docs/i18n.md.
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

const LANG = 'es' as const;

/** A count or a figure a person reads, grouped as Spanish groups it (1500, 15.000). */
const n = (value: number) => formatNumber(LANG, value);
const isOne = (count: number) => pluralOf(LANG, count) === 'one';

/** "fila 2-2.1", "filas 2-2.1, 2-3.1". */
const rowsNamed = (rowIds: readonly string[]) =>
  `${isOne(rowIds.length) ? 'fila' : 'filas'} ${rowIds.join(', ')}`;

/** Spanish switch words for the options lines ("TeamLink: sí"): no gender to agree with. */
const onOff = (on: boolean) => (on ? 'sí' : 'no');

/** A sentence's first letter in lower case, after a colon (Spanish does not capitalise there). */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const VERDICT_HEADLINES = {
  ready: 'Onsight funcionará aquí',
  'teamlink-only': 'Onsight solo funcionará a través de TeamLink',
  inconclusive: 'No se pudo saber si Onsight funcionará aquí',
  'not-ready': 'Onsight todavía no funcionará aquí',
} satisfies Catalogue['VERDICT_HEADLINES'];

const ROW_STATUS_WORDS = {
  pending: 'En espera',
  running: 'Comprobando',
  pass: 'Correcto',
  warn: 'Aviso',
  fail: 'Error',
  unverified: 'No concluyente',
  skipped: 'Omitida',
  info: 'Info',
} satisfies Catalogue['ROW_STATUS_WORDS'];

/** Which network was tested (issue 12, part 7): the same words in the app and the reports. */
const NETWORK_TEXT = {
  kinds: {
    wifi: 'Wi-Fi',
    wired: 'Por cable',
    cellular: 'Datos móviles',
    tunnel: 'VPN o túnel',
    other: 'Otra (virtual o desconocida)',
  } satisfies Record<InterfaceKind, string>,
  wifiNamed: (name: string) => `Wi-Fi “${name}”`,
  vpn: 'VPN o túnel',
  vpnNone: 'Ninguna activa',
  vpnUp: (names: readonly string[], defaultRoute: boolean) => {
    const one = isOne(names.length);
    return `${one ? 'Activa' : 'Activas'}: ${names.join(', ')}; ${
      defaultRoute
        ? `la comprobación pasó por ${one ? 'ella' : 'una de ellas'}`
        : `la comprobación no pasó por ${one ? 'ella' : 'ellas'} (la ruta predeterminada va por otro camino)`
    }`;
  },
  families: 'Versiones de IP',
  familyWords: (ipv4: boolean, ipv6: boolean) =>
    ipv4 && ipv6
      ? 'IPv4 e IPv6'
      : ipv4
        ? 'Solo IPv4'
        : ipv6
          ? 'Solo IPv6'
          : 'Ni IPv4 ni IPv6 llegan más allá de esta red',
} satisfies Catalogue['NETWORK_TEXT'];

/** The words of the app window (renderer/). */
const APP_TEXT = {
  appName: 'Onsight Network Check',
  header: {
    startingHeadline: 'Comprobando esta red…',
    startingReason:
      'Se está probando cada regla de la guía de firewall de Onsight desde este equipo.',
    cancelledHeadline: 'La comprobación se detuvo',
    cancelledReason:
      'Terminó antes de que todas las filas tuvieran respuesta: haga clic en “Comprobar de nuevo” para obtener un resultado.',
    failedHeadline: 'No se pudo iniciar la comprobación',
    progressLabel: 'Progreso de la comprobación',
    progress: (done: number, total: number) => `${n(done)} de ${n(total)} filas comprobadas`,
    elapsed: (seconds: number) => `${n(seconds)} s`,
    caveatsLabel: 'Observaciones',
    helpdeskLabel: 'Código de soporte',
    helpdeskHint:
      'Dicte este código al soporte de Librestream: contiene todos los resultados de esta comprobación.',
  },
  actions: {
    runAgain: 'Comprobar de nuevo',
    rerunFailed: 'Repetir las filas con error',
    cancel: 'Cancelar',
    onlyProblems: 'Mostrar solo los problemas',
  },
  table: {
    resultsLabel: 'Resultados',
    columnRow: 'Fila',
    columnCheck: 'Comprobación',
    columnStatus: 'Estado',
    columnResult: 'Resultado',
    columnDetails: 'Detalles',
    showDetails: 'Detalles',
    detailsFor: (id: string) => `Detalles de la fila ${id}`,
    noProblems:
      'Ningún problema por ahora: todas las filas son correctas o todavía se están comprobando.',
    probesCaption: 'Qué se contactó',
    columnTarget: 'Destino',
    columnPort: 'Puerto',
    columnOutcome: 'Resultado',
    columnTime: 'Tiempo',
    columnMessage: 'Qué pasó',
    noProbes: 'No se contactó nada para esta fila.',
    probesPending: 'Todavía no hay respuestas.',
    time: (ms: number) => `${n(Math.round(ms))} ms`,
    noTime: '—',
    viaMapping: (target: string) => `(contactado como ${target})`,
    fixLabel: 'Cómo solucionarlo',
    copy: 'Copiar',
    copied: 'Copiado',
    copyFailed: 'No se pudo copiar',
  },
  outcomes: {
    reply: 'respondió',
    refused: 'rechazado',
    timeout: 'sin respuesta',
    reset: 'interrumpido',
    'local-block': 'bloqueado por este equipo',
    unreachable: 'inalcanzable',
    'dns-fail': 'nombre no encontrado',
    'tls-error': 'falló la conexión segura',
    'tls-intercepted': 'inspección SSL',
    'proxy-auth': 'el proxy pide contraseña',
    'proxy-denied': 'rechazado por el proxy',
    'in-use': 'puerto en uso',
    malformed: 'respuesta ilegible',
    'not-implemented': 'todavía no comprobado',
    error: 'error interno',
    'not-sent': 'no intentado',
  } satisfies Record<Outcome, string>,
  options: {
    legend: 'Opciones',
    teamlink: 'TeamLink está activado para este sitio',
    legacy: 'Comprobar los servidores antiguos (Tablas 2-3 y 2-4)',
    china: 'Comprobar TeamLink en China (*.librestreamtech.cn)',
    domains: 'Dominios propios de la organización',
    domainsHint: 'Nombres de host que apuntan a Librestream, separados por comas o espacios.',
    proxy: 'Proxy',
    proxyHint: '“system” (la configuración del equipo), “direct” o http://host:puerto',
    apply: 'Aplicar y comprobar de nuevo',
    badDomain: (text: string) =>
      `“${text}” no es un nombre de host (por ejemplo, onsight.example.com).`,
    badProxy:
      'Indique el proxy como http://host:puerto o https://host:puerto, o bien “system” o “direct”.',
  },
  host: {
    legend: 'Este equipo y la red',
    os: 'Sistema',
    connection: 'Conexión',
    interface: 'Interfaz activa',
    address: 'Dirección',
    gateway: 'Puerta de enlace',
    dns: 'Servidores DNS',
    publicAddress: 'Dirección pública (vista por STUN)',
    proxy: 'Configuración de proxy',
    unknown: 'Desconocido',
    notYet: 'Todavía desconocido',
    unavailable: 'No se pudo leer',
  },
  announce: {
    verdict: (headline: string, reason: string) => `${headline}. ${reason}`,
    cancelled: 'La comprobación se detuvo antes de terminar.',
  },
} satisfies Catalogue['APP_TEXT'];

const ROW_SUMMARIES = {
  /** Why a row was left out of the run (common/plan.ts, SkipReason). */
  skipped: (skip: SkipReason): string => {
    switch (skip.why) {
      case 'left-out':
        return 'No comprobada: se dejó fuera de esta ejecución.';
      case 'quality-off':
        return 'No medida: la prueba de calidad de llamada está desactivada (--quality-seconds 0).';
      case 'option':
        // The person reads the Options panel's words, not the profile's key.
        return skip.option === 'customDomains'
          ? 'No comprobada: en Opciones no se indicó ningún dominio propio de la organización.'
          : `No comprobada: la opción “${APP_TEXT.options[skip.option]}” está desactivada en Opciones.`;
      case 'sources-left-out':
        return `No comprobada: mide los servidores de Onsight que responden en ${isOne(skip.rows.length) ? 'la' : 'las'} ${rowsNamed(skip.rows)}, y esta ejecución ${isOne(skip.rows.length) ? 'la deja' : 'las deja'} fuera.`;
    }
  },
  info: 'Nada que probar en la red: es un recordatorio.',
  notReached: 'No comprobada antes del final de la ejecución.',
  allAnswered: (count: number, first: string) => `Respondieron los ${n(count)}; ${first}`,
  someAnswered: (answered: number, total: number, silent: readonly string[]): string =>
    `${n(answered)} de ${n(total)} respondieron; ${ROW_SUMMARIES.noAnswerFrom(silent)}`,
  noAnswerFrom: (silent: readonly string[]) => `sin respuesta de ${silent.join(', ')}`,
  manyFailed: (count: number, first: string) =>
    `${first} (y ${n(count - 1)} más con el mismo resultado)`,
  /** A probe that left no message: its outcome in words (APP_TEXT.outcomes) and its target. */
  outcomeFrom: (outcome: string, target: string) => `${target}: ${outcome}`,
} satisfies Catalogue['ROW_SUMMARIES'];

/**
 * An address's state after a count above one: Spanish adjectives agree in number with
 * "dirección" ("1 rechazada", "2 rechazadas"); the phrases with "con"/"sin" do not change.
 */
const STATES_PLURAL: Record<AddressState, string> = {
  answered: 'con respuesta',
  silent: 'sin respuesta',
  refused: 'rechazadas',
  failed: 'con error',
  'not-needed': 'no necesarias',
  'not-sent': 'no enviadas',
  'cut-off': 'cortadas por el límite de tiempo',
  cancelled: 'canceladas',
};

/** A CIDR block, whose addresses are probed together (ARCHITECTURE.md, "Ranges"). */
const BLOCK_TEXT = {
  states: {
    answered: 'con respuesta',
    silent: 'sin respuesta',
    refused: 'rechazada',
    failed: 'con error',
    'not-needed': 'no necesaria',
    'not-sent': 'no enviada',
    'cut-off': 'cortada por el límite de tiempo',
    cancelled: 'cancelada',
  } satisfies Record<AddressState, string>,
  answeredBy: (address: string) => `respuesta de ${address}`,
  /** The row's line for a block that answered: which of its addresses did. */
  answered: (label: string, address: string) => `${label}: respuesta de ${address}`,
  /** "12 sin respuesta, 2 rechazadas": each state's count, in the order of `states`. */
  tally: (addresses: ReadonlyArray<{ state: AddressState }>): string =>
    (Object.keys(BLOCK_TEXT.states) as AddressState[])
      .map((state) => [state, addresses.filter((a) => a.state === state).length] as const)
      .filter(([, count]) => count > 0)
      .map(
        ([state, count]) =>
          `${n(count)} ${(isOne(count) ? BLOCK_TEXT.states : STATES_PLURAL)[state]}`,
      )
      .join(', '),
  /** The app's line under a block's target. */
  addressesLine: (addresses: ReadonlyArray<{ address: string; state: AddressState }>): string => {
    const answered = addresses.find((a) => a.state === 'answered');
    return answered
      ? BLOCK_TEXT.answeredBy(answered.address)
      : `${n(addresses.length)} ${isOne(addresses.length) ? 'dirección' : 'direcciones'}: ${BLOCK_TEXT.tally(addresses)}`;
  },
  noneAnswered: (block: string, count: number, tally: string, first: string) =>
    `ninguna de las ${n(count)} direcciones de ${block} respondió (${tally}); ${first}`,
} satisfies Catalogue['BLOCK_TEXT'];

/**
 * The first screen (issue 17): the verdict as an icon and a word, the next step, the code, and
 * what to send to IT; skip links, presentation words and the one summary read out at the end.
 */
const SCREEN_TEXT = {
  /** The word beside the verdict's icon: never colour alone (WCAG 1.4.1). */
  verdictWords: {
    ready: 'Listo',
    'not-ready': 'No está listo',
    'teamlink-only': 'Solo con TeamLink',
    inconclusive: 'No concluyente',
  } satisfies Record<VerdictStatus, string>,
  phaseWords: { running: 'Comprobando', cancelled: 'Detenida', failed: 'Problema' },
  skip: {
    label: 'Enlaces de acceso rápido',
    results: 'Ir a los resultados',
    problems: 'Ir a los problemas',
    report: 'Ir al informe',
  },
  actionsLabel: 'Acciones',
  sideLabel: 'Informe, opciones y este equipo',
  sendToIt: {
    label: 'Enviar al departamento de TI',
    copy: 'Copiar la solicitud de cambio',
    copied: 'Solicitud de cambio copiada',
    copyFailed: 'No se pudo copiar la solicitud de cambio',
    save: 'Guardar el informe…',
  },
  changeRequest: {
    heading: 'Solicitud de cambio para el departamento de TI',
    none: 'Nada que cambiar en la red.',
    showAll: (count: number) => `Mostrar todas (${n(count)})`,
    showFewer: 'Mostrar menos',
    details: (count: number) => `Reglas de firewall en detalle (${n(count)})`,
    notes: 'Notas para el departamento de TI',
  },
  /** An optional row that failed: shown as advice, never as a red "Fail" (its status stays fail). */
  recommendedWord: 'Recomendado',
  guideLabel: 'Guía de firewall',
  guideRow: (id: string, title: string) => `Fila ${id}: ${title}`,
  /** A finished run whose STUN probes saw no public address. */
  publicAddressNone: 'No vista (sin respuesta STUN)',
  announce: {
    /** After the verdict: one sentence for every problem, instead of one per row. */
    problems: (titles: readonly string[]) =>
      titles.length === 0
        ? 'Ningún problema.'
        : `${n(titles.length)} ${isOne(titles.length) ? 'problema' : 'problemas'}: ${titles.join('; ')}.`,
  },
} satisfies Catalogue['SCREEN_TEXT'];

/**
 * A row's result in the table, in plain words (common/reports/presented-status.ts): what
 * happened, by the outcome of the attempt that decided it.
 */
const RESULT_WORDS = {
  pass: 'Funciona',
  /** A row that got through in part (warn): some servers, some ports of a range. */
  partly: 'En parte: no se llegó a algunos servidores o puertos',
  partlyInUse: 'En parte: otros programas usan algunos de estos puertos',
  unverified: (why: string) => `No concluyente: ${lowerFirst(why)}`,
  outcomes: {
    reply: 'Llegó una respuesta, pero no la que Onsight espera',
    refused: 'Bloqueado: se rechazó la conexión',
    timeout: 'Bloqueado: no llegó ninguna respuesta',
    reset: 'Interrumpido por el camino',
    'local-block': 'Bloqueado por el firewall de este equipo',
    unreachable: 'No hay camino hasta allí desde esta red',
    'dns-fail': 'No se pudo resolver el nombre',
    'tls-error': 'La conexión segura falló',
    'tls-intercepted': 'Abierto y vuelto a firmar por el camino (inspección SSL)',
    'proxy-auth': 'El proxy web pide una contraseña',
    'proxy-denied': 'El proxy web rechazó la conexión',
    'in-use': 'Otros programas usan estos puertos',
    malformed: 'Llegó una respuesta que Onsight no puede usar',
    'not-implemented': 'No comprobado por esta versión',
    error: 'La propia comprobación falló',
    'not-sent': 'No intentado antes del final de la comprobación',
  } satisfies Record<Outcome, string>,
  /** The extra checks (table X) by kind. */
  extra: {
    'call-quality': {
      problem:
        'Las llamadas pueden entrecortarse: el tiempo de ida y vuelta, el jitter o la pérdida superan lo que necesita una buena llamada',
      unverified: 'No concluyente: no se midió en esta ejecución',
    },
    'nat-behaviour': {
      problem:
        'Es poco probable que los dispositivos intercambien medios directamente entre sí; las llamadas a través de los servidores de Onsight siguen funcionando',
      unverified: 'No se pudo saber cómo traduce direcciones esta red',
    },
    'sip-alg': {
      problem: 'Una función del firewall (SIP ALG) modifica la señalización de Onsight',
      unverified:
        'No se pudo saber si una función del firewall modifica la señalización de Onsight',
    },
    'large-datagrams': {
      problem: 'Se descartan los paquetes UDP grandes: el vídeo puede congelarse',
      unverified: 'No concluyente: no se midió en esta ejecución',
    },
  } satisfies Record<ExtraKind, { problem: string; unverified: string }>,
} satisfies Catalogue['RESULT_WORDS'];

/** "Send to IT" (common/reports/it-request.ts): the change request as text for an e-mail. */
const IT_REQUEST_TEXT = {
  title: (date: string) =>
    `Onsight Network Check: solicitud de cambio para el departamento de TI, ${date}`,
  details: 'Reglas de firewall en detalle:',
  notes: 'Notas para el departamento de TI:',
  note: (title: string, explanation: string) => `${title} — ${explanation}`,
} satisfies Catalogue['IT_REQUEST_TEXT'];

/** The helpdesk code's decoder and its read-it-out aid (common/helpdesk). */
const HELPDESK_TEXT = {
  asIn: (char: string, word: string) => `${char} de ${word}`,
  dash: 'guion',
  badCharacter: (char: string, position: number) =>
    `${JSON.stringify(char)} (carácter ${n(position)}) no se usa en los códigos de soporte: solo contienen los dígitos 0-9 y las letras A-Z, salvo la U.`,
  badLength: (length: number, valid: { min: number; max: number }) =>
    `El código no cuadra: tiene ${n(length)} caracteres, pero un código tiene de ${n(valid.min)} a ${n(valid.max)} (sin contar los guiones). Vuelva a dictar el código.`,
  badCheck:
    'El código no cuadra: un carácter está mal, falta o sobra, o dos caracteres vecinos están intercambiados. Vuelva a dictar el código.',
  badContent: 'El código no describe un resultado posible: vuelva a dictar el código.',
  otherProfile: (id: string, version: string) =>
    `Este código se generó con otra versión de las comprobaciones (o de esta aplicación), no con el perfil ${id} ${version}: descodifíquelo con la versión que lo generó.`,
  newerVersion:
    'Este código lo generó una versión más reciente de Onsight Network Check: actualice esta aplicación para leerlo.',
  /** A 0.1 code (format v1): it stored the verdict but not the cause. */
  olderVersion: (verdict: string, sameVerdict: boolean) =>
    `Este código lo generó una versión anterior de Onsight Network Check (0.1), que no guardaba la causa: la causa que se muestra abajo se dedujo solo de los estados de las filas.${sameVerdict ? '' : ` Esa versión dio el resultado “${verdict}”.`}`,
} satisfies Catalogue['HELPDESK_TEXT'];

/** A proxy or an inspecting device without a name of its own, as the change request says it. */
const UNNAMED_INSPECTOR = 'el proxy que hace la inspección';
const UNNAMED_PROXY = 'el proxy web';
/** After "del"/"el": "proxy web" for the unnamed one, "proxy 10.0.0.1:8080 (Squid)" for a named one. */
const proxyNoun = (proxy: string) => (proxy === UNNAMED_PROXY ? 'proxy web' : `proxy ${proxy}`);
const services = (names: readonly string[]) => (names.length > 0 ? ` (${names.join(', ')})` : '');

/**
 * The firewall change request (common/results/change-request.ts). A proxy is named by its
 * address (and product) or by `unnamedProxy`, and placed after "del"/"el" through `proxyNoun`;
 * an inspecting device by its product or `unnamedInspector`, after "en".
 */
const CHANGE_REQUEST_TEXT = {
  services: {
    https: 'HTTPS',
    httpRedirect: 'HTTP, solo redirección a HTTPS',
    sip: 'SIP',
    sipTls: 'SIP sobre TLS 1.2',
    stun: 'STUN',
    media: 'medios SRTP/SRTCP',
  },
  allow: (port: string, names: readonly string[], destinations: readonly string[]) =>
    `Permitir salida ${port}${services(names)} hacia ${destinations.join(', ')}`,
  allowOnThisComputer: (port: string, names: readonly string[], destinations: readonly string[]) =>
    `Permitir salida ${port}${services(names)} hacia ${destinations.join(', ')} en el firewall de este equipo`,
  disableInspection: (domains: readonly string[], product: string) =>
    `Desactivar la inspección SSL para ${domains.join(', ')} en ${product}`,
  unnamedInspector: UNNAMED_INSPECTOR,
  unnamedProxy: UNNAMED_PROXY,
  proxyAuth: (proxy: string, schemes: readonly string[], destinations: readonly string[]) =>
    `Permitir que Onsight acceda a ${destinations.join(', ')} a través del ${proxyNoun(proxy)} sin contraseña de proxy (pidió ${schemes.length > 0 ? schemes.join(', ') : 'una contraseña'})`,
  proxyDenied: (proxy: string, status: string | undefined, destinations: readonly string[]) =>
    `Añadir ${destinations.join(', ')} a la lista de permitidos del ${proxyNoun(proxy)}${status ? `; respondió ${status}` : ''}`,
  proxyCannotReach: (proxy: string, status: string, destinations: readonly string[]) =>
    `Permitir que el ${proxyNoun(proxy)} acceda a ${destinations.join(', ')} a través del firewall que tiene detrás; respondió ${status}: no pudo alcanzarlos por sí mismo`,
  resolve: (names: readonly string[]) =>
    `Permitir que el DNS de esta red resuelva ${names.join(', ')}`,
  localPorts: (range: string) =>
    `Liberar los puertos UDP locales ${range} de este equipo para los medios de Onsight, o permitir que Onsight los use en el firewall del equipo`,
} satisfies Catalogue['CHANGE_REQUEST_TEXT'];

/** The reports: HTML, plain text and JSON (common/reports). */
const REPORT_TEXT = {
  title: 'Informe de Onsight Network Check',
  scope:
    'Estos resultados describen este equipo, en esta red, en este momento: otro equipo, otra red u otro momento pueden dar un resultado distinto.',
  labels: {
    date: 'Fecha',
    duration: 'Duración',
    app: 'Aplicación',
    profile: 'Perfil',
    options: 'Opciones',
    mappings: 'Destinos redirigidos',
    proxy: 'Proxy',
    verdict: 'Resultado',
    caveat: 'Observación',
    code: 'Código de soporte',
    spelling: 'Deletreo',
    changeRequest: 'Solicitud de cambio en el firewall',
    checks: 'Comprobaciones',
    network: 'Este equipo y la red',
    row: 'Fila',
    check: 'Comprobación',
    status: 'Estado',
    details: 'Detalles',
  },
  codeHint: 'Dé este código al soporte de Librestream: contiene el resultado completo.',
  noCode: 'no disponible para este resultado',
  noChanges: 'Nada que cambiar: todas las reglas comprobadas están abiertas.',
  duration: (ms: number) => formatSeconds(LANG, ms),
  profile: (id: string, version: string, revision: number, hash: string) =>
    `${id} ${version}, revisión ${revision} (${hash})`,
  options: (o: {
    teamlink: boolean;
    legacy: boolean;
    china: boolean;
    customDomains: readonly string[];
  }) =>
    [
      `TeamLink: ${onOff(o.teamlink)}`,
      `servidores antiguos: ${onOff(o.legacy)}`,
      `China: ${onOff(o.china)}`,
      o.customDomains.length > 0
        ? `dominios propios: ${o.customDomains.join(', ')}`
        : 'sin dominios propios',
    ].join(', '),
  mapping: (from: string, to: string) => `${from} se comprueba en ${to}`,
  /** `worked` is the engine's entry: "DIRECT", or the proxy's URL (credentials never kept). */
  proxy: (source: string, worked: string | null) =>
    `${source}${
      worked === null
        ? ''
        : worked === 'DIRECT'
          ? '; accedió a internet directamente, sin proxy'
          : `; accedió a internet a través del proxy ${worked
              .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
              .replace(/^[^@/]*@/, '')
              .replace(/\/$/, '')}`
    }`,
  network: {
    os: 'Sistema operativo',
    hostname: 'Nombre del equipo',
    user: 'Nombre de usuario',
    interfaces: 'Interfaces de red',
    gateway: 'Puerta de enlace predeterminada',
    dns: 'Servidores DNS',
    publicAddress: 'Dirección pública',
    none: 'ninguno',
    unknown: 'desconocido',
    defaultRoute: 'ruta predeterminada',
  },
  detailsLeftOut:
    'El nombre del equipo, el nombre de usuario y las direcciones locales no figuran en este informe.',
  noHost: 'No se recopilaron los detalles del equipo y de la red.',
} satisfies Catalogue['REPORT_TEXT'];

/** The short summary "Copy summary" puts on the clipboard, for chat and e-mail (issue 7). */
const SUMMARY_TEXT = {
  title: (date: string) => `Onsight Network Check, ${date}`,
  code: (code: string) => `Código de soporte: ${code}`,
  problems: 'Problemas:',
  noProblems: 'Ningún problema: todas las filas comprobadas son correctas.',
  problem: (id: string, statusWord: string, summary: string) =>
    summary ? `${id} ${statusWord}: ${summary}` : `${id} ${statusWord}`,
  changeRequest: 'Solicitud de cambio en el firewall:',
} satisfies Catalogue['SUMMARY_TEXT'];

/** The command line's own words (main/cli): its footer and what it says it did (issue 17). */
const CLI_TEXT = {
  /** `--help`, and after a mistake in how a command is written: flags stay as they are. */
  usage: `Uso:
  onsight-netcheck run  [selección] [--proxy URL|direct|system]
                        [--pac URL|ARCHIVO] [--ca ARCHIVO]...
                        [--reflector DESTINO]... [--timeout-ms N]
                        [--deadline-ms N] [--concurrency N]
                        [--quality-seconds N] [--json] [--width N]
                        [--report ARCHIVO.html|.json|.txt]
                        [--english-copy on|off]
                        [--include-computer-details] [--lang IDIOMA]
  onsight-netcheck watch [selección] [--every DURACIÓN] [--for DURACIÓN]
                        [las opciones de run, salvo --json y --report]
  onsight-netcheck plan [selección] --json
  onsight-netcheck decode CÓDIGO [--profile ARCHIVO] [--json] [--width N]
                        [--lang IDIOMA]
  onsight-netcheck diff ANTES DESPUÉS [--profile ARCHIVO] [--json] [--width N]
                        [--lang IDIOMA]
  onsight-netcheck --version | --help
Selección:
  --profile ARCHIVO  --option teamlink=on|off,legacy,china
  --custom-domain HOST...  --only FILA,...  --map DE=A...
  --override ARCHIVO
--width N: ajusta las líneas a N columnas
  (predeterminado: el ancho del terminal, o 80).
--quality-seconds N: la prueba de calidad de llamada de la fila X.1
  (predeterminado 3; 0: desactivada).
--every DURACIÓN: watch vuelve a comprobar las filas que aún no son correctas
  con esta frecuencia (predeterminado 10s, al menos --timeout-ms);
  --for DURACIÓN: como máximo durante este tiempo (predeterminado 30m).
  DURACIÓN: 10s, 2m, 1h. watch sale con 0 en cuanto está listo;
  si no, como run.
--lang IDIOMA: en, fr, de, es, pt-BR, zh-CN o ja
  (predeterminado: LC_ALL, LC_MESSAGES o LANG).
--english-copy on|off: una copia en inglés debajo del informe
  (predeterminado: on, salvo en inglés).
Códigos de salida de run (cambiados después de la 0.1, donde 1 valía para
todo resultado salvo “listo”):
  0 listo            1 no listo          4 solo TeamLink     5 no concluyente
  2 uso incorrecto, o perfil, archivo o código no válido
  3 error interno    130 interrumpido
plan, decode, diff, --help y --version salen con 0, o con 2 o 3 como arriba.`,
  /** What `--version` prints after the tool's name and version. */
  version: (profile: string, version: string, revision: number, hash: string) =>
    `(perfil ${profile} ${version} r${revision}, ${hash})`,
  /** A command that is written wrongly or asks for what cannot be (exit code 2). */
  errors: {
    wholeNumber: (flag: string, value: string, min: number, max: number) =>
      `--${flag} ${JSON.stringify(value)}: se esperaba un número entero de ${min} a ${max}`,
    optionValue: (item: string) => `--option ${item}: el valor debe ser on u off`,
    onOff: (flag: string, value: string) =>
      `--${flag} ${JSON.stringify(value)}: el valor debe ser on u off`,
    unknownOption: (item: string, name: string, known: readonly string[]) =>
      `--option ${item}: opción desconocida “${name}” (conocidas: ${known.join(', ')})`,
    /** `why`: the file's own problem (JSON's message, the first field that is wrong). */
    override: (file: string, why: string) => `--override ${file}: ${why}`,
    noCommand: 'falta un comando: run, watch, plan, decode o diff',
    decodeOneCode: 'decode recibe exactamente un CÓDIGO',
    unknownCommand: (name: string) =>
      `comando desconocido “${name}” (conocidos: run, watch, plan, decode, diff)`,
    unexpectedArgument: (text: string) => `argumento inesperado “${text}”`,
    runOnly: (flag: string) => `--${flag} es una opción de run, no de plan`,
    customDomain: (why: string) => `--custom-domain: ${why}`,
    reflector: (text: string) =>
      `--reflector ${JSON.stringify(text)}: no es un nombre de host, ni una dirección, ni un bloque CIDR`,
    onlyEmpty: '--only necesita al menos un id de fila, por ejemplo --only 2-2.3',
    unknownRow: (row: string, profile: string, rows: readonly string[]) =>
      `--only: no existe la fila ${row} en el perfil ${profile} (filas: ${rows.join(', ')})`,
    pacWithProxy: (proxy: string) =>
      `--pac y --proxy ${proxy} no se pueden usar juntos: indique una sola configuración de proxy`,
    pacEmpty: '--pac necesita una URL o un archivo',
    caUnreadable: (file: string, code: string) =>
      `--ca ${file}: no se pudo leer el archivo (${code})`,
    caNotPem: (file: string) => `--ca ${file}: no es un certificado PEM`,
    planJsonOnly: 'plan solo genera JSON: añada --json',
    reportFormat: (file: string, pdf: boolean) =>
      `--report ${file}: ${pdf ? 'los informes PDF se guardan desde la aplicación de escritorio' : 'formato desconocido'}; use .html, .json o .txt`,
    reportUnwritable: (file: string, code: string) =>
      `--report ${file}: no se pudo escribir el archivo (${code})`,
    decode: (code: string, why: string) => `decode ${JSON.stringify(code)}: ${why}`,
    internal: (message: string) => `error interno: ${message}`,
  },
  reportWritten: (file: string) => `Informe guardado en ${file}`,
  /** The tested network under the verdict (common/results/tested-network.ts). */
  network: 'Red probada',
  noDefaultRoute: 'Sin ruta predeterminada',
  decodeHeading: (code: string, profile: string, version: string, revision: number) =>
    `Código de soporte ${code} (perfil ${profile} ${version} r${revision})`,
  decodeOptions: (o: { teamlink: boolean; legacy: boolean; china: boolean; custom: boolean }) =>
    `Opciones: TeamLink: ${onOff(o.teamlink)}, servidores antiguos: ${onOff(o.legacy)}, China: ${onOff(o.china)}, dominios propios: ${o.custom ? 'sí' : 'ninguno'}`,
} satisfies Catalogue['CLI_TEXT'];

/** The app's helpdesk tools (issue 7): read-it-out, save, decode and the change request. */
const APP_HELPDESK_TEXT = {
  readOut: {
    show: 'Deletrear',
    hide: 'Ocultar el deletreo',
    label: 'El código, carácter por carácter',
  },
  save: {
    legend: 'Informe',
    format: 'Formato',
    formats: {
      html: 'Página web (HTML)',
      pdf: 'PDF',
      text: 'Texto sin formato (correo, chat)',
      json: 'JSON (para herramientas)',
    } satisfies Record<'html' | 'pdf' | 'text' | 'json', string>,
    includeDetails: 'Incluir los detalles del equipo',
    /** Only in a language other than English (issue 19). */
    englishCopy: 'Incluir una copia en inglés',
    englishCopyHint:
      'Para el soporte de Librestream y los departamentos de TI de otros países: el informe completo otra vez, en inglés.',
    withDetails:
      'Incluye el nombre de este equipo, el nombre de usuario y las direcciones locales.',
    withoutDetails:
      'Omite el nombre de este equipo, el nombre de usuario y las direcciones locales.',
    save: 'Guardar informe…',
    saving: 'Guardando…',
    saved: (path: string) => `Guardado en ${path}`,
    notSaved: 'No guardado.',
    failed: (message: string) => `No se guardó el informe: ${message}`,
    noResult: 'Podrá guardar un informe cuando termine una comprobación.',
    copySummary: 'Copiar resumen',
    summaryCopied: 'Resumen copiado',
    summaryCopyFailed: 'No se pudo copiar el resumen',
  },
  changeRequest: {
    heading: 'Solicitud de cambio en el firewall, en detalle',
    intro:
      'Para el departamento de TI: cada regla que hay que añadir, agrupada por destino y puerto, tal como la vio este equipo.',
    copyLabel: 'todas las líneas de la solicitud de cambio en el firewall',
  },
  decode: {
    heading: 'Introducir un código de soporte',
    label: 'Código de soporte',
    hint: 'Tal como lo dicte el usuario: letras y dígitos, con o sin guiones. La letra O cuenta como 0; la I y la L cuentan como 1.',
    submit: 'Mostrar el resultado',
    errors: {
      length: 'Longitud incorrecta',
      character: 'Un carácter que los códigos no usan',
      check: 'El código no cuadra',
      profile: 'Generado con otra versión del perfil',
      newer: 'Generado por una versión más reciente',
    } satisfies Record<'length' | 'character' | 'check' | 'profile' | 'newer', string>,
    resultFor: (code: string) => `Resultado del código ${code}`,
    profile: (id: string, version: string) => `Perfil ${id} ${version}`,
    options: (o: { teamlink: boolean; legacy: boolean; china: boolean; customDomains: boolean }) =>
      [
        `TeamLink: ${onOff(o.teamlink)}`,
        `servidores antiguos: ${onOff(o.legacy)}`,
        `China: ${onOff(o.china)}`,
        o.customDomains ? 'dominios propios comprobados' : 'sin dominios propios',
      ].join(', '),
  },
} satisfies Catalogue['APP_HELPDESK_TEXT'];

/** The proxy sign-in dialog (issue 17): a proxy asked for a password the check did not have. */
const PROXY_SIGN_IN_TEXT = {
  heading: 'Iniciar sesión en el proxy web',
  intro: (address: string) =>
    `El proxy web ${address} pide un nombre de usuario y una contraseña antes de dejar pasar la comprobación.`,
  schemes: (schemes: readonly string[]) =>
    schemes.length > 0
      ? `Métodos de inicio de sesión que ofrece: ${schemes.join(', ')}.`
      : 'No indica cómo iniciar sesión.',
  refused:
    'No se aceptaron el nombre de usuario y la contraseña. Revise los datos e inténtelo de nuevo.',
  username: 'Nombre de usuario',
  password: 'Contraseña',
  privacy:
    'El nombre de usuario y la contraseña solo sirven para las comprobaciones de esta ventana, hasta que cierre la aplicación. Nunca se guardan ni aparecen en informes o registros.',
  submit: 'Iniciar sesión y comprobar de nuevo',
  cancel: 'Cancelar',
  open: 'Iniciar sesión en el proxy web…',
  needUsername: 'Escriba un nombre de usuario.',
} satisfies Catalogue['PROXY_SIGN_IN_TEXT'];

/** Helpdesk mode (issue 17): the agent's view of a caller's code, apart from this computer's check. */
const HELPDESK_MODE_TEXT = {
  open: 'Soporte: introducir el código de un usuario',
  entryLabel: 'Soporte',
  back: 'Volver a la comprobación de este equipo',
  intro:
    'El resultado del usuario, a partir del código que dictó. La comprobación de este equipo queda oculta mientras esta pantalla esté abierta.',
  problemsHeading: 'Problemas',
  noProblems: 'Ninguna fila tiene problemas.',
  showAll: 'Mostrar todas las filas',
  hideAll: 'Mostrar solo los problemas',
} satisfies Catalogue['HELPDESK_MODE_TEXT'];

const sendToIt = 'Envíe el informe a su departamento de TI';
/** DIAGNOSIS_TEXT.labels.mustFix and .recommended, as the steps refer to them. */
const mustFix = '“Obligatorio”';
const recommended = '“Recomendado”';

/** The diagnosis: the one story every face tells (common/diagnosis). */
const DIAGNOSIS_TEXT = {
  labels: {
    caveat: 'Observación',
    onSite: 'Qué hacer ahora',
    helpdesk: 'Para el soporte',
    it: 'Para el departamento de TI',
    mustFix: 'Obligatorio',
    recommended: 'Recomendado',
    details: 'Solicitud de cambio en el firewall, en detalle',
  },
  customDomains: 'los dominios propios de la organización',
  partialReady:
    'Todas las filas comprobadas están abiertas; las filas que se dejaron fuera no se comprobaron.',
  nothingChecked:
    'No se comprobó ninguna fila que decida el resultado: elija más filas o ejecute todas las comprobaciones.',
  causes: {
    none: () => ({
      headline: 'Onsight funcionará aquí',
      reason: () =>
        'Todas las reglas obligatorias de la guía de firewall de Onsight están abiertas en esta red.',
      steps: {
        onSite: 'No hay nada que hacer: puede usar Onsight Connect en esta red.',
        helpdesk:
          'La red está lista para Onsight. Si las llamadas siguen fallando, la causa no es el firewall.',
        it: 'No hace falta ningún cambio.',
      },
    }),
    'no-network': () => ({
      headline: 'Este equipo no está conectado a una red',
      reason: () =>
        'No salió nada de este equipo: no tiene conexión de red o no tiene ruta hacia internet. Todavía no se sabe nada del firewall.',
      steps: {
        onSite:
          'Conéctese a la red Wi-Fi o enchufe el cable de red y vuelva a ejecutar la comprobación.',
        helpdesk:
          'Pida al usuario que conecte el equipo a la red (Wi-Fi o cable) y vuelva a ejecutar la comprobación.',
        it: 'No se puede evaluar ningún cambio en el firewall hasta que este equipo esté conectado.',
      },
    }),
    dns: () => ({
      headline: 'Esta red no encuentra los servidores de Onsight',
      reason: () =>
        'La red funciona, pero los nombres como onsight.librestream.com no se resuelven, así que Onsight no encuentra sus servidores.',
      steps: {
        onSite:
          'Si está conectado a una VPN, desconéctela y vuelva a ejecutar la comprobación; si no, envíe el informe a su departamento de TI.',
        helpdesk:
          'Pregunte si el equipo está en una VPN o en una red de invitados. Si no es así, el DNS del sitio debe resolver los nombres de Librestream: pida el informe y envíelo al departamento de TI del cliente.',
        it: `Configure los servidores DNS que ofrece esta red para que resuelvan los nombres indicados en ${mustFix}.`,
      },
    }),
    'ipv6-only': () => ({
      headline: 'Esta es una red solo IPv6',
      reason: () =>
        'Los nombres se resuelven, pero solo a direcciones IPv6 (la red hace la traducción, NAT64/DNS64), y no hay ruta IPv4: los servidores de llamadas de Onsight, que la guía de firewall indica por direcciones IPv4, no se pueden alcanzar desde este equipo. El DNS funciona y no falta ninguna regla de firewall para ellos.',
      steps: {
        onSite:
          'Use una red que también ofrezca IPv4 (la mayoría de las redes de oficina y domésticas lo hacen) o la conexión compartida de un teléfono, y vuelva a ejecutar la comprobación. Envíe el informe a su departamento de TI.',
        helpdesk:
          'La red del usuario solo ofrece IPv6. Los servidores de llamadas de Onsight tienen direcciones IPv4: pida al departamento de TI del cliente IPv4 en esta red (doble pila) o 464XLAT, para que este equipo pueda hacer la traducción.',
        it: 'Ofrezca IPv4 en esta red (doble pila) o proporcione 464XLAT (un PLAT, con CLAT en los clientes) para que los clientes alcancen las direcciones IPv4 de la guía (Tablas 2-2 a 2-4). Las filas por nombre de host pasaron o tienen sus propias reglas abajo.',
      },
    }),
    'captive-portal': () => ({
      headline: 'Esta red le pide que inicie sesión primero',
      reason: () =>
        'La red responde con su propia página de inicio de sesión, como las redes Wi-Fi de hoteles y de invitados: no se sabe nada del firewall hasta que inicie sesión.',
      steps: {
        onSite:
          'Abra un navegador, inicie sesión en la red Wi-Fi y vuelva a ejecutar la comprobación.',
        helpdesk:
          'Pida al usuario que abra un navegador, inicie sesión en la red Wi-Fi y vuelva a ejecutar la comprobación.',
        it: 'No se pide ningún cambio hasta que este equipo inicie sesión en la red.',
      },
    }),
    'proxy-sign-in': () => ({
      headline: 'No concluyente: el proxy web pide una contraseña',
      // Short and plain (issue 17): the rows and the proxy's sign-in methods are in the details.
      reason: () =>
        'El proxy web de esta red pide nombre de usuario y contraseña, así que no se pudo comprobar la conexión segura de Onsight.',
      steps: {
        onSite:
          'Si tiene nombre de usuario y contraseña para el proxy web, inicie sesión y compruebe de nuevo. Si no los tiene, envíe el informe a su departamento de TI.',
        helpdesk:
          'Puede que Onsight consiga iniciar sesión en el proxy con la cuenta de Windows. Para asegurarse, pida al departamento de TI del cliente que deje pasar a Librestream por el proxy sin contraseña.',
        it: `Deje que los nombres indicados en ${mustFix} pasen por el proxy web sin contraseña de proxy.`,
      },
    }),
    'proxy-denied': () => ({
      headline: 'El proxy web bloquea Onsight',
      reason: () =>
        'El proxy web de esta red se negó a conectarse a los servidores de Librestream.',
      steps: {
        onSite: `${sendToIt}: el proxy debe permitir Librestream.`,
        helpdesk:
          'El proxy web del sitio bloquea Librestream: pida el informe y envíelo al departamento de TI del cliente.',
        it: `Añada los nombres indicados en ${mustFix} a la lista de permitidos del proxy web.`,
      },
    }),
    'ssl-inspection': (_verdict: string, product: string | undefined) => ({
      headline: 'La inspección SSL de esta red bloquea Onsight',
      reason: () =>
        `${product ? `${product} abre y vuelve a firmar por el camino las conexiones seguras con Librestream` : 'Las conexiones seguras con Librestream se abren y se vuelven a firmar por el camino'}; Onsight rechaza esas conexiones para mantener privadas sus llamadas.`,
      steps: {
        onSite: `${sendToIt}: hay que excluir Librestream de la inspección SSL.`,
        helpdesk: `El sitio inspecciona el tráfico cifrado${product ? ` con ${product}` : ''}. El departamento de TI del cliente debe excluir *.librestream.com de la inspección SSL.`,
        it: `Desactive la inspección SSL (descifrado HTTPS) para los dominios indicados en ${mustFix}${product ? ` en ${product}` : ''}.`,
      },
    }),
    clock: () => ({
      headline: 'Puede que el reloj de este equipo esté mal',
      reason: () =>
        'Según el reloj de este equipo, el certificado de Librestream no está vigente, así que las conexiones seguras fallan.',
      steps: {
        onSite:
          'Revise la fecha, la hora y la zona horaria de este equipo, corrija lo que esté mal y vuelva a ejecutar la comprobación.',
        helpdesk:
          'Pida al usuario que revise la fecha, la hora y la zona horaria del equipo y vuelva a ejecutar la comprobación.',
        it: 'Asegúrese de que este equipo sincronice su reloj con un servidor de hora.',
      },
    }),
    'web-blocked': () => ({
      headline: 'Onsight no puede llegar a sus servidores en esta red',
      reason: (rows: readonly string[]) =>
        `El tráfico web seguro (HTTPS) que Onsight necesita no pasa (${rowsNamed(rows)}), así que Onsight no puede iniciar sesión.`,
      steps: {
        onSite: `${sendToIt}: el firewall debe dejar pasar Onsight.`,
        helpdesk: `El firewall del sitio bloquea el inicio de sesión de Onsight. Pida el informe y envíelo al departamento de TI del cliente: las reglas están en ${mustFix}.`,
        it: `Añada las reglas indicadas en ${mustFix}.`,
      },
    }),
    'local-firewall': (verdict: string) => ({
      headline:
        verdict === 'teamlink-only'
          ? 'Onsight solo funcionará aquí a través de TeamLink'
          : 'El firewall de este equipo bloquea Onsight',
      reason: (rows: readonly string[]) =>
        verdict === 'teamlink-only'
          ? `Un firewall o un programa de seguridad de este equipo bloquea las llamadas directas (${rowsNamed(rows)}), así que Onsight llevará las llamadas por HTTPS con TeamLink, con menor calidad.`
          : `Un firewall o un programa de seguridad de este equipo bloquea Onsight (${rowsNamed(rows)}).`,
      steps: {
        onSite:
          'Pida a su departamento de TI que permita Onsight en el firewall o en el software de seguridad de este equipo.',
        helpdesk:
          'Quien bloquea Onsight es el firewall o el software de seguridad de este equipo, no la red del sitio: pida al departamento de TI del cliente que permita Onsight en este equipo.',
        it: `Permita Onsight en el firewall o en el software de seguridad de este equipo y añada las reglas indicadas en ${mustFix}.`,
      },
    }),
    'direct-blocked': (verdict: string) =>
      verdict === 'teamlink-only'
        ? {
            headline: 'Onsight solo funcionará aquí a través de TeamLink',
            reason: (rows: readonly string[]) =>
              `Las llamadas directas están bloqueadas (${rowsNamed(rows)}), así que Onsight llevará las llamadas por HTTPS con TeamLink, con menor calidad.`,
            steps: {
              onSite: `Ya puede usar Onsight. ${sendToIt} para mejorar la calidad de las llamadas.`,
              helpdesk: `Las llamadas funcionarán a través de TeamLink, con menor calidad. Para tener llamadas directas, el departamento de TI del cliente debe añadir las reglas indicadas en ${mustFix}.`,
              it: `Añada las reglas indicadas en ${mustFix} para que las llamadas puedan ser directas.`,
            },
          }
        : {
            headline: 'Las llamadas de Onsight no pueden conectarse en esta red',
            reason: (rows: readonly string[]) =>
              `Las llamadas directas están bloqueadas (${rowsNamed(rows)}) y TeamLink está desactivado para este sitio.`,
            steps: {
              onSite: `${sendToIt}.`,
              helpdesk: `Las llamadas no pueden conectarse: el departamento de TI del cliente debe añadir las reglas indicadas en ${mustFix}, o el administrador de Onsight debe activar TeamLink.`,
              it: `Añada las reglas indicadas en ${mustFix} o active TeamLink en Onsight Platform Manager.`,
            },
          },
    'local-ports-taken': (verdict: string) =>
      verdict === 'ready'
        ? {
            headline: 'Onsight funcionará aquí, pero algunos puertos locales están en uso',
            reason: () =>
              'Otros programas de este equipo ocupan algunos de los puertos UDP 6000-6200; Onsight usará puertos más altos.',
            steps: {
              onSite: 'Ya puede usar Onsight.',
              helpdesk:
                'Las llamadas funcionarán. Otros programas ocupan algunos de los puertos que Onsight prefiere.',
              it: `No hay nada obligatorio; consulte ${recommended}.`,
            },
          }
        : {
            headline: 'Onsight todavía no puede hacer llamadas desde este equipo',
            reason: () =>
              'Otros programas de este equipo ocupan todos los puertos UDP locales del 6000 al 6200, que Onsight usa para los medios de las llamadas.',
            steps: {
              onSite:
                'Cierre otros programas de llamadas o de vídeo y vuelva a ejecutar la comprobación.',
              helpdesk:
                'Pida al usuario que cierre otros programas de llamadas o de vídeo y vuelva a ejecutar la comprobación.',
              it: `Libere los puertos UDP locales 6000-6200 de este equipo (consulte ${mustFix}).`,
            },
          },
    unverified: () => ({
      headline: 'No se pudo saber si Onsight funcionará aquí',
      reason: (rows: readonly string[]) =>
        isOne(rows.length)
          ? `La fila ${rows.join(', ')} no obtuvo una respuesta concluyente, y es la que decide el resultado.`
          : `Las filas ${rows.join(', ')} no obtuvieron una respuesta concluyente, y son las que deciden el resultado.`,
      steps: {
        onSite:
          'Vuelva a ejecutar la comprobación. Si el resultado es el mismo, envíe el informe a su departamento de TI.',
        helpdesk:
          'Pida al usuario que vuelva a ejecutar la comprobación; si sigue sin ser concluyente, pida el informe.',
        it: 'Consulte en el informe las filas con resultado no concluyente.',
      },
    }),
    'media-partly-blocked': () => ({
      headline: 'Onsight funcionará aquí, pero algunos medios de llamada pueden estar bloqueados',
      reason: () =>
        'Las llamadas se conectan, pero parte del rango de medios (UDP 15000-65000) no llegó a algunos servidores de Onsight: el vídeo puede congelarse o perder calidad.',
      steps: {
        onSite: `Ya puede usar Onsight. ${sendToIt} para que libere el resto.`,
        helpdesk:
          'Las llamadas funcionarán. Pida el informe y envíelo al departamento de TI del cliente: faltan algunas reglas de medios.',
        it: `Añada las reglas indicadas en ${recommended}.`,
      },
    }),
    'partly-blocked': () => ({
      headline: 'Onsight funcionará aquí, pero no se puede llegar a algunos de sus servidores',
      reason: () =>
        'Todas las comprobaciones obligatorias alcanzaron al menos un servidor de Onsight, pero algunos servidores no respondieron: las llamadas pueden fallar cuando Onsight pase a usarlos.',
      steps: {
        onSite: `Ya puede usar Onsight. ${sendToIt} para que libere el resto.`,
        helpdesk:
          'Las llamadas funcionarán. Pida el informe y envíelo al departamento de TI del cliente: algunos servidores de Onsight están bloqueados.',
        it: `Añada las reglas indicadas en ${recommended}.`,
      },
    }),
    'push-blocked': () => ({
      headline:
        'Onsight funcionará aquí, pero puede que los teléfonos y tabletas no reciban notificaciones',
      reason: () =>
        'Este equipo llega a Onsight, pero las notificaciones push de Apple o de Google están bloqueadas en esta red, así que puede que los teléfonos y tabletas de aquí no suenen cuando entre una llamada.',
      steps: {
        onSite: 'Ya puede usar Onsight en este equipo.',
        helpdesk: `Las llamadas funcionarán en los equipos. Puede que los teléfonos y tabletas de esta red no reciban notificaciones: el departamento de TI del cliente puede abrir las reglas indicadas en ${recommended}.`,
        it: `Añada las reglas indicadas en ${recommended} para los teléfonos y tabletas de esta red.`,
      },
    }),
    'optional-blocked': () => ({
      headline: 'Onsight funcionará aquí, pero falta una regla recomendada',
      reason: () =>
        'Todas las reglas obligatorias están abiertas; una regla que la guía recomienda no lo está.',
      steps: {
        onSite: 'Ya puede usar Onsight.',
        helpdesk: `Las llamadas funcionarán. El departamento de TI del cliente puede añadir las reglas indicadas en ${recommended}.`,
        it: `Añada las reglas indicadas en ${recommended}.`,
      },
    }),
  } satisfies Record<Cause, (verdict: VerdictStatus, product: string | undefined) => CauseWords>,
  lines: {
    row: (remediation: string, id: string) => `${remediation.replace(/\.$/, '')} (fila ${id})`,
    dns: (names: readonly string[], ids: readonly string[]) =>
      `Permitir que el DNS de esta red resuelva ${names.join(', ')} (${rowsNamed(ids)})`,
    inspection: (domains: readonly string[], product: string | undefined, ids: readonly string[]) =>
      `Desactivar la inspección SSL para ${domains.join(', ')}${product ? ` en ${product}` : ''} (${rowsNamed(ids)})`,
    clock: (ids: readonly string[]) =>
      `Corregir la fecha, la hora y la zona horaria de este equipo (${rowsNamed(ids)})`,
    proxyDenied: (names: readonly string[], ids: readonly string[]) =>
      `Permitir que el proxy web se conecte a ${names.join(', ')} (${rowsNamed(ids)})`,
    proxySignIn: (names: readonly string[], ids: readonly string[]) =>
      `Permitir que Onsight acceda a ${names.join(', ')} a través del proxy web sin contraseña de proxy (${rowsNamed(ids)})`,
    localFirewall: (ids: readonly string[]) =>
      `Permitir Onsight en el firewall o en el software de seguridad de este equipo (${rowsNamed(ids)})`,
    https: (names: readonly string[], ids: readonly string[]) =>
      `Permitir salida HTTPS (TCP 443) hacia ${names.join(', ')} en el firewall y en todos los proxies web (${rowsNamed(ids)})`,
  },
  caveats: {
    mediaUnconfirmed:
      'El UDP hacia los servidores de medios funciona; el rango 15000-65000 solo se puede confirmar durante una llamada.',
    partial: 'Solo se comprobaron algunas filas: este resultado vale únicamente para ellas.',
    ipv6Only:
      'Red solo IPv6: las direcciones IPv4 de la guía (los rangos /28 de la Tabla 2-2, los hosts de las Tablas 2-3 y 2-4) solo se pueden alcanzar mediante la traducción del propio sistema operativo (CLAT), si la hay; este equipo no tiene esa traducción.',
    /** `title` is the row's plain title (common/i18n/row-words.ts), a statement. */
    partly: (title: string, id: string) =>
      `Solo en parte: ${title} (fila ${id}); algunos servidores de Onsight no respondieron.`,
    localPortsTaken: (id: string) =>
      `Algunos puertos UDP locales 6000-6200 están en uso; Onsight usará puertos más altos (fila ${id}).`,
    push: (title: string, id: string) =>
      `Todavía no: ${title} (fila ${id}). Los teléfonos y tabletas de esta red pueden perder llamadas entrantes.`,
    optional: (title: string, id: string) =>
      `Recomendado, pero no obligatorio: ${title} (fila ${id}). Onsight funciona sin esto.`,
    /** The extra checks (table X), by kind: what a problem they found means for a call. */
    extra: {
      'call-quality': (id: string) =>
        `Las llamadas pueden entrecortarse aquí: el tiempo de ida y vuelta, el jitter o la pérdida hasta los servidores de Onsight superan lo que necesita una buena llamada (fila ${id}).`,
      'nat-behaviour': (id: string) =>
        `Es poco probable que los dispositivos de aquí intercambien medios directamente entre sí: la traducción de direcciones de esta red da a este equipo un puerto público distinto para cada servidor (fila ${id}). Las llamadas a través de los servidores de Onsight siguen funcionando.`,
      'sip-alg': (id: string) =>
        `Una función del firewall que interpreta SIP (SIP ALG) modifica la señalización de Onsight: pida al departamento de TI que la desactive para TCP 5060 (fila ${id}).`,
      'large-datagrams': (id: string) =>
        `El vídeo puede congelarse: esta red descarta los paquetes UDP grandes (fila ${id}).`,
    } satisfies Record<ExtraKind, (id: string) => string>,
  },
} satisfies Catalogue['DIAGNOSIS_TEXT'];

/** The app shell's own sentences (issue 14): a run that broke, the log. */
const SHELL_TEXT = {
  runFailedHeadline: 'La comprobación se detuvo antes de terminar',
  runFailedReason: (message: string) =>
    `Algo falló dentro de la aplicación (${message}). Las filas de abajo son las que la comprobación completó; haga clic en “Comprobar de nuevo” para intentarlo otra vez.`,
  /** A row the run never reached, once the run has broken. */
  notChecked: 'No comprobada: la comprobación se detuvo antes de que esta fila tuviera respuesta.',
  announceFailed: 'La comprobación se detuvo antes de terminar.',
} satisfies Catalogue['SHELL_TEXT'];

/** `watch` (issue 20). */
const WATCH_TEXT = {
  starting: (every: string, limit: string) =>
    `Se vuelve a comprobar cada ${every} hasta que esté listo (como máximo ${limit}); Ctrl+C detiene.`,
  verdict: 'Resultado',
  stopped: (limit: string) => `Detenido tras ${limit}; el último resultado está arriba.`,
  errors: {
    watchOnly: (flag: string) => `--${flag} es una opción de watch`,
    notInWatch: (flag: string) => `--${flag} es una opción de run, no de watch`,
    json: 'watch escribe líneas para una persona, no JSON: un script puede llamar a run --json por su cuenta',
    duration: (flag: string, text: string, max: string) =>
      `--${flag} ${JSON.stringify(text)}: se esperaba una duración de 1s a ${max}, como 10s, 2m o 1h`,
    everyBelowTimeout: (every: string, timeoutMs: number, floor: string) =>
      `--every ${every}: menos que la espera de un intento (--timeout-ms ${timeoutMs}); indique al menos ${floor}`,
  },
} satisfies Catalogue['WATCH_TEXT'];

/** X.1's label (EXTRA_TEXT.qualityLabel): one-way figures need the far end. */
const qualityLabel = 'ida y vuelta, estimación';

/** The app's face of the extra checks (issue 18): X.1's chart, the longer test, the header. */
const EXTRA_SCREEN_TEXT = {
  qualityLabel,
  /** The chart's caption: what was measured, and against which server. */
  chartCaption: (server: string) => `${qualityLabel}, ${server}`,
  /** The top of the chart's scale. */
  scale: (ms: number) => `${n(ms)} ms`,
  /** The chart's text alternative, and the figures beside it: every figure in words. */
  figures: (q: QualityFigures) => {
    const sofar = q.live ? `por ahora, ${n(q.sent)} de ${n(q.expected)} paquetes enviados: ` : '';
    if (q.rttMedianMs === null)
      return `${sofar}ninguno de los ${n(q.sent)} paquetes obtuvo respuesta`;
    return [
      `${sofar}mediana ${formatMilliseconds(LANG, q.rttMedianMs)}`,
      ...(q.rttP95Ms === null ? [] : [`percentil 95 ${formatMilliseconds(LANG, q.rttP95Ms)}`]),
      ...(q.jitterMs === null ? [] : [`jitter ${formatMilliseconds(LANG, q.jitterMs)}`]),
      q.live
        ? `${n(q.lost)} ${isOne(q.lost) ? 'perdido' : 'perdidos'}`
        : `${n(q.lost)} de ${n(q.sent)} paquetes perdidos (${formatPercent(LANG, q.lossPct)})`,
      ...(q.reordered > 0 ? [`${n(q.reordered)} fuera de orden`] : []),
      ...(q.mos === null ? [] : [`MOS estimado ${formatNumber(LANG, q.mos, 1)} de 5`]),
    ].join(', ');
  },
  /** The first screen while table X still runs: the verdict stands, the code comes at the end. */
  extrasRunning:
    'El resultado ya está decidido. Las comprobaciones adicionales (fuera de la guía) siguen en curso: el código de soporte y el informe aparecerán cuando terminen.',
  longerTest: 'Prueba de calidad de llamada más larga (30 s en lugar de 3 s)',
  longerTestHint:
    'La fila X.1 envía un paquete pequeño cada 20 ms, como en una llamada, durante 30 segundos.',
} satisfies Catalogue['EXTRA_SCREEN_TEXT'];

/** The guide's rows in plain words, keyed by row id; `fix` keeps every address and port. */
const CALL_SERVERS =
  '52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28';
const OLD_CALL_SERVER = '54.213.166.17 (sip.librestream.com)';
const OLDER_CALL_SERVER_WHY =
  'Las instalaciones antiguas de Onsight usan un servidor de llamadas en EE. UU.; necesario cuando TeamLink está activado.';

const ROW_WORDS = {
  '2-1.1': {
    title: 'Onsight inicia sesión y carga su configuración',
    explanation:
      'Onsight se conecta de forma segura a Librestream para iniciar sesión y para llevar las llamadas a través de TeamLink.',
    fix: 'Permitir salida HTTPS (TCP 443) hacia *.librestream.com en el firewall y en todos los proxies web.',
  },
  '2-1.2': {
    title: 'Las conexiones con Librestream no se abren por el camino',
    explanation:
      'Onsight comprueba que está hablando con la propia Librestream; un equipo de red que abre y vuelve a firmar el tráfico rompe la conexión.',
    fix: 'Desactivar la inspección SSL (descifrado HTTPS) para *.librestream.com en el proxy o en el firewall.',
  },
  '2-1.3': {
    title: 'Onsight llega a los servidores de Librestream en China',
    explanation:
      'Los sitios que usan TeamLink en China pasan por los servidores de Librestream de allí.',
    fix: 'Permitir salida HTTPS (TCP 443) hacia *.librestreamtech.cn en todos los proxies, con la inspección SSL desactivada.',
  },
  '2-1.4': {
    title: 'Las direcciones web de Onsight de su organización funcionan',
    explanation:
      'Las direcciones web propias de la organización que apuntan a Onsight también deben ser accesibles.',
    fix: 'Añadir los dominios propios que apuntan a Librestream a la lista de permitidos del proxy para HTTPS (TCP 443), con la inspección SSL desactivada.',
  },
  '2-0.1': {
    title: 'Onsight Platform Manager: cómo encuentra Onsight su servidor de llamadas',
    explanation:
      'Una configuración de Onsight Platform Manager (SIP Detection Method “SIP Server Full”), no algo que esta comprobación pueda ver en la red.',
    fix: 'En Onsight Platform Manager, establecer la directiva de cliente SIP Detection Method en SIP Server Full para todos los clientes.',
  },
  '2-2.1': {
    title: 'Las llamadas encuentran un camino directo por esta red',
    explanation:
      'Onsight averigua cómo ven esta red los servidores de llamadas, para que las llamadas vayan directas; necesario cuando TeamLink está activado.',
    fix: `Permitir salida UDP 3478 (STUN) hacia ${CALL_SERVERS}.`,
  },
  '2-2.2': {
    title: 'Las llamadas se pueden establecer',
    explanation: 'Onsight establece cada llamada con sus servidores de llamadas.',
    fix: `Permitir salida TCP 5060 (SIP) hacia ${CALL_SERVERS}.`,
  },
  '2-2.3': {
    title: 'Las llamadas se pueden establecer de forma segura',
    explanation:
      'Onsight establece las llamadas mediante una conexión cifrada con sus servidores de llamadas.',
    fix: `Permitir salida TCP 5061 (SIP sobre TLS 1.2) hacia ${CALL_SERVERS}, sin inspección SSL.`,
  },
  '2-2.4': {
    title: 'El sonido y el vídeo de las llamadas pasan',
    explanation:
      'El sonido, el vídeo y los datos compartidos de una llamada van a los servidores de medios de Onsight.',
    fix: `Permitir salida UDP 15000-65000 ((S)RTP, (S)RTCP, STUN) hacia ${CALL_SERVERS}.`,
  },
  '2-2.5': {
    title: 'Los enlaces web a los servidores de llamadas se redirigen',
    explanation: 'Solo sirve para llevar el navegador a la dirección segura.',
    fix: `Opcionalmente, permitir salida TCP 80 (HTTP, solo redirecciones) hacia ${CALL_SERVERS}.`,
  },
  '2-2.6': {
    title: 'Los servidores de llamadas responden de forma segura en el puerto web',
    explanation: 'Los servicios de llamadas también responden al tráfico web seguro.',
    fix: `Permitir salida TCP 443 (HTTPS) hacia ${CALL_SERVERS}.`,
  },
  '2-3.1': {
    title: 'Servidor de llamadas antiguo: un camino directo para las llamadas (1 de 3)',
    explanation: OLDER_CALL_SERVER_WHY,
    fix: `Permitir salida UDP 3478 (STUN) hacia ${OLD_CALL_SERVER}.`,
  },
  '2-3.2': {
    title: 'Servidor de llamadas antiguo: un camino directo para las llamadas (2 de 3)',
    explanation: OLDER_CALL_SERVER_WHY,
    fix: `Permitir salida UDP 58024 (STUN) hacia ${OLD_CALL_SERVER}.`,
  },
  '2-3.3': {
    title: 'Servidor de llamadas antiguo: un camino directo para las llamadas (3 de 3)',
    explanation: OLDER_CALL_SERVER_WHY,
    fix: `Permitir salida UDP 58523 (STUN) hacia ${OLD_CALL_SERVER}.`,
  },
  '2-3.4': {
    title: 'Servidor de llamadas antiguo: las llamadas se pueden establecer',
    explanation:
      'Las instalaciones antiguas de Onsight establecen las llamadas con un servidor de llamadas en EE. UU.',
    fix: `Permitir salida TCP 5060 (SIP) hacia ${OLD_CALL_SERVER}.`,
  },
  '2-3.5': {
    title: 'Servidor de llamadas antiguo: las llamadas se pueden establecer de forma segura',
    explanation:
      'Las instalaciones antiguas de Onsight establecen las llamadas mediante una conexión cifrada.',
    fix: `Permitir salida TCP 5061 (SIP sobre TLS 1.2) hacia ${OLD_CALL_SERVER}, sin inspección SSL.`,
  },
  '2-4.1': {
    title: 'Servidores de medios antiguos: el sonido y el vídeo de las llamadas pasan',
    explanation:
      'Las instalaciones antiguas de Onsight envían el sonido y el vídeo de las llamadas a seis servidores de medios en EE. UU.',
    fix: 'Permitir salida UDP 15000-65000 (SRTP, SRTCP) hacia 54.200.152.202, 54.201.34.23, 54.213.38.103, 54.218.75.97, 54.213.75.101, 54.200.248.252.',
  },
  '3-1.1': {
    title: 'Este equipo tiene puertos libres para el sonido y el vídeo de las llamadas',
    explanation:
      'Onsight envía los medios de las llamadas desde un rango de puertos de este equipo.',
    fix: 'Cerrar o reconfigurar los programas que ocupan los puertos UDP 6000-6200 de este equipo, o permitir los medios de Onsight desde puertos locales más altos.',
  },
  '3-1.2': {
    title: 'El inicio de sesión y las llamadas salen desde cualquier puerto de este equipo',
    explanation:
      'Nada que probar: las filas de inicio de sesión y de establecimiento de llamadas ya lo muestran.',
    fix: 'No restringir los puertos locales (de origen) del SIP y del HTTPS salientes.',
  },
  '3-1.3': {
    title: 'Los dispositivos pueden enviarse medios de llamada directamente entre sí',
    explanation:
      'Donde esté permitido, dos dispositivos en una llamada intercambian medios directamente; comprobarlo requiere un segundo dispositivo.',
    fix: 'Si se permiten los medios directos entre clientes, permitir UDP 6000-6199 entre los dispositivos Onsight.',
  },
  '4.1': {
    title: 'Los iPhone y iPad de aquí reciben avisos de llamada',
    explanation:
      'Los dispositivos Apple de esta red se enteran de las llamadas entrantes a través del servicio push de Apple.',
    fix: 'Permitir salida TCP 5223, 2197 y 443 hacia 17.0.0.0/8 (Apple Push Notification service).',
  },
  '4.2': {
    title: 'Los teléfonos y tabletas Android de aquí reciben avisos de llamada',
    explanation:
      'Los dispositivos Android de esta red se enteran de las llamadas entrantes a través del servicio push de Google.',
    fix: 'Permitir salida TCP 5228, 5229, 5230 y 443 hacia mtalk.google.com y fcm.googleapis.com (Firebase Cloud Messaging).',
  },
  'X.1': {
    title: `Calidad de llamada hasta los servidores STUN de Onsight (${qualityLabel})`,
    explanation:
      'Unos segundos de paquetes pequeños, uno cada 20 ms, como se envía el sonido de una llamada, hasta el servidor de Onsight que respondió a STUN: cuánto tarda la ida y vuelta, cuánto varía y cuántos paquetes se pierden.',
    fix: 'Una llamada necesita una pérdida inferior al 1\u00a0%, un tiempo de ida y vuelta inferior a 100 ms y un jitter inferior a 30 ms en UDP hasta los servidores de Onsight (Tabla 2-2): compruebe si hay congestión o un enlace lento entre este sitio y ellos.',
  },
  'X.2': {
    title: 'Comportamiento del NAT (cómo traduce direcciones esta red)',
    explanation:
      'Si esta red mantiene la misma dirección y el mismo puerto públicos para este equipo, sea cual sea el servidor de Onsight con el que hable: eso permite que los dispositivos se envíen medios directamente entre sí.',
    fix: 'Opcional, para medios directos entre dispositivos (fila 3-1.3): configurar el NAT con asignación independiente del extremo (endpoint-independent mapping) para UDP (RFC 4787, REQ-1). Las llamadas a través de los servidores de Onsight funcionan de todos modos.',
  },
  'X.3': {
    title: 'SIP ALG (una función del firewall que reescribe SIP en el puerto TCP 5060)',
    explanation:
      'Algunos firewalls modifican los mensajes SIP que establecen las llamadas en el puerto TCP 5060 (un SIP ALG), lo que puede romper el establecimiento de llamadas de Onsight. La misma solicitud por TLS en el puerto 5061, que ningún firewall puede leer, sirve de comparación.',
    fix: 'Desactivar el SIP ALG (también llamado SIP inspection, SIP helper o SIP fixup) para TCP 5060 hacia los servicios de llamadas de Onsight (Tabla 2-2).',
  },
  'X.4': {
    title: 'Paquetes UDP grandes hasta los servidores STUN de Onsight',
    explanation:
      'El vídeo se envía en paquetes UDP de hasta unos 1200 bytes; una red que descarta los paquetes grandes hace que el vídeo se congele, mientras el sonido sigue funcionando.',
    fix: 'Dejar pasar los paquetes UDP de hasta 1500 bytes, y sus fragmentos, hacia los servicios de llamadas de Onsight (Tabla 2-2), y comprobar la MTU de la ruta.',
  },
} satisfies Catalogue['ROW_WORDS'];

/** The guide's tables, by id, as a person on site would name them. */
const TABLE_WORDS = {
  '2-1': 'Inicio de sesión',
  '2-0': 'Onsight Platform Manager',
  '2-2': 'Llamadas',
  '2-3': 'Servidor de llamadas antiguo',
  '2-4': 'Servidores de medios antiguos',
  '3-1': 'Este equipo',
  '4': 'Teléfonos y tabletas',
  X: 'Comprobaciones adicionales (fuera de la guía)',
} satisfies Catalogue['TABLE_WORDS'];

/** The app's native menu (main/app/menu.ts). */
const MENU_TEXT = {
  file: 'Archivo',
  saveReport: 'Guardar informe…',
  print: 'Imprimir…',
  edit: 'Edición',
  view: 'Ver',
  language: 'Idioma',
  /** The first item of the Language menu: follow the operating system's preferred languages. */
  systemLanguage: 'Idioma del sistema',
  help: 'Ayuda',
  enterHelpdeskCode: 'Introducir código de soporte…',
  openLogFolder: 'Abrir carpeta de registros',
  closeWindow: 'Cerrar ventana',
  quit: 'Salir',
  copy: 'Copiar',
  selectAll: 'Seleccionar todo',
  reload: 'Volver a cargar',
  toggleDevTools: 'Mostrar/ocultar herramientas de desarrollo',
  resetZoom: 'Tamaño real',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  about: (product: string) => `Acerca de ${product}`,
  /** The About box: what a helpdesk asks for first. */
  aboutVersion: (version: string) => `Versión ${version}`,
  aboutProfile: (id: string, version: string, revision: number, hash: string) =>
    `Perfil ${id} ${version}, revisión ${revision} (${hash})`,
  /** The error box when the window cannot open at all. */
  couldNotStart: (product: string) => `No se pudo iniciar ${product}`,
} satisfies Catalogue['MENU_TEXT'];

/** Choosing the language (issue 19): the CLI's note and the bilingual report's second part. */
const LANGUAGE_TEXT = {
  labelled: (label: string, text: string) => `${label}: ${text}`,
  /** On stderr when LANG or --lang asks for a language this version does not have. */
  notAvailable: (asked: string, available: readonly string[]) =>
    `El idioma “${asked}” no está disponible (${available.join(', ')}): se usará el inglés.`,
  /** The heading of the English copy below a report in another language. */
  englishCopy: 'Copia en inglés',
  englishCopyHint:
    'El mismo resultado en inglés, para el soporte de Librestream y para los departamentos de TI de otros países.',
} satisfies Catalogue['LANGUAGE_TEXT'];
/** Two readings of one site side by side (issue 20). */
const COMPARE_TEXT = {
  change: (before: string, after: string) => `${before} → ${after}`,
  absent: 'no figura en esta comprobación',
} satisfies Catalogue['COMPARE_TEXT'];

/** `diff BEFORE AFTER` (issue 20). */
const DIFF_TEXT = {
  sides: { before: 'ANTES', after: 'DESPUÉS' },
  labels: { before: 'Antes', after: 'Después' },
  file: (file: string, startedAt: string) =>
    `archivo de resultado ${file}, comprobación iniciada el ${startedAt}`,
  code: (code: string) => `código de soporte ${code}`,
  side: (what: string, profile: string) => `${what} (${profile})`,
  profile: (id: string, version: string, revision: number) =>
    `perfil ${id} ${version} r${revision}`,
  changed: (count: number) => (count === 1 ? 'Cambió 1 fila:' : `Cambiaron ${count} filas:`),
  unchanged: 'No cambió ninguna fila.',
  versionsDiffer:
    'Los dos proceden de versiones distintas del perfil: se comparan fila por fila donde coinciden los identificadores.',
  onlyOneSide: 'Filas que solo tiene uno de los dos:',
  diagnosis: { before: 'Diagnóstico antes:', after: 'Diagnóstico después:' },
  errors: {
    count:
      'diff recibe dos resultados: ANTES DESPUÉS, cada uno un archivo JSON o un código de soporte',
    unreadable: (side: string, file: string, code: string) =>
      `${side} ${file}: no se pudo leer (${code})`,
    notJson: (side: string, file: string, why: string) => `${side} ${file}: no es JSON (${why})`,
    notResult: (side: string, file: string, why: string) =>
      `${side} ${file}: no es un resultado de “onsight-netcheck run --json” (${why})`,
    neither: (side: string, text: string, why: string) =>
      `${side} “${text}”: no existe ese archivo y no es un código de soporte (${why})`,
    code: (side: string, code: string, why: string) => `${side} código de soporte ${code}: ${why}`,
  },
} satisfies Catalogue['DIFF_TEXT'];

/** Issue 20, "Rules freshness": a STUN server reports its own address outside the guide's ranges. */
const ORIGIN_TEXT = {
  plain: 'Funciona; el servidor indica una dirección que la guía de firewall no incluye',
  recommended:
    'Un servidor STUN indica como propia una dirección fuera de los rangos que incluye la guía de firewall: la guía de la que proceden estas reglas puede estar desactualizada. Pida a Librestream una revisión más reciente de la “Onsight Firewall & Proxy Configuration Guide” y añada los rangos nuevos a las reglas del firewall.',
};

/** Keep checking (issue 20). */
const KEEP_CHECKING_TEXT = {
  toggle: 'Seguir comprobando',
  hint: (seconds: number, minutes: number) =>
    `Vuelve a comprobar cada ${n(seconds)} s las filas que no son correctas, durante ${n(minutes)} ${isOne(minutes) ? 'minuto' : 'minutos'} como máximo, mientras se cambia el firewall.`,
  lastChecked: (time: string) => `Última comprobación: ${time}`,
  waiting: 'Nueva comprobación en unos segundos.',
  changesLabel: 'Qué ha cambiado',
  change: (time: string, line: string) => `${time} ${line}`,
  verdictLabel: 'Resultado',
  noChange: 'Todavía no hay cambios.',
  stoppedReady: 'Onsight ya funcionará aquí: «Seguir comprobando» se ha desactivado solo.',
  stoppedTime: (minutes: number) =>
    `«Seguir comprobando» se detuvo después de ${n(minutes)} ${isOne(minutes) ? 'minuto' : 'minutos'}: vuelva a activarlo para continuar.`,
  stoppedBroken: '«Seguir comprobando» se detuvo: la última comprobación no pudo terminar.',
} satisfies Catalogue['KEEP_CHECKING_TEXT'];

const COVERAGE_TEXT = {
  labels: {
    tested: 'Probado en esta comprobación',
    inferred: 'Deducido',
    'not-testable-here': 'No se puede probar desde este equipo',
    'not-tested': 'No probado en esta comprobación',
  },
  legendEntry: (mark: string, label: string) => `${mark} ${label}`,
  tested: 'Las pruebas propias de esta fila obtuvieron una respuesta real o un error claro.',
  inferred: {
    'same-servers': (rowIds: readonly string[]) =>
      `Sus propias pruebas no obtuvieron respuesta, lo que no demuestra nada: los servidores de medios rara vez responden fuera de una llamada. Se considera abierta porque ${rowsNamed(rowIds)} hacia los mismos servidores ${isOne(rowIds.length) ? 'pasó' : 'pasaron'}.`,
    'shown-by-rows': (rowIds: readonly string[]) =>
      `Deducida de ${rowsNamed(rowIds)}, cuyas conexiones ya salen desde puertos locales aleatorios.`,
    'phones-same-path': (_rowIds: readonly string[]) =>
      'Probada desde este equipo, por el camino que usan los teléfonos y tabletas de la misma red; lo que ellos encuentran se deduce de ello.',
  },
  notTestableHere: {
    'second-device':
      'Requiere un segundo dispositivo Onsight: los medios enviados directamente de un dispositivo a otro no se pueden probar desde un solo equipo.',
    'server-policy':
      'Es una directiva de Onsight Platform Manager, del lado del servidor, no algo que la red pueda mostrar.',
  },
  notTested: {
    'left-out': (_rowIds: readonly string[]) => 'Esta comprobación la dejó fuera.',
    'option-off': (_rowIds: readonly string[]) =>
      'Su opción está desactivada, así que esta comprobación no la probó.',
    'could-not-tell': (_rowIds: readonly string[]) =>
      'Esta comprobación no pudo determinarlo: sus pruebas no obtuvieron una respuesta clara.',
    'sources-not-tested': (rowIds: readonly string[]) =>
      `Se deduce de ${rowsNamed(rowIds)}, que esta comprobación no probó.`,
    'sources-failed': (rowIds: readonly string[]) =>
      `Se deduce de ${rowsNamed(rowIds)}, que no ${isOne(rowIds.length) ? 'pasó' : 'pasaron'} en esta comprobación, así que no ${isOne(rowIds.length) ? 'muestra' : 'muestran'} nada sobre ella.`,
  },
  rules: 'Reglas',
  guide: (name: string, document: string, revision: string, yearMonth: string) =>
    `${name} ${document} ${revision}, ${formatMonth(LANG, yearMonth)}`,
} satisfies Catalogue['COVERAGE_TEXT'];

const DIALOG_TEXT = {
  saveTitle: 'Guardar informe',
  openTitle: 'Abrir un informe guardado',
  fileTypes: {
    html: 'Página web (HTML)',
    pdf: 'Documento PDF',
    text: 'Texto sin formato',
    json: 'JSON',
  },
} satisfies Catalogue['DIALOG_TEXT'];

const OPEN_SAVED_TEXT = {
  open: 'Comparar con un informe guardado…',
  opening: 'Abriendo…',
  hint: 'Muestra un informe JSON guardado antes junto a esta comprobación, con lo que cambió fila por fila.',
  heading: 'Comparación con un informe guardado',
  savedLabel: 'Informe guardado',
  currentLabel: 'Esta comprobación',
  started: (time: string) => `Comprobación iniciada el ${time}`,
  close: 'Cerrar la comparación',
  errors: {
    tooBig: (file: string, megabytes: number) =>
      `“${file}” ocupa más de ${n(megabytes)} MB, demasiado para un informe guardado: no se abrió.`,
    unreadable: (file: string, code: string) => `No se pudo leer “${file}” (${code}).`,
    notJson: (file: string, format: string) =>
      `“${file}” no es un archivo JSON: para comparar una comprobación más adelante, guarde su informe en el formato “${format}”.`,
    notResult: (file: string, format: string) =>
      `“${file}” es JSON, pero no es un informe de Onsight Network Check: elija uno guardado en el formato “${format}”.`,
  },
} satisfies Catalogue['OPEN_SAVED_TEXT'];

export const es: Catalogue = {
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
