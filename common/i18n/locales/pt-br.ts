// Brazilian Portuguese catalogue (issue 19): glossary in docs/i18n.md.
import type { Catalogue } from '../catalogue';
import type { CauseWords, QualityFigures } from '../en';
import type { AddressState, ExtraKind, Outcome, VerdictStatus } from '../../outcomes';
import type { Cause } from '../../diagnosis/causes';
import type { InterfaceKind, SkipReason } from '../../results/schema';
import {
  formatMilliseconds,
  formatMonth,
  formatNumber,
  formatPercent,
  formatSeconds,
  pluralOf,
} from '../format';

const LANG = 'pt-BR' as const;

/** A count or a figure a person reads, grouped as in Brazil (1.500). */
const num = (n: number) => formatNumber(LANG, n);
const isOne = (n: number) => pluralOf(LANG, n) === 'one';

/** "linha 2-2.1", "linhas 2-2.1, 2-3.1". */
const rowsNamed = (rowIds: readonly string[]) =>
  `${isOne(rowIds.length) ? 'linha' : 'linhas'} ${rowIds.join(', ')}`;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Yes or no for an option in a report or a decoded code. */
const yesNo = (on: boolean) => (on ? 'sim' : 'não');

const VERDICT_HEADLINES = {
  ready: 'O Onsight vai funcionar aqui',
  'teamlink-only': 'O Onsight só vai funcionar via TeamLink',
  inconclusive: 'Não foi possível saber se o Onsight vai funcionar aqui',
  'not-ready': 'O Onsight ainda não vai funcionar aqui',
} satisfies Catalogue['VERDICT_HEADLINES'];

const ROW_STATUS_WORDS = {
  pending: 'Aguardando',
  running: 'Verificando',
  pass: 'OK',
  warn: 'Aviso',
  fail: 'Falha',
  unverified: 'Inconclusivo',
  skipped: 'Ignorado',
  info: 'Info',
} satisfies Catalogue['ROW_STATUS_WORDS'];

/** The words of the app window (renderer/). */
const APP_TEXT = {
  appName: 'Onsight Network Check',
  header: {
    startingHeadline: 'Verificando esta rede…',
    startingReason:
      'Cada regra do guia de firewall do Onsight está sendo testada a partir deste computador.',
    cancelledHeadline: 'A verificação foi interrompida',
    cancelledReason:
      'Ela terminou antes de todas as linhas terem uma resposta: clique em "Verificar novamente" para obter um resultado.',
    failedHeadline: 'Não foi possível iniciar a verificação',
    progressLabel: 'Andamento da verificação',
    progress: (done: number, total: number) => `${num(done)} de ${num(total)} linhas verificadas`,
    elapsed: (seconds: number) => `${num(seconds)} s`,
    caveatsLabel: 'Observações',
    helpdeskLabel: 'Código de suporte',
    helpdeskHint:
      'Leia este código para o suporte da Librestream: ele contém todos os resultados desta verificação.',
  },
  actions: {
    runAgain: 'Verificar novamente',
    rerunFailed: 'Repetir as linhas com falha',
    cancel: 'Cancelar',
    onlyProblems: 'Mostrar só os problemas',
  },
  table: {
    resultsLabel: 'Resultados',
    columnRow: 'Linha',
    columnCheck: 'Verificação',
    columnStatus: 'Status',
    columnResult: 'Resultado',
    columnDetails: 'Detalhes',
    showDetails: 'Detalhes',
    detailsFor: (id: string) => `Detalhes da linha ${id}`,
    noProblems:
      'Nenhum problema até agora: todas as linhas passaram ou ainda estão sendo verificadas.',
    probesCaption: 'O que foi contatado',
    columnTarget: 'Destino',
    columnPort: 'Porta',
    columnOutcome: 'Situação',
    columnTime: 'Tempo',
    columnMessage: 'O que aconteceu',
    noProbes: 'Nada foi contatado para esta linha.',
    probesPending: 'Nenhuma resposta ainda.',
    time: (ms: number) => `${num(ms)} ms`,
    noTime: '—',
    viaMapping: (target: string) => `(contatado como ${target})`,
    fixLabel: 'Como corrigir',
    copy: 'Copiar',
    copied: 'Copiado',
    copyFailed: 'Não foi possível copiar',
  },
  outcomes: {
    reply: 'respondeu',
    refused: 'recusado',
    timeout: 'sem resposta',
    reset: 'interrompido',
    'local-block': 'bloqueado por este computador',
    unreachable: 'inacessível',
    'dns-fail': 'nome não encontrado',
    'tls-error': 'falha na conexão segura',
    'tls-intercepted': 'inspeção SSL',
    'proxy-auth': 'o proxy pede senha',
    'proxy-denied': 'recusado pelo proxy',
    'in-use': 'porta em uso',
    malformed: 'resposta ilegível',
    'not-implemented': 'ainda não verificado',
    error: 'erro interno',
    'not-sent': 'não tentado',
  } satisfies Record<Outcome, string>,
  options: {
    legend: 'Opções',
    teamlink: 'O TeamLink está ativado para este local',
    legacy: 'Verificar os servidores legados (Tabelas 2-3 e 2-4)',
    china: 'Verificar o TeamLink na China (*.librestreamtech.cn)',
    domains: 'Domínios próprios da organização',
    domainsHint: 'Nomes de host que apontam para a Librestream, separados por vírgulas ou espaços.',
    proxy: 'Proxy',
    proxyHint: '"system" (a configuração do computador), "direct" ou http://host:porta',
    apply: 'Aplicar e verificar novamente',
    badDomain: (text: string) =>
      `"${text}" não é um nome de host (por exemplo, onsight.example.com).`,
    badProxy:
      'Informe o proxy como http://host:porta ou https://host:porta, ou então "system" ou "direct".',
  },
  host: {
    legend: 'Este computador e a rede',
    os: 'Sistema',
    connection: 'Conexão',
    interface: 'Interface ativa',
    address: 'Endereço',
    gateway: 'Gateway',
    dns: 'Servidores DNS',
    publicAddress: 'Endereço público (visto pelo STUN)',
    proxy: 'Configuração de proxy',
    unknown: 'Desconhecido',
    notYet: 'Ainda desconhecido',
    unavailable: 'Não foi possível ler',
  },
  announce: {
    verdict: (headline: string, reason: string) => `${headline}. ${reason}`,
    cancelled: 'A verificação foi interrompida antes de terminar.',
  },
} satisfies Catalogue['APP_TEXT'];

const noAnswerFrom = (silent: readonly string[]) => `sem resposta de ${silent.join(', ')}`;

const ROW_SUMMARIES = {
  /** Why a row was left out of the run (common/plan.ts, SkipReason). */
  skipped: (skip: SkipReason): string => {
    switch (skip.why) {
      case 'left-out':
        return 'Não verificada: ficou de fora desta execução.';
      case 'quality-off':
        return 'Não medida: o teste de qualidade de chamada está desativado (--quality-seconds 0).';
      case 'option':
        // The person reads the Options panel's words, not the profile's key.
        return skip.option === 'customDomains'
          ? 'Não verificada: nenhum domínio próprio da organização foi informado em Opções.'
          : `Não verificada: a opção "${APP_TEXT.options[skip.option]}" está desmarcada em Opções.`;
      case 'sources-left-out':
        return `Não verificada: mede os servidores do Onsight que respondem a outras linhas, deixadas de fora nesta execução (${rowsNamed(skip.rows)}).`;
    }
  },
  info: 'Nada a testar na rede: é só um lembrete.',
  notReached: 'Não verificada antes do fim da execução.',
  allAnswered: (count: number, first: string) => `Todos os ${num(count)} responderam; ${first}`,
  someAnswered: (answered: number, total: number, silent: readonly string[]) =>
    `${num(answered)} de ${num(total)} responderam; ${noAnswerFrom(silent)}`,
  noAnswerFrom,
  manyFailed: (count: number, first: string) => `${first} (e mais ${num(count - 1)} iguais)`,
  /** A probe that left no message: its outcome in words (APP_TEXT.outcomes) and its target. */
  outcomeFrom: (outcome: string, target: string) => `${target}: ${outcome}`,
} satisfies Catalogue['ROW_SUMMARIES'];

/** An address's state, one address and several (the tally: "12 sem resposta, 2 recusados"). */
const ADDRESS_STATES = {
  answered: 'com resposta',
  silent: 'sem resposta',
  refused: 'recusado',
  failed: 'com falha',
  'not-needed': 'desnecessário',
  'not-sent': 'não enviado',
  'cut-off': 'interrompido pelo prazo',
  cancelled: 'cancelado',
} satisfies Record<AddressState, string>;
const ADDRESS_STATES_PLURAL: Record<AddressState, string> = {
  answered: 'com resposta',
  silent: 'sem resposta',
  refused: 'recusados',
  failed: 'com falha',
  'not-needed': 'desnecessários',
  'not-sent': 'não enviados',
  'cut-off': 'interrompidos pelo prazo',
  cancelled: 'cancelados',
};

