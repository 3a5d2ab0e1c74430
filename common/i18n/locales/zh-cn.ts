// Simplified Chinese catalogue (issue 19): glossary in /work/i18n-glossary/zh-cn.md.
// Neutral written Mandarin, no space between Chinese and Latin text, “” quotes, full-width
// punctuation in sentences; technical tokens, addresses and ports as in English.
import type { Catalogue } from '../catalogue';
import type { QualityFigures } from '../en';
import type { AddressState } from '../../outcomes';
import type { SkipReason } from '../../results/schema';
import {
  formatMilliseconds,
  formatMonth,
  formatNumber,
  formatPercent,
  formatSeconds,
} from '../format';

const LANG = 'zh-CN' as const;

/** A count or figure a person reads, with the language's grouping. */
const n = (value: number) => formatNumber(LANG, value);

/** "项目 2-2.1", "项目 2-2.1, 2-3.1" (Chinese has no plural). */
const rowsNamed = (rowIds: readonly string[]) => `项目 ${rowIds.join(', ')}`;

/** An option's state in a list: 开 / 关. */
const onOff = (on: boolean) => (on ? '开' : '关');

const sendToIt = '请将报告发送给IT部门';

/** X.1's label wherever it is shown: one-way figures need the far end. */
const QUALITY_LABEL = '往返时间（估算）';

const VERDICT_HEADLINES = {
  ready: 'Onsight可以在这里使用',
  'teamlink-only': 'Onsight只能通过TeamLink使用',
  inconclusive: '无法判断Onsight能否在这里使用',
  'not-ready': 'Onsight目前还不能在这里使用',
} satisfies Catalogue['VERDICT_HEADLINES'];

const ROW_STATUS_WORDS = {
  pending: '等待中',
  running: '检查中',
  pass: '通过',
  warn: '警告',
  fail: '未通过',
  unverified: '无法判断',
  skipped: '已跳过',
  info: '信息',
} satisfies Catalogue['ROW_STATUS_WORDS'];

const APP_TEXT = {
  appName: 'Onsight Network Check',
  header: {
    startingHeadline: '正在检查此网络…',
    startingReason: '正在从这台计算机逐条测试Onsight防火墙指南中的每一条规则。',
    cancelledHeadline: '检查已停止',
    cancelledReason: '检查在所有项目得出结果之前就结束了。如需结论，请按“重新运行”。',
    failedHeadline: '检查无法启动',
    progressLabel: '检查进度',
    progress: (done: number, total: number) => `已检查${n(done)}/${n(total)}个项目`,
    elapsed: (seconds: number) => `${formatNumber(LANG, seconds, 1)} s`,
    caveatsLabel: '请注意',
    helpdeskLabel: '服务台代码',
    helpdeskHint: '请将此代码读给Librestream支持人员：它包含本次检查的全部结果。',
  },
  actions: {
    runAgain: '重新运行',
    rerunFailed: '重新运行未通过的项目',
    cancel: '取消',
    onlyProblems: '只显示问题',
  },
  table: {
    resultsLabel: '结果',
    columnRow: '项目',
    columnCheck: '检查内容',
    columnStatus: '状态',
    columnResult: '结果',
    columnDetails: '详情',
    showDetails: '详情',
    detailsFor: (id: string) => `项目 ${id}的详情`,
    noProblems: '目前没有问题：所有项目均已通过或仍在检查中。',
    probesCaption: '联系了哪些目标',
    columnTarget: '目标',
    columnPort: '端口',
    columnOutcome: '结果',
    columnTime: '时间',
    columnMessage: '发生了什么',
    noProbes: '此项目没有联系任何目标。',
    probesPending: '尚无应答。',
    time: (ms: number) => `${n(Math.round(ms))} ms`,
    noTime: '—',
    viaMapping: (target: string) => `（以${target}联系）`,
    fixLabel: '解决方法',
    copy: '复制',
    copied: '已复制',
    copyFailed: '无法复制',
  },
  outcomes: {
    reply: '有应答',
    refused: '被拒绝',
    timeout: '无应答',
    reset: '被切断',
    'local-block': '被这台计算机阻止',
    unreachable: '无法到达',
    'dns-fail': '找不到名称',
    'tls-error': '安全连接失败',
    'tls-intercepted': 'SSL检查',
    'proxy-auth': '代理要求密码',
    'proxy-denied': '代理拒绝',
    'in-use': '端口被占用',
    malformed: '无法读取的应答',
    'not-implemented': '尚未检查',
    error: '内部错误',
    'not-sent': '未尝试',
  },
  options: {
    legend: '选项',
    teamlink: '此站点已启用TeamLink',
    legacy: '检查旧版服务器（表 2-3和2-4）',
    china: '检查中国的TeamLink（*.librestreamtech.cn）',
    domains: '此站点自己的域名',
    domainsHint: '指向Librestream的主机名，用逗号或空格分隔。',
    proxy: '代理',
    proxyHint: '“system”（计算机的设置）、“direct”或http://host:port',
    apply: '应用并重新检查',
    badDomain: (text: string) => `“${text}”不是主机名（例如onsight.example.com）。`,
    badProxy: '代理请写成http://host:port或https://host:port，或者填写“system”或“direct”。',
  },
  host: {
    legend: '这台计算机和网络',
    os: '系统',
    connection: '连接',
    interface: '活动接口',
    address: '地址',
    gateway: '网关',
    dns: 'DNS服务器',
    publicAddress: '公网地址（由STUN看到）',
    proxy: '代理设置',
    unknown: '未知',
    notYet: '尚不知道',
    unavailable: '无法读取',
  },
  announce: {
    verdict: (headline: string, reason: string) => `${headline}。${reason}`,
    cancelled: '检查在完成之前已停止。',
  },
} satisfies Catalogue['APP_TEXT'];

const ROW_SUMMARIES = {
  /** Why a row was left out of the run (common/plan.ts, SkipReason). */
  skipped: (skip: SkipReason): string => {
    switch (skip.why) {
      case 'left-out':
        return '未检查：本次运行未包含此项目。';
      case 'quality-off':
        return '未测量：通话质量测量已关闭（--quality-seconds 0）。';
      case 'option':
        // The person reads the Options panel's words, not the profile's key.
        return skip.option === 'customDomains'
          ? '未检查：选项中没有填写此站点自己的域名。'
          : `未检查：选项中的“${APP_TEXT.options[skip.option]}”已关闭。`;
      case 'sources-left-out':
        return `未检查：此项目测量的是应答${rowsNamed(skip.rows)}的Onsight服务器，而本次运行未包含这些项目。`;
    }
  },
  info: '无需在网络上测试：这是一条提醒。',
  notReached: '运行结束前未检查。',
  allAnswered: (count: number, first: string) => `全部${n(count)}个均有应答；${first}`,
  someAnswered: (answered: number, total: number, silent: readonly string[]): string =>
    `${n(total)}个中有${n(answered)}个应答；${ROW_SUMMARIES.noAnswerFrom(silent)}`,
  noAnswerFrom: (silent: readonly string[]) => `${silent.join(', ')}无应答`,
  manyFailed: (count: number, first: string) => `${first}（另有${n(count - 1)}个类似情况）`,
  /** A probe that left no message: its outcome in words (APP_TEXT.outcomes) and its target. */
  outcomeFrom: (outcome: string, target: string) => `${target}：${outcome}`,
} satisfies Catalogue['ROW_SUMMARIES'];

/** A CIDR block, whose addresses are probed together. */
const BLOCK_TEXT = {
  states: {
    answered: '有应答',
    silent: '无应答',
    refused: '被拒绝',
    failed: '失败',
    'not-needed': '不需要',
    'not-sent': '未发送',
    'cut-off': '因时限中断',
    cancelled: '已取消',
  },
  answeredBy: (address: string) => `${address}有应答`,
  /** The row's line for a block that answered: which of its addresses did. */
  answered: (label: string, address: string) => `${label}：${address}有应答`,
  /** "无应答 12个、被拒绝 2个": each state's count, in the order of `states`. */
  tally: (addresses: ReadonlyArray<{ state: AddressState }>): string =>
    (Object.keys(BLOCK_TEXT.states) as AddressState[])
      .map((state) => [state, addresses.filter((a) => a.state === state).length] as const)
      .filter(([, count]) => count > 0)
      .map(([state, count]) => `${BLOCK_TEXT.states[state]} ${n(count)}个`)
      .join('、'),
  /** The app's line under a block's target. */
  addressesLine: (addresses: ReadonlyArray<{ address: string; state: AddressState }>): string => {
    const answered = addresses.find((a) => a.state === 'answered');
    return answered
      ? BLOCK_TEXT.answeredBy(answered.address)
      : `${n(addresses.length)}个地址：${BLOCK_TEXT.tally(addresses)}`;
  },
  noneAnswered: (block: string, count: number, tally: string, first: string) =>
    `${block}的${n(count)}个地址均无应答（${tally}）；${first}`,
} satisfies Catalogue['BLOCK_TEXT'];

