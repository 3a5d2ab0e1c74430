// Japanese catalogue (issue 19): glossary in docs/i18n.md.
// です・ます, no space between Japanese and Latin text, 「」 quotes, full-width punctuation in
// sentences; technical tokens, addresses and ports as in English.
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

const LANG = 'ja' as const;

/** A count or figure a person reads, with the language's grouping. */
const n = (value: number) => formatNumber(LANG, value);

/** "項目 2-2.1", "項目 2-2.1, 2-3.1" (Japanese has no plural). */
const rowsNamed = (rowIds: readonly string[]) => `項目 ${rowIds.join(', ')}`;

/** An option's state in a list: オン / オフ. */
const onOff = (on: boolean) => (on ? 'オン' : 'オフ');

const sendToIt = 'レポートをIT部門に送ってください';

/** X.1's label wherever it is shown: one-way figures need the far end. */
const QUALITY_LABEL = '往復時間（推定）';

const VERDICT_HEADLINES = {
  ready: 'ここではOnsightを使用できます',
  'teamlink-only': 'OnsightはTeamLink経由でのみ使用できます',
  inconclusive: 'Onsightを使用できるか判定できませんでした',
  'not-ready': 'ここではまだOnsightを使用できません',
} satisfies Catalogue['VERDICT_HEADLINES'];

const ROW_STATUS_WORDS = {
  pending: '待機中',
  running: '確認中',
  pass: '合格',
  warn: '警告',
  fail: '不合格',
  unverified: '判定不能',
  skipped: 'スキップ',
  info: '情報',
} satisfies Catalogue['ROW_STATUS_WORDS'];

const APP_TEXT = {
  appName: 'Onsight Network Check',
  header: {
    startingHeadline: 'このネットワークを確認しています…',
    startingReason:
      'Onsightファイアウォールガイドのすべてのルールを、このコンピューターから試しています。',
    cancelledHeadline: 'チェックを中止しました',
    cancelledReason:
      'すべての項目の結果が出る前に終了しました。判定を得るには「再実行」を押してください。',
    failedHeadline: 'チェックを開始できませんでした',
    progressLabel: 'チェックの進行状況',
    progress: (done: number, total: number) => `${n(total)}項目中${n(done)}項目を確認済み`,
    elapsed: (seconds: number) => `${formatNumber(LANG, seconds, 1)} s`,
    caveatsLabel: '注意事項',
    helpdeskLabel: 'ヘルプデスクコード',
    helpdeskHint:
      'このコードをLibrestreamサポートに読み上げてください。このチェックのすべての結果が含まれています。',
  },
  actions: {
    runAgain: '再実行',
    rerunFailed: '不合格の項目を再実行',
    cancel: 'キャンセル',
    onlyProblems: '問題のみ表示',
  },
  table: {
    resultsLabel: '結果',
    columnRow: '項目',
    columnCheck: '確認内容',
    columnStatus: '状態',
    columnResult: '結果',
    columnDetails: '詳細',
    showDetails: '詳細',
    detailsFor: (id: string) => `項目 ${id}の詳細`,
    noProblems: '今のところ問題はありません。すべての項目が合格したか、確認中です。',
    probesCaption: '接続先の一覧',
    columnTarget: '接続先',
    columnPort: 'ポート',
    columnOutcome: '結果',
    columnTime: '時間',
    columnMessage: '内容',
    noProbes: 'この項目では何にも接続していません。',
    probesPending: 'まだ応答がありません。',
    time: (ms: number) => `${n(Math.round(ms))} ms`,
    noTime: '—',
    viaMapping: (target: string) => `（${target}として接続）`,
    fixLabel: '対処方法',
    copy: 'コピー',
    copied: 'コピーしました',
    copyFailed: 'コピーできませんでした',
  },
  outcomes: {
    reply: '応答あり',
    refused: '拒否',
    timeout: '応答なし',
    reset: '切断',
    'local-block': 'このコンピューターがブロック',
    unreachable: '到達不能',
    'dns-fail': '名前解決に失敗',
    'tls-error': 'セキュア接続に失敗',
    'tls-intercepted': 'SSLインスペクション',
    'proxy-auth': 'プロキシがパスワードを要求',
    'proxy-denied': 'プロキシが拒否',
    'in-use': 'ポート使用中',
    malformed: '解読できない応答',
    'not-implemented': '未対応のチェック',
    error: '内部エラー',
    'not-sent': '未実行',
  },
  options: {
    legend: 'オプション',
    teamlink: 'このサイトではTeamLinkが有効',
    legacy: '旧サーバーを確認する（表 2-3、2-4）',
    china: '中国のTeamLinkを確認する（*.librestreamtech.cn）',
    domains: 'このサイト独自のドメイン',
    domainsHint: 'Librestreamを指すホスト名。カンマまたはスペースで区切ります。',
    proxy: 'プロキシ',
    proxyHint: '「system」（コンピューターの設定）、「direct」、またはhttp://host:port',
    apply: '適用して再確認',
    badDomain: (text: string) => `「${text}」はホスト名ではありません（例：onsight.example.com）。`,
    badProxy:
      'プロキシはhttp://host:portまたはhttps://host:portの形式か、「system」または「direct」で入力してください。',
  },
  host: {
    legend: 'このコンピューターとネットワーク',
    os: 'システム',
    connection: '接続',
    interface: '使用中のインターフェイス',
    address: 'アドレス',
    gateway: 'ゲートウェイ',
    dns: 'DNSサーバー',
    publicAddress: 'パブリックアドレス（STUNで確認）',
    proxy: 'プロキシ設定',
    unknown: '不明',
    notYet: 'まだ不明',
    unavailable: '読み取れませんでした',
  },
  announce: {
    verdict: (headline: string, reason: string) => `${headline}。${reason}`,
    cancelled: 'チェックは完了前に中止されました。',
  },
} satisfies Catalogue['APP_TEXT'];

const ROW_SUMMARIES = {
  /** Why a row was left out of the run (common/plan.ts, SkipReason). */
  skipped: (skip: SkipReason): string => {
    switch (skip.why) {
      case 'left-out':
        return '未確認：今回の実行から除外されています。';
      case 'quality-off':
        return '未測定：通話品質の測定がオフになっています（--quality-seconds 0）。';
      case 'option':
        // The person reads the Options panel's words, not the profile's key.
        return skip.option === 'customDomains'
          ? '未確認：オプションでこのサイト独自のドメインが指定されていません。'
          : `未確認：オプションの「${APP_TEXT.options[skip.option]}」がオフになっています。`;
      case 'sources-left-out':
        return `未確認：${rowsNamed(skip.rows)}に応答するOnsightサーバーを測定する項目ですが、今回の実行ではその項目が除外されています。`;
    }
  },
  info: 'ネットワーク上でテストするものはありません（確認事項の案内です）。',
  notReached: '実行が終了するまでに確認されませんでした。',
  allAnswered: (count: number, first: string) => `${n(count)}件すべてが応答：${first}`,
  someAnswered: (answered: number, total: number, silent: readonly string[]): string =>
    `${n(total)}件中${n(answered)}件が応答、${ROW_SUMMARIES.noAnswerFrom(silent)}`,
  noAnswerFrom: (silent: readonly string[]) => `${silent.join(', ')}から応答なし`,
  manyFailed: (count: number, first: string) => `${first}（ほかに同様のものが${n(count - 1)}件）`,
  /** A probe that left no message: its outcome in words (APP_TEXT.outcomes) and its target. */
  outcomeFrom: (outcome: string, target: string) => `${target}：${outcome}`,
} satisfies Catalogue['ROW_SUMMARIES'];

/** A CIDR block, whose addresses are probed together. */
const BLOCK_TEXT = {
  states: {
    answered: '応答',
    silent: '応答なし',
    refused: '拒否',
    failed: '失敗',
    'not-needed': '不要',
    'not-sent': '未送信',
    'cut-off': '期限切れで中断',
    cancelled: 'キャンセル',
  },
  answeredBy: (address: string) => `${address}が応答`,
  /** The row's line for a block that answered: which of its addresses did. */
  answered: (label: string, address: string) => `${label}：${address}が応答`,
  /** "応答なし 12件、拒否 2件": each state's count, in the order of `states`. */
  tally: (addresses: ReadonlyArray<{ state: AddressState }>): string =>
    (Object.keys(BLOCK_TEXT.states) as AddressState[])
      .map((state) => [state, addresses.filter((a) => a.state === state).length] as const)
      .filter(([, count]) => count > 0)
      .map(([state, count]) => `${BLOCK_TEXT.states[state]} ${n(count)}件`)
      .join('、'),
  /** The app's line under a block's target. */
  addressesLine: (addresses: ReadonlyArray<{ address: string; state: AddressState }>): string => {
    const answered = addresses.find((a) => a.state === 'answered');
    return answered
      ? BLOCK_TEXT.answeredBy(answered.address)
      : `${n(addresses.length)}個のアドレス：${BLOCK_TEXT.tally(addresses)}`;
  },
  noneAnswered: (block: string, count: number, tally: string, first: string) =>
    `${block}の${n(count)}個のアドレスはいずれも応答なし（${tally}）、${first}`,
} satisfies Catalogue['BLOCK_TEXT'];