const answeredBy = (address: string) => `resposta de ${address}`;
const tally = (addresses: ReadonlyArray<{ state: AddressState }>) =>
  (Object.keys(ADDRESS_STATES) as AddressState[])
    .map((state) => [state, addresses.filter((a) => a.state === state).length] as const)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${num(n)} ${(isOne(n) ? ADDRESS_STATES : ADDRESS_STATES_PLURAL)[state]}`)
    .join(', ');

/** A CIDR block, whose addresses are probed together (ARCHITECTURE.md, "Ranges"). */
const BLOCK_TEXT = {
  states: ADDRESS_STATES,
  answeredBy,
  /** The row's line for a block that answered: which of its addresses did. */
  answered: (label: string, address: string) => `${label}: resposta de ${address}`,
  /** "12 sem resposta, 2 recusados": each state's count, in the order of `states`. */
  tally,
  /** The app's line under a block's target. */
  addressesLine: (addresses: ReadonlyArray<{ address: string; state: AddressState }>) => {
    const answered = addresses.find((a) => a.state === 'answered');
    return answered
      ? answeredBy(answered.address)
      : `${num(addresses.length)} ${isOne(addresses.length) ? 'endereço' : 'endereços'}: ${tally(addresses)}`;
  },
  noneAnswered: (block: string, count: number, tallied: string, first: string) =>
    `nenhum dos ${num(count)} endereços de ${block} respondeu (${tallied}); ${first}`,
} satisfies Catalogue['BLOCK_TEXT'];

/** Which network was tested (issue 12, part 7): the same words in the app and the reports. */
const NETWORK_TEXT = {
  kinds: {
    wifi: 'Wi-Fi',
    wired: 'Cabeada',
    cellular: 'Dados móveis',
    tunnel: 'VPN ou túnel',
    other: 'Outra (virtual ou desconhecida)',
  } satisfies Record<InterfaceKind, string>,
  wifiNamed: (name: string) => `Wi-Fi "${name}"`,
  vpn: 'VPN ou túnel',
  vpnNone: 'Nenhuma ativa',
  vpnUp: (names: readonly string[], defaultRoute: boolean) => {
    const one = isOne(names.length);
    return `${one ? 'Ativa' : 'Ativas'}: ${names.join(', ')}; ${
      defaultRoute
        ? `a verificação passou por ${one ? 'ela' : 'uma delas'}`
        : `a verificação não passou por ${one ? 'ela' : 'elas'} (a rota padrão vai por outro caminho)`
    }`;
  },
  families: 'Versões de IP',
  familyWords: (ipv4: boolean, ipv6: boolean) =>
    ipv4 && ipv6
      ? 'IPv4 e IPv6'
      : ipv4
        ? 'Somente IPv4'
        : ipv6
          ? 'Somente IPv6'
          : 'Nem o IPv4 nem o IPv6 chegam além desta rede',
} satisfies Catalogue['NETWORK_TEXT'];

/**
 * The first screen (issue 17): the verdict as an icon and a word, the next step, the code, and
 * what to send to IT; skip links, presentation words and the one summary read out at the end.
 */
const SCREEN_TEXT = {
  /** The word beside the verdict's icon: never colour alone (WCAG 1.4.1). */
  verdictWords: {
    ready: 'Pronto',
    'not-ready': 'Não está pronto',
    'teamlink-only': 'Só via TeamLink',
    inconclusive: 'Inconclusivo',
  } satisfies Record<VerdictStatus, string>,
  phaseWords: { running: 'Verificando', cancelled: 'Interrompido', failed: 'Problema' },
  skip: {
    label: 'Links de atalho',
    results: 'Ir para os resultados',
    problems: 'Ir para os problemas',
    report: 'Ir para o relatório',
  },
  actionsLabel: 'Ações',
  sideLabel: 'Relatório, opções e este computador',
  sendToIt: {
    label: 'Enviar para a TI',
    copy: 'Copiar a solicitação de mudança',
    copied: 'Solicitação de mudança copiada',
    copyFailed: 'Não foi possível copiar a solicitação de mudança',
    save: 'Salvar o relatório…',
  },
  changeRequest: {
    heading: 'Solicitação de mudança para a TI',
    none: 'Nada a mudar na rede.',
    showAll: (count: number) => `Mostrar todas as ${num(count)}`,
    showFewer: 'Mostrar menos',
    details: (count: number) => `Regras de firewall em detalhe (${num(count)})`,
    notes: 'Notas para a TI',
  },
  /** An optional row that failed: shown as advice, never as a red "Fail" (its status stays fail). */
  recommendedWord: 'Recomendado',
  guideLabel: 'Guia de firewall',
  guideRow: (id: string, title: string) => `Linha ${id}: ${title}`,
  /** A finished run whose STUN probes saw no public address. */
  publicAddressNone: 'Não visto (sem resposta STUN)',
  announce: {
    /** After the verdict: one sentence for every problem, instead of one per row. */
    problems: (titles: readonly string[]) =>
      titles.length === 0
        ? 'Nenhum problema.'
        : `${num(titles.length)} ${isOne(titles.length) ? 'problema' : 'problemas'}: ${titles.join('; ')}.`,
  },
} satisfies Catalogue['SCREEN_TEXT'];

/**
 * A row's result in the table, in plain words (common/reports/presented-status.ts): what
 * happened, by the outcome of the attempt that decided it.
 */
const RESULT_WORDS = {
  pass: 'Funciona',
  /** A row that got through in part (warn): some servers, some ports of a range. */
  partly: 'Em parte: alguns servidores ou portas não passaram',
  partlyInUse: 'Em parte: outros programas usam algumas destas portas',
  unverified: (why: string) => `Inconclusivo: ${lowerFirst(why)}`,
  outcomes: {
    reply: 'Veio uma resposta, mas não a que o Onsight espera',
    refused: 'Bloqueado: a conexão foi recusada',
    timeout: 'Bloqueado: nenhuma resposta chegou',
    reset: 'Interrompido no caminho',
    'local-block': 'Bloqueado pelo firewall deste computador',
    unreachable: 'Não há caminho até lá a partir desta rede',
    'dns-fail': 'Não foi possível resolver o nome',
    'tls-error': 'A conexão segura falhou',
    'tls-intercepted': 'Aberto e reassinado no caminho (inspeção SSL)',
    'proxy-auth': 'O proxy web pede uma senha',
    'proxy-denied': 'O proxy web recusou a conexão',
    'in-use': 'Outros programas usam estas portas',
    malformed: 'Veio uma resposta que o Onsight não consegue usar',
    'not-implemented': 'Não verificado por esta versão',
    error: 'A própria verificação deu erro',
    'not-sent': 'Não tentado antes do fim da verificação',
  } satisfies Record<Outcome, string>,
  /** The extra checks (table X) by kind. */
  extra: {
    'call-quality': {
      problem:
        'As chamadas podem picotar: a ida e volta, o jitter ou a perda estão acima do que uma boa chamada precisa',
      unverified: 'Inconclusivo: não medido nesta execução',
    },
    'nat-behaviour': {
      problem:
        'É pouco provável que os dispositivos troquem mídia diretamente entre si; as chamadas pelos servidores do Onsight continuam funcionando',
      unverified: 'Não foi possível saber como esta rede traduz endereços',
    },
    'sip-alg': {
      problem: 'Um recurso do firewall (SIP ALG) altera a sinalização do Onsight',
      unverified:
        'Não foi possível saber se um recurso do firewall altera a sinalização do Onsight',
    },
    'large-datagrams': {
      problem: 'Pacotes UDP grandes são descartados: o vídeo pode travar',
      unverified: 'Inconclusivo: não medido nesta execução',
    },
  } satisfies Record<ExtraKind, { problem: string; unverified: string }>,
} satisfies Catalogue['RESULT_WORDS'];

/** "Send to IT" (common/reports/it-request.ts): the change request as text for an e-mail. */
const IT_REQUEST_TEXT = {
  title: (date: string) => `Onsight Network Check: solicitação de mudança para a TI, ${date}`,
  details: 'Regras de firewall em detalhe:',
  notes: 'Notas para a TI:',
  note: (title: string, explanation: string) => `${title} — ${explanation}`,
} satisfies Catalogue['IT_REQUEST_TEXT'];

/** The helpdesk code's decoder and its read-it-out aid (common/helpdesk). */
const HELPDESK_TEXT = {
  asIn: (char: string, word: string) => `${char} de ${word}`,
  dash: 'traço',
  badCharacter: (char: string, position: number) =>
    `${JSON.stringify(char)} (caractere ${num(position)}) não é usado em códigos de suporte: eles têm apenas os dígitos 0-9 e as letras A-Z, exceto U.`,
  badLength: (length: number, valid: { min: number; max: number }) =>
    `O código não confere: ele tem ${num(length)} caracteres, mas um código tem de ${num(valid.min)} a ${num(valid.max)} (sem contar os traços). Leia o código novamente.`,
  badCheck:
    'O código não confere: um caractere está errado, faltando ou sobrando, ou dois caracteres vizinhos estão trocados. Leia o código novamente.',
  badContent: 'O código não descreve um resultado possível: leia o código novamente.',
  otherProfile: (id: string, version: string) =>
    `Este código foi gerado com outra versão das verificações (ou deste app), e não com o perfil ${id} ${version}: decodifique-o com a versão que o gerou.`,
  newerVersion:
    'Este código foi gerado por uma versão mais recente do Onsight Network Check: atualize este app para lê-lo.',
  /** A 0.1 code (format v1): it stored the verdict but not the cause. */
  olderVersion: (verdict: string, sameVerdict: boolean) =>
    `Este código foi gerado por uma versão mais antiga do Onsight Network Check (0.1), que não registrava a causa: a causa abaixo foi deduzida apenas dos status das linhas.${sameVerdict ? '' : ` Aquela versão deu o resultado "${verdict}".`}`,
} satisfies Catalogue['HELPDESK_TEXT'];

const UNNAMED_INSPECTOR = 'o proxy que faz a inspeção';
const UNNAMED_PROXY = 'o proxy web';
/** Where the inspection is turned off: "no proxy que faz a inspeção", "em Zscaler". */
const onInspector = (product: string) =>
  product === UNNAMED_INSPECTOR ? 'no proxy que faz a inspeção' : `em ${product}`;
/** "proxy web" for the unnamed one, "proxy 10.0.0.1:8080 (Squid)" for a named one. */
const proxyNoun = (proxy: string) => (proxy === UNNAMED_PROXY ? 'proxy web' : `proxy ${proxy}`);
const servicesOf = (services: readonly string[]) =>
  services.length > 0 ? ` (${services.join(', ')})` : '';

/** The firewall change request (common/results/change-request.ts). */
const CHANGE_REQUEST_TEXT = {
  services: {
    https: 'HTTPS',
    httpRedirect: 'HTTP, apenas redirecionamento para HTTPS',
    sip: 'SIP',
    sipTls: 'SIP sobre TLS 1.2',
    stun: 'STUN',
    media: 'mídia SRTP/SRTCP',
  },
  allow: (port: string, services: readonly string[], destinations: readonly string[]) =>
    `Liberar saída ${port}${servicesOf(services)} para ${destinations.join(', ')}`,
  allowOnThisComputer: (
    port: string,
    services: readonly string[],
    destinations: readonly string[],
  ) =>
    `Liberar saída ${port}${servicesOf(services)} para ${destinations.join(', ')} no firewall deste computador`,
  disableInspection: (domains: readonly string[], product: string) =>
    `Desativar a inspeção SSL para ${domains.join(', ')} ${onInspector(product)}`,
  unnamedInspector: UNNAMED_INSPECTOR,
  unnamedProxy: UNNAMED_PROXY,
  proxyAuth: (proxy: string, schemes: readonly string[], destinations: readonly string[]) =>
    `Deixar o Onsight acessar ${destinations.join(', ')} pelo ${proxyNoun(proxy)} sem senha de proxy (ele pediu ${schemes.length > 0 ? schemes.join(', ') : 'uma senha'})`,
  proxyDenied: (proxy: string, status: string | undefined, destinations: readonly string[]) =>
    `Adicionar ${destinations.join(', ')} à lista de permissões do ${proxyNoun(proxy)}${status ? `; ele respondeu ${status}` : ''}`,
  proxyCannotReach: (proxy: string, status: string, destinations: readonly string[]) =>
    `Permitir que o ${proxyNoun(proxy)} acesse ${destinations.join(', ')} pelo firewall atrás dele; ele respondeu ${status}: não conseguiu alcançá-los por conta própria`,
  resolve: (names: readonly string[]) =>
    `Permitir que o DNS desta rede resolva ${names.join(', ')}`,
  localPorts: (range: string) =>
    `Liberar as portas UDP locais ${range} deste computador para a mídia do Onsight, ou permitir que o Onsight as use no firewall do computador`,
} satisfies Catalogue['CHANGE_REQUEST_TEXT'];

/** The reports: HTML, plain text and JSON (common/reports). */
const REPORT_TEXT = {
  title: 'Relatório do Onsight Network Check',
  scope:
    'Estes resultados descrevem este computador, nesta rede, neste momento: outro computador, outra rede ou outro momento podem dar um resultado diferente.',
  labels: {
    date: 'Data',
    duration: 'Duração',
    app: 'App',
    profile: 'Perfil',
    options: 'Opções',
    mappings: 'Destinos mapeados',
    proxy: 'Proxy',
    verdict: 'Resultado',
    caveat: 'Observação',
    code: 'Código de suporte',
    spelling: 'Soletração',
    changeRequest: 'Solicitação de mudança no firewall',
    checks: 'Verificações',
    network: 'Este computador e a rede',
    row: 'Linha',
    check: 'Verificação',
    status: 'Status',
    details: 'Detalhes',
  },
  codeHint: 'Passe este código para o suporte da Librestream: ele contém o resultado completo.',
  noCode: 'indisponível para este resultado',
  noChanges: 'Nada a mudar: todas as regras verificadas estão abertas.',
  duration: (ms: number) => formatSeconds(LANG, ms),
  profile: (id: string, version: string, revision: number, hash: string) =>
    `${id} ${version}, revisão ${revision} (${hash})`,
  options: (o: {
    teamlink: boolean;
    legacy: boolean;
    china: boolean;
    customDomains: readonly string[];
  }) =>
    [
      `TeamLink: ${yesNo(o.teamlink)}`,
      `servidores legados: ${yesNo(o.legacy)}`,
      `China: ${yesNo(o.china)}`,
      o.customDomains.length > 0
        ? `domínios próprios: ${o.customDomains.join(', ')}`
        : 'sem domínios próprios',
    ].join(', '),
  mapping: (from: string, to: string) => `${from} é verificado em ${to}`,
  /** `worked` is the engine's entry: "DIRECT", or the proxy's URL (credentials never kept). */
  proxy: (source: string, worked: string | null) =>
    `${source}${
      worked === null
        ? ''
        : worked === 'DIRECT'
          ? '; acessou a internet diretamente, sem proxy'
          : `; acessou a internet pelo proxy ${worked
              .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
              .replace(/^[^@/]*@/, '')
              .replace(/\/$/, '')}`
    }`,
  network: {
    os: 'Sistema operacional',
    hostname: 'Nome do computador',
    user: 'Nome de usuário',
    interfaces: 'Interfaces de rede',
    gateway: 'Gateway padrão',
    dns: 'Servidores DNS',
    publicAddress: 'Endereço público',
    none: 'nenhum',
    unknown: 'desconhecido',
    defaultRoute: 'rota padrão',
  },
  detailsLeftOut:
    'O nome do computador, o nome de usuário e os endereços locais não constam deste relatório.',
  noHost: 'Os detalhes do computador e da rede não foram coletados.',
} satisfies Catalogue['REPORT_TEXT'];

/** The short summary "Copy summary" puts on the clipboard, for chat and e-mail (issue 7). */
const SUMMARY_TEXT = {
  title: (date: string) => `Onsight Network Check, ${date}`,
  code: (code: string) => `Código de suporte: ${code}`,
  problems: 'Problemas:',
  noProblems: 'Nenhum problema: todas as linhas verificadas passaram.',
  problem: (id: string, statusWord: string, summary: string) =>
    summary ? `${id} ${statusWord}: ${summary}` : `${id} ${statusWord}`,
  changeRequest: 'Solicitação de mudança no firewall:',
} satisfies Catalogue['SUMMARY_TEXT'];

/** The command line's own words (main/cli): its footer and what it says it did (issue 17). */
const CLI_TEXT = {
  /** `--help`, and after a mistake in how a command is written: flags stay as they are. */
  usage: `Uso:
  onsight-netcheck run  [seleção] [--proxy URL|direct|system]
                        [--pac URL|ARQUIVO] [--ca ARQUIVO]...
                        [--reflector DESTINO]... [--timeout-ms N]
                        [--deadline-ms N] [--concurrency N]
                        [--quality-seconds N] [--json] [--width N]
                        [--report ARQUIVO.html|.json|.txt]
                        [--english-copy on|off]
                        [--include-computer-details] [--lang IDIOMA]
  onsight-netcheck watch [seleção] [--every DURAÇÃO] [--for DURAÇÃO]
                        [as opções de run, exceto --json e --report]
  onsight-netcheck plan [seleção] --json
  onsight-netcheck decode CÓDIGO [--profile ARQUIVO] [--json] [--width N]
                        [--lang IDIOMA]
  onsight-netcheck diff ANTES DEPOIS [--profile ARQUIVO] [--json] [--width N]
                        [--lang IDIOMA]
  onsight-netcheck --version | --help