/** Which network was tested: the same words in the app and the reports. */
const NETWORK_TEXT = {
  kinds: {
    wifi: 'Wi-Fi',
    wired: '有线',
    cellular: '移动数据',
    tunnel: 'VPN或隧道',
    other: '其他（虚拟或未知）',
  },
  wifiNamed: (name: string) => `Wi-Fi“${name}”`,
  vpn: 'VPN或隧道',
  vpnNone: '未连接',
  vpnUp: (names: readonly string[], defaultRoute: boolean) =>
    `${names.join(', ')}已连接：${defaultRoute ? '检查经由它进行' : '检查未经由它进行（默认路由走其他路径）'}`,
  families: 'IP版本',
  familyWords: (ipv4: boolean, ipv6: boolean) =>
    ipv4 && ipv6
      ? 'IPv4和IPv6'
      : ipv4
        ? '仅IPv4'
        : ipv6
          ? '仅IPv6'
          : 'IPv4和IPv6都无法到达此网络之外',
} satisfies Catalogue['NETWORK_TEXT'];

/** The first screen: the verdict as an icon and a word, the next step, the code, IT. */
const SCREEN_TEXT = {
  /** The word beside the verdict's icon: never colour alone (WCAG 1.4.1). */
  verdictWords: {
    ready: '可以使用',
    'not-ready': '无法使用',
    'teamlink-only': '仅TeamLink',
    inconclusive: '无法判断',
  },
  phaseWords: { running: '检查中', cancelled: '已停止', failed: '错误' },
  skip: {
    label: '跳转链接',
    results: '跳到结果',
    problems: '跳到问题',
    report: '跳到报告',
  },
  actionsLabel: '操作',
  sideLabel: '报告、选项和这台计算机',
  sendToIt: {
    label: '发送给IT部门',
    copy: '复制变更请求',
    copied: '已复制变更请求',
    copyFailed: '无法复制变更请求',
    save: '保存报告…',
  },
  changeRequest: {
    heading: '给IT部门的变更请求',
    none: '网络无需任何变更。',
    showAll: (count: number) => `全部显示（${n(count)}条）`,
    showFewer: '收起',
    details: (count: number) => `防火墙规则详情（${n(count)}条）`,
    notes: '给IT部门的说明',
  },
  /** An optional row that failed: shown as advice, never as a red "Fail". */
  recommendedWord: '建议',
  guideLabel: '防火墙指南',
  guideRow: (id: string, title: string) => `项目 ${id}：${title}`,
  /** A finished run whose STUN probes saw no public address. */
  publicAddressNone: '未能获取（STUN无应答）',
  announce: {
    /** After the verdict: one sentence for every problem, instead of one per row. */
    problems: (titles: readonly string[]) =>
      titles.length === 0 ? '没有问题。' : `${n(titles.length)}个问题：${titles.join('。')}。`,
  },
} satisfies Catalogue['SCREEN_TEXT'];

/** A row's result in the table, in plain words, by the outcome of the attempt that decided it. */
const RESULT_WORDS = {
  pass: '正常',
  /** A row that got through in part (warn): some servers, some ports of a range. */
  partly: '仅部分正常：有些服务器或端口无法到达',
  partlyInUse: '仅部分正常：其中一些端口被其他程序占用',
  unverified: (why: string) => `无法判断：${why}`,
  outcomes: {
    reply: '有应答，但不是Onsight需要的应答',
    refused: '被阻止：连接被拒绝',
    timeout: '被阻止：没有应答',
    reset: '连接中途被切断',
    'local-block': '这台计算机的防火墙阻止了连接',
    unreachable: '从此网络无法到达',
    'dns-fail': '无法解析名称',
    'tls-error': '安全连接失败',
    'tls-intercepted': '流量在途中被解密并重新签名（SSL检查）',
    'proxy-auth': 'Web代理要求输入密码',
    'proxy-denied': '被Web代理拒绝',
    'in-use': '其他程序占用了这些端口',
    malformed: '收到的应答Onsight无法使用',
    'not-implemented': '此版本尚未检查此项',
    error: '检查本身出错',
    'not-sent': '检查结束前未尝试',
  },
  /** The extra checks (table X) by kind: the outcome of their attempts says nothing useful. */
  extra: {
    'call-quality': {
      problem: '通话可能出现卡顿：往返时间、抖动或丢包超出了良好通话的要求',
      unverified: '无法判断：本次运行未测量',
    },
    'nat-behaviour': {
      problem: '设备之间很可能无法直接传送媒体；经由Onsight服务器的通话仍可使用',
      unverified: '无法判断此网络的地址转换方式',
    },
    'sip-alg': {
      problem: '防火墙的一项功能（SIP ALG）正在改写Onsight的信令',
      unverified: '无法判断防火墙功能是否在改写Onsight的信令',
    },
    'large-datagrams': {
      problem: '较大的UDP数据包被丢弃：视频可能会卡住',
      unverified: '无法判断：本次运行未测量',
    },
  },
} satisfies Catalogue['RESULT_WORDS'];

/** "Send to IT": the change request as text for an e-mail. */
const IT_REQUEST_TEXT = {
  title: (date: string) => `Onsight Network Check：给IT部门的变更请求（${date}）`,
  details: '防火墙规则详情：',
  notes: '给IT部门的说明：',
  note: (title: string, explanation: string) => `${title}：${explanation}`,
} satisfies Catalogue['IT_REQUEST_TEXT'];

/** The helpdesk code's decoder and its read-it-out aid. */
const HELPDESK_TEXT = {
  asIn: (char: string, word: string) => `${word}的${char}`,
  dash: '短横线',
  badCharacter: (char: string, position: number) =>
    `${JSON.stringify(char)}（第${n(position)}个字符）不会出现在服务台代码中。代码只包含数字0-9和除U以外的字母A-Z。`,
  badLength: (length: number, valid: { min: number; max: number }) =>
    `代码有误：它有${n(length)}个字符，而代码应为${n(valid.min)}到${n(valid.max)}个字符（不计短横线）。请再读一遍。`,
  badCheck: '代码有误：有字符错误、遗漏、多余，或相邻两个字符顺序颠倒。请再读一遍。',
  badContent: '此代码不对应任何可能的结果。请再读一遍。',
  otherProfile: (id: string, version: string) =>
    `此代码由其他版本的检查（或本应用）生成，而不是由配置文件 ${id} ${version}生成。请用生成它的版本解码。`,
  newerVersion: '此代码由更新版本的Onsight Network Check生成。请更新本应用后再读取。',
  /** A 0.1 code (format v1): it stored the verdict but not the cause. */
  olderVersion: (verdict: string, sameVerdict: boolean) =>
    `此代码由旧版Onsight Network Check（0.1）生成，未记录原因。以下原因仅根据各项目的状态推断。${sameVerdict ? '' : `该版本的结论是“${verdict}”。`}`,
} satisfies Catalogue['HELPDESK_TEXT'];

/** " (HTTPS, SIP)" after a port, when the port carries named services. */
const servicesIn = (services: readonly string[]) =>
  services.length > 0 ? `（${services.join(', ')}）` : '';