/** Which network was tested: the same words in the app and the reports. */
const NETWORK_TEXT = {
  kinds: {
    wifi: 'Wi-Fi',
    wired: '有線',
    cellular: 'モバイルデータ通信',
    tunnel: 'VPNまたはトンネル',
    other: 'その他（仮想または不明）',
  },
  wifiNamed: (name: string) => `Wi-Fi「${name}」`,
  vpn: 'VPNまたはトンネル',
  vpnNone: '接続なし',
  vpnUp: (names: readonly string[], defaultRoute: boolean) =>
    `${names.join(', ')}が接続中：${defaultRoute ? 'チェックはこれを経由して実行されました' : 'チェックはこれを経由していません（デフォルトルートは別の経路です）'}`,
  families: 'IPバージョン',
  familyWords: (ipv4: boolean, ipv6: boolean) =>
    ipv4 && ipv6
      ? 'IPv4とIPv6'
      : ipv4
        ? 'IPv4のみ'
        : ipv6
          ? 'IPv6のみ'
          : 'IPv4もIPv6もこのネットワークの外に届きません',
} satisfies Catalogue['NETWORK_TEXT'];

/** The first screen: the verdict as an icon and a word, the next step, the code, IT. */
const SCREEN_TEXT = {
  /** The word beside the verdict's icon: never colour alone (WCAG 1.4.1). */
  verdictWords: {
    ready: '利用可能',
    'not-ready': '利用不可',
    'teamlink-only': 'TeamLinkのみ',
    inconclusive: '判定不能',
  },
  phaseWords: { running: '確認中', cancelled: '中止', failed: 'エラー' },
  skip: {
    label: 'スキップリンク',
    results: '結果へ移動',
    problems: '問題へ移動',
    report: 'レポートへ移動',
  },
  actionsLabel: '操作',
  sideLabel: 'レポート、オプション、このコンピューター',
  sendToIt: {
    label: 'IT部門に送る',
    copy: '変更依頼をコピー',
    copied: '変更依頼をコピーしました',
    copyFailed: '変更依頼をコピーできませんでした',
    save: 'レポートを保存…',
  },
  changeRequest: {
    heading: 'IT部門への変更依頼',
    none: 'ネットワークで変更が必要な点はありません。',
    showAll: (count: number) => `すべて表示（${n(count)}件）`,
    showFewer: '表示を減らす',
    details: (count: number) => `ファイアウォールルールの詳細（${n(count)}件）`,
    notes: 'IT部門への補足',
  },
  /** An optional row that failed: shown as advice, never as a red "Fail". */
  recommendedWord: '推奨',
  guideLabel: 'ファイアウォールガイド',
  guideRow: (id: string, title: string) => `項目 ${id}：${title}`,
  /** A finished run whose STUN probes saw no public address. */
  publicAddressNone: '確認できず（STUNの応答なし）',
  announce: {
    /** After the verdict: one sentence for every problem, instead of one per row. */
    problems: (titles: readonly string[]) =>
      titles.length === 0
        ? '問題はありません。'
        : `問題${n(titles.length)}件：${titles.join('。')}。`,
  },
} satisfies Catalogue['SCREEN_TEXT'];

/** A row's result in the table, in plain words, by the outcome of the attempt that decided it. */
const RESULT_WORDS = {
  pass: '問題なし',
  /** A row that got through in part (warn): some servers, some ports of a range. */
  partly: '一部のみ：一部のサーバーまたはポートに届きませんでした',
  partlyInUse: '一部のみ：これらのポートの一部を他のプログラムが使用しています',
  unverified: (why: string) => `判定不能：${why}`,
  outcomes: {
    reply: '応答はありましたが、Onsightに必要な応答ではありません',
    refused: 'ブロック：接続が拒否されました',
    timeout: 'ブロック：応答がありません',
    reset: '途中で切断されました',
    'local-block': 'このコンピューターのファイアウォールがブロックしています',
    unreachable: 'このネットワークからは到達できません',
    'dns-fail': '名前を解決できませんでした',
    'tls-error': 'セキュア接続に失敗しました',
    'tls-intercepted': '途中で復号・再署名されています（SSLインスペクション）',
    'proxy-auth': 'Webプロキシがパスワードを要求しています',
    'proxy-denied': 'Webプロキシに拒否されました',
    'in-use': '他のプログラムがこれらのポートを使用しています',
    malformed: 'Onsightが使用できない応答が返されました',
    'not-implemented': 'このバージョンでは確認していません',
    error: 'チェック自体でエラーが発生しました',
    'not-sent': 'チェックが終了するまでに試行されませんでした',
  },
  /** The extra checks (table X) by kind: the outcome of their attempts says nothing useful. */
  extra: {
    'call-quality': {
      problem:
        '通話が途切れる可能性があります：往復時間、ジッター、またはパケットロスが良好な通話に必要な値を超えています',
      unverified: '判定不能：今回の実行では測定していません',
    },
    'nat-behaviour': {
      problem:
        'デバイス間でメディアを直接送れない可能性が高いです。Onsightのサーバーを経由する通話は引き続き使用できます',
      unverified: 'このネットワークのアドレス変換方式を判定できませんでした',
    },
    'sip-alg': {
      problem: 'ファイアウォールの機能（SIP ALG）がOnsightのシグナリングを書き換えています',
      unverified:
        'ファイアウォールの機能がOnsightのシグナリングを書き換えているか判定できませんでした',
    },
    'large-datagrams': {
      problem: '大きなUDPパケットが破棄されています：映像が止まる可能性があります',
      unverified: '判定不能：今回の実行では測定していません',
    },
  },
} satisfies Catalogue['RESULT_WORDS'];

/** "Send to IT": the change request as text for an e-mail. */
const IT_REQUEST_TEXT = {
  title: (date: string) => `Onsight Network Check：IT部門への変更依頼（${date}）`,
  details: 'ファイアウォールルールの詳細：',
  notes: 'IT部門への補足：',
  note: (title: string, explanation: string) => `${title}：${explanation}`,
} satisfies Catalogue['IT_REQUEST_TEXT'];

/** The helpdesk code's decoder and its read-it-out aid. */
const HELPDESK_TEXT = {
  asIn: (char: string, word: string) => `${word}の${char}`,
  dash: 'ハイフン',
  badCharacter: (char: string, position: number) =>
    `${JSON.stringify(char)}（${n(position)}文字目）はヘルプデスクコードに使われない文字です。コードに含まれるのは、数字0-9と、Uを除く英字A-Zだけです。`,
  badLength: (length: number, valid: { min: number; max: number }) =>
    `コードが正しくありません：${n(length)}文字ありますが、コードは${n(valid.min)}～${n(valid.max)}文字です（ハイフンは数えません）。もう一度読み上げてください。`,
  badCheck:
    'コードが正しくありません：文字の誤り、抜け、余分な文字、または隣り合う2文字の入れ替わりがあります。もう一度読み上げてください。',
  badContent: 'このコードは、ありうる結果を表していません。もう一度読み上げてください。',
  otherProfile: (id: string, version: string) =>
    `このコードは別のバージョンのチェック（またはこのアプリ）で作成されたもので、プロファイル ${id} ${version}で作成されたものではありません。作成したバージョンでデコードしてください。`,
  newerVersion:
    'このコードは新しいバージョンのOnsight Network Checkで作成されています。読み取るには、このアプリを更新してください。',
  /** A 0.1 code (format v1): it stored the verdict but not the cause. */
  olderVersion: (verdict: string, sameVerdict: boolean) =>
    `このコードは旧バージョンのOnsight Network Check（0.1）で作成されており、原因が記録されていません。以下の原因は、項目の状態だけから推定したものです。${sameVerdict ? '' : `そのバージョンの判定は「${verdict}」でした。`}`,
} satisfies Catalogue['HELPDESK_TEXT'];

/** " (HTTPS, SIP)" after a port, when the port carries named services. */
const servicesIn = (services: readonly string[]) =>
  services.length > 0 ? `（${services.join(', ')}）` : '';

/** The firewall change request (common/results/change-request.ts). */
const CHANGE_REQUEST_TEXT = {
  services: {
    https: 'HTTPS',
    httpRedirect: 'HTTP、HTTPSへのリダイレクトのみ',
    sip: 'SIP',
    sipTls: 'SIP over TLS 1.2',
    stun: 'STUN',
    media: 'SRTP/SRTCPメディア',
  },
  allow: (port: string, services: readonly string[], destinations: readonly string[]) =>
    `${destinations.join(', ')}へのアウトバウンド${port}${servicesIn(services)}を許可してください`,
  allowOnThisComputer: (
    port: string,
    services: readonly string[],
    destinations: readonly string[],
  ) =>
    `このコンピューター自体のファイアウォールで、${destinations.join(', ')}へのアウトバウンド${port}${servicesIn(services)}を許可してください`,
  disableInspection: (domains: readonly string[], product: string) =>
    `${product}で、${domains.join(', ')}のSSLインスペクションを無効にしてください`,
  unnamedInspector: 'インスペクションを行っているプロキシ',
  unnamedProxy: 'Webプロキシ',
  proxyAuth: (proxy: string, schemes: readonly string[], destinations: readonly string[]) =>
    `${proxy}で、${destinations.join(', ')}へのOnsightの通信をプロキシパスワードなしで通してください（${schemes.length > 0 ? schemes.join(', ') : 'パスワード'}を要求されました）`,
  proxyDenied: (proxy: string, status: string | undefined, destinations: readonly string[]) =>
    `${proxy}の許可リストに${destinations.join(', ')}を追加してください${status ? `（応答：${status}）` : ''}`,
  proxyCannotReach: (proxy: string, status: string, destinations: readonly string[]) =>
    `${proxy}の背後にあるファイアウォールで、${proxy}から${destinations.join(', ')}への通信を許可してください（応答：${status}。プロキシ自身が接続できませんでした）`,
  resolve: (names: readonly string[]) =>
    `このネットワークのDNSで${names.join(', ')}を名前解決できるようにしてください`,
  localPorts: (range: string) =>
    `このコンピューターのローカルUDPポート${range}をOnsightのメディア用に空けるか、ファイアウォールでOnsightがこれらのポートを使えるようにしてください`,
} satisfies Catalogue['CHANGE_REQUEST_TEXT'];