Seleção:
  --profile ARQUIVO  --option teamlink=on|off,legacy,china
  --custom-domain HOST...  --only LINHA,...  --map DE=PARA...
  --override ARQUIVO
--width N: quebra as linhas em N colunas
  (padrão: a largura do terminal, ou 80).
--quality-seconds N: o teste de qualidade de chamada da linha X.1
  (padrão 3; 0: desativado).
--every DURAÇÃO: watch verifica de novo as linhas que ainda não estão OK
  com esta frequência (padrão 10s, no mínimo --timeout-ms);
  --for DURAÇÃO: no máximo por este tempo (padrão 30m).
  DURAÇÃO: 10s, 2m, 1h. watch sai com 0 assim que estiver pronto;
  senão, como run.
--lang IDIOMA: en, fr, de, es, pt-BR, zh-CN ou ja
  (padrão: LC_ALL, LC_MESSAGES ou LANG).
--english-copy on|off: uma cópia em inglês abaixo do relatório
  (padrão: on, exceto em inglês).
Códigos de saída de run (mudaram depois da 0.1, em que 1 valia para todo
resultado exceto pronto):
  0 pronto           1 não pronto        4 só TeamLink       5 inconclusivo
  2 uso incorreto, ou perfil, arquivo ou código inválido
  3 erro interno     130 interrompido