/** The firewall change request (common/results/change-request.ts). */
const CHANGE_REQUEST_TEXT = {
  services: {
    https: 'HTTPS',
    httpRedirect: 'HTTP，仅用于重定向到HTTPS',
    sip: 'SIP',
    sipTls: 'SIP over TLS 1.2',
    stun: 'STUN',
    media: 'SRTP/SRTCP媒体',
  },
  allow: (port: string, services: readonly string[], destinations: readonly string[]) =>
    `允许出站${port}${servicesIn(services)}到${destinations.join(', ')}`,
  allowOnThisComputer: (
    port: string,
    services: readonly string[],
    destinations: readonly string[],
  ) =>
    `在这台计算机自身的防火墙上，允许出站${port}${servicesIn(services)}到${destinations.join(', ')}`,
  disableInspection: (domains: readonly string[], product: string) =>
    `在${product}上，对${domains.join(', ')}关闭SSL检查`,
  unnamedInspector: '执行检查的代理',
  unnamedProxy: 'Web代理',
  proxyAuth: (proxy: string, schemes: readonly string[], destinations: readonly string[]) =>
    `让${proxy}无需代理密码即可放行到${destinations.join(', ')}的Onsight流量（它要求的是${schemes.length > 0 ? schemes.join(', ') : '密码'}）`,
  proxyDenied: (proxy: string, status: string | undefined, destinations: readonly string[]) =>
    `将${destinations.join(', ')}加入${proxy}的允许列表${status ? `（应答：${status}）` : ''}`,
  proxyCannotReach: (proxy: string, status: string, destinations: readonly string[]) =>
    `在${proxy}后面的防火墙上，允许从${proxy}到${destinations.join(', ')}的流量（应答：${status}；代理本身无法连接）`,
  resolve: (names: readonly string[]) => `让此网络的DNS能够解析${names.join(', ')}`,
  localPorts: (range: string) =>
    `在这台计算机上为Onsight媒体空出本地UDP端口${range}，或让防火墙允许Onsight使用这些端口`,
} satisfies Catalogue['CHANGE_REQUEST_TEXT'];

/** The reports: HTML, plain text and JSON (common/reports). */
const REPORT_TEXT = {
  title: 'Onsight Network Check报告',
  scope:
    '这些结果针对的是此时此网络上的这台计算机。换一台计算机、换一个网络或换一个时间，结果可能不同。',
  labels: {
    date: '日期',
    duration: '耗时',
    app: '应用',
    profile: '配置文件',
    options: '选项',
    mappings: '目标替换',
    proxy: '代理',
    verdict: '结论',
    caveat: '注意',
    code: '服务台代码',
    spelling: '读法',
    changeRequest: '防火墙变更请求',
    checks: '检查项目',
    network: '这台计算机和网络',
    row: '项目',
    check: '检查内容',
    status: '状态',
    details: '详情',
  },
  codeHint: '请将此代码告知Librestream支持人员：它包含全部结果。',
  noCode: '此结果没有代码',
  noChanges: '无需变更：所检查的每条规则都已放行。',
  duration: (ms: number) => formatSeconds(LANG, ms),
  profile: (id: string, version: string, revision: number, hash: string) =>
    `${id} ${version}，修订版${n(revision)}（${hash}）`,
  options: (o: {
    teamlink: boolean;
    legacy: boolean;
    china: boolean;
    customDomains: readonly string[];
  }) =>
    [
      `TeamLink：${onOff(o.teamlink)}`,
      `旧版服务器：${onOff(o.legacy)}`,
      `中国：${onOff(o.china)}`,
      o.customDomains.length > 0 ? `自有域名：${o.customDomains.join(', ')}` : '无自有域名',
    ].join('，'),
  mapping: (from: string, to: string) => `${from}以${to}检查`,
  /** `worked` is the engine's entry: "DIRECT", or the proxy's URL (credentials never kept). */
  proxy: (source: string, worked: string | null) =>
    `${source}${
      worked === null
        ? ''
        : worked === 'DIRECT'
          ? '（不经代理，直接连接互联网）'
          : `（经由代理${worked
              .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
              .replace(/^[^@/]*@/, '')
              .replace(/\/$/, '')}连接互联网）`
    }`,
  network: {
    os: '操作系统',
    hostname: '计算机名',
    user: '用户名',
    interfaces: '网络接口',
    gateway: '默认网关',
    dns: 'DNS服务器',
    publicAddress: '公网地址',
    none: '无',
    unknown: '未知',
    defaultRoute: '默认路由',
  },
  detailsLeftOut: '此报告不包含计算机名、用户名和本地地址。',
  noHost: '未收集计算机和网络的详细信息。',
} satisfies Catalogue['REPORT_TEXT'];

/** The short summary "Copy summary" puts on the clipboard, for chat and e-mail. */
const SUMMARY_TEXT = {
  title: (date: string) => `Onsight Network Check（${date}）`,
  code: (code: string) => `服务台代码：${code}`,
  problems: '问题：',
  noProblems: '没有问题：所检查的每个项目都已通过。',
  problem: (id: string, statusWord: string, summary: string) =>
    summary ? `${id} ${statusWord}：${summary}` : `${id} ${statusWord}`,
  changeRequest: '防火墙变更请求：',
} satisfies Catalogue['SUMMARY_TEXT'];

/** The command line's own words (main/cli): its footer and what it says it did. */
const CLI_TEXT = {
  /** `--help`: the command lines, flags and exit codes stay as they are. */
  usage: `用法:
  onsight-netcheck run  [selection] [--proxy URL|direct|system] [--pac URL|FILE]
                        [--ca FILE]... [--reflector TARGET]... [--timeout-ms N]
                        [--deadline-ms N] [--concurrency N]
                        [--quality-seconds N] [--json] [--width N]
                        [--report FILE.html|.json|.txt] [--english-copy on|off]
                        [--include-computer-details] [--lang LANGUAGE]
  onsight-netcheck watch [selection] [--every DURATION] [--for DURATION]
                        [run的选项，--json和--report除外]
  onsight-netcheck plan [selection] --json
  onsight-netcheck decode CODE [--profile FILE] [--json] [--width N]
                        [--lang LANGUAGE]
  onsight-netcheck diff BEFORE AFTER [--profile FILE] [--json] [--width N]
                        [--lang LANGUAGE]
  onsight-netcheck --version | --help
selection（选择检查范围）:
  --profile FILE  --option teamlink=on|off,legacy,china  --custom-domain HOST...
  --only ROW,...  --map FROM=TO...  --override FILE
--width N: 按N列换行（默认：终端宽度，或80）。
--quality-seconds N: 项目 X.1通话质量测量的秒数（默认：3；0为关闭）。
--every DURATION: watch重新检查未通过项目的间隔
  （默认：10s，不短于--timeout-ms）。
--for DURATION: watch的最长时间（默认：30m）。DURATION: 10s、2m、1h。
  watch在可以使用时以0退出，否则以与run相同的代码退出。
--lang LANGUAGE: en、fr、de、es、pt-BR、zh-CN、ja
  （默认：LC_ALL、LC_MESSAGES、LANG）。
--english-copy on|off: 在报告下方附上英文版
  （默认：非英语时为on）。
run的退出代码（0.1之后有变化；在0.1中，除ready外的所有结论都是1）:
  0 可以使用         1 无法使用         4 仅TeamLink       5 无法判断
  2 用法、配置文件、文件或代码有误
  3 内部错误         130 已中断
plan、decode、diff、--help和--version的退出代码为0，或如上所述的2或3。`,
  /** What `--version` prints after the tool's name and version. */
  version: (profile: string, version: string, revision: number, hash: string) =>
    `（配置文件 ${profile} ${version} r${revision}，${hash}）`,
  /** A command that is written wrongly or asks for what cannot be (exit code 2). */
  errors: {
    wholeNumber: (flag: string, value: string, min: number, max: number) =>
      `--${flag} ${JSON.stringify(value)}：应为${min}到${max}之间的整数`,
    optionValue: (item: string) => `--option ${item}：值必须是on或off`,
    onOff: (flag: string, value: string) => `--${flag} ${JSON.stringify(value)}：值必须是on或off`,
    unknownOption: (item: string, name: string, known: readonly string[]) =>
      `--option ${item}：未知选项“${name}”（可用选项：${known.join(', ')}）`,
    /** `why`: the file's own problem (JSON's message, the first field that is wrong). */
    override: (file: string, why: string) => `--override ${file}：${why}`,
    noCommand: '请指定命令：run、watch、plan、decode或diff',
    decodeOneCode: 'decode只接受一个CODE',
    unknownCommand: (name: string) =>
      `未知命令“${name}”（可用命令：run、watch、plan、decode、diff）`,
    unexpectedArgument: (text: string) => `意外的参数“${text}”`,
    runOnly: (flag: string) => `--${flag}是run的选项，不能用于plan`,
    customDomain: (why: string) => `--custom-domain：${why}`,
    reflector: (text: string) =>
      `--reflector ${JSON.stringify(text)}：既不是主机名，也不是地址或CIDR地址块`,
    onlyEmpty: '--only至少需要一个项目ID（例如--only 2-2.3）',
    unknownRow: (row: string, profile: string, rows: readonly string[]) =>
      `--only：配置文件 ${profile}中没有项目 ${row}（项目：${rows.join(', ')}）`,
    pacWithProxy: (proxy: string) => `--pac和--proxy ${proxy}不能同时使用：请只指定一种代理设置`,
    pacEmpty: '--pac需要一个URL或文件',
    caUnreadable: (file: string, code: string) => `--ca ${file}：无法读取（${code}）`,
    caNotPem: (file: string) => `--ca ${file}：不是PEM格式的证书`,
    planJsonOnly: 'plan只输出JSON：请加上--json',
    reportFormat: (file: string, pdf: boolean) =>
      `--report ${file}：${pdf ? 'PDF报告请从桌面应用保存' : '未知格式'}；请使用.html、.json或.txt`,
    reportUnwritable: (file: string, code: string) => `--report ${file}：无法写入（${code}）`,
    decode: (code: string, why: string) => `decode ${JSON.stringify(code)}：${why}`,
    internal: (message: string) => `内部错误：${message}`,
  },
  reportWritten: (file: string) => `报告已写入：${file}`,
  /** The tested network under the verdict (common/results/tested-network.ts). */
  network: '所测试的网络',
  noDefaultRoute: '无默认路由',
  decodeHeading: (code: string, profile: string, version: string, revision: number) =>
    `服务台代码 ${code}（配置文件 ${profile} ${version} r${revision}）`,
  decodeOptions: (o: { teamlink: boolean; legacy: boolean; china: boolean; custom: boolean }) =>
    `选项：TeamLink ${onOff(o.teamlink)}，旧版服务器 ${onOff(o.legacy)}，中国 ${onOff(o.china)}，自有域名 ${o.custom ? '有' : '无'}`,
} satisfies Catalogue['CLI_TEXT'];