/** The reports: HTML, plain text and JSON (common/reports). */
const REPORT_TEXT = {
  title: 'Onsight Network Checkレポート',
  scope:
    'この結果は、この時点での、このネットワーク上のこのコンピューターについてのものです。別のコンピューター、別のネットワーク、別の時間では、結果が異なる場合があります。',
  labels: {
    date: '日時',
    duration: '所要時間',
    app: 'アプリ',
    profile: 'プロファイル',
    options: 'オプション',
    mappings: '接続先の置き換え',
    proxy: 'プロキシ',
    verdict: '結果',
    caveat: '注意',
    code: 'ヘルプデスクコード',
    spelling: '読み上げ',
    changeRequest: 'ファイアウォール変更依頼',
    checks: 'チェック項目',
    network: 'このコンピューターとネットワーク',
    row: '項目',
    check: '確認内容',
    status: '状態',
    details: '詳細',
  },
  codeHint: 'このコードをLibrestreamサポートに伝えてください。結果全体が含まれています。',
  noCode: 'この結果では利用できません',
  noChanges: '変更は不要です：確認したすべてのルールが開放されています。',
  duration: (ms: number) => formatSeconds(LANG, ms),
  profile: (id: string, version: string, revision: number, hash: string) =>
    `${id} ${version}、リビジョン${revision}（${hash}）`,
  options: (o: {
    teamlink: boolean;
    legacy: boolean;
    china: boolean;
    customDomains: readonly string[];
  }) =>
    [
      `TeamLink：${onOff(o.teamlink)}`,
      `旧サーバー：${onOff(o.legacy)}`,
      `中国：${onOff(o.china)}`,
      o.customDomains.length > 0
        ? `独自ドメイン：${o.customDomains.join(', ')}`
        : '独自ドメインなし',
    ].join('、'),
  mapping: (from: string, to: string) => `${from}は${to}で確認`,
  /** `worked` is the engine's entry: "DIRECT", or the proxy's URL (credentials never kept). */
  proxy: (source: string, worked: string | null) =>
    `${source}${
      worked === null
        ? ''
        : worked === 'DIRECT'
          ? '（プロキシを使わずに直接インターネットに接続）'
          : `（プロキシ${worked
              .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
              .replace(/^[^@/]*@/, '')
              .replace(/\/$/, '')}経由でインターネットに接続）`
    }`,
  network: {
    os: 'オペレーティングシステム',
    hostname: 'コンピューター名',
    user: 'ユーザー名',
    interfaces: 'ネットワークインターフェイス',
    gateway: 'デフォルトゲートウェイ',
    dns: 'DNSサーバー',
    publicAddress: 'パブリックアドレス',
    none: 'なし',
    unknown: '不明',
    defaultRoute: 'デフォルトルート',
  },
  detailsLeftOut:
    'コンピューター名、ユーザー名、ローカルアドレスはこのレポートに含まれていません。',
  noHost: 'コンピューターとネットワークの詳細は収集されていません。',
} satisfies Catalogue['REPORT_TEXT'];

/** The short summary "Copy summary" puts on the clipboard, for chat and e-mail. */
const SUMMARY_TEXT = {
  title: (date: string) => `Onsight Network Check（${date}）`,
  code: (code: string) => `ヘルプデスクコード：${code}`,
  problems: '問題：',
  noProblems: '問題はありません：確認したすべての項目が合格しました。',
  problem: (id: string, statusWord: string, summary: string) =>
    summary ? `${id} ${statusWord}：${summary}` : `${id} ${statusWord}`,
  changeRequest: 'ファイアウォール変更依頼：',
} satisfies Catalogue['SUMMARY_TEXT'];

/** The command line's own words (main/cli): its footer and what it says it did. */
const CLI_TEXT = {
  /** `--help`: the command lines, flags and exit codes stay as they are. */
  usage: `使い方:
  onsight-netcheck run  [selection] [--proxy URL|direct|system] [--pac URL|FILE]
                        [--ca FILE]... [--reflector TARGET]... [--timeout-ms N]
                        [--deadline-ms N] [--concurrency N]
                        [--quality-seconds N] [--json] [--width N]
                        [--report FILE.html|.json|.txt] [--english-copy on|off]
                        [--include-computer-details] [--lang LANGUAGE]
  onsight-netcheck watch [selection] [--every DURATION] [--for DURATION]
                        [runのオプション（--jsonと--reportを除く）]
  onsight-netcheck plan [selection] --json
  onsight-netcheck decode CODE [--profile FILE] [--json] [--width N]
                        [--lang LANGUAGE]
  onsight-netcheck diff BEFORE AFTER [--profile FILE] [--json] [--width N]
                        [--lang LANGUAGE]
  onsight-netcheck --version | --help
selection（チェック対象の選択）:
  --profile FILE  --option teamlink=on|off,legacy,china  --custom-domain HOST...
  --only ROW,...  --map FROM=TO...  --override FILE
--width N: N桁で行を折り返します（既定：ターミナルの幅、または80）。
--quality-seconds N: 項目 X.1の通話品質測定の秒数（既定：3、0でオフ）。
--every DURATION: watchが合格していない項目を再チェックする間隔
  （既定：10s、--timeout-ms以上）。
--for DURATION: watchの最長時間（既定：30m）。DURATION: 10s、2m、1h。
  watchは利用可能になると0で終了し、それ以外はrunと同じコードで終了します。
--lang LANGUAGE: en、fr、de、es、pt-BR、zh-CN、ja
  （既定：LC_ALL、LC_MESSAGES、LANG）。
--english-copy on|off: レポートの下に英語版を付けます
  （既定：英語以外ではon）。
runの終了コード（0.1から変更。0.1ではready以外のすべての判定が1でした）:
  0 利用可能         1 利用不可         4 TeamLinkのみ     5 判定不能
  2 使い方、プロファイル、ファイル、コードの誤り
  3 内部エラー       130 中断
plan、decode、diff、--help、--versionの終了コードは0、または上記の2か3です。`,
  /** What `--version` prints after the tool's name and version. */
  version: (profile: string, version: string, revision: number, hash: string) =>
    `（プロファイル ${profile} ${version} r${revision}、${hash}）`,
  /** A command that is written wrongly or asks for what cannot be (exit code 2). */
  errors: {
    wholeNumber: (flag: string, value: string, min: number, max: number) =>
      `--${flag} ${JSON.stringify(value)}：${min}～${max}の整数を指定してください`,
    optionValue: (item: string) => `--option ${item}：値はonまたはoffにしてください`,
    onOff: (flag: string, value: string) =>
      `--${flag} ${JSON.stringify(value)}：値はonまたはoffにしてください`,
    unknownOption: (item: string, name: string, known: readonly string[]) =>
      `--option ${item}：不明なオプション「${name}」（有効なオプション：${known.join(', ')}）`,
    /** `why`: the file's own problem (JSON's message, the first field that is wrong). */
    override: (file: string, why: string) => `--override ${file}：${why}`,
    noCommand: 'コマンドを指定してください：run、watch、plan、decode、diffのいずれか',
    decodeOneCode: 'decodeにはCODEを1つだけ指定してください',
    unknownCommand: (name: string) =>
      `不明なコマンド「${name}」（有効なコマンド：run、watch、plan、decode、diff）`,
    unexpectedArgument: (text: string) => `予期しない引数「${text}」`,
    runOnly: (flag: string) => `--${flag}はrunのオプションで、planでは使えません`,
    customDomain: (why: string) => `--custom-domain：${why}`,
    reflector: (text: string) =>
      `--reflector ${JSON.stringify(text)}：ホスト名、アドレス、CIDRブロックのいずれでもありません`,
    onlyEmpty: '--onlyには項目IDを1つ以上指定してください（例：--only 2-2.3）',
    unknownRow: (row: string, profile: string, rows: readonly string[]) =>
      `--only：プロファイル ${profile}に項目 ${row}はありません（項目：${rows.join(', ')}）`,
    pacWithProxy: (proxy: string) =>
      `--pacと--proxy ${proxy}は同時に使えません。プロキシ設定は1つだけ指定してください`,
    pacEmpty: '--pacにはURLまたはファイルを指定してください',
    caUnreadable: (file: string, code: string) => `--ca ${file}：読み取れません（${code}）`,
    caNotPem: (file: string) => `--ca ${file}：PEM形式の証明書ではありません`,
    planJsonOnly: 'planはJSONでのみ出力します：--jsonを追加してください',
    reportFormat: (file: string, pdf: boolean) =>
      `--report ${file}：${pdf ? 'PDFレポートはデスクトップアプリから保存してください' : '不明な形式です'}。.html、.json、.txtのいずれかを使用してください`,
    reportUnwritable: (file: string, code: string) => `--report ${file}：書き込めません（${code}）`,
    decode: (code: string, why: string) => `decode ${JSON.stringify(code)}：${why}`,
    internal: (message: string) => `内部エラー：${message}`,
  },
  reportWritten: (file: string) => `レポートを書き込みました：${file}`,
  /** The tested network under the verdict (common/results/tested-network.ts). */
  network: 'テストしたネットワーク',
  noDefaultRoute: 'デフォルトルートなし',
  decodeHeading: (code: string, profile: string, version: string, revision: number) =>
    `ヘルプデスクコード ${code}（プロファイル ${profile} ${version} r${revision}）`,
  decodeOptions: (o: { teamlink: boolean; legacy: boolean; china: boolean; custom: boolean }) =>
    `オプション：TeamLink ${onOff(o.teamlink)}、旧サーバー ${onOff(o.legacy)}、中国 ${onOff(o.china)}、独自ドメイン ${o.custom ? 'あり' : 'なし'}`,
} satisfies Catalogue['CLI_TEXT'];