plan, decode, diff, --help e --version saem com 0, ou com 2 ou 3 como acima.`,
  /** What `--version` prints after the tool's name and version. */
  version: (profile: string, version: string, revision: number, hash: string) =>
    `(perfil ${profile} ${version} r${revision}, ${hash})`,
  /** A command that is written wrongly or asks for what cannot be (exit code 2). */
  errors: {
    wholeNumber: (flag: string, value: string, min: number, max: number) =>
      `--${flag} ${JSON.stringify(value)}: era esperado um número inteiro de ${min} a ${max}`,
    optionValue: (item: string) => `--option ${item}: o valor deve ser on ou off`,
    onOff: (flag: string, value: string) =>
      `--${flag} ${JSON.stringify(value)}: o valor deve ser on ou off`,
    unknownOption: (item: string, name: string, known: readonly string[]) =>
      `--option ${item}: opção desconhecida "${name}" (conhecidas: ${known.join(', ')})`,
    /** `why`: the file's own problem (JSON's message, the first field that is wrong). */
    override: (file: string, why: string) => `--override ${file}: ${why}`,
    noCommand: 'falta um comando: run, watch, plan, decode ou diff',
    decodeOneCode: 'decode recebe exatamente um CÓDIGO',
    unknownCommand: (name: string) =>
      `comando desconhecido "${name}" (conhecidos: run, watch, plan, decode, diff)`,
    unexpectedArgument: (text: string) => `argumento inesperado "${text}"`,
    runOnly: (flag: string) => `--${flag} é uma opção do run, não do plan`,
    customDomain: (why: string) => `--custom-domain: ${why}`,
    reflector: (text: string) =>
      `--reflector ${JSON.stringify(text)}: não é um nome de host, um endereço nem um bloco CIDR`,
    onlyEmpty: '--only precisa de pelo menos um id de linha, por exemplo --only 2-2.3',
    unknownRow: (row: string, profile: string, rows: readonly string[]) =>
      `--only: não existe a linha ${row} no perfil ${profile} (linhas: ${rows.join(', ')})`,
    pacWithProxy: (proxy: string) =>
      `--pac e --proxy ${proxy} não podem ser usados juntos: informe uma só configuração de proxy`,
    pacEmpty: '--pac precisa de uma URL ou de um arquivo',
    caUnreadable: (file: string, code: string) =>
      `--ca ${file}: não foi possível ler o arquivo (${code})`,
    caNotPem: (file: string) => `--ca ${file}: não é um certificado PEM`,
    planJsonOnly: 'plan só gera JSON: adicione --json',
    reportFormat: (file: string, pdf: boolean) =>
      `--report ${file}: ${pdf ? 'relatórios em PDF são salvos pelo app para desktop' : 'formato desconhecido'}; use .html, .json ou .txt`,
    reportUnwritable: (file: string, code: string) =>
      `--report ${file}: não foi possível gravar o arquivo (${code})`,
    decode: (code: string, why: string) => `decode ${JSON.stringify(code)}: ${why}`,
    internal: (message: string) => `erro interno: ${message}`,
  },
  reportWritten: (file: string) => `Relatório gravado em ${file}`,
  /** The tested network under the verdict (common/results/tested-network.ts). */
  network: 'Rede testada',
  noDefaultRoute: 'Sem rota padrão',
  decodeHeading: (code: string, profile: string, version: string, revision: number) =>
    `Código de suporte ${code} (perfil ${profile} ${version} r${revision})`,
  decodeOptions: (o: { teamlink: boolean; legacy: boolean; china: boolean; custom: boolean }) =>
    `Opções: TeamLink: ${yesNo(o.teamlink)}, legados: ${yesNo(o.legacy)}, China: ${yesNo(o.china)}, domínios próprios: ${o.custom ? 'sim' : 'nenhum'}`,
} satisfies Catalogue['CLI_TEXT'];

/** The app's helpdesk tools (issue 7): read-it-out, save, decode and the change request. */
const APP_HELPDESK_TEXT = {
  readOut: {
    show: 'Soletrar',
    hide: 'Ocultar a soletração',
    label: 'O código, caractere por caractere',
  },
  save: {
    legend: 'Relatório',
    format: 'Formato',
    formats: {
      html: 'Página web (HTML)',
      pdf: 'PDF',
      text: 'Texto simples (e-mail, chat)',
      json: 'JSON (para ferramentas)',
    } satisfies Record<'html' | 'pdf' | 'text' | 'json', string>,
    includeDetails: 'Incluir detalhes do computador',
    /** Only in a language other than English (issue 19). */
    englishCopy: 'Incluir uma cópia em inglês',
    englishCopyHint:
      'Para o suporte da Librestream e equipes de TI de outros países: o relatório inteiro de novo, em inglês.',
    withDetails: 'Inclui o nome deste computador, o nome de usuário e os endereços locais.',
    withoutDetails: 'Omite o nome deste computador, o nome de usuário e os endereços locais.',
    save: 'Salvar relatório…',
    saving: 'Salvando…',
    saved: (path: string) => `Salvo em ${path}`,
    notSaved: 'Não salvo.',
    failed: (message: string) => `O relatório não foi salvo: ${message}`,
    noResult: 'Você pode salvar um relatório quando uma verificação terminar.',
    copySummary: 'Copiar resumo',
    summaryCopied: 'Resumo copiado',
    summaryCopyFailed: 'Não foi possível copiar o resumo',
  },
  changeRequest: {
    heading: 'Solicitação de mudança no firewall, em detalhe',
    intro:
      'Para a equipe de TI: cada regra a adicionar, agrupada por destino e porta, como este computador viu.',
    copyLabel: 'todas as linhas da solicitação de mudança no firewall',
  },
  decode: {
    heading: 'Inserir um código de suporte',
    label: 'Código de suporte',
    hint: 'Como o usuário ditar: letras e dígitos, com ou sem traços. A letra O vale como 0; I e L valem como 1.',
    submit: 'Mostrar o resultado',
    errors: {
      length: 'Tamanho errado',
      character: 'Um caractere que os códigos não usam',
      check: 'O código não confere',
      profile: 'Gerado com outra versão do perfil',
      newer: 'Gerado por uma versão mais recente',
    } satisfies Record<'length' | 'character' | 'check' | 'profile' | 'newer', string>,
    resultFor: (code: string) => `Resultado do código ${code}`,
    profile: (id: string, version: string) => `Perfil ${id} ${version}`,
    options: (o: { teamlink: boolean; legacy: boolean; china: boolean; customDomains: boolean }) =>
      [
        `TeamLink: ${yesNo(o.teamlink)}`,
        `servidores legados: ${yesNo(o.legacy)}`,
        `China: ${yesNo(o.china)}`,
        o.customDomains ? 'domínios próprios verificados' : 'sem domínios próprios',
      ].join(', '),
  },
} satisfies Catalogue['APP_HELPDESK_TEXT'];

/** The proxy sign-in dialog (issue 17): a proxy asked for a password the check did not have. */
const PROXY_SIGN_IN_TEXT = {
  heading: 'Entrar no proxy web',
  intro: (address: string) =>
    `O proxy web ${address} pede um nome de usuário e uma senha antes de deixar a verificação passar.`,
  schemes: (schemes: readonly string[]) =>
    schemes.length > 0
      ? `Métodos de login que ele oferece: ${schemes.join(', ')}.`
      : 'Ele não informa como fazer login.',
  refused: 'O nome de usuário e a senha não foram aceitos. Confira os dados e tente de novo.',
  username: 'Nome de usuário',
  password: 'Senha',
  privacy:
    'O nome de usuário e a senha servem só para as verificações desta janela, até você fechar o app. Nunca são salvos nem aparecem em relatórios ou logs.',
  submit: 'Entrar e verificar novamente',
  cancel: 'Cancelar',
  open: 'Entrar no proxy web…',
  needUsername: 'Digite um nome de usuário.',
} satisfies Catalogue['PROXY_SIGN_IN_TEXT'];

/** Helpdesk mode (issue 17): the agent's view of a caller's code, apart from this computer's check. */
const HELPDESK_MODE_TEXT = {
  open: 'Suporte: inserir o código de um usuário',
  entryLabel: 'Suporte',
  back: 'Voltar à verificação deste computador',
  intro:
    'O resultado do usuário, a partir do código que ele leu. A verificação deste computador fica oculta enquanto esta tela estiver aberta.',
  problemsHeading: 'Problemas',
  noProblems: 'Nenhuma linha tem problema.',
  showAll: 'Mostrar todas as linhas',
  hideAll: 'Mostrar só os problemas',
} satisfies Catalogue['HELPDESK_MODE_TEXT'];

const sendToIt = 'Envie o relatório para a sua equipe de TI';

/** The diagnosis: the one story every face tells (common/diagnosis). */
const DIAGNOSIS_TEXT = {
  labels: {
    caveat: 'Observação',
    onSite: 'O que fazer agora',
    helpdesk: 'Para o suporte',
    it: 'Para a TI',
    mustFix: 'Obrigatório',
    recommended: 'Recomendado',
    details: 'Solicitação de mudança no firewall, em detalhe',
  },
  customDomains: 'os domínios próprios da organização',
  partialReady:
    'Todas as linhas verificadas estão abertas; as linhas deixadas de fora não foram verificadas.',
  nothingChecked:
    'Nenhuma linha que decide o resultado foi verificada: escolha mais linhas ou execute todas as verificações.',
  causes: {
    none: () => ({
      headline: 'O Onsight vai funcionar aqui',
      reason: () =>
        'Todas as regras obrigatórias do guia de firewall do Onsight estão abertas nesta rede.',
      steps: {
        onSite: 'Nada a fazer: você pode usar o Onsight Connect nesta rede.',
        helpdesk:
          'A rede está pronta para o Onsight. Se as chamadas ainda falharem, a causa não é o firewall.',
        it: 'Nenhuma mudança é necessária.',
      },
    }),
    'no-network': () => ({
      headline: 'Este computador não está conectado a uma rede',
      reason: () =>
        'Nada saiu deste computador: ele não tem conexão de rede ou não tem rota para a internet. Ainda não se sabe nada sobre o firewall.',
      steps: {
        onSite: 'Conecte-se ao Wi-Fi ou ligue o cabo de rede e execute a verificação novamente.',
        helpdesk:
          'Peça ao usuário que conecte o computador à rede (Wi-Fi ou cabo) e execute a verificação novamente.',
        it: 'Nenhuma mudança no firewall pode ser avaliada até este computador estar conectado.',
      },
    }),
    dns: () => ({
      headline: 'Esta rede não consegue encontrar os servidores do Onsight',
      reason: () =>
        'A rede funciona, mas nomes como onsight.librestream.com não são resolvidos, então o Onsight não encontra os seus servidores.',
      steps: {
        onSite:
          'Se você estiver numa VPN, desconecte-a e execute a verificação novamente; caso contrário, envie o relatório para a sua equipe de TI.',
        helpdesk:
          'Pergunte se o computador está numa VPN ou numa rede de visitantes. Se não estiver, o DNS do local precisa resolver os nomes da Librestream: peça o relatório e encaminhe-o à equipe de TI do cliente.',
        it: 'Configure os servidores DNS que esta rede fornece para resolver os nomes listados em "Obrigatório".',
      },
    }),
    'ipv6-only': () => ({
      headline: 'Esta é uma rede somente IPv6',
      reason: () =>
        'Os nomes são resolvidos, mas só para endereços IPv6 (a rede faz a tradução, NAT64/DNS64), e não há rota IPv4: os servidores de chamadas do Onsight, que o guia de firewall indica por endereços IPv4, não podem ser alcançados deste computador. O DNS funciona, e não falta nenhuma regra de firewall para eles.',
      steps: {
        onSite:
          'Use uma rede que também ofereça IPv4 (a maioria das redes de escritório e domésticas oferece) ou o hotspot de um celular e execute a verificação novamente. Envie o relatório para a sua equipe de TI.',
        helpdesk:
          'A rede do usuário só oferece IPv6. Os servidores de chamadas do Onsight têm endereços IPv4: peça à equipe de TI do cliente IPv4 nesta rede (pilha dupla) ou 464XLAT, para que este computador possa fazer a tradução.',
        it: 'Ofereça IPv4 nesta rede (pilha dupla) ou forneça 464XLAT (um PLAT, com CLAT nos clientes) para que os clientes alcancem os endereços IPv4 do guia (Tabelas 2-2 a 2-4). As linhas por nome de host passaram ou têm as suas próprias regras abaixo.',
      },
    }),
    'captive-portal': () => ({
      headline: 'Esta rede pede que você faça login primeiro',
      reason: () =>
        'A rede responde com a própria página de login, como as redes Wi-Fi de hotéis e de visitantes: nada se sabe sobre o firewall até você fazer login.',
      steps: {
        onSite: 'Abra um navegador, faça login no Wi-Fi e execute a verificação novamente.',
        helpdesk:
          'Peça ao usuário que abra um navegador, faça login no Wi-Fi e execute a verificação novamente.',
        it: 'Nenhuma mudança é pedida até este computador fazer login na rede.',
      },
    }),
    'proxy-sign-in': () => ({
      headline: 'Inconclusivo: o proxy web pede uma senha',
      // Short and plain (issue 17): the rows and the proxy's sign-in methods are in the details.
      reason: () =>
        'O proxy web desta rede pede nome de usuário e senha, então não foi possível verificar a conexão segura do Onsight.',
      steps: {
        onSite:
          'Se você tem nome de usuário e senha para o proxy web, faça login e verifique novamente. Se não tem, envie o relatório para a sua equipe de TI.',
        helpdesk:
          'Talvez o Onsight consiga entrar no proxy com a conta do Windows. Para ter certeza, peça à equipe de TI do cliente que deixe a Librestream passar pelo proxy sem senha.',
        it: 'Deixe os nomes listados em "Obrigatório" passarem pelo proxy web sem senha de proxy.',
      },
    }),
    'proxy-denied': () => ({
      headline: 'O proxy web bloqueia o Onsight',
      reason: () => 'O proxy web desta rede se recusou a conectar aos servidores da Librestream.',
      steps: {
        onSite: `${sendToIt}: o proxy precisa permitir a Librestream.`,
        helpdesk:
          'O proxy web do local bloqueia a Librestream: peça o relatório e encaminhe-o à equipe de TI do cliente.',
        it: 'Adicione os nomes listados em "Obrigatório" à lista de permissões do proxy web.',
      },
    }),
    'ssl-inspection': (_verdict: string, product: string | undefined) => ({
      headline: 'A inspeção SSL desta rede bloqueia o Onsight',
      reason: () =>
        `As conexões seguras da Librestream são abertas e reassinadas no caminho${product ? ` por ${product}` : ''}; o Onsight recusa essas conexões para manter as chamadas privadas.`,
      steps: {
        onSite: `${sendToIt}: ela precisa deixar a Librestream fora da inspeção SSL.`,
        helpdesk: `O local inspeciona o tráfego criptografado${product ? ` com ${product}` : ''}. A equipe de TI do cliente precisa deixar *.librestream.com fora da inspeção SSL.`,
        it: `Desative a inspeção SSL (descriptografia HTTPS) para os domínios listados em "Obrigatório"${product ? ` em ${product}` : ''}.`,
      },
    }),
    clock: () => ({
      headline: 'O relógio deste computador pode estar errado',
      reason: () =>
        'Pelo relógio deste computador, o certificado da Librestream está fora da validade, então as conexões seguras falham.',
      steps: {
        onSite:
          'Confira a data, a hora e o fuso horário deste computador, corrija o que estiver errado e execute a verificação novamente.',
        helpdesk:
          'Peça ao usuário que confira a data, a hora e o fuso horário do computador e execute a verificação novamente.',
        it: 'Garanta que este computador sincronize o relógio com um servidor de horário.',
      },
    }),
    'web-blocked': () => ({
      headline: 'O Onsight não consegue alcançar os seus servidores nesta rede',
      reason: (rows: readonly string[]) =>
        `O tráfego web seguro (HTTPS) de que o Onsight precisa não passa (${rowsNamed(rows)}), então o Onsight não consegue fazer login.`,
      steps: {
        onSite: `${sendToIt}: o firewall precisa deixar o Onsight passar.`,
        helpdesk:
          'O firewall do local bloqueia o login do Onsight. Peça o relatório e encaminhe-o à equipe de TI do cliente: as regras estão em "Obrigatório".',
        it: 'Adicione as regras listadas em "Obrigatório".',
      },
    }),
    'local-firewall': (verdict: string) => ({
      headline:
        verdict === 'teamlink-only'
          ? 'O Onsight só vai funcionar aqui via TeamLink'
          : 'O firewall deste computador bloqueia o Onsight',
      reason: (rows: readonly string[]) =>
        verdict === 'teamlink-only'
          ? `Um firewall ou programa de segurança deste computador bloqueia as chamadas diretas (${rowsNamed(rows)}), então o Onsight vai levar as chamadas por HTTPS com o TeamLink, com qualidade menor.`
          : `Um firewall ou programa de segurança deste computador bloqueia o Onsight (${rowsNamed(rows)}).`,
      steps: {
        onSite:
          'Peça à sua equipe de TI que permita o Onsight no firewall ou no software de segurança deste computador.',
        helpdesk:
          'Quem bloqueia o Onsight é o firewall ou o software de segurança deste computador, não a rede do local: peça à equipe de TI do cliente que permita o Onsight neste computador.',
        it: 'Permita o Onsight no firewall ou no software de segurança deste computador e adicione as regras listadas em "Obrigatório".',
      },
    }),
    'direct-blocked': (verdict: string) =>
      verdict === 'teamlink-only'
        ? {
            headline: 'O Onsight só vai funcionar aqui via TeamLink',
            reason: (rows: readonly string[]) =>
              `As chamadas diretas estão bloqueadas (${rowsNamed(rows)}), então o Onsight vai levar as chamadas por HTTPS com o TeamLink, com qualidade menor.`,
            steps: {
              onSite: `Você já pode usar o Onsight. ${sendToIt} para melhorar a qualidade das chamadas.`,
              helpdesk:
                'As chamadas vão funcionar pelo TeamLink, com qualidade menor. Para ter chamadas diretas, a equipe de TI do cliente precisa adicionar as regras listadas em "Obrigatório".',
              it: 'Adicione as regras listadas em "Obrigatório" para que as chamadas possam ser diretas.',
            },
          }
        : {
            headline: 'As chamadas do Onsight não conseguem se conectar nesta rede',
            reason: (rows: readonly string[]) =>
              `As chamadas diretas estão bloqueadas (${rowsNamed(rows)}) e o TeamLink está desativado para este local.`,
            steps: {
              onSite: `${sendToIt}.`,
              helpdesk:
                'As chamadas não conseguem se conectar: a equipe de TI do cliente precisa adicionar as regras listadas em "Obrigatório", ou o administrador do Onsight precisa ativar o TeamLink.',
              it: 'Adicione as regras listadas em "Obrigatório" ou ative o TeamLink no Onsight Platform Manager.',
            },
          },
    'local-ports-taken': (verdict: string) =>
      verdict === 'ready'
        ? {
            headline: 'O Onsight vai funcionar aqui, mas algumas portas locais estão em uso',
            reason: () =>
              'Outros programas deste computador ocupam algumas das portas UDP 6000-6200; o Onsight vai usar portas mais altas.',
            steps: {
              onSite: 'Você já pode usar o Onsight.',
              helpdesk:
                'As chamadas vão funcionar. Outros programas ocupam algumas das portas que o Onsight prefere.',
              it: 'Nada é obrigatório; veja "Recomendado".',
            },
          }
        : {
            headline: 'O Onsight ainda não consegue fazer chamadas deste computador',
            reason: () =>
              'Outros programas deste computador ocupam todas as portas UDP locais de 6000 a 6200, que o Onsight usa para a mídia das chamadas.',
            steps: {
              onSite:
                'Feche outros programas de chamada ou de vídeo e execute a verificação novamente.',
              helpdesk:
                'Peça ao usuário que feche outros programas de chamada ou de vídeo e execute a verificação novamente.',
              it: 'Libere as portas UDP locais 6000-6200 deste computador (veja "Obrigatório").',
            },
          },
    unverified: () => ({
      headline: 'Não foi possível saber se o Onsight vai funcionar aqui',
      reason: (rows: readonly string[]) =>
        isOne(rows.length)
          ? `A linha ${rows.join(', ')} não teve resposta conclusiva, e é ela que decide o resultado.`
          : `As linhas ${rows.join(', ')} não tiveram resposta conclusiva, e são elas que decidem o resultado.`,
      steps: {
        onSite:
          'Execute a verificação novamente. Se o resultado for o mesmo, envie o relatório para a sua equipe de TI.',
        helpdesk:
          'Peça ao usuário que execute a verificação novamente; se continuar inconclusiva, peça o relatório.',
        it: 'Veja no relatório as linhas com resultado inconclusivo.',
      },
    }),
    'media-partly-blocked': () => ({
      headline: 'O Onsight vai funcionar aqui, mas parte da mídia das chamadas pode ser bloqueada',
      reason: () =>
        'As chamadas se conectam, mas parte da faixa de mídia (UDP 15000-65000) não chegou a alguns servidores do Onsight: o vídeo pode travar ou perder qualidade.',
      steps: {
        onSite: `Você já pode usar o Onsight. ${sendToIt} para que ela libere o restante.`,
        helpdesk:
          'As chamadas vão funcionar. Peça o relatório e encaminhe-o à equipe de TI do cliente: faltam algumas regras de mídia.',
        it: 'Adicione as regras listadas em "Recomendado".',
      },
    }),
    'partly-blocked': () => ({
      headline: 'O Onsight vai funcionar aqui, mas alguns dos seus servidores estão inacessíveis',
      reason: () =>
        'Todas as verificações obrigatórias alcançaram pelo menos um servidor do Onsight, mas alguns servidores não responderam: as chamadas podem falhar quando o Onsight passar a usá-los.',
      steps: {
        onSite: `Você já pode usar o Onsight. ${sendToIt} para que ela libere o restante.`,
        helpdesk:
          'As chamadas vão funcionar. Peça o relatório e encaminhe-o à equipe de TI do cliente: alguns servidores do Onsight estão bloqueados.',
        it: 'Adicione as regras listadas em "Recomendado".',
      },
    }),
    'push-blocked': () => ({
      headline:
        'O Onsight vai funcionar aqui, mas celulares e tablets podem não receber notificações',
      reason: () =>
        'Este computador alcança o Onsight, mas as notificações push da Apple ou do Google estão bloqueadas nesta rede, então celulares e tablets daqui podem não tocar quando chegar uma chamada.',
      steps: {
        onSite: 'Você já pode usar o Onsight neste computador.',
        helpdesk:
          'As chamadas vão funcionar nos computadores. Celulares e tablets nesta rede podem não receber notificações: a equipe de TI do cliente pode abrir as regras listadas em "Recomendado".',
        it: 'Adicione as regras listadas em "Recomendado" para os celulares e tablets desta rede.',
      },
    }),
    'optional-blocked': () => ({
      headline: 'O Onsight vai funcionar aqui, mas falta uma regra recomendada',
      reason: () =>
        'Todas as regras obrigatórias estão abertas; uma regra que o guia recomenda não está.',
      steps: {
        onSite: 'Você já pode usar o Onsight.',
        helpdesk:
          'As chamadas vão funcionar. A equipe de TI do cliente pode adicionar as regras listadas em "Recomendado".',
        it: 'Adicione as regras listadas em "Recomendado".',
      },
    }),
  } satisfies Record<Cause, (verdict: VerdictStatus, product: string | undefined) => CauseWords>,
  lines: {
    row: (remediation: string, id: string) => `${remediation.replace(/\.$/, '')} (linha ${id})`,
    dns: (names: readonly string[], ids: readonly string[]) =>
      `Permitir que o DNS desta rede resolva ${names.join(', ')} (${rowsNamed(ids)})`,
    inspection: (domains: readonly string[], product: string | undefined, ids: readonly string[]) =>
      `Desativar a inspeção SSL para ${domains.join(', ')}${product ? ` em ${product}` : ''} (${rowsNamed(ids)})`,
    clock: (ids: readonly string[]) =>
      `Acertar a data, a hora e o fuso horário deste computador (${rowsNamed(ids)})`,
    proxyDenied: (names: readonly string[], ids: readonly string[]) =>
      `Permitir que o proxy web se conecte a ${names.join(', ')} (${rowsNamed(ids)})`,
    proxySignIn: (names: readonly string[], ids: readonly string[]) =>
      `Deixar o Onsight acessar ${names.join(', ')} pelo proxy web sem senha de proxy (${rowsNamed(ids)})`,
    localFirewall: (ids: readonly string[]) =>
      `Permitir o Onsight no firewall ou no software de segurança deste computador (${rowsNamed(ids)})`,
    https: (names: readonly string[], ids: readonly string[]) =>
      `Liberar saída HTTPS (TCP 443) para ${names.join(', ')} no firewall e em todos os proxies web (${rowsNamed(ids)})`,
  },
  caveats: {
    mediaUnconfirmed:
      'O UDP para os servidores de mídia funciona; a faixa 15000-65000 só pode ser confirmada durante uma chamada.',
    partial: 'Só algumas linhas foram verificadas: este resultado vale apenas para elas.',
    ipv6Only:
      'Rede somente IPv6: os endereços IPv4 do guia (as faixas /28 da Tabela 2-2, os hosts das Tabelas 2-3 e 2-4) só podem ser alcançados pela tradução do próprio sistema operacional (CLAT), se houver; este computador não tem essa tradução.',
    /** `title` is the row's plain title (common/i18n/row-words.ts), a statement. */
    partly: (title: string, id: string) =>
      `Só em parte: ${title} (linha ${id}); alguns servidores do Onsight não responderam.`,
    localPortsTaken: (id: string) =>
      `Algumas portas UDP locais 6000-6200 estão em uso; o Onsight vai usar portas mais altas (linha ${id}).`,
    push: (title: string, id: string) =>
      `Ainda não: ${title} (linha ${id}). Celulares e tablets nesta rede podem perder chamadas recebidas.`,
    optional: (title: string, id: string) =>
      `Recomendado, mas não obrigatório: ${title} (linha ${id}). O Onsight funciona sem isso.`,
    /** The extra checks (table X), by kind: what a problem they found means for a call. */
    extra: {
      'call-quality': (id: string) =>
        `As chamadas podem picotar aqui: a ida e volta, o jitter ou a perda até os servidores do Onsight estão acima do que uma boa chamada precisa (linha ${id}).`,
      'nat-behaviour': (id: string) =>
        `É pouco provável que os dispositivos daqui troquem mídia diretamente entre si: a tradução de endereços desta rede dá a este computador outra porta pública para cada servidor (linha ${id}). As chamadas pelos servidores do Onsight continuam funcionando.`,
      'sip-alg': (id: string) =>
        `Um recurso do firewall que interpreta SIP (SIP ALG) altera a sinalização do Onsight: peça à TI que o desative para TCP 5060 (linha ${id}).`,
      'large-datagrams': (id: string) =>
        `O vídeo pode travar: esta rede descarta pacotes UDP grandes (linha ${id}).`,
    } satisfies Record<ExtraKind, (id: string) => string>,
  },
} satisfies Catalogue['DIAGNOSIS_TEXT'];

/** The app shell's own sentences (issue 14): a run that broke, the log. */
const SHELL_TEXT = {
  runFailedHeadline: 'A verificação parou antes do fim',
  runFailedReason: (message: string) =>
    `Algo deu errado dentro do app (${message}). As linhas abaixo são as que a verificação concluiu; clique em "Verificar novamente" para tentar outra vez.`,
  /** A row the run never reached, once the run has broken. */
  notChecked: 'Não verificada: a verificação parou antes de esta linha ter resposta.',
  announceFailed: 'A verificação parou antes do fim.',
} satisfies Catalogue['SHELL_TEXT'];

/** `watch` (issue 20). */
const WATCH_TEXT = {
  starting: (every: string, limit: string) =>
    `Verificando de novo a cada ${every} até ficar pronto (no máximo ${limit}); Ctrl+C interrompe.`,
  verdict: 'Resultado',
  stopped: (limit: string) => `Interrompido após ${limit}; o último resultado está acima.`,
  errors: {
    watchOnly: (flag: string) => `--${flag} é uma opção do watch`,
    notInWatch: (flag: string) => `--${flag} é uma opção do run, não do watch`,
    json: 'watch escreve linhas para uma pessoa, não JSON: um script pode chamar run --json por conta própria',
    duration: (flag: string, text: string, max: string) =>
      `--${flag} ${JSON.stringify(text)}: esperava-se uma duração de 1s a ${max}, como 10s, 2m ou 1h`,
    everyBelowTimeout: (every: string, timeoutMs: number, floor: string) =>
      `--every ${every}: menor que a espera de uma tentativa (--timeout-ms ${timeoutMs}); informe pelo menos ${floor}`,
  },
} satisfies Catalogue['WATCH_TEXT'];

/** X.1's label wherever it is shown: one-way figures need the far end. */
const QUALITY_LABEL = 'ida e volta, estimativa';

/** The app's face of the extra checks (issue 18): X.1's chart, the longer test, the header. */
const EXTRA_SCREEN_TEXT = {
  qualityLabel: QUALITY_LABEL,
  /** The chart's caption: what was measured, and against which server. */
  chartCaption: (server: string) => `${QUALITY_LABEL}, ${server}`,
  /** The top of the chart's scale. */
  scale: (ms: number) => `${num(ms)} ms`,
  /** The chart's text alternative, and the figures beside it: every figure in words. */
  figures: (q: QualityFigures) => {
    const sofar = q.live
      ? `até agora, ${num(q.sent)} de ${num(q.expected)} pacotes enviados: `
      : '';
    if (q.rttMedianMs === null) return `${sofar}nenhum dos ${num(q.sent)} pacotes teve resposta`;
    return [
      `${sofar}mediana ${formatMilliseconds(LANG, q.rttMedianMs)}`,
      ...(q.rttP95Ms === null ? [] : [`percentil 95 ${formatMilliseconds(LANG, q.rttP95Ms)}`]),
      ...(q.jitterMs === null ? [] : [`jitter ${formatMilliseconds(LANG, q.jitterMs)}`]),
      q.live
        ? `${num(q.lost)} ${isOne(q.lost) ? 'perdido' : 'perdidos'}`
        : `${num(q.lost)} de ${num(q.sent)} pacotes perdidos (${formatPercent(LANG, q.lossPct)})`,
      ...(q.reordered > 0 ? [`${num(q.reordered)} fora de ordem`] : []),
      ...(q.mos === null ? [] : [`MOS estimado ${q.mos.toFixed(1).replace('.', ',')} de 5`]),
    ].join(', ');
  },
  /** The first screen while table X still runs: the verdict stands, the code comes at the end. */
  extrasRunning:
    'O resultado já está definido. As verificações extras (fora do guia) ainda estão em andamento: o código de suporte e o relatório aparecem quando elas terminarem.',
  longerTest: 'Teste de qualidade de chamada mais longo (30 s em vez de 3 s)',
  longerTestHint:
    'A linha X.1 envia um pacote pequeno a cada 20 ms, como numa chamada, durante 30 segundos.',
} satisfies Catalogue['EXTRA_SCREEN_TEXT'];

const CALL_SERVERS =
  '52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28';
const OLDER_SITES = 'Instalações antigas do Onsight usam um servidor de chamadas nos EUA';

// What each row of the firewall guide is, in words a person on site understands (issue 17,
// "Plain words"), keyed by the guide's row id (issue 19).
const ROW_WORDS = {
  '2-1.1': {
    title: 'O Onsight faz login e carrega as suas configurações',
    explanation:
      'O Onsight se conecta com segurança à Librestream para fazer login e para levar as chamadas pelo TeamLink.',
    fix: 'Liberar saída HTTPS (TCP 443) para *.librestream.com no firewall e em todos os proxies web.',
  },
  '2-1.2': {
    title: 'As conexões com a Librestream não são abertas no caminho',
    explanation:
      'O Onsight confere se está falando com a própria Librestream; um equipamento que abre e reassina o tráfego quebra a conexão.',
    fix: 'Desativar a inspeção SSL (descriptografia HTTPS) para *.librestream.com no proxy ou no firewall.',
  },
  '2-1.3': {
    title: 'O Onsight alcança os servidores da Librestream na China',
    explanation:
      'Locais que usam o TeamLink na China passam pelos servidores da Librestream de lá.',
    fix: 'Liberar saída HTTPS (TCP 443) para *.librestreamtech.cn em todos os proxies, com a inspeção SSL desativada.',
  },
  '2-1.4': {
    title: 'Os endereços web do Onsight da sua organização funcionam',
    explanation:
      'Os endereços web próprios da organização que apontam para o Onsight também precisam estar acessíveis.',
    fix: 'Adicionar os domínios próprios que apontam para a Librestream à lista de permissões do proxy para HTTPS (TCP 443), com a inspeção SSL desativada.',
  },
  '2-0.1': {
    title: 'Onsight Platform Manager: como o Onsight encontra o seu servidor de chamadas',
    explanation:
      'Uma configuração do Onsight Platform Manager (SIP Detection Method "SIP Server Full"), e não algo que esta verificação consiga ver na rede.',
    fix: 'No Onsight Platform Manager, definir a política de cliente SIP Detection Method como SIP Server Full para todos os clientes.',
  },
  '2-2.1': {
    title: 'As chamadas encontram um caminho direto por esta rede',
    explanation:
      'O Onsight descobre como os servidores de chamadas veem esta rede, para que as chamadas sigam direto; necessário quando o TeamLink está ativado.',
    fix: `Liberar saída UDP 3478 (STUN) para ${CALL_SERVERS}.`,
  },
  '2-2.2': {
    title: 'As chamadas podem ser estabelecidas',
    explanation: 'O Onsight estabelece cada chamada com os seus servidores de chamadas.',
    fix: `Liberar saída TCP 5060 (SIP) para ${CALL_SERVERS}.`,
  },
  '2-2.3': {
    title: 'As chamadas podem ser estabelecidas com segurança',
    explanation:
      'O Onsight estabelece as chamadas por uma conexão criptografada com os seus servidores de chamadas.',
    fix: `Liberar saída TCP 5061 (SIP sobre TLS 1.2) para ${CALL_SERVERS}, sem inspeção SSL.`,
  },
  '2-2.4': {
    title: 'O som e o vídeo das chamadas passam',
    explanation:
      'O som, o vídeo e os dados compartilhados de uma chamada vão para os servidores de mídia do Onsight.',
    fix: `Liberar saída UDP 15000-65000 ((S)RTP, (S)RTCP, STUN) para ${CALL_SERVERS}.`,
  },
  '2-2.5': {
    title: 'Os links web para os servidores de chamadas são redirecionados',
    explanation: 'Serve apenas para encaminhar o navegador ao endereço seguro.',
    fix: `Opcionalmente, liberar saída TCP 80 (HTTP, apenas redirecionamentos) para ${CALL_SERVERS}.`,
  },
  '2-2.6': {
    title: 'Os servidores de chamadas respondem com segurança na porta web',
    explanation: 'Os serviços de chamada também respondem a tráfego web seguro.',
    fix: `Liberar saída TCP 443 (HTTPS) para ${CALL_SERVERS}.`,
  },
  '2-3.1': {
    title: 'Servidor de chamadas antigo: um caminho direto para as chamadas (1 de 3)',
    explanation: `${OLDER_SITES}; necessário quando o TeamLink está ativado.`,
    fix: 'Liberar saída UDP 3478 (STUN) para 54.213.166.17 (sip.librestream.com).',
  },
  '2-3.2': {
    title: 'Servidor de chamadas antigo: um caminho direto para as chamadas (2 de 3)',
    explanation: `${OLDER_SITES}; necessário quando o TeamLink está ativado.`,
    fix: 'Liberar saída UDP 58024 (STUN) para 54.213.166.17 (sip.librestream.com).',
  },
  '2-3.3': {
    title: 'Servidor de chamadas antigo: um caminho direto para as chamadas (3 de 3)',
    explanation: `${OLDER_SITES}; necessário quando o TeamLink está ativado.`,
    fix: 'Liberar saída UDP 58523 (STUN) para 54.213.166.17 (sip.librestream.com).',
  },
  '2-3.4': {
    title: 'Servidor de chamadas antigo: as chamadas podem ser estabelecidas',
    explanation:
      'Instalações antigas do Onsight estabelecem as chamadas com um servidor de chamadas nos EUA.',
    fix: 'Liberar saída TCP 5060 (SIP) para 54.213.166.17 (sip.librestream.com).',
  },
  '2-3.5': {
    title: 'Servidor de chamadas antigo: as chamadas podem ser estabelecidas com segurança',
    explanation:
      'Instalações antigas do Onsight estabelecem as chamadas por uma conexão criptografada.',
    fix: 'Liberar saída TCP 5061 (SIP sobre TLS 1.2) para 54.213.166.17 (sip.librestream.com), sem inspeção SSL.',
  },
  '2-4.1': {
    title: 'Servidores de mídia antigos: o som e o vídeo das chamadas passam',
    explanation:
      'Instalações antigas do Onsight enviam o som e o vídeo das chamadas para seis servidores de mídia nos EUA.',
    fix: 'Liberar saída UDP 15000-65000 (SRTP, SRTCP) para 54.200.152.202, 54.201.34.23, 54.213.38.103, 54.218.75.97, 54.213.75.101, 54.200.248.252.',
  },
  '3-1.1': {
    title: 'Este computador tem portas livres para o som e o vídeo das chamadas',
    explanation:
      'O Onsight envia a mídia das chamadas a partir de uma faixa de portas deste computador.',
    fix: 'Fechar ou reconfigurar os programas que ocupam as portas UDP 6000-6200 deste computador, ou permitir a mídia do Onsight a partir de portas locais mais altas.',
  },
  '3-1.2': {
    title: 'O login e as chamadas saem de qualquer porta deste computador',
    explanation:
      'Nada a testar: as linhas de login e de estabelecimento de chamadas já mostram isso.',
    fix: 'Não restringir as portas locais (de origem) do SIP e do HTTPS de saída.',
  },
  '3-1.3': {
    title: 'Os dispositivos podem enviar mídia de chamada diretamente entre si',
    explanation:
      'Onde for permitido, dois dispositivos numa chamada trocam mídia diretamente; verificar isso exige um segundo dispositivo.',
    fix: 'Se a mídia direta entre clientes for permitida, liberar UDP 6000-6199 entre os dispositivos Onsight.',
  },
  '4.1': {
    title: 'iPhones e iPads daqui recebem notificações de chamada',
    explanation:
      'Os dispositivos Apple nesta rede ficam sabendo das chamadas recebidas pelo serviço de push da Apple.',
    fix: 'Liberar saída TCP 5223, 2197 e 443 para 17.0.0.0/8 (Apple Push Notification service).',
  },
  '4.2': {
    title: 'Celulares e tablets Android daqui recebem notificações de chamada',
    explanation:
      'Os dispositivos Android nesta rede ficam sabendo das chamadas recebidas pelo serviço de push do Google.',
    fix: 'Liberar saída TCP 5228, 5229, 5230 e 443 para mtalk.google.com e fcm.googleapis.com (Firebase Cloud Messaging).',
  },
  'X.1': {
    title: `Qualidade de chamada até os servidores STUN do Onsight (${QUALITY_LABEL})`,
    explanation:
      'Alguns segundos de pacotes pequenos, um a cada 20 ms, como o som de uma chamada é enviado, até o servidor do Onsight que respondeu ao STUN: quanto tempo leva a ida e volta, quanto ela varia e quantos pacotes se perdem.',
    fix: 'Uma chamada precisa de perda abaixo de 1%, ida e volta abaixo de 100 ms e jitter abaixo de 30 ms em UDP até os servidores do Onsight (Tabela 2-2): verificar se há congestionamento ou um link lento entre este local e eles.',
  },
  'X.2': {
    title: 'Comportamento do NAT (como esta rede traduz endereços)',
    explanation:
      'Se esta rede mantém um mesmo endereço e porta públicos para este computador, seja qual for o servidor do Onsight com que ele fala: isso permite que os dispositivos enviem mídia diretamente entre si.',
    fix: 'Opcional, para mídia direta entre dispositivos (linha 3-1.3): configurar o NAT com mapeamento independente do endpoint (endpoint-independent mapping) para UDP (RFC 4787, REQ-1). As chamadas pelos servidores do Onsight funcionam de qualquer forma.',
  },
  'X.3': {
    title: 'SIP ALG (um recurso do firewall que reescreve o SIP na porta TCP 5060)',
    explanation:
      'Alguns firewalls alteram as mensagens SIP que estabelecem as chamadas na porta TCP 5060 (um SIP ALG), o que pode quebrar o estabelecimento de chamadas do Onsight. A mesma solicitação por TLS na porta 5061, que nenhum firewall consegue ler, serve de comparação.',
    fix: 'Desativar o SIP ALG (também chamado de SIP inspection, SIP helper ou SIP fixup) para TCP 5060 até os serviços de chamada do Onsight (Tabela 2-2).',
  },
  'X.4': {
    title: 'Pacotes UDP grandes até os servidores STUN do Onsight',
    explanation:
      'O vídeo é enviado em pacotes UDP de até cerca de 1.200 bytes; uma rede que descarta pacotes grandes faz o vídeo travar, enquanto o som continua funcionando.',
    fix: 'Deixar passar pacotes UDP de até 1.500 bytes, e os seus fragmentos, até os serviços de chamada do Onsight (Tabela 2-2), e verificar o MTU do caminho.',
  },
} satisfies Catalogue['ROW_WORDS'];

/** The guide's tables, by id, as a person on site would name them. */
const TABLE_WORDS = {
  '2-1': 'Login',
  '2-0': 'Onsight Platform Manager',
  '2-2': 'Chamadas',
  '2-3': 'Servidor de chamadas antigo',
  '2-4': 'Servidores de mídia antigos',
  '3-1': 'Este computador',
  '4': 'Celulares e tablets',
  X: 'Verificações extras (fora do guia)',
} satisfies Catalogue['TABLE_WORDS'];

/** The app's native menu (main/app/menu.ts). */
const MENU_TEXT = {
  file: 'Arquivo',
  saveReport: 'Salvar relatório…',
  print: 'Imprimir…',
  edit: 'Editar',
  view: 'Exibir',
  language: 'Idioma',
  /** The first item of the Language menu: follow the operating system's preferred languages. */
  systemLanguage: 'Idioma do sistema',
  help: 'Ajuda',
  enterHelpdeskCode: 'Inserir código de suporte…',
  openLogFolder: 'Abrir pasta de logs',
  closeWindow: 'Fechar janela',
  quit: 'Sair',
  copy: 'Copiar',
  selectAll: 'Selecionar tudo',
  reload: 'Recarregar',
  toggleDevTools: 'Mostrar/ocultar ferramentas do desenvolvedor',
  resetZoom: 'Tamanho real',
  zoomIn: 'Ampliar',
  zoomOut: 'Reduzir',
  about: (product: string) => `Sobre o ${product}`,
  /** The About box: what a helpdesk asks for first. */
  aboutVersion: (version: string) => `Versão ${version}`,
  aboutProfile: (id: string, version: string, revision: number, hash: string) =>
    `Perfil ${id} ${version}, revisão ${revision} (${hash})`,
  /** The error box when the window cannot open at all. */
  couldNotStart: (product: string) => `Não foi possível iniciar o ${product}`,
} satisfies Catalogue['MENU_TEXT'];

/** Choosing the language (issue 19): the CLI's note and the bilingual report's second part. */
const LANGUAGE_TEXT = {
  labelled: (label: string, text: string) => `${label}: ${text}`,
  /** On stderr when LANG or --lang asks for a language this version does not have. */
  notAvailable: (asked: string, available: readonly string[]) =>
    `O idioma "${asked}" não está disponível (${available.join(', ')}): será usado o inglês.`,
  /** The heading of the English copy below a report in another language. */
  englishCopy: 'Cópia em inglês',
  englishCopyHint:
    'O mesmo resultado em inglês, para o suporte da Librestream e para equipes de TI de outros países.',
} satisfies Catalogue['LANGUAGE_TEXT'];

/** Two readings of one site side by side (issue 20). */
const COMPARE_TEXT = {
  change: (before: string, after: string) => `${before} → ${after}`,
  absent: 'não consta nesta verificação',
} satisfies Catalogue['COMPARE_TEXT'];

/** `diff BEFORE AFTER` (issue 20). */
const DIFF_TEXT = {
  sides: { before: 'ANTES', after: 'DEPOIS' },
  labels: { before: 'Antes', after: 'Depois' },
  file: (file: string, startedAt: string) =>
    `arquivo de resultado ${file}, verificação iniciada em ${startedAt}`,
  code: (code: string) => `código de suporte ${code}`,
  side: (what: string, profile: string) => `${what} (${profile})`,
  profile: (id: string, version: string, revision: number) =>
    `perfil ${id} ${version} r${revision}`,
  changed: (count: number) => (count === 1 ? '1 linha mudou:' : `${count} linhas mudaram:`),
  unchanged: 'Nenhuma linha mudou.',
  versionsDiffer:
    'Os dois vêm de versões diferentes do perfil: comparados linha por linha onde os ids coincidem.',
  onlyOneSide: 'Linhas que só um dos dois tem:',
  diagnosis: { before: 'Diagnóstico antes:', after: 'Diagnóstico depois:' },
  errors: {
    count:
      'diff recebe dois resultados: ANTES DEPOIS, cada um um arquivo JSON ou um código de suporte',
    unreadable: (side: string, file: string, code: string) =>
      `${side} ${file}: não foi possível ler (${code})`,
    notJson: (side: string, file: string, why: string) => `${side} ${file}: não é JSON (${why})`,
    notResult: (side: string, file: string, why: string) =>
      `${side} ${file}: não é um resultado de "onsight-netcheck run --json" (${why})`,
    neither: (side: string, text: string, why: string) =>
      `${side} "${text}": esse arquivo não existe e não é um código de suporte (${why})`,
    code: (side: string, code: string, why: string) => `${side} código de suporte ${code}: ${why}`,
  },
} satisfies Catalogue['DIFF_TEXT'];

/** Issue 20, "Rules freshness": a STUN server reports its own address outside the guide's ranges. */
const ORIGIN_TEXT = {
  plain: 'Funciona; o servidor informa um endereço que o guia de firewall não lista',
  recommended:
    'Um servidor STUN informa como seu um endereço fora das faixas que o guia de firewall lista: o guia de onde vêm estas regras pode estar desatualizado. Peça à Librestream uma revisão mais recente do "Onsight Firewall & Proxy Configuration Guide" e adicione as novas faixas às regras do firewall.',
};

/** Keep checking (issue 20). */
const KEEP_CHECKING_TEXT = {
  toggle: 'Continuar verificando',
  hint: (seconds: number, minutes: number) =>
    `Verifica novamente a cada ${num(seconds)} s as linhas que não estão OK, por até ${num(minutes)} ${isOne(minutes) ? 'minuto' : 'minutos'}, enquanto o firewall é alterado.`,
  lastChecked: (time: string) => `Última verificação: ${time}`,
  waiting: 'Nova verificação em alguns segundos.',
  changesLabel: 'O que mudou',
  change: (time: string, line: string) => `${time} ${line}`,
  verdictLabel: 'Resultado',
  noChange: 'Nenhuma mudança ainda.',
  stoppedReady: 'O Onsight vai funcionar aqui agora: “Continuar verificando” se desligou sozinho.',
  stoppedTime: (minutes: number) =>
    `“Continuar verificando” parou depois de ${num(minutes)} ${isOne(minutes) ? 'minuto' : 'minutos'}: ligue-o de novo para continuar.`,
  stoppedBroken: '“Continuar verificando” parou: a última verificação não pôde terminar.',
} satisfies Catalogue['KEEP_CHECKING_TEXT'];

const COVERAGE_TEXT = {
  labels: {
    tested: 'Testado nesta verificação',
    inferred: 'Deduzido',
    'not-testable-here': 'Não pode ser testado deste computador',
    'not-tested': 'Não testado nesta verificação',
  },
  legendEntry: (mark: string, label: string) => `${mark} ${label}`,
  tested: 'Os testes próprios desta linha obtiveram uma resposta real ou uma falha clara.',
  inferred: {
    'same-servers': (rowIds: readonly string[]) =>
      `Os testes próprios não obtiveram resposta, o que não prova nada: servidores de mídia raramente respondem fora de uma chamada. Ela conta como aberta porque ${rowsNamed(rowIds)} para os mesmos servidores ${isOne(rowIds.length) ? 'passou' : 'passaram'}.`,
    'shown-by-rows': (rowIds: readonly string[]) =>
      `Deduzida de ${rowsNamed(rowIds)}, cujas conexões já saem de portas locais aleatórias.`,
    'phones-same-path': (_rowIds: readonly string[]) =>
      'Testada deste computador, pelo caminho que celulares e tablets da mesma rede usam; o que eles encontram é deduzido disso.',
  },
  notTestableHere: {
    'second-device':
      'Requer um segundo dispositivo Onsight: mídia enviada diretamente de um dispositivo a outro não pode ser testada de um só computador.',
    'server-policy':
      'É uma configuração de política no Onsight Platform Manager, do lado do servidor, não algo que a rede possa mostrar.',
  },
  notTested: {
    'left-out': (_rowIds: readonly string[]) => 'Esta verificação a deixou de fora.',
    'option-off': (_rowIds: readonly string[]) =>
      'A opção dela está desativada, então esta verificação não a testou.',
    'could-not-tell': (_rowIds: readonly string[]) =>
      'Esta verificação não conseguiu determinar: os testes não obtiveram resposta clara.',
    'sources-not-tested': (rowIds: readonly string[]) =>
      `É deduzida de ${rowsNamed(rowIds)}, que esta verificação não testou.`,
    'sources-failed': (rowIds: readonly string[]) =>
      `É deduzida de ${rowsNamed(rowIds)}, que não ${isOne(rowIds.length) ? 'passou' : 'passaram'} nesta verificação e, por isso, não ${isOne(rowIds.length) ? 'mostra' : 'mostram'} nada sobre ela.`,
  },
  rules: 'Regras',
  guide: (name: string, document: string, revision: string, yearMonth: string) =>
    `${name} ${document} ${revision}, ${formatMonth(LANG, yearMonth)}`,
} satisfies Catalogue['COVERAGE_TEXT'];

const DIALOG_TEXT = {
  saveTitle: 'Salvar relatório',
  openTitle: 'Abrir um relatório salvo',
  fileTypes: {
    html: 'Página web (HTML)',
    pdf: 'Documento PDF',
    text: 'Texto simples',
    json: 'JSON',
  },
} satisfies Catalogue['DIALOG_TEXT'];

const OPEN_SAVED_TEXT = {
  open: 'Comparar com um relatório salvo…',
  opening: 'Abrindo…',
  hint: 'Mostra um relatório JSON salvo antes ao lado desta verificação, com o que mudou linha por linha.',
  heading: 'Comparação com um relatório salvo',
  savedLabel: 'Relatório salvo',
  currentLabel: 'Esta verificação',
  started: (time: string) => `Verificação iniciada em ${time}`,
  close: 'Fechar a comparação',
  errors: {
    tooBig: (file: string, megabytes: number) =>
      `“${file}” tem mais de ${num(megabytes)} MB, grande demais para um relatório salvo: não foi aberto.`,
    unreadable: (file: string, code: string) => `Não foi possível ler “${file}” (${code}).`,
    notJson: (file: string, format: string) =>
      `“${file}” não é um arquivo JSON: para comparar uma verificação depois, salve o relatório dela no formato “${format}”.`,
    notResult: (file: string, format: string) =>
      `“${file}” é JSON, mas não é um relatório do Onsight Network Check: escolha um salvo no formato “${format}”.`,
  },
} satisfies Catalogue['OPEN_SAVED_TEXT'];

export const ptBR: Catalogue = {
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