/** The app's helpdesk tools: read-it-out, save, decode and the change request. */
const APP_HELPDESK_TEXT = {
  readOut: {
    show: '逐字读出',
    hide: '隐藏读法',
    label: '代码（逐个字符）',
  },
  save: {
    legend: '报告',
    format: '格式',
    formats: {
      html: '网页（HTML）',
      pdf: 'PDF',
      text: '纯文本（电子邮件、聊天）',
      json: 'JSON（供工具使用）',
    },
    includeDetails: '包含计算机详细信息',
    englishCopy: '附加英文版',
    englishCopyHint: '供Librestream支持人员和国外的IT团队使用：整份报告再附一份英文版。',
    withDetails: '包含这台计算机的名称、用户名和本地地址。',
    withoutDetails: '不包含这台计算机的名称、用户名和本地地址。',
    save: '保存报告…',
    saving: '正在保存…',
    saved: (path: string) => `已保存到${path}`,
    notSaved: '未保存。',
    failed: (message: string) => `报告未能保存：${message}`,
    noResult: '检查完成后即可保存报告。',
    copySummary: '复制摘要',
    summaryCopied: '已复制摘要',
    summaryCopyFailed: '无法复制摘要',
  },
  changeRequest: {
    heading: '防火墙变更请求详情',
    intro: '供IT团队使用：需要添加的每条规则，按目标和端口合并（以这台计算机所见为准）。',
    copyLabel: '防火墙变更请求的所有行',
  },
  decode: {
    heading: '输入服务台代码',
    label: '服务台代码',
    hint: '按对方读出的内容输入字母和数字，短横线可省略。O视为0，I和L视为1。',
    submit: '显示结果',
    errors: {
      length: '长度不对',
      character: '含有代码中不会使用的字符',
      check: '校验未通过',
      profile: '由其他配置文件版本生成',
      newer: '由更新的版本生成',
    },
    resultFor: (code: string) => `代码 ${code}的结果`,
    profile: (id: string, version: string) => `配置文件 ${id} ${version}`,
    options: (o: { teamlink: boolean; legacy: boolean; china: boolean; customDomains: boolean }) =>
      [
        `TeamLink：${onOff(o.teamlink)}`,
        `旧版服务器：${onOff(o.legacy)}`,
        `中国：${onOff(o.china)}`,
        o.customDomains ? '已检查自有域名' : '无自有域名',
      ].join('，'),
  },
} satisfies Catalogue['APP_HELPDESK_TEXT'];

/** The proxy sign-in dialog: a proxy asked for a password the check did not have. */
const PROXY_SIGN_IN_TEXT = {
  heading: '登录Web代理',
  intro: (address: string) => `Web代理${address}要求先输入用户名和密码，才会放行检查的流量。`,
  schemes: (schemes: readonly string[]) =>
    schemes.length > 0 ? `它支持的登录方式：${schemes.join(', ')}。` : '它没有说明登录方式。',
  refused: '用户名或密码未被接受。请核对后重试。',
  username: '用户名',
  password: '密码',
  privacy: '仅用于此窗口中的检查，直到关闭本应用为止。不会被保存，也不会写入报告或日志。',
  submit: '登录并重新检查',
  cancel: '取消',
  open: '登录Web代理…',
  needUsername: '请输入用户名。',
} satisfies Catalogue['PROXY_SIGN_IN_TEXT'];

/** Helpdesk mode: the agent's view of a caller's code, apart from this computer's check. */
const HELPDESK_MODE_TEXT = {
  open: '服务台：输入对方的代码',
  entryLabel: '服务台',
  back: '返回这台计算机的检查',
  intro: '这是根据对方读出的代码还原的结果。打开此视图时，不显示这台计算机自己的检查结果。',
  problemsHeading: '问题',
  noProblems: '没有项目存在问题。',
  showAll: '显示所有项目',
  hideAll: '只显示问题',
} satisfies Catalogue['HELPDESK_MODE_TEXT'];