/** The app's helpdesk tools: read-it-out, save, decode and the change request. */
const APP_HELPDESK_TEXT = {
  readOut: {
    show: '読み上げ用に表示',
    hide: '読み上げ用の表示を閉じる',
    label: 'コード（1文字ずつ）',
  },
  save: {
    legend: 'レポート',
    format: '形式',
    formats: {
      html: 'Webページ（HTML）',
      pdf: 'PDF',
      text: 'テキスト（メール、チャット用）',
      json: 'JSON（ツール用）',
    },
    includeDetails: 'コンピューターの詳細を含める',
    englishCopy: '英語版を追加',
    englishCopyHint:
      'Librestreamのサポートや海外のIT部門向けに、レポート全体を英語でも添付します。',
    withDetails: 'このコンピューターの名前、ユーザー名、ローカルアドレスを含めます。',
    withoutDetails: 'このコンピューターの名前、ユーザー名、ローカルアドレスは含めません。',
    save: 'レポートを保存…',
    saving: '保存中…',
    saved: (path: string) => `保存しました：${path}`,
    notSaved: '保存されませんでした。',
    failed: (message: string) => `レポートを保存できませんでした：${message}`,
    noResult: 'チェックが完了すると、レポートを保存できます。',
    copySummary: '概要をコピー',
    summaryCopied: '概要をコピーしました',
    summaryCopyFailed: '概要をコピーできませんでした',
  },
  changeRequest: {
    heading: 'ファイアウォール変更依頼の詳細',
    intro:
      'IT部門向け：追加が必要なすべてのルールを、宛先とポートごとにまとめています（このコンピューターから見た結果です）。',
    copyLabel: 'ファイアウォール変更依頼の全行',
  },
  decode: {
    heading: 'ヘルプデスクコードを入力',
    label: 'ヘルプデスクコード',
    hint: '相手が読み上げたとおりに、英字と数字を入力してください。ハイフンは省略できます。Oは0、IとLは1として扱います。',
    submit: '結果を表示',
    errors: {
      length: '長さが正しくありません',
      character: 'コードに使われない文字があります',
      check: 'チェック文字が一致しません',
      profile: '別のプロファイルバージョンで作成されています',
      newer: '新しいバージョンで作成されています',
    },
    resultFor: (code: string) => `コード ${code}の結果`,
    profile: (id: string, version: string) => `プロファイル ${id} ${version}`,
    options: (o: { teamlink: boolean; legacy: boolean; china: boolean; customDomains: boolean }) =>
      [
        `TeamLink：${onOff(o.teamlink)}`,
        `旧サーバー：${onOff(o.legacy)}`,
        `中国：${onOff(o.china)}`,
        o.customDomains ? '独自ドメインを確認' : '独自ドメインなし',
      ].join('、'),
  },
} satisfies Catalogue['APP_HELPDESK_TEXT'];

/** The proxy sign-in dialog: a proxy asked for a password the check did not have. */
const PROXY_SIGN_IN_TEXT = {
  heading: 'Webプロキシにサインイン',
  intro: (address: string) =>
    `Webプロキシ${address}は、チェックの通信を通す前にユーザー名とパスワードを要求しています。`,
  schemes: (schemes: readonly string[]) =>
    schemes.length > 0
      ? `対応しているサインイン方式：${schemes.join(', ')}。`
      : 'サインイン方式は示されていません。',
  refused:
    'ユーザー名またはパスワードが受け付けられませんでした。確認して、もう一度お試しください。',
  username: 'ユーザー名',
  password: 'パスワード',
  privacy:
    'このウィンドウでのチェックにのみ、アプリを閉じるまで使用します。保存されることはなく、レポートやログにも記録されません。',
  submit: 'サインインして再確認',
  cancel: 'キャンセル',
  open: 'Webプロキシにサインイン…',
  needUsername: 'ユーザー名を入力してください。',
} satisfies Catalogue['PROXY_SIGN_IN_TEXT'];

/** Helpdesk mode: the agent's view of a caller's code, apart from this computer's check. */
const HELPDESK_MODE_TEXT = {
  open: 'ヘルプデスク：相手のコードを入力',
  entryLabel: 'ヘルプデスク',
  back: 'このコンピューターのチェックに戻る',
  intro:
    '相手が読み上げたコードから復元した結果です。この表示を開いている間、このコンピューター自身のチェック結果は表示されません。',
  problemsHeading: '問題',
  noProblems: '問題のある項目はありません。',
  showAll: 'すべての項目を表示',
  hideAll: '問題のみ表示',
} satisfies Catalogue['HELPDESK_MODE_TEXT'];

