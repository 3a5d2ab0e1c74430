// One report model for every format, so HTML, text and JSON never tell different stories.
// The report covers the result document plus the profile's table titles and row order.
import type { Profile } from '../profile/schema';
import type { Diagnosis, HostInfo, ResultDocument } from '../results/schema';
import { natoSpelling } from '../helpdesk/nato';
import { COVERAGE_TEXT, currentLanguage, NETWORK_TEXT, REPORT_TEXT } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { localised } from '../results/assemble';
import { rowTitle, tableTitle } from '../i18n/row-words';
import {
  presentedStatus,
  presentedStatusWord,
  rowSummary,
  type PresentedStatus,
} from './presented-status';
import { kindWords, testedNetwork } from '../results/tested-network';
import {
  coverageLabel,
  coverageLegend,
  coverageMark,
  coverageNeedsWords,
  coverageSentence,
  guideName,
} from './coverage-words';

export interface ReportInput {
  result: ResultDocument;
  /** The profile the result was made with: its table titles and row order. */
  profile: Profile;
  /** Computer name, user name and local addresses; off unless the person asked for them. */
  includeComputerDetails: boolean;
  /**
   * An English copy of the whole report below the person's language (issue 19), so the site's
   * IT and Librestream's support read the same report. Default: on unless it is English.
   */
  englishCopy?: boolean;
}

/** Whether the report gets its English copy (ReportInput.englishCopy). */
export const wantsEnglishCopy = (input: ReportInput): boolean =>
  currentLanguage() !== 'en' && (input.englishCopy ?? true);

export interface ReportFact {
  label: string;
  values: string[];
}

export interface ReportRow {
  id: string;
  title: string;
  /** As every face shows it: an optional rule that did not get through is "recommended". */
  status: PresentedStatus;
  statusWord: string;
  summary: string;
  /**
   * What this run could test of the row (issue 20): its mark after the id, and the words,
   * given for every row that was not simply tested. Null for a document before issue 20.
   */
  coverage: { mark: string; label: string; sentence: string | null } | null;
}

export interface ReportModel {
  title: string;
  /** Date, duration, versions, options, mappings, proxy. */
  facts: ReportFact[];
  scope: string;
  /** The story, as the screen tells it (common/diagnosis). */
  diagnosis: Diagnosis;
  helpdeskCode: { code: string; spelling: string } | null;
  /** The detailed change request: every destination and port, under the diagnosis. */
  changeRequest: string[];
  tables: { id: string; title: string; rows: ReportRow[] }[];
  /** The legend of the rows' coverage marks, an entry each; none when no row has one. */
  coverageLegend: string[];
  /** Null when the run collected no host information. */
  network: { facts: ReportFact[]; note: string | null } | null;
}

/** ISO time → the report's date in the faces' language, in UTC (common/i18n/format.ts). */
export function formatReportDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatDateTime(currentLanguage(), d);
}

/** The host information a report may show: identity and local addresses only when asked for. */
export function redactHost(host: HostInfo, includeComputerDetails: boolean): HostInfo {
  if (includeComputerDetails) return host;
  const { hostname: _hostname, user: _user, ...rest } = host;
  return {
    ...rest,
    interfaces: host.interfaces.map(({ ipv4: _ipv4, ipv6: _ipv6, ...iface }) => iface),
  };
}

function networkFacts(host: HostInfo): ReportFact[] {
  const t = REPORT_TEXT.network;
  const facts: ReportFact[] = [{ label: t.os, values: [host.os] }];
  if (host.hostname) facts.push({ label: t.hostname, values: [host.hostname] });
  if (host.user) facts.push({ label: t.user, values: [host.user] });
  const tested = testedNetwork(host);
  const interfaces = host.interfaces.map((i) =>
    [
      i.name,
      ...(i.type ? [`(${kindWords(i.type, i.wifiName)})`] : []),
      ...[i.ipv4, i.ipv6].filter((a): a is string => a !== undefined),
      ...(i.default ? [`- ${t.defaultRoute}`] : []),
    ].join(' '),
  );
  facts.push({ label: t.interfaces, values: interfaces.length > 0 ? interfaces : [t.none] });
  if (tested.vpn !== null) facts.push({ label: NETWORK_TEXT.vpn, values: [tested.vpn] });
  if (tested.families !== null)
    facts.push({ label: NETWORK_TEXT.families, values: [tested.families] });
  facts.push({ label: t.gateway, values: [host.defaultGateway ?? t.none] });
  facts.push({ label: t.dns, values: host.dnsServers.length > 0 ? host.dnsServers : [t.none] });
  facts.push({ label: t.publicAddress, values: [host.publicAddress ?? t.unknown] });
  return facts;
}

/** The report in the language the faces speak now (common/i18n). */
export function buildReportModel({
  result: record,
  profile,
  includeComputerDetails,
}: ReportInput): ReportModel {
  const result = localised(record, profile);
  const l = REPORT_TEXT.labels;
  const { id, version, revision, hash } = result.profile;
  const facts: ReportFact[] = [
    { label: l.date, values: [formatReportDate(result.startedAt)] },
    { label: l.duration, values: [REPORT_TEXT.duration(result.durationMs)] },
    { label: l.app, values: [`${result.tool.name} ${result.tool.version}`] },
    { label: l.profile, values: [REPORT_TEXT.profile(id, version, revision, hash)] },
    { label: COVERAGE_TEXT.rules, values: [guideName(profile)] },
    { label: l.options, values: [REPORT_TEXT.options(result.options)] },
    {
      label: l.proxy,
      values: [
        REPORT_TEXT.proxy(result.proxy.sourceDetail ?? result.proxy.source, result.proxy.worked),
      ],
    },
  ];
  if (result.mappings.length > 0) {
    facts.push({
      label: l.mappings,
      values: result.mappings.map((m) => REPORT_TEXT.mapping(m.from, m.to)),
    });
  }

  const tableIds = [...profile.tables.map((t) => t.id), ...result.rows.map((r) => r.table)];
  const tables = [...new Set(tableIds)]
    .map((tableId) => ({
      id: tableId,
      title: tableTitle(
        profile.tables.find((t) => t.id === tableId) ?? { id: tableId, title: tableId },
      ),
      rows: result.rows
        .filter((r) => r.table === tableId)
        .map((r) => ({
          id: r.id,
          title: rowTitle(r),
          status: presentedStatus(r),
          statusWord: presentedStatusWord(presentedStatus(r)),
          summary: rowSummary(r),
          coverage: r.coverage
            ? {
                mark: coverageMark(r.coverage),
                label: coverageLabel(r.coverage),
                sentence: coverageNeedsWords(r.coverage) ? coverageSentence(r.coverage) : null,
              }
            : null,
        })),
    }))
    .filter((t) => t.rows.length > 0);

  const code = result.helpdeskCode;
  const host = result.host ? redactHost(result.host, includeComputerDetails) : null;
  return {
    title: REPORT_TEXT.title,
    facts,
    scope: REPORT_TEXT.scope,
    diagnosis: result.diagnosis,
    helpdeskCode: code ? { code, spelling: natoSpelling(code) } : null,
    changeRequest: result.changeRequest,
    tables,
    coverageLegend: coverageLegend(result.rows.map((r) => r.coverage)),
    network: host
      ? {
          facts: networkFacts(host),
          note: includeComputerDetails ? null : REPORT_TEXT.detailsLeftOut,
        }
      : null,
  };
}