/** The diagnosis: the one story every face tells (common/diagnosis). */
const DIAGNOSIS_TEXT = {
  labels: {
    caveat: '注意',
    onSite: '现在要做的事',
    helpdesk: '给服务台',
    it: '给IT部门',
    mustFix: '必须修复',
    recommended: '建议',
    details: '防火墙变更请求详情',
  },
  customDomains: '此站点自己的域名',
  partialReady: '所检查的每个项目都已放行；未包含的项目没有检查。',
  nothingChecked: '没有检查任何决定结论的项目：请增加项目，或运行完整检查。',
  causes: {
    none: () => ({
      headline: 'Onsight可以在这里使用',
      reason: () => 'Onsight防火墙指南中的每条必需规则在此网络上都已放行。',
      steps: {
        onSite: '无需任何操作：可以在此网络上使用Onsight Connect。',
        helpdesk: '网络已满足Onsight的要求。如果通话仍然失败，原因不在防火墙。',
        it: '无需变更。',
      },
    }),
    'no-network': () => ({
      headline: '这台计算机没有连接网络',
      reason: () =>
        '这台计算机无法与外部通信：没有网络连接，或没有通往互联网的路由。目前还无法了解防火墙的情况。',
      steps: {
        onSite: '请连接Wi-Fi或插上网线，然后重新运行检查。',
        helpdesk: '请对方将计算机连接到网络（Wi-Fi或网线），然后重新运行检查。',
        it: '在这台计算机连上网络之前，无法判断是否需要变更防火墙。',
      },
    }),
    dns: () => ({
      headline: '此网络无法解析Onsight服务器的名称',
      reason: () =>
        '网络已连接，但无法解析onsight.librestream.com等名称，因此Onsight找不到它的服务器。',
      steps: {
        onSite: '如果连接了VPN，请断开后重新运行检查；否则请将报告发送给IT部门。',
        helpdesk:
          '请询问对方计算机是否连接了VPN或访客网络。如果没有，则需要让站点的DNS能够解析Librestream的名称。请索取报告并转交给对方的IT部门。',
        it: '让此网络分配的DNS服务器能够解析“必须修复”中列出的名称。',
      },
    }),
    'ipv6-only': () => ({
      headline: '这是仅IPv6的网络',
      reason: () =>
        '名称只解析为IPv6地址（网络通过NAT64/DNS64进行转换），但没有IPv4路由。防火墙指南以IPv4地址列出的Onsight通话服务器，从这台计算机无法到达。DNS正常，这些服务器也不缺少任何防火墙规则。',
      steps: {
        onSite:
          '请连接同时支持IPv4的网络（大多数办公室和家庭网络都支持）或手机热点，然后重新运行检查。请将报告发送给IT部门。',
        helpdesk:
          '对方的网络仅支持IPv6，而Onsight的通话服务器使用IPv4地址。请对方的IT部门在此网络上提供IPv4（双栈），或提供464XLAT，让这台计算机可以转换地址。',
        it: '在此网络上提供IPv4（双栈），或提供464XLAT（PLAT及客户端上的CLAT），让客户端能够到达指南中的IPv4地址（表 2-2至2-4）。按主机名列出的项目或已通过，或在下方各有规则。',
      },
    }),
    'captive-portal': () => ({
      headline: '此网络需要先登录',
      reason: () =>
        '与酒店或访客Wi-Fi一样，网络返回了它自己的登录页面。登录之前，无法了解防火墙的任何情况。',
      steps: {
        onSite: '请打开Web浏览器登录Wi-Fi，然后重新运行检查。',
        helpdesk: '请对方打开Web浏览器登录Wi-Fi，然后重新运行检查。',
        it: '在这台计算机登录网络之前，没有需要变更的内容。',
      },
    }),
    'proxy-sign-in': () => ({
      headline: '无法判断：Web代理要求输入密码',
      reason: () => '此网络的Web代理要求输入用户名和密码，因此无法检查Onsight的安全连接。',
      steps: {
        onSite: '如果有Web代理的用户名和密码，请登录后重新检查；否则请将报告发送给IT部门。',
        helpdesk:
          'Onsight有时可以用Windows帐户登录代理。为确保可用，请对方的IT部门让代理无需密码即可放行到Librestream的流量。',
        it: '让Web代理无需代理密码即可放行到“必须修复”中所列名称的流量。',
      },
    }),
    'proxy-denied': () => ({
      headline: 'Web代理阻止了Onsight',
      reason: () => '此网络的Web代理拒绝了到Librestream服务器的连接。',
      steps: {
        onSite: `${sendToIt}：需要在代理上允许Librestream。`,
        helpdesk: '站点的Web代理阻止了Librestream。请索取报告并转交给对方的IT部门。',
        it: '将“必须修复”中所列名称加入Web代理的允许列表。',
      },
    }),
    'ssl-inspection': (_verdict: string, product: string | undefined) => ({
      headline: '此网络的SSL检查阻碍了Onsight',
      reason: () =>
        `与Librestream的安全连接在途中被${product ? `${product}` : ''}解密并重新签名。为保护通话的机密性，Onsight会拒绝这样的连接。`,
      steps: {
        onSite: `${sendToIt}：需要将Librestream排除在SSL检查之外。`,
        helpdesk: `站点${product ? `用${product}` : ''}检查加密流量。对方的IT部门需要将*.librestream.com排除在SSL检查之外。`,
        it: `${product ? `在${product}上，` : ''}对“必须修复”中所列域名关闭SSL检查（HTTPS解密）。`,
      },
    }),
    clock: () => ({
      headline: '这台计算机的时钟可能不准',
      reason: () => '按这台计算机的时钟，Librestream的证书不在有效期内，因此安全连接失败。',
      steps: {
        onSite: '请检查并更正这台计算机的日期、时间和时区，然后重新运行检查。',
        helpdesk: '请对方检查计算机的日期、时间和时区，然后重新运行检查。',
        it: '将这台计算机设置为与时间服务器同步时间。',
      },
    }),
    'web-blocked': () => ({
      headline: '在此网络上Onsight无法到达它的服务器',
      reason: (rows: readonly string[]) =>
        `Onsight所需的安全Web流量（HTTPS）无法通过（${rowsNamed(rows)}），因此Onsight无法登录。`,
      steps: {
        onSite: `${sendToIt}：需要在防火墙上允许Onsight的流量。`,
        helpdesk:
          '站点的防火墙阻止了Onsight登录。请索取报告并转交给对方的IT部门；所需规则列在“必须修复”中。',
        it: '添加“必须修复”中列出的规则。',
      },
    }),
    'local-firewall': (verdict: string) => ({
      headline:
        verdict === 'teamlink-only'
          ? 'Onsight在这里只能通过TeamLink使用'
          : '这台计算机的防火墙阻止了Onsight',
      reason: (rows: readonly string[]) =>
        verdict === 'teamlink-only'
          ? `这台计算机的防火墙或安全软件阻止了直接通话（${rowsNamed(rows)}），因此Onsight会通过TeamLink经由HTTPS进行通话，通话质量会降低。`
          : `这台计算机的防火墙或安全软件阻止了Onsight（${rowsNamed(rows)}）。`,
      steps: {
        onSite: '请IT部门在这台计算机的防火墙或安全软件中允许Onsight。',
        helpdesk:
          '阻止Onsight的不是站点网络，而是这台计算机自身的防火墙或安全软件。请对方的IT部门在这台计算机上允许Onsight。',
        it: '在这台计算机的防火墙或安全软件中允许Onsight，并添加“必须修复”中列出的规则。',
      },
    }),
    'direct-blocked': (verdict: string) =>
      verdict === 'teamlink-only'
        ? {
            headline: 'Onsight在这里只能通过TeamLink使用',
            reason: (rows: readonly string[]) =>
              `直接通话被阻止（${rowsNamed(rows)}），因此Onsight会通过TeamLink经由HTTPS进行通话，通话质量会降低。`,
            steps: {
              onSite: `现在就可以使用Onsight。如需提高通话质量，${sendToIt}。`,
              helpdesk:
                '可以通过TeamLink通话，但质量会降低。要直接通话，对方的IT部门需要添加“必须修复”中列出的规则。',
              it: '添加“必须修复”中列出的规则，让通话可以直接连接。',
            },
          }
        : {
            headline: '在此网络上Onsight通话无法接通',
            reason: (rows: readonly string[]) =>
              `直接通话被阻止（${rowsNamed(rows)}），而此站点的TeamLink已关闭。`,
            steps: {
              onSite: `${sendToIt}。`,
              helpdesk:
                '通话无法接通。需要站点的IT部门添加“必须修复”中列出的规则，或由Onsight管理员开启TeamLink。',
              it: '添加“必须修复”中列出的规则，或在Onsight Platform Manager中开启TeamLink。',
            },
          },
    'local-ports-taken': (verdict: string) =>
      verdict === 'ready'
        ? {
            headline: 'Onsight可以在这里使用，但部分本地端口被占用',
            reason: () =>
              '这台计算机上的其他程序占用了UDP端口6000-6200中的一部分；Onsight会改用更高的端口。',
            steps: {
              onSite: '现在就可以使用Onsight。',
              helpdesk: '可以通话。其他程序占用了Onsight优先使用的部分端口。',
              it: '没有必须处理的事项；请参阅“建议”。',
            },
          }
        : {
            headline: '这台计算机目前还不能进行Onsight通话',
            reason: () =>
              'Onsight用于通话媒体的本地UDP端口6000-6200全部被这台计算机上的其他程序占用。',
            steps: {
              onSite: '请关闭其他通话或视频应用，然后重新运行检查。',
              helpdesk: '请对方关闭其他通话或视频应用，然后重新运行检查。',
              it: '在这台计算机上空出本地UDP端口6000-6200（见“必须修复”）。',
            },
          },
    unverified: () => ({
      headline: '无法判断Onsight能否在这里使用',
      reason: (rows: readonly string[]) => `决定结论的${rowsNamed(rows)}没有得到可用于判断的应答。`,
      steps: {
        onSite: '请重新运行检查。如果结果相同，请将报告发送给IT部门。',
        helpdesk: '请对方重新运行检查。如果仍无法判断，请索取报告。',
        it: '请在报告中查看无法判断的项目。',
      },
    }),
    'media-partly-blocked': () => ({
      headline: 'Onsight可以在这里使用，但部分通话媒体可能被阻止',
      reason: () =>
        '通话可以接通，但媒体端口范围（UDP 15000-65000）的一部分无法到达部分Onsight服务器。视频可能会卡住或画质下降。',
      steps: {
        onSite: `现在就可以使用Onsight。为放行其余部分，${sendToIt}。`,
        helpdesk: '可以通话，但缺少部分媒体规则。请索取报告并转交给对方的IT部门。',
        it: '添加“建议”中列出的规则。',
      },
    }),
    'partly-blocked': () => ({
      headline: 'Onsight可以在这里使用，但部分服务器无法到达',
      reason: () =>
        '每项必需检查都至少到达了一台Onsight服务器，但有些服务器没有应答。如果Onsight切换到这些服务器，通话可能会失败。',
      steps: {
        onSite: `现在就可以使用Onsight。为放行其余部分，${sendToIt}。`,
        helpdesk: '可以通话，但部分Onsight服务器被阻止。请索取报告并转交给对方的IT部门。',
        it: '添加“建议”中列出的规则。',
      },
    }),
    'push-blocked': () => ({
      headline: 'Onsight可以在这里使用，但手机和平板可能收不到通知',
      reason: () =>
        '这台计算机可以到达Onsight，但此网络阻止了Apple和Google的推送通知，因此这里的手机和平板可能不会响铃提示来电。',
      steps: {
        onSite: '在这台计算机上，现在就可以使用Onsight。',
        helpdesk:
          '计算机上可以通话。此网络上的手机和平板可能收不到通知；对方的IT部门可以放行“建议”中列出的规则。',
        it: '为此网络上的手机和平板添加“建议”中列出的规则。',
      },
    }),
    'optional-blocked': () => ({
      headline: 'Onsight可以在这里使用，但缺少建议的规则',
      reason: () => '所有必需规则都已放行，但指南建议的一些规则没有放行。',
      steps: {
        onSite: '现在就可以使用Onsight。',
        helpdesk: '可以通话。对方的IT部门可以添加“建议”中列出的规则。',
        it: '添加“建议”中列出的规则。',
      },
    }),
  },
  lines: {
    row: (remediation: string, id: string) => `${remediation.replace(/[.。]$/, '')}（项目 ${id}）`,
    dns: (names: readonly string[], ids: readonly string[]) =>
      `让此网络的DNS能够解析${names.join(', ')}（${rowsNamed(ids)}）`,
    inspection: (domains: readonly string[], product: string | undefined, ids: readonly string[]) =>
      `${product ? `在${product}上，` : ''}对${domains.join(', ')}关闭SSL检查（${rowsNamed(ids)}）`,
    clock: (ids: readonly string[]) => `正确设置这台计算机的日期、时间和时区（${rowsNamed(ids)}）`,
    proxyDenied: (names: readonly string[], ids: readonly string[]) =>
      `允许Web代理连接${names.join(', ')}（${rowsNamed(ids)}）`,
    proxySignIn: (names: readonly string[], ids: readonly string[]) =>
      `让Web代理无需代理密码即可放行到${names.join(', ')}的Onsight流量（${rowsNamed(ids)}）`,
    localFirewall: (ids: readonly string[]) =>
      `在这台计算机自身的防火墙或安全软件中允许Onsight（${rowsNamed(ids)}）`,
    https: (names: readonly string[], ids: readonly string[]) =>
      `在防火墙和所有Web代理上，允许出站HTTPS（TCP 443）到${names.join(', ')}（${rowsNamed(ids)}）`,
  },
  caveats: {
    mediaUnconfirmed: '到媒体服务器的UDP通信可行；15000-65000范围只能在通话中确认。',
    partial: '只检查了部分项目：此结果只适用于这些项目。',
    ipv6Only:
      '仅IPv6网络：如果操作系统自带转换功能（CLAT），可能可以到达指南中的IPv4地址（表 2-2中的/28范围，表 2-3和2-4中的主机），但这台计算机没有该功能。',
    /** `title` is the row's plain title (ROW_WORDS), a statement. */
    partly: (title: string, id: string) =>
      `仅部分正常：${title}（项目 ${id}）。部分Onsight服务器没有应答。`,
    localPortsTaken: (id: string) =>
      `本地UDP端口6000-6200中有一部分被占用；Onsight会改用更高的端口（项目 ${id}）。`,
    push: (title: string, id: string) =>
      `未满足：${title}（项目 ${id}）。此网络上的手机和平板可能会错过来电。`,
    optional: (title: string, id: string) =>
      `建议（非必需）：${title}（项目 ${id}）。没有它Onsight也能工作。`,
    /** The extra checks (table X), by kind: what a problem they found means for a call. */
    extra: {
      'call-quality': (id: string) =>
        `这里的通话可能会卡顿：与Onsight服务器之间的往返时间、其抖动或丢包超出了良好通话的要求（项目 ${id}）。`,
      'nat-behaviour': (id: string) =>
        `这里的设备之间很可能无法直接传送媒体：此网络的地址转换为每台服务器分配不同的公网端口（项目 ${id}）。经由Onsight服务器的通话仍可使用。`,
      // X.3's and X.4's own findings (SIP_ALG_TEXT.found, LARGE_DATAGRAM_TEXT.dropped).
      'sip-alg': (id: string) =>
        `防火墙中解析SIP的功能（SIP ALG）正在改写Onsight的信令：请IT部门在TCP 5060上关闭该功能（项目 ${id}）。`,
      'large-datagrams': (id: string) =>
        `视频可能会卡住：此网络丢弃较大的UDP数据包（项目 ${id}）。`,
    },
  },
} satisfies Catalogue['DIAGNOSIS_TEXT'];