/** The diagnosis: the one story every face tells (common/diagnosis). */
const DIAGNOSIS_TEXT = {
  labels: {
    caveat: '注意',
    onSite: '今すぐ行うこと',
    helpdesk: 'ヘルプデスク向け',
    it: 'IT部門向け',
    mustFix: '必須の修正',
    recommended: '推奨',
    details: 'ファイアウォール変更依頼の詳細',
  },
  customDomains: 'このサイト独自のドメイン',
  partialReady: '確認したすべての項目は開放されています。除外した項目は確認していません。',
  nothingChecked:
    '結果を決める項目が1つも確認されていません。項目を増やすか、すべてのチェックを実行してください。',
  causes: {
    none: () => ({
      headline: 'ここではOnsightを使用できます',
      reason: () =>
        'Onsightファイアウォールガイドの必須ルールは、このネットワークですべて開放されています。',
      steps: {
        onSite: '対応は不要です。このネットワークでOnsight Connectを使用できます。',
        helpdesk:
          'ネットワークはOnsightを使用できる状態です。それでも通話に失敗する場合、原因はファイアウォールではありません。',
        it: '変更は不要です。',
      },
    }),
    'no-network': () => ({
      headline: 'このコンピューターはネットワークに接続されていません',
      reason: () =>
        'このコンピューターから外部に通信できませんでした。ネットワーク接続がないか、インターネットへの経路がありません。ファイアウォールについては、まだ何もわかっていません。',
      steps: {
        onSite:
          'Wi-Fiに接続するかネットワークケーブルを差し込んでから、チェックを再実行してください。',
        helpdesk:
          'コンピューターをネットワーク（Wi-Fiまたはケーブル）に接続して、チェックを再実行するよう相手に依頼してください。',
        it: 'このコンピューターが接続されるまで、ファイアウォールの変更の要否は判断できません。',
      },
    }),
    dns: () => ({
      headline: 'このネットワークではOnsightのサーバーの名前を解決できません',
      reason: () =>
        'ネットワークには接続されていますが、onsight.librestream.comなどの名前を解決できないため、Onsightはサーバーを見つけられません。',
      steps: {
        onSite:
          'VPNに接続している場合は切断して、チェックを再実行してください。それ以外の場合は、レポートをIT部門に送ってください。',
        helpdesk:
          'コンピューターがVPNやゲストネットワークに接続していないか、相手に確認してください。接続していない場合は、サイトのDNSでLibrestreamの名前を解決できるようにする必要があります。レポートを受け取り、相手のIT部門に渡してください。',
        it: 'このネットワークが配布するDNSサーバーで、「必須の修正」にある名前を解決できるようにしてください。',
      },
    }),
    'ipv6-only': () => ({
      headline: 'IPv6のみのネットワークです',
      reason: () =>
        '名前はIPv6アドレスにのみ解決されます（ネットワークがNAT64/DNS64で変換しています）が、IPv4の経路がありません。ファイアウォールガイドにIPv4アドレスで記載されているOnsightの通話サーバーには、このコンピューターから到達できません。DNSは正常で、これらのサーバーについて不足しているファイアウォールルールはありません。',
      steps: {
        onSite:
          'IPv4も使えるネットワーク（ほとんどのオフィスや家庭のネットワークが該当します）か、スマートフォンのテザリングに接続してから、チェックを再実行してください。レポートはIT部門に送ってください。',
        helpdesk:
          '相手のネットワークはIPv6のみです。Onsightの通話サーバーはIPv4アドレスです。このネットワークでIPv4を提供する（デュアルスタック）か、このコンピューターでアドレスを変換できるよう464XLATを提供するよう、相手のIT部門に依頼してください。',
        it: 'このネットワークでIPv4を提供する（デュアルスタック）か、464XLAT（PLATと、クライアント側のCLAT）を提供して、クライアントがガイドのIPv4アドレス（表 2-2～2-4）に到達できるようにしてください。ホスト名で指定する項目は、合格しているか、以下にそれぞれのルールがあります。',
      },
    }),
    'captive-portal': () => ({
      headline: 'このネットワークでは先にサインインが必要です',
      reason: () =>
        'ホテルやゲスト用のWi-Fiのように、ネットワークが独自のログインページを返しています。サインインするまで、ファイアウォールについては何もわかりません。',
      steps: {
        onSite: 'Webブラウザーを開いてWi-Fiにサインインしてから、チェックを再実行してください。',
        helpdesk:
          'Webブラウザーを開いてWi-Fiにサインインし、チェックを再実行するよう相手に依頼してください。',
        it: 'このコンピューターがネットワークにサインインするまで、変更の依頼はありません。',
      },
    }),
    'proxy-sign-in': () => ({
      headline: '判定できません：Webプロキシがパスワードを要求しています',
      reason: () =>
        'このネットワークのWebプロキシがユーザー名とパスワードを要求しているため、Onsightのセキュア接続を確認できませんでした。',
      steps: {
        onSite:
          'Webプロキシのユーザー名とパスワードがある場合は、サインインして再確認してください。ない場合は、レポートをIT部門に送ってください。',
        helpdesk:
          'OnsightはWindowsアカウントでプロキシにサインインできる場合があります。確実にするには、Librestreamへの通信をパスワードなしでプロキシに通すよう、相手のIT部門に依頼してください。',
        it: '「必須の修正」にある名前への通信を、プロキシパスワードなしでWebプロキシに通してください。',
      },
    }),
    'proxy-denied': () => ({
      headline: 'WebプロキシがOnsightをブロックしています',
      reason: () =>
        'このネットワークのWebプロキシが、Librestreamのサーバーへの接続を拒否しました。',
      steps: {
        onSite: `${sendToIt}。プロキシでLibrestreamを許可してもらう必要があります。`,
        helpdesk:
          'サイトのWebプロキシがLibrestreamをブロックしています。レポートを受け取り、相手のIT部門に渡してください。',
        it: '「必須の修正」にある名前を、Webプロキシの許可リストに追加してください。',
      },
    }),
    'ssl-inspection': (_verdict: string, product: string | undefined) => ({
      headline: 'このネットワークのSSLインスペクションがOnsightを妨げています',
      reason: () =>
        `Librestreamとのセキュア接続が、途中で${product ? `${product}によって` : ''}復号・再署名されています。Onsightは通話の機密を守るため、このような接続を拒否します。`,
      steps: {
        onSite: `${sendToIt}。LibrestreamをSSLインスペクションの対象から外してもらう必要があります。`,
        helpdesk: `サイトでは${product ? `${product}で` : ''}暗号化通信を検査しています。相手のIT部門で、*.librestream.comをSSLインスペクションの対象から外す必要があります。`,
        it: `${product ? `${product}で、` : ''}「必須の修正」にあるドメインのSSLインスペクション（HTTPS復号）を無効にしてください。`,
      },
    }),
    clock: () => ({
      headline: 'このコンピューターの時計がずれている可能性があります',
      reason: () =>
        'このコンピューターの時計では、Librestreamの証明書が有効期間外になっているため、セキュア接続に失敗します。',
      steps: {
        onSite:
          'このコンピューターの日付、時刻、タイムゾーンを確認して修正し、チェックを再実行してください。',
        helpdesk:
          'コンピューターの日付、時刻、タイムゾーンを確認してから、チェックを再実行するよう相手に依頼してください。',
        it: 'このコンピューターがタイムサーバーと時刻を同期するよう設定してください。',
      },
    }),
    'web-blocked': () => ({
      headline: 'このネットワークではOnsightがサーバーに到達できません',
      reason: (rows: readonly string[]) =>
        `Onsightに必要なセキュアなWeb通信（HTTPS）が通らないため（${rowsNamed(rows)}）、Onsightはサインインできません。`,
      steps: {
        onSite: `${sendToIt}。ファイアウォールでOnsightの通信を許可してもらう必要があります。`,
        helpdesk:
          'サイトのファイアウォールがOnsightのサインインをブロックしています。レポートを受け取り、相手のIT部門に渡してください。必要なルールは「必須の修正」にあります。',
        it: '「必須の修正」にあるルールを追加してください。',
      },
    }),
    'local-firewall': (verdict: string) => ({
      headline:
        verdict === 'teamlink-only'
          ? 'ここではOnsightをTeamLink経由でのみ使用できます'
          : 'このコンピューターのファイアウォールがOnsightをブロックしています',
      reason: (rows: readonly string[]) =>
        verdict === 'teamlink-only'
          ? `このコンピューターのファイアウォールまたはセキュリティソフトが直接通話をブロックしているため（${rowsNamed(rows)}）、OnsightはTeamLinkを使ってHTTPS経由で通話します。通話品質は低下します。`
          : `このコンピューターのファイアウォールまたはセキュリティソフトがOnsightをブロックしています（${rowsNamed(rows)}）。`,
      steps: {
        onSite:
          'このコンピューターのファイアウォールまたはセキュリティソフトでOnsightを許可するよう、IT部門に依頼してください。',
        helpdesk:
          'サイトのネットワークではなく、このコンピューター自体のファイアウォールまたはセキュリティソフトがOnsightをブロックしています。このコンピューターでOnsightを許可するよう、相手のIT部門に依頼してください。',
        it: 'このコンピューターのファイアウォールまたはセキュリティソフトでOnsightを許可し、「必須の修正」にあるルールを追加してください。',
      },
    }),
    'direct-blocked': (verdict: string) =>
      verdict === 'teamlink-only'
        ? {
            headline: 'ここではOnsightをTeamLink経由でのみ使用できます',
            reason: (rows: readonly string[]) =>
              `直接通話がブロックされているため（${rowsNamed(rows)}）、OnsightはTeamLinkを使ってHTTPS経由で通話します。通話品質は低下します。`,
            steps: {
              onSite: `Onsightは今すぐ使用できます。通話品質を上げるには、${sendToIt}。`,
              helpdesk:
                '通話はTeamLink経由で使用できますが、品質は低下します。直接通話するには、相手のIT部門が「必須の修正」にあるルールを追加する必要があります。',
              it: '通話を直接接続できるよう、「必須の修正」にあるルールを追加してください。',
            },
          }
        : {
            headline: 'このネットワークではOnsightの通話を接続できません',
            reason: (rows: readonly string[]) =>
              `直接通話がブロックされており（${rowsNamed(rows)}）、このサイトではTeamLinkがオフになっています。`,
            steps: {
              onSite: `${sendToIt}。`,
              helpdesk:
                '通話を接続できません。サイトのIT部門が「必須の修正」にあるルールを追加するか、Onsightの管理者がTeamLinkをオンにする必要があります。',
              it: '「必須の修正」にあるルールを追加するか、Onsight Platform ManagerでTeamLinkをオンにしてください。',
            },
          },
    'local-ports-taken': (verdict: string) =>
      verdict === 'ready'
        ? {
            headline: 'ここではOnsightを使用できますが、ローカルポートの一部が使用中です',
            reason: () =>
              'このコンピューターの他のプログラムが、UDPポート6000-6200の一部を使用しています。Onsightはそれより上のポートを使用します。',
            steps: {
              onSite: 'Onsightは今すぐ使用できます。',
              helpdesk:
                '通話は使用できます。Onsightが優先して使うポートの一部を、他のプログラムが使用しています。',
              it: '必須の対応はありません。「推奨」を参照してください。',
            },
          }
        : {
            headline: 'このコンピューターからはまだOnsightで通話できません',
            reason: () =>
              'Onsightが通話メディアに使うローカルUDPポート6000-6200を、このコンピューターの他のプログラムがすべて使用しています。',
            steps: {
              onSite: '他の通話アプリやビデオアプリを閉じてから、チェックを再実行してください。',
              helpdesk:
                '他の通話アプリやビデオアプリを閉じて、チェックを再実行するよう相手に依頼してください。',
              it: 'このコンピューターのローカルUDPポート6000-6200を空けてください（「必須の修正」を参照）。',
            },
          },
    unverified: () => ({
      headline: 'Onsightを使用できるか判定できませんでした',
      reason: (rows: readonly string[]) =>
        `結果を左右する${rowsNamed(rows)}で、判定に必要な応答が得られませんでした。`,
      steps: {
        onSite:
          'チェックを再実行してください。同じ結果になる場合は、レポートをIT部門に送ってください。',
        helpdesk:
          'チェックを再実行するよう相手に依頼してください。それでも判定できない場合は、レポートを受け取ってください。',
        it: 'レポートで、判定できなかった項目を確認してください。',
      },
    }),
    'media-partly-blocked': () => ({
      headline:
        'ここではOnsightを使用できますが、通話メディアの一部がブロックされている可能性があります',
      reason: () =>
        '通話は接続できますが、メディア用の範囲（UDP 15000-65000）の一部が、Onsightの一部のサーバーに届きませんでした。映像が止まったり、画質が落ちたりする可能性があります。',
      steps: {
        onSite: `Onsightは今すぐ使用できます。残りを開放してもらうため、${sendToIt}。`,
        helpdesk:
          '通話は使用できます。メディアのルールが一部不足しています。レポートを受け取り、相手のIT部門に渡してください。',
        it: '「推奨」にあるルールを追加してください。',
      },
    }),
    'partly-blocked': () => ({
      headline: 'ここではOnsightを使用できますが、一部のサーバーに到達できません',
      reason: () =>
        '必須のチェックはすべてOnsightのサーバーの少なくとも1台に到達しましたが、応答しないサーバーがありました。Onsightがそれらのサーバーに切り替えると、通話に失敗する可能性があります。',
      steps: {
        onSite: `Onsightは今すぐ使用できます。残りを開放してもらうため、${sendToIt}。`,
        helpdesk:
          '通話は使用できます。Onsightのサーバーの一部がブロックされています。レポートを受け取り、相手のIT部門に渡してください。',
        it: '「推奨」にあるルールを追加してください。',
      },
    }),
    'push-blocked': () => ({
      headline:
        'ここではOnsightを使用できますが、スマートフォンやタブレットに通知が届かない可能性があります',
      reason: () =>
        'このコンピューターはOnsightに到達できますが、このネットワークではAppleやGoogleのプッシュ通知がブロックされています。そのため、ここにあるスマートフォンやタブレットで着信が鳴らない可能性があります。',
      steps: {
        onSite: 'このコンピューターでは、Onsightを今すぐ使用できます。',
        helpdesk:
          'コンピューターでの通話は使用できます。このネットワーク上のスマートフォンやタブレットには、通知が届かない可能性があります。相手のIT部門が「推奨」にあるルールを開放できます。',
        it: 'このネットワーク上のスマートフォンやタブレットのために、「推奨」にあるルールを追加してください。',
      },
    }),
    'optional-blocked': () => ({
      headline: 'ここではOnsightを使用できますが、推奨ルールが不足しています',
      reason: () =>
        '必須のルールはすべて開放されていますが、ガイドで推奨されているルールが開放されていません。',
      steps: {
        onSite: 'Onsightは今すぐ使用できます。',
        helpdesk: '通話は使用できます。相手のIT部門で「推奨」にあるルールを追加できます。',
        it: '「推奨」にあるルールを追加してください。',
      },
    }),
  },
  lines: {
    row: (remediation: string, id: string) => `${remediation.replace(/[.。]$/, '')}（項目 ${id}）`,
    dns: (names: readonly string[], ids: readonly string[]) =>
      `このネットワークのDNSで${names.join(', ')}を名前解決できるようにしてください（${rowsNamed(ids)}）`,
    inspection: (domains: readonly string[], product: string | undefined, ids: readonly string[]) =>
      `${product ? `${product}で、` : ''}${domains.join(', ')}のSSLインスペクションを無効にしてください（${rowsNamed(ids)}）`,
    clock: (ids: readonly string[]) =>
      `このコンピューターの日付、時刻、タイムゾーンを正しく設定してください（${rowsNamed(ids)}）`,
    proxyDenied: (names: readonly string[], ids: readonly string[]) =>
      `Webプロキシから${names.join(', ')}への接続を許可してください（${rowsNamed(ids)}）`,
    proxySignIn: (names: readonly string[], ids: readonly string[]) =>
      `${names.join(', ')}へのOnsightの通信を、プロキシパスワードなしでWebプロキシに通してください（${rowsNamed(ids)}）`,
    localFirewall: (ids: readonly string[]) =>
      `このコンピューター自体のファイアウォールまたはセキュリティソフトでOnsightを許可してください（${rowsNamed(ids)}）`,
    https: (names: readonly string[], ids: readonly string[]) =>
      `ファイアウォールとすべてのWebプロキシで、${names.join(', ')}へのアウトバウンドHTTPS（TCP 443）を許可してください（${rowsNamed(ids)}）`,
  },
  caveats: {
    mediaUnconfirmed:
      'メディアサーバーへのUDP通信は可能です。15000-65000の範囲は、通話中にしか確認できません。',
    partial: '一部の項目のみを確認しました。この結果は、それらの項目だけに当てはまります。',
    ipv6Only:
      'IPv6のみのネットワーク：ガイドのIPv4アドレス（表 2-2の/28の範囲、表 2-3と2-4のホスト）には、オペレーティングシステム自体の変換機能（CLAT）があれば到達できる可能性がありますが、このコンピューターにはありません。',
    /** `title` is the row's plain title (ROW_WORDS), a statement. */
    partly: (title: string, id: string) =>
      `一部のみ：${title}（項目 ${id}）。Onsightのサーバーの一部が応答しませんでした。`,
    localPortsTaken: (id: string) =>
      `ローカルUDPポート6000-6200の一部が使用中です。Onsightはそれより上のポートを使用します（項目 ${id}）。`,
    push: (title: string, id: string) =>
      `未対応：${title}（項目 ${id}）。このネットワーク上のスマートフォンやタブレットでは、着信に気付けない可能性があります。`,
    optional: (title: string, id: string) =>
      `推奨（必須ではありません）：${title}（項目 ${id}）。これがなくてもOnsightは動作します。`,
    /** The extra checks (table X), by kind: what a problem they found means for a call. */
    extra: {
      'call-quality': (id: string) =>
        `ここでは通話が途切れる可能性があります。Onsightのサーバーとの往復時間、そのジッター、またはパケットロスが、良好な通話に必要な値を超えています（項目 ${id}）。`,
      'nat-behaviour': (id: string) =>
        `ここではデバイス間でメディアを直接送れない可能性が高いです。このネットワークのアドレス変換は、サーバーごとに別のパブリックポートを割り当てます（項目 ${id}）。Onsightのサーバーを経由する通話は引き続き使用できます。`,
      // X.3's and X.4's own findings (SIP_ALG_TEXT.found, LARGE_DATAGRAM_TEXT.dropped).
      'sip-alg': (id: string) =>
        `SIPを解釈するファイアウォールの機能（SIP ALG）が、Onsightのシグナリングを書き換えています。TCP 5060でこの機能を無効にするよう、IT部門に依頼してください（項目 ${id}）。`,
      'large-datagrams': (id: string) =>
        `映像が止まる可能性があります。このネットワークは大きなUDPパケットを破棄しています（項目 ${id}）。`,
    },
  },
} satisfies Catalogue['DIAGNOSIS_TEXT'];

