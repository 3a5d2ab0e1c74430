// The HTML report: one self-contained file (inline CSS, no scripts, no links, no requests)
// that reads on screen and prints on A4 or Letter alike.
import { currentLanguage, DIAGNOSIS_TEXT, inLanguage, LANGUAGE_TEXT, REPORT_TEXT } from '../i18n';
import {
  buildReportModel,
  wantsEnglishCopy,
  type ReportFact,
  type ReportInput,
  type ReportRow,
} from './model';

/**
 * Escapes text for HTML. "://" is written with an entity so that no viewer or mail client
 * turns a URL in a probe's message into a live link that would fetch something.
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('://', '&#58;//');
}

/**
 * No fixed page size: the same margins fit A4 (210 × 297 mm) and Letter (216 × 279 mm), and
 * rows never split across pages.
 */
const STYLE = `
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .75rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #c8ccd1; padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1rem 0 .35rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.scope { font-style: italic; }
.verdict { border: 2px solid #6a737d; border-left-width: .6rem; padding: .5rem 1rem; }
.verdict .headline { font-size: 1.25rem; font-weight: 700; margin: .25rem 0; }
.verdict-ready { border-color: #1a7f37; }
.verdict-teamlink-only { border-color: #9a6700; }
.verdict-inconclusive { border-color: #6a737d; }
.verdict-not-ready { border-color: #cf222e; }
.code { font: 700 1.6rem/1.2 ui-monospace, "Cascadia Mono", Consolas, "Courier New", monospace; letter-spacing: .08em; margin: .25rem 0; }
.spelling, .note { font-size: .9rem; color: #424a53; }
ul.rules { padding-left: 1.25rem; }
ul.rules li { font-family: ui-monospace, Consolas, "Courier New", monospace; font-size: .92rem; margin: .3rem 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin-bottom: .5rem; }
/* The same columns in every table, so the guide's tables line up. */
table { table-layout: fixed; }
th:nth-child(1) { width: 4.5rem; }
th:nth-child(2) { width: 38%; }
th:nth-child(3) { width: 7.5rem; }
.verdict h2 { margin-top: .5rem; }
.steps dt { font-weight: 700; margin-top: .4rem; }
.steps dd { margin: 0 0 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #d8dbdf; }
th { background: #f3f4f6; }
td.id { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.summary { overflow-wrap: anywhere; color: #424a53; }
.coverage-mark { font-weight: 700; margin-left: .1rem; text-decoration: none; cursor: help; }
td.summary .coverage { margin: .25rem 0 0; font-size: .9rem; }
.status { font-weight: 700; white-space: nowrap; }
.status-pass { color: #1a7f37; }
.status-warn { color: #9a6700; }
.status-fail { color: #cf222e; }
.status-unverified { color: #6e40c9; }
.status-recommended { color: #0969da; }
.status-skipped, .status-info, .status-pending, .status-running { color: #57606a; }
@page { margin: 15mm 14mm; }
/* The English copy (issue 19): below the person's language, on pages of its own in print. */
.english-copy { border-top: 3px double #d0d7de; margin-top: 40px; padding-top: 8px; }
.copy-heading { font-size: 1.4em; font-weight: 600; margin: 0.4em 0; }
@media print {
  .english-copy { break-before: page; border-top: none; margin-top: 0; }
  body { font-size: 9.5pt; margin: 0; max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  tr, li, .verdict, dl.facts { break-inside: avoid; }
  thead { display: table-header-group; }
  .verdict, .status, th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

function facts(list: readonly ReportFact[]): string {
  const items = list.map(
    (f) => `<dt>${escapeHtml(f.label)}</dt><dd>${f.values.map(escapeHtml).join('<br>')}</dd>`,
  );
  return `<dl class="facts">${items.join('')}</dl>`;
}

function sectionOf(id: string, title: string, body: string, className = ''): string {
  const cls = className ? ` class="${className}"` : '';
  return `<section${cls} aria-labelledby="${id}">\n<h2 id="${id}">${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

/** The report's sections in the faces' language; `prefix` keeps the English copy's ids apart. */
function reportParts(input: ReportInput, prefix: string): { title: string; parts: string[] } {
  const model = buildReportModel(input);
  const section = (id: string, title: string, body: string, className = '') =>
    sectionOf(`${prefix}${id}`, title, body, className);
  const l = REPORT_TEXT.labels;
  const parts: string[] = [];

  parts.push(
    `<header>\n<h1>${escapeHtml(model.title)}</h1>\n${facts(model.facts)}\n<p class="scope">${escapeHtml(model.scope)}</p>\n</header>`,
  );

  const { diagnosis } = model;
  const d = DIAGNOSIS_TEXT.labels;
  const caveats = diagnosis.caveats.map(
    (c) => `<p class="note">${escapeHtml(LANGUAGE_TEXT.labelled(d.caveat, c))}</p>`,
  );
  const steps = `<dl class="steps">\n${(
    [
      [d.onSite, diagnosis.steps.onSite],
      [d.helpdesk, diagnosis.steps.helpdesk],
      [d.it, diagnosis.steps.it],
    ] as const
  )
    .map(([label, text]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(text)}</dd>`)
    .join('\n')}\n</dl>`;
  const list = (label: string, items: readonly string[]) =>
    items.length === 0
      ? []
      : [
          `<h3>${escapeHtml(label)}</h3>`,
          `<ul class="rules">\n${items.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}\n</ul>`,
        ];
  parts.push(
    section(
      'result',
      l.verdict,
      [
        `<p class="headline">${escapeHtml(diagnosis.headline)}</p>`,
        `<p>${escapeHtml(diagnosis.reason)}</p>`,
        ...caveats,
        steps,
        ...list(d.mustFix, diagnosis.mustFix),
        ...list(d.recommended, diagnosis.recommended),
      ].join('\n'),
      `verdict verdict-${diagnosis.verdict}`,
    ),
  );

  parts.push(
    section(
      'helpdesk-code',
      l.code,
      model.helpdeskCode
        ? [
            `<p class="code">${escapeHtml(model.helpdeskCode.code)}</p>`,
            `<p class="spelling">${escapeHtml(LANGUAGE_TEXT.labelled(l.spelling, model.helpdeskCode.spelling))}</p>`,
            `<p class="note">${escapeHtml(REPORT_TEXT.codeHint)}</p>`,
          ].join('\n')
        : `<p>${escapeHtml(REPORT_TEXT.noCode)}</p>`,
    ),
  );

  parts.push(
    section(
      'change-request',
      d.details,
      model.changeRequest.length > 0
        ? `<ul class="rules">\n${model.changeRequest.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}\n</ul>`
        : `<p>${escapeHtml(REPORT_TEXT.noChanges)}</p>`,
    ),
  );

  const head = `<thead><tr><th scope="col">${escapeHtml(l.row)}</th><th scope="col">${escapeHtml(l.check)}</th><th scope="col">${escapeHtml(l.status)}</th><th scope="col">${escapeHtml(l.details)}</th></tr></thead>`;
  // The coverage mark carries its label for a screen reader and a pointer (issue 20).
  const mark = (row: ReportRow) =>
    row.coverage?.mark
      ? `<span class="coverage-mark" role="img" title="${escapeHtml(row.coverage.label)}" aria-label="${escapeHtml(row.coverage.label)}">${escapeHtml(row.coverage.mark)}</span>`
      : '';
  const coverage = (row: ReportRow) =>
    row.coverage?.sentence
      ? `<p class="coverage">${escapeHtml(LANGUAGE_TEXT.labelled(row.coverage.label, row.coverage.sentence))}</p>`
      : '';
  const tables = model.tables.map((table) => {
    const rows = table.rows.map(
      (row) =>
        `<tr><td class="id">${escapeHtml(row.id)}${mark(row)}</td><td>${escapeHtml(row.title)}</td><td class="status status-${row.status}">${escapeHtml(row.statusWord)}</td><td class="summary">${escapeHtml(row.summary)}${coverage(row)}</td></tr>`,
    );
    return `<h3>${escapeHtml(table.title)}</h3>\n<table>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
  });
  const legend =
    model.coverageLegend.length > 0
      ? `\n<p class="note">${model.coverageLegend.map(escapeHtml).join('<br>')}</p>`
      : '';
  parts.push(section('checks', l.checks, `${tables.join('\n')}${legend}`));

  if (model.network) {
    const note = model.network.note
      ? `\n<p class="note">${escapeHtml(model.network.note)}</p>`
      : '';
    parts.push(section('network', l.network, `${facts(model.network.facts)}${note}`));
  }

  const title = `${model.title}, ${model.facts[0]?.values[0] ?? ''}`;
  return { title, parts };
}

export function htmlReport(input: ReportInput): string {
  const { title, parts } = reportParts(input, '');
  const copy = wantsEnglishCopy(input)
    ? [
        `<section class="english-copy" lang="en" aria-labelledby="english-copy">`,
        `<p class="copy-heading" id="english-copy">${escapeHtml(LANGUAGE_TEXT.englishCopy)}</p>`,
        `<p class="note">${escapeHtml(LANGUAGE_TEXT.englishCopyHint)}</p>`,
        ...inLanguage('en', () => reportParts(input, 'en-').parts),
        '</section>',
      ]
    : [];
  return [
    '<!DOCTYPE html>',
    `<html lang="${currentLanguage()}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...parts,
    ...copy,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