/** The app shell's own sentences: a run that broke, the log. */
const SHELL_TEXT = {
  runFailedHeadline: '检查中途停止',
  runFailedReason: (message: string) =>
    `应用内部出现问题（${message}）。下面是已完成的项目；如需重试，请按“重新运行”。`,
  /** A row the run never reached, once the run has broken. */
  notChecked: '未检查：在此项目得出结果之前，检查已停止。',
  announceFailed: '检查中途停止。',
} satisfies Catalogue['SHELL_TEXT'];

/** `watch` (issue 20). */
const WATCH_TEXT = {
  starting: (every: string, limit: string) =>
    `每${every}重新检查一次，直到可以使用（最长${limit}）；按Ctrl+C停止。`,
  verdict: '结论',
  stopped: (limit: string) => `已在${limit}后停止；最后的结论见上方。`,
  errors: {
    watchOnly: (flag: string) => `--${flag}是watch的选项`,
    notInWatch: (flag: string) => `--${flag}是run的选项，不能用于watch`,
    json: 'watch输出供人阅读的行，不输出JSON：脚本可以自行调用run --json',
    duration: (flag: string, text: string, max: string) =>
      `--${flag} ${JSON.stringify(text)}：应为1s到${max}之间的时长，例如10s、2m或1h`,
    everyBelowTimeout: (every: string, timeoutMs: number, floor: string) =>
      `--every ${every}：短于一次尝试的超时（--timeout-ms ${timeoutMs}）；请至少指定${floor}`,
  },
} satisfies Catalogue['WATCH_TEXT'];

/** The app's face of the extra checks: X.1's chart, the longer test, the header. */
const EXTRA_SCREEN_TEXT = {
  qualityLabel: QUALITY_LABEL,
  /** The chart's caption: what was measured, and against which server. */
  chartCaption: (server: string) => `${QUALITY_LABEL}：${server}`,
  /** The top of the chart's scale. */
  scale: (ms: number) => `${n(ms)} ms`,
  /** The chart's text alternative, and the figures beside it: every figure in words. */
  figures: (q: QualityFigures) => {
    const sofar = q.live ? `进行中（已发送${n(q.sent)}/${n(q.expected)}个数据包）：` : '';
    if (q.rttMedianMs === null) return `${sofar}${n(q.sent)}个数据包均无应答`;
    return [
      `${sofar}中位数 ${formatMilliseconds(LANG, q.rttMedianMs)}`,
      ...(q.rttP95Ms === null ? [] : [`第95百分位 ${formatMilliseconds(LANG, q.rttP95Ms)}`]),
      ...(q.jitterMs === null ? [] : [`抖动 ${formatMilliseconds(LANG, q.jitterMs)}`]),
      q.live
        ? `丢失${n(q.lost)}个`
        : `${n(q.sent)}个数据包中丢失${n(q.lost)}个（${formatPercent(LANG, q.lossPct)}）`,
      ...(q.reordered > 0 ? [`乱序${n(q.reordered)}个`] : []),
      ...(q.mos === null ? [] : [`估算MOS ${formatNumber(LANG, q.mos, 1)}（满分5）`]),
    ].join('，');
  },
  /** The first screen while table X still runs: the verdict stands, the code comes at the end. */
  extrasRunning: '结论已确定。附加检查（指南之外）仍在运行；完成后会显示服务台代码和报告。',
  longerTest: '更长时间地测试通话质量（30秒而不是3秒）',
  longerTestHint: '项目 X.1像通话一样，每20 ms发送一个小数据包，持续30秒。',
} satisfies Catalogue['EXTRA_SCREEN_TEXT'];

const RANGES =
  '52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28';
const OLDER_SIP = '54.213.166.17（sip.librestream.com）';
const olderExplanation = '较早的Onsight站点使用位于美国的一台通话服务器；开启TeamLink时需要。';