/** The app shell's own sentences: a run that broke, the log. */
const SHELL_TEXT = {
  runFailedHeadline: 'チェックが途中で停止しました',
  runFailedReason: (message: string) =>
    `アプリの内部で問題が発生しました（${message}）。以下は完了した項目です。もう一度試すには「再実行」を押してください。`,
  /** A row the run never reached, once the run has broken. */
  notChecked: '未確認：この項目の結果が出る前にチェックが停止しました。',
  announceFailed: 'チェックが途中で停止しました。',
} satisfies Catalogue['SHELL_TEXT'];

/** `watch` (issue 20). */
const WATCH_TEXT = {
  starting: (every: string, limit: string) =>
    `利用可能になるまで${every}ごとに再チェックします（最長${limit}）。Ctrl+Cで停止します。`,
  verdict: '結果',
  stopped: (limit: string) => `${limit}が経過したため停止しました。最後の結果は上記のとおりです。`,
  errors: {
    watchOnly: (flag: string) => `--${flag}はwatchのオプションです`,
    notInWatch: (flag: string) => `--${flag}はrunのオプションで、watchでは使えません`,
    json: 'watchは人が読む行を出力し、JSONは出力しません：スクリプトからはrun --jsonを呼び出してください',
    duration: (flag: string, text: string, max: string) =>
      `--${flag} ${JSON.stringify(text)}：1sから${max}までの時間を指定してください（例：10s、2m、1h）`,
    everyBelowTimeout: (every: string, timeoutMs: number, floor: string) =>
      `--every ${every}：試行のタイムアウト（--timeout-ms ${timeoutMs}）より短い間隔です。${floor}以上を指定してください`,
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
    const sofar = q.live ? `途中経過（${n(q.expected)}個中${n(q.sent)}個のパケットを送信）：` : '';
    if (q.rttMedianMs === null) return `${sofar}${n(q.sent)}個のパケットのいずれにも応答なし`;
    return [
      `${sofar}中央値 ${formatMilliseconds(LANG, q.rttMedianMs)}`,
      ...(q.rttP95Ms === null ? [] : [`95パーセンタイル ${formatMilliseconds(LANG, q.rttP95Ms)}`]),
      ...(q.jitterMs === null ? [] : [`ジッター ${formatMilliseconds(LANG, q.jitterMs)}`]),
      q.live
        ? `損失 ${n(q.lost)}個`
        : `${n(q.sent)}個中${n(q.lost)}個のパケットが損失（${formatPercent(LANG, q.lossPct)}）`,
      ...(q.reordered > 0 ? [`順序の入れ替わり ${n(q.reordered)}個`] : []),
      ...(q.mos === null ? [] : [`推定MOS ${q.mos.toFixed(1)}（5点満点）`]),
    ].join('、');
  },
  /** The first screen while table X still runs: the verdict stands, the code comes at the end. */
  extrasRunning:
    '判定は確定しています。追加チェック（ガイド外）はまだ実行中です。ヘルプデスクコードとレポートは、完了後に表示されます。',
  longerTest: '通話品質を長めにテスト（3秒ではなく30秒）',
  longerTestHint:
    '項目 X.1では、通話と同じように20 msごとに小さなパケットを1つずつ、30秒間送信します。',
} satisfies Catalogue['EXTRA_SCREEN_TEXT'];

const RANGES =
  '52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28';
const OLDER_SIP = '54.213.166.17（sip.librestream.com）';
const olderExplanation =
  '旧構成のOnsightサイトは、米国の通話サーバー1台を使用します。TeamLinkがオンの場合に必要です。';