// What each row of the firewall guide is, in words a person on site understands, keyed by the
// guide's row id: `title` a statement, `explanation` one sentence, `fix` the rule for IT.
const ROW_WORDS = {
  '2-1.1': {
    title: 'Onsight可以登录并加载设置',
    explanation: 'Onsight会安全地连接Librestream，用于登录和通过TeamLink进行的通话。',
    fix: '在防火墙和所有Web代理上，允许出站HTTPS（TCP 443）到*.librestream.com。',
  },
  '2-1.2': {
    title: '与Librestream的通信不会在途中被解密',
    explanation:
      'Onsight会确认通信对方确实是Librestream。如果途中有设备解密并重新签名流量，连接就会失败。',
    fix: '在代理或防火墙上，对*.librestream.com关闭SSL检查（HTTPS解密）。',
  },
  '2-1.3': {
    title: '可以到达位于中国的Librestream服务器',
    explanation: '在中国使用TeamLink的站点，会经由位于中国的Librestream服务器。',
    fix: '在所有代理上，允许出站HTTPS（TCP 443）到*.librestreamtech.cn，并关闭SSL检查。',
  },
  '2-1.4': {
    title: '组织自己的Onsight网址可以使用',
    explanation: '指向Onsight的自有网址也必须能够到达。',
    fix: '将指向Librestream的自有域名加入代理的HTTPS（TCP 443）允许列表，并关闭SSL检查。',
  },
  '2-0.1': {
    title: 'Onsight Platform Manager：Onsight如何找到通话服务器',
    explanation:
      '这是Onsight Platform Manager中的设置（SIP Detection Method“SIP Server Full”），本检查无法在网络上确认。',
    fix: '在Onsight Platform Manager中，将所有客户端的客户端策略“SIP Detection Method”设为“SIP Server Full”。',
  },
  '2-2.1': {
    title: '通话可以找到直接穿过此网络的路径',
    explanation:
      'Onsight会了解通话服务器看到的此网络是什么样子，以便让通话直接连接。开启TeamLink时需要。',
    fix: `允许出站UDP 3478（STUN）到${RANGES}。`,
  },
  '2-2.2': {
    title: '可以建立通话',
    explanation: 'Onsight通过通话服务器建立每一通通话。',
    fix: `允许出站TCP 5060（SIP）到${RANGES}。`,
  },
  '2-2.3': {
    title: '可以安全地建立通话',
    explanation: 'Onsight通过与通话服务器之间的加密连接建立通话。',
    fix: `允许出站TCP 5061（SIP over TLS 1.2）到${RANGES}，不做SSL检查。`,
  },
  '2-2.4': {
    title: '通话的声音和视频可以送达',
    explanation: '通话的声音、视频和共享数据经由Onsight的媒体服务器传送。',
    fix: `允许出站UDP 15000-65000（(S)RTP、(S)RTCP、STUN）到${RANGES}。`,
  },
  '2-2.5': {
    title: '指向通话服务器的网页链接会被重定向',
    explanation: '仅用于将Web浏览器转到安全地址。',
    fix: `可选：允许出站TCP 80（HTTP，仅重定向）到${RANGES}。`,
  },
  '2-2.6': {
    title: '通话服务器在Web端口上安全地应答',
    explanation: '通话服务也会应答安全的Web流量。',
    fix: `允许出站TCP 443（HTTPS）到${RANGES}。`,
  },
  '2-3.1': {
    title: '旧版通话服务器：通话的直接路径（1/3）',
    explanation: olderExplanation,
    fix: `允许出站UDP 3478（STUN）到${OLDER_SIP}。`,
  },
  '2-3.2': {
    title: '旧版通话服务器：通话的直接路径（2/3）',
    explanation: olderExplanation,
    fix: `允许出站UDP 58024（STUN）到${OLDER_SIP}。`,
  },
  '2-3.3': {
    title: '旧版通话服务器：通话的直接路径（3/3）',
    explanation: olderExplanation,
    fix: `允许出站UDP 58523（STUN）到${OLDER_SIP}。`,
  },
  '2-3.4': {
    title: '旧版通话服务器：可以建立通话',
    explanation: '较早的Onsight站点通过位于美国的一台通话服务器建立通话。',
    fix: `允许出站TCP 5060（SIP）到${OLDER_SIP}。`,
  },
  '2-3.5': {
    title: '旧版通话服务器：可以安全地建立通话',
    explanation: '较早的Onsight站点通过加密连接建立通话。',
    fix: `允许出站TCP 5061（SIP over TLS 1.2）到${OLDER_SIP}，不做SSL检查。`,
  },
  '2-4.1': {
    title: '旧版媒体服务器：通话的声音和视频可以送达',
    explanation: '较早的Onsight站点将通话的声音和视频发送到位于美国的6台媒体服务器。',
    fix: '允许出站UDP 15000-65000（SRTP、SRTCP）到54.200.152.202, 54.201.34.23, 54.213.38.103, 54.218.75.97, 54.213.75.101, 54.200.248.252。',
  },
  '3-1.1': {
    title: '这台计算机有空闲端口用于通话的声音和视频',
    explanation: 'Onsight从这台计算机上一段固定范围的端口发送通话媒体。',
    fix: '停止或重新配置这台计算机上占用UDP端口6000-6200的程序，或允许Onsight从更高的本地端口发送媒体。',
  },
  '3-1.2': {
    title: '通话和登录流量可以从这台计算机的任意端口发出',
    explanation: '无需测试：登录和建立通话的项目已经说明了这一点。',
    fix: '不要限制出站SIP和HTTPS的本地（源）端口。',
  },
  '3-1.3': {
    title: '设备之间可以直接互相发送通话媒体',
    explanation: '在允许的情况下，通话中的两台设备会直接交换媒体。确认需要第二台设备。',
    fix: '如果允许客户端之间直接传送媒体，请允许Onsight设备之间的UDP 6000-6199。',
  },
  '4.1': {
    title: '这里的iPhone和iPad可以收到通话通知',
    explanation: '此网络上的Apple设备通过Apple的推送服务获知来电。',
    fix: '允许出站TCP 5223、2197、443到17.0.0.0/8（Apple Push Notification service）。',
  },
  '4.2': {
    title: '这里的Android手机和平板可以收到通话通知',
    explanation: '此网络上的Android设备通过Google的推送服务获知来电。',
    fix: '允许出站TCP 5228、5229、5230、443到mtalk.google.com和fcm.googleapis.com（Firebase Cloud Messaging）。',
  },
  'X.1': {
    title: '与Onsight STUN服务器之间的通话质量（往返时间，估算）',
    explanation:
      '像通话声音一样，每20 ms向应答STUN的Onsight服务器发送一个小数据包，持续几秒，测量往返所需时间、其波动以及丢失的数据包数量。',
    fix: '良好的通话要求到Onsight服务器（表 2-2）的UDP丢包低于1%、往返时间低于100 ms、抖动低于30 ms。请检查此站点与服务器之间的拥塞或慢速链路。',
  },
  'X.2': {
    title: 'NAT行为（此网络的地址转换方式）',
    explanation:
      '检查无论与哪台Onsight服务器通信，此网络是否始终为这台计算机使用同一个公网地址和端口。如果是，设备之间就可以直接互相发送媒体。',
    fix: '可选（用于设备之间直接传送媒体，项目 3-1.3）：将NAT设为UDP的Endpoint-Independent Mapping（RFC 4787，REQ-1）。无论哪种情况，经由Onsight服务器的通话都可以使用。',
  },
  'X.3': {
    title: 'SIP ALG（改写TCP 5060上SIP的防火墙功能）',
    explanation:
      '有些防火墙会改写在TCP 5060上建立通话的SIP消息（SIP ALG），这可能导致Onsight建立通话失败。作为对照，同样的请求也会通过任何防火墙都读不了的TLS（5061）发送。',
    fix: '对到Onsight通话服务（表 2-2）的TCP 5060关闭SIP ALG（也称SIP检查、SIP helper或SIP fixup）。',
  },
  'X.4': {
    title: '发往Onsight STUN服务器的较大UDP数据包',
    explanation:
      '视频使用最大约1,200字节的UDP数据包传送。在丢弃较大数据包的网络上，声音能送达，但视频会卡住。',
    fix: '放行到Onsight通话服务（表 2-2）的最大1,500字节的UDP数据包及其分片，并检查路径的MTU。',
  },
} satisfies Catalogue['ROW_WORDS'];

/** The guide's tables, by id, as a person on site would name them. */
const TABLE_WORDS = {
  '2-1': '登录',
  '2-0': 'Onsight Platform Manager',
  '2-2': '通话',
  '2-3': '旧版通话服务器',
  '2-4': '旧版媒体服务器',
  '3-1': '这台计算机',
  '4': '手机和平板',
  X: '附加检查（指南之外）',
} satisfies Catalogue['TABLE_WORDS'];