// What each row of the firewall guide is, in words a person on site understands, keyed by the
// guide's row id: `title` a statement, `explanation` one sentence, `fix` the rule for IT.
const ROW_WORDS = {
  '2-1.1': {
    title: 'Onsightがサインインして設定を読み込める',
    explanation:
      'Onsightは、サインインと、TeamLinkでの通話のために、Librestreamに安全に接続します。',
    fix: 'ファイアウォールとすべてのWebプロキシで、*.librestream.comへのアウトバウンドHTTPS（TCP 443）を許可してください。',
  },
  '2-1.2': {
    title: 'Librestreamとの通信が途中で復号されない',
    explanation:
      'Onsightは、通信相手がLibrestream本体であることを確認します。通信を復号して再署名する機器があると、接続できなくなります。',
    fix: 'プロキシまたはファイアウォールで、*.librestream.comのSSLインスペクション（HTTPS復号）を無効にしてください。',
  },
  '2-1.3': {
    title: '中国にあるLibrestreamのサーバーに到達できる',
    explanation: '中国でTeamLinkを使うサイトは、中国にあるLibrestreamのサーバーを経由します。',
    fix: 'すべてのプロキシで、*.librestreamtech.cnへのアウトバウンドHTTPS（TCP 443）を、SSLインスペクションを無効にして許可してください。',
  },
  '2-1.4': {
    title: '組織独自のOnsight用Webアドレスが使える',
    explanation: 'Onsightを指す独自のWebアドレスにも、到達できる必要があります。',
    fix: 'Librestreamを指す独自ドメインを、プロキシのHTTPS（TCP 443）の許可リストに追加し、SSLインスペクションを無効にしてください。',
  },
  '2-0.1': {
    title: 'Onsight Platform Manager：Onsightが通話サーバーを見つける方法',
    explanation:
      'Onsight Platform Managerの設定（SIP Detection Method「SIP Server Full」）で、このチェックがネットワーク上で確認できるものではありません。',
    fix: 'Onsight Platform Managerで、すべてのクライアントのクライアントポリシー「SIP Detection Method」を「SIP Server Full」に設定してください。',
  },
  '2-2.1': {
    title: '通話がこのネットワークを直接通る経路を見つけられる',
    explanation:
      'Onsightは、通話サーバーからこのネットワークがどう見えるかを調べて、通話を直接つなげるようにします。TeamLinkがオンの場合に必要です。',
    fix: `${RANGES}へのアウトバウンドUDP 3478（STUN）を許可してください。`,
  },
  '2-2.2': {
    title: '通話を確立できる',
    explanation: 'Onsightは、すべての通話を通話サーバーとの間で確立します。',
    fix: `${RANGES}へのアウトバウンドTCP 5060（SIP）を許可してください。`,
  },
  '2-2.3': {
    title: '通話を安全に確立できる',
    explanation: 'Onsightは、通話サーバーとの暗号化された接続で通話を確立します。',
    fix: `${RANGES}へのアウトバウンドTCP 5061（SIP over TLS 1.2）を、SSLインスペクションなしで許可してください。`,
  },
  '2-2.4': {
    title: '通話の音声と映像が届く',
    explanation:
      '通話の音声、映像、共有データは、Onsightのメディアサーバーとの間でやり取りされます。',
    fix: `${RANGES}へのアウトバウンドUDP 15000-65000（(S)RTP、(S)RTCP、STUN）を許可してください。`,
  },
  '2-2.5': {
    title: '通話サーバーへのWebリンクがリダイレクトされる',
    explanation: 'Webブラウザーを安全なアドレスに転送するためだけに使われます。',
    fix: `任意：${RANGES}へのアウトバウンドTCP 80（HTTP、リダイレクトのみ）を許可してください。`,
  },
  '2-2.6': {
    title: '通話サーバーがWebポートで安全に応答する',
    explanation: '通話サービスは、セキュアなWeb通信にも応答します。',
    fix: `${RANGES}へのアウトバウンドTCP 443（HTTPS）を許可してください。`,
  },
  '2-3.1': {
    title: '旧通話サーバー：通話の直接経路（1/3）',
    explanation: olderExplanation,
    fix: `${OLDER_SIP}へのアウトバウンドUDP 3478（STUN）を許可してください。`,
  },
  '2-3.2': {
    title: '旧通話サーバー：通話の直接経路（2/3）',
    explanation: olderExplanation,
    fix: `${OLDER_SIP}へのアウトバウンドUDP 58024（STUN）を許可してください。`,
  },
  '2-3.3': {
    title: '旧通話サーバー：通話の直接経路（3/3）',
    explanation: olderExplanation,
    fix: `${OLDER_SIP}へのアウトバウンドUDP 58523（STUN）を許可してください。`,
  },
  '2-3.4': {
    title: '旧通話サーバー：通話を確立できる',
    explanation: '旧構成のOnsightサイトは、米国の通話サーバー1台で通話を確立します。',
    fix: `${OLDER_SIP}へのアウトバウンドTCP 5060（SIP）を許可してください。`,
  },
  '2-3.5': {
    title: '旧通話サーバー：通話を安全に確立できる',
    explanation: '旧構成のOnsightサイトは、暗号化された接続で通話を確立します。',
    fix: `${OLDER_SIP}へのアウトバウンドTCP 5061（SIP over TLS 1.2）を、SSLインスペクションなしで許可してください。`,
  },
  '2-4.1': {
    title: '旧メディアサーバー：通話の音声と映像が届く',
    explanation:
      '旧構成のOnsightサイトは、通話の音声と映像を米国の6台のメディアサーバーに送ります。',
    fix: '54.200.152.202, 54.201.34.23, 54.213.38.103, 54.218.75.97, 54.213.75.101, 54.200.248.252へのアウトバウンドUDP 15000-65000（SRTP、SRTCP）を許可してください。',
  },
  '3-1.1': {
    title: 'このコンピューターに通話の音声と映像用の空きポートがある',
    explanation: 'Onsightは、このコンピューターの一定範囲のポートから通話メディアを送信します。',
    fix: 'このコンピューターでUDPポート6000-6200を使用しているプログラムを終了するか設定を変更してください。または、それより上のローカルポートからのOnsightのメディアを許可してください。',
  },
  '3-1.2': {
    title: '通話とサインインの通信を、このコンピューターのどのポートからでも送信できる',
    explanation: 'テストする内容はありません。サインインと通話確立の項目で、すでに確認できます。',
    fix: 'アウトバウンドのSIPとHTTPSについて、ローカル（送信元）ポートを制限しないでください。',
  },
  '3-1.3': {
    title: 'デバイス同士が通話メディアを直接送り合える',
    explanation:
      '許可されている場合、通話中の2台のデバイスはメディアを直接やり取りします。確認には2台目のデバイスが必要です。',
    fix: 'クライアント間の直接メディアを許可する場合は、Onsightデバイス間のUDP 6000-6199を許可してください。',
  },
  '4.1': {
    title: 'ここにあるiPhoneとiPadに通話の通知が届く',
    explanation:
      'このネットワーク上のAppleデバイスは、Appleのプッシュサービスを通じて着信を知らされます。',
    fix: '17.0.0.0/8へのアウトバウンドTCP 5223、2197、443を許可してください（Apple Push Notification service）。',
  },
  '4.2': {
    title: 'ここにあるAndroidのスマートフォンとタブレットに通話の通知が届く',
    explanation:
      'このネットワーク上のAndroidデバイスは、Googleのプッシュサービスを通じて着信を知らされます。',
    fix: 'mtalk.google.comとfcm.googleapis.comへのアウトバウンドTCP 5228、5229、5230、443を許可してください（Firebase Cloud Messaging）。',
  },
  'X.1': {
    title: 'OnsightのSTUNサーバーとの通話品質（往復時間、推定）',
    explanation:
      '通話の音声と同じように20 msごとに小さなパケットを数秒間、STUNに応答したOnsightサーバーに送り、往復にかかる時間、そのばらつき、失われるパケットの数を測ります。',
    fix: '良好な通話には、Onsightのサーバー（表 2-2）へのUDPで、パケットロス1%未満、往復時間100 ms未満、ジッター30 ms未満が必要です。このサイトとサーバーの間の輻輳や低速な回線を確認してください。',
  },
  'X.2': {
    title: 'NATの動作（このネットワークのアドレス変換方式）',
    explanation:
      'Onsightのどのサーバーと通信しても、このネットワークがこのコンピューターに同じパブリックアドレスとポートを使い続けるかを調べます。そうであれば、デバイス同士がメディアを直接送り合えます。',
    fix: '任意（デバイス間の直接メディア用、項目 3-1.3）：NATをUDPのEndpoint-Independent Mapping（RFC 4787、REQ-1）に設定してください。Onsightのサーバーを経由する通話は、どちらの場合も使用できます。',
  },
  'X.3': {
    title: 'SIP ALG（TCP 5060のSIPを書き換えるファイアウォール機能）',
    explanation:
      '一部のファイアウォールは、TCP 5060で通話を確立するSIPメッセージを書き換えます（SIP ALG）。これによりOnsightの通話確立が失敗することがあります。比較のため、どのファイアウォールも読み取れないTLS（5061）で同じリクエストを送ります。',
    fix: 'Onsightの通話サービス（表 2-2）へのTCP 5060について、SIP ALG（SIPインスペクション、SIPヘルパー、SIP fixupとも呼ばれます）を無効にしてください。',
  },
  'X.4': {
    title: 'OnsightのSTUNサーバーへの大きなUDPパケット',
    explanation:
      '映像は最大約1,200バイトのUDPパケットで送られます。大きなパケットを破棄するネットワークでは、音声は届いても映像が止まります。',
    fix: 'Onsightの通話サービス（表 2-2）への最大1,500バイトのUDPパケットとそのフラグメントを通過させ、経路のMTUを確認してください。',
  },
} satisfies Catalogue['ROW_WORDS'];

/** The guide's tables, by id, as a person on site would name them. */
const TABLE_WORDS = {
  '2-1': 'サインイン',
  '2-0': 'Onsight Platform Manager',
  '2-2': '通話',
  '2-3': '旧通話サーバー',
  '2-4': '旧メディアサーバー',
  '3-1': 'このコンピューター',
  '4': 'スマートフォンとタブレット',
  X: '追加チェック（ガイド外）',
} satisfies Catalogue['TABLE_WORDS'];