/** The app's native menu (main/app/menu.ts). */
const MENU_TEXT = {
  file: '文件',
  saveReport: '保存报告…',
  print: '打印…',
  edit: '编辑',
  view: '视图',
  language: '语言',
  /** The first item of the Language menu: follow the operating system's preferred languages. */
  systemLanguage: '系统语言',
  help: '帮助',
  enterHelpdeskCode: '输入服务台代码…',
  openLogFolder: '打开日志文件夹',
  closeWindow: '关闭窗口',
  quit: '退出',
  copy: '复制',
  selectAll: '全选',
  reload: '重新加载',
  toggleDevTools: '切换开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  about: (product: string) => `关于${product}`,
  aboutVersion: (version: string) => `版本 ${version}`,
  aboutProfile: (id: string, version: string, revision: number, hash: string) =>
    `配置文件 ${id} ${version}，修订版${n(revision)}（${hash}）`,
  /** The error box when the window cannot open at all. */
  couldNotStart: (product: string) => `${product}无法启动`,
} satisfies Catalogue['MENU_TEXT'];

/** Choosing the language: the CLI's note and the bilingual report's second part. */
const LANGUAGE_TEXT = {
  labelled: (label: string, text: string) => `${label}：${text}`,
  /** On stderr when LANG or --lang asks for a language this version does not have. */
  notAvailable: (asked: string, available: readonly string[]) =>
    `语言“${asked}”不可用（${available.join(', ')}）；将使用英语。`,
  /** The heading of the English copy below a report in another language. */
  englishCopy: '英文版',
  englishCopyHint: '同一结果的英文版，供Librestream支持人员和其他国家的IT团队使用。',
} satisfies Catalogue['LANGUAGE_TEXT'];

/** Two readings of one site side by side (issue 20). */
const COMPARE_TEXT = {
  change: (before: string, after: string) => `${before} → ${after}`,
  absent: '此次结果中没有',
} satisfies Catalogue['COMPARE_TEXT'];

/** `diff BEFORE AFTER` (issue 20). */
const DIFF_TEXT = {
  sides: { before: 'BEFORE', after: 'AFTER' },
  labels: { before: '变更前', after: '变更后' },
  file: (file: string, startedAt: string) => `结果文件 ${file}，检查开始于 ${startedAt}`,
  code: (code: string) => `服务台代码 ${code}`,
  side: (what: string, profile: string) => `${what}（${profile}）`,
  profile: (id: string, version: string, revision: number) =>
    `配置文件 ${id} ${version} r${revision}`,
  changed: (count: number) => `${count}个项目有变化：`,
  unchanged: '没有项目发生变化。',
  versionsDiffer: '两者来自不同版本的配置文件：仅在ID相同的项目之间逐项比较。',
  onlyOneSide: '只有一方才有的项目：',
  diagnosis: { before: '变更前的诊断：', after: '变更后的诊断：' },
  errors: {
    count: 'diff需要两个结果：BEFORE AFTER，各为一个JSON文件或服务台代码',
    unreadable: (side: string, file: string, code: string) =>
      `${side} ${file}：无法读取（${code}）`,
    notJson: (side: string, file: string, why: string) => `${side} ${file}：不是JSON（${why}）`,
    notResult: (side: string, file: string, why: string) =>
      `${side} ${file}：不是“onsight-netcheck run --json”的结果（${why}）`,
    neither: (side: string, text: string, why: string) =>
      `${side}“${text}”：没有这个文件，也不是服务台代码（${why}）`,
    code: (side: string, code: string, why: string) => `${side} 服务台代码 ${code}：${why}`,
  },
} satisfies Catalogue['DIFF_TEXT'];

/** Issue 20, "Rules freshness": a STUN server reports its own address outside the guide's ranges. */
const ORIGIN_TEXT = {
  plain: '正常（服务器报告的地址不在防火墙指南所列范围内）',
  recommended:
    'STUN服务器报告的自身地址不在防火墙指南所列的范围内：这些规则所依据的指南可能已过时。请向Librestream确认是否有更新版本的《Onsight Firewall & Proxy Configuration Guide》，并将新的地址范围加入防火墙规则。',
};

/** Keep checking (issue 20). */
const KEEP_CHECKING_TEXT = {
  toggle: '持续检查',
  hint: (seconds: number, minutes: number) =>
    `在更改防火墙期间，每${n(seconds)}秒重新检查未通过的项目，最长${n(minutes)}分钟。`,
  lastChecked: (time: string) => `上次检查 ${time}`,
  waiting: '几秒后重新检查。',
  changesLabel: '变化',
  change: (time: string, line: string) => `${time} ${line}`,
  verdictLabel: '结论',
  noChange: '暂无变化。',
  stoppedReady: '现在可以在这里使用Onsight：“持续检查”已自动关闭。',
  stoppedTime: (minutes: number) => `“持续检查”已在${n(minutes)}分钟后停止：如需继续，请重新打开。`,
  stoppedBroken: '“持续检查”已停止：上一次检查未能完成。',
} satisfies Catalogue['KEEP_CHECKING_TEXT'];

const COVERAGE_TEXT = {
  labels: {
    tested: '本次检查已测试',
    inferred: '推断',
    'not-testable-here': '无法从此计算机测试',
    'not-tested': '本次检查未测试',
  },
  legendEntry: (mark: string, label: string) => `${mark} ${label}`,
  tested: '此项目自身的测试得到了真实的应答或明确的失败。',
  inferred: {
    'same-servers': (rowIds: readonly string[]) =>
      `此项目自身的测试没有得到应答，但这说明不了什么：媒体服务器在通话之外很少应答。由于到相同服务器的${rowsNamed(rowIds)}已经连通，视为开放。`,
    'shown-by-rows': (rowIds: readonly string[]) =>
      `根据${rowsNamed(rowIds)}推断，这些连接已经从随机的本地端口发出。`,
    'phones-same-path': (_rowIds: readonly string[]) =>
      '从此计算机测试了同一网络中的手机和平板电脑所用的路径；它们遇到的情况据此推断。',
  },
  notTestableHere: {
    'second-device': '需要第二台Onsight设备：设备之间直接发送的媒体无法从一台计算机测试。',
    'server-policy': '这是Onsight Platform Manager中服务器端的策略设置，无法通过网络检测出来。',
  },
  notTested: {
    'left-out': (_rowIds: readonly string[]) => '本次检查未包括此项目。',
    'option-off': (_rowIds: readonly string[]) => '其选项已关闭，因此本次检查未测试。',
    'could-not-tell': (_rowIds: readonly string[]) => '本次检查无法判断：测试没有得到明确的应答。',
    'sources-not-tested': (rowIds: readonly string[]) =>
      `此项目根据${rowsNamed(rowIds)}推断，但本次检查未测试这些项目。`,
    'sources-failed': (rowIds: readonly string[]) =>
      `此项目根据${rowsNamed(rowIds)}推断，但这些项目在本次检查中未能连通，因此无法说明此项目的情况。`,
  },
  rules: '规则',
  guide: (name: string, document: string, revision: string, yearMonth: string) =>
    `${name} ${document} ${revision}（${formatMonth(LANG, yearMonth)}）`,
} satisfies Catalogue['COVERAGE_TEXT'];

const DIALOG_TEXT = {
  saveTitle: '保存报告',
  openTitle: '打开已保存的报告',
  fileTypes: {
    html: '网页（HTML）',
    pdf: 'PDF文档',
    text: '纯文本',
    json: 'JSON',
  },
} satisfies Catalogue['DIALOG_TEXT'];

const OPEN_SAVED_TEXT = {
  open: '与已保存的报告比较…',
  opening: '正在打开…',
  hint: '将之前保存的JSON报告显示在本次检查旁边，并逐项列出变化。',
  heading: '与已保存报告的比较',
  savedLabel: '已保存的报告',
  currentLabel: '本次检查',
  started: (time: string) => `检查开始时间：${time}`,
  close: '关闭比较',
  errors: {
    tooBig: (file: string, megabytes: number) =>
      `“${file}”超过${n(megabytes)} MB，作为已保存的报告过大：未打开。`,
    unreadable: (file: string, code: string) => `无法读取“${file}”（${code}）。`,
    notJson: (file: string, format: string) =>
      `“${file}”不是JSON文件：如需以后比较，请以“${format}”格式保存报告。`,
    notResult: (file: string, format: string) =>
      `“${file}”是JSON，但不是Onsight Network Check的报告：请选择以“${format}”格式保存的报告。`,
  },
} satisfies Catalogue['OPEN_SAVED_TEXT'];

export const zhCN: Catalogue = {
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