/** The app's native menu (main/app/menu.ts). */
const MENU_TEXT = {
  file: 'ファイル',
  saveReport: 'レポートを保存…',
  print: '印刷…',
  edit: '編集',
  view: '表示',
  language: '言語',
  /** The first item of the Language menu: follow the operating system's preferred languages. */
  systemLanguage: 'システムの言語',
  help: 'ヘルプ',
  enterHelpdeskCode: 'ヘルプデスクコードを入力…',
  openLogFolder: 'ログフォルダーを開く',
  closeWindow: 'ウインドウを閉じる',
  quit: '終了',
  copy: 'コピー',
  selectAll: 'すべてを選択',
  reload: '再読み込み',
  toggleDevTools: '開発者ツールの表示切り替え',
  resetZoom: '実際のサイズ',
  zoomIn: '拡大',
  zoomOut: '縮小',
  about: (product: string) => `${product}について`,
  aboutVersion: (version: string) => `バージョン ${version}`,
  aboutProfile: (id: string, version: string, revision: number, hash: string) =>
    `プロファイル ${id} ${version}、リビジョン${revision}（${hash}）`,
  /** The error box when the window cannot open at all. */
  couldNotStart: (product: string) => `${product}を起動できませんでした`,
} satisfies Catalogue['MENU_TEXT'];

/** Choosing the language: the CLI's note and the bilingual report's second part. */
const LANGUAGE_TEXT = {
  labelled: (label: string, text: string) => `${label}：${text}`,
  /** On stderr when LANG or --lang asks for a language this version does not have. */
  notAvailable: (asked: string, available: readonly string[]) =>
    `言語「${asked}」は利用できません（${available.join(', ')}）。英語を使用します。`,
  /** The heading of the English copy below a report in another language. */
  englishCopy: '英語版',
  englishCopyHint: '同じ結果の英語版です。Librestreamのサポートや、他の国のIT部門向けです。',
} satisfies Catalogue['LANGUAGE_TEXT'];

/** Two readings of one site side by side (issue 20). */
const COMPARE_TEXT = {
  change: (before: string, after: string) => `${before} → ${after}`,
  absent: 'この結果にはない',
} satisfies Catalogue['COMPARE_TEXT'];

/** `diff BEFORE AFTER` (issue 20). */
const DIFF_TEXT = {
  sides: { before: 'BEFORE', after: 'AFTER' },
  labels: { before: '変更前', after: '変更後' },
  file: (file: string, startedAt: string) => `結果ファイル ${file}、チェック開始 ${startedAt}`,
  code: (code: string) => `ヘルプデスクコード ${code}`,
  side: (what: string, profile: string) => `${what}（${profile}）`,
  profile: (id: string, version: string, revision: number) =>
    `プロファイル ${id} ${version} r${revision}`,
  changed: (count: number) => `${count}項目が変わりました：`,
  unchanged: '変わった項目はありません。',
  versionsDiffer:
    '2つの結果はプロファイルのバージョンが異なります：IDが一致する項目ごとに比較しました。',
  onlyOneSide: '片方にしかない項目：',
  diagnosis: { before: '変更前の診断：', after: '変更後の診断：' },
  errors: {
    count:
      'diffには結果を2つ指定してください：BEFORE AFTER（それぞれJSONファイルまたはヘルプデスクコード）',
    unreadable: (side: string, file: string, code: string) =>
      `${side} ${file}：読み取れません（${code}）`,
    notJson: (side: string, file: string, why: string) =>
      `${side} ${file}：JSONではありません（${why}）`,
    notResult: (side: string, file: string, why: string) =>
      `${side} ${file}：「onsight-netcheck run --json」の結果ではありません（${why}）`,
    neither: (side: string, text: string, why: string) =>
      `${side}「${text}」：そのファイルはなく、ヘルプデスクコードでもありません（${why}）`,
    code: (side: string, code: string, why: string) => `${side} ヘルプデスクコード ${code}：${why}`,
  },
} satisfies Catalogue['DIFF_TEXT'];

/** Issue 20, "Rules freshness": a STUN server reports its own address outside the guide's ranges. */
const ORIGIN_TEXT = {
  plain: '問題なし（サーバーがファイアウォールガイドにないアドレスを示しています）',
  recommended:
    'STUNサーバーが、ファイアウォールガイドに記載された範囲外のアドレスを自身のアドレスとして示しています。これらのルールの元になったガイドが古い可能性があります。Librestreamに「Onsight Firewall & Proxy Configuration Guide」の新しい版があるか確認し、新しいアドレス範囲をファイアウォールのルールに追加してください。',
};

/** Keep checking (issue 20). */
const KEEP_CHECKING_TEXT = {
  toggle: '確認を続ける',
  hint: (seconds: number, minutes: number) =>
    `ファイアウォールの変更中、合格していない項目を${n(seconds)}秒ごとに最長${n(minutes)}分間、再確認します。`,
  lastChecked: (time: string) => `最終確認 ${time}`,
  waiting: '数秒後に再確認します。',
  changesLabel: '変わったこと',
  change: (time: string, line: string) => `${time} ${line}`,
  verdictLabel: '結果',
  noChange: 'まだ変化はありません。',
  stoppedReady:
    'ここでOnsightが使えるようになりました。「確認を続ける」は自動的にオフになりました。',
  stoppedTime: (minutes: number) =>
    `「確認を続ける」は${n(minutes)}分後に停止しました。続けるには、もう一度オンにしてください。`,
  stoppedBroken: '「確認を続ける」は停止しました。最後の確認を完了できませんでした。',
} satisfies Catalogue['KEEP_CHECKING_TEXT'];

const COVERAGE_TEXT = {
  labels: {
    tested: 'この確認でテスト済み',
    inferred: '推定',
    'not-testable-here': 'このコンピューターからはテストできません',
    'not-tested': 'この確認ではテストしていません',
  },
  legendEntry: (mark: string, label: string) => `${mark} ${label}`,
  tested: 'この項目自身のテストで、実際の応答または明確な失敗が得られました。',
  inferred: {
    'same-servers': (rowIds: readonly string[]) =>
      `この項目自身のテストには応答がありませんでしたが、それだけでは何も証明されません。メディアサーバーは通話中以外にはほとんど応答しないためです。同じサーバーへの${rowsNamed(rowIds)}が通ったため、開いているものとみなします。`,
    'shown-by-rows': (rowIds: readonly string[]) =>
      `${rowsNamed(rowIds)}から推定しました。これらの接続はすでにランダムなローカルポートから送信されています。`,
    'phones-same-path': (_rowIds: readonly string[]) =>
      'このコンピューターから、同じネットワーク上のスマートフォンやタブレットが使う経路でテストしました。それらの端末の状況はこの結果から推定します。',
  },
  notTestableHere: {
    'second-device':
      '2台目のOnsightデバイスが必要です。デバイス間で直接送られるメディアは、1台のコンピューターからはテストできません。',
    'server-policy':
      'Onsight Platform Managerのサーバー側のポリシー設定であり、ネットワークから確認できるものではありません。',
  },
  notTested: {
    'left-out': (_rowIds: readonly string[]) => 'この確認では対象外にしました。',
    'option-off': (_rowIds: readonly string[]) =>
      'オプションがオフのため、この確認ではテストしていません。',
    'could-not-tell': (_rowIds: readonly string[]) =>
      'この確認では判定できませんでした。テストで明確な応答が得られませんでした。',
    'sources-not-tested': (rowIds: readonly string[]) =>
      `${rowsNamed(rowIds)}から推定する項目ですが、この確認ではそれらをテストしていません。`,
    'sources-failed': (rowIds: readonly string[]) =>
      `${rowsNamed(rowIds)}から推定する項目ですが、この確認ではそれらが通らなかったため、この項目については何も分かりません。`,
  },
  rules: 'ルール',
  guide: (name: string, document: string, revision: string, yearMonth: string) =>
    `${name} ${document} ${revision}（${formatMonth(LANG, yearMonth)}）`,
} satisfies Catalogue['COVERAGE_TEXT'];

const DIALOG_TEXT = {
  saveTitle: 'レポートを保存',
  openTitle: '保存したレポートを開く',
  fileTypes: {
    html: 'Webページ（HTML）',
    pdf: 'PDFドキュメント',
    text: 'テキスト',
    json: 'JSON',
  },
} satisfies Catalogue['DIALOG_TEXT'];

const OPEN_SAVED_TEXT = {
  open: '保存したレポートと比較…',
  opening: '開いています…',
  hint: '以前に保存したJSONレポートをこの確認の横に表示し、項目ごとに変わったことを示します。',
  heading: '保存したレポートとの比較',
  savedLabel: '保存したレポート',
  currentLabel: '今回の確認',
  started: (time: string) => `確認の開始：${time}`,
  close: '比較を閉じる',
  errors: {
    tooBig: (file: string, megabytes: number) =>
      `「${file}」は${n(megabytes)} MBを超えていて、保存したレポートとしては大きすぎるため、開きませんでした。`,
    unreadable: (file: string, code: string) => `「${file}」を読み取れませんでした（${code}）。`,
    notJson: (file: string, format: string) =>
      `「${file}」はJSONファイルではありません。後で比較するには、レポートを「${format}」形式で保存してください。`,
    notResult: (file: string, format: string) =>
      `「${file}」はJSONですが、Onsight Network Checkのレポートではありません。「${format}」形式で保存したレポートを選んでください。`,
  },
} satisfies Catalogue['OPEN_SAVED_TEXT'];

export const ja: Catalogue = {
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
