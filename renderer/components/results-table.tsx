// The guide's tables, in the profile's order, one line per row with its status and summary.
import { Fragment, useState } from 'react';
import type { Plan, PlannedRow } from '../../common/plan';
import type { RowResult } from '../../common/results/schema';
import { APP_TEXT } from '../../common/i18n';
import { rowTitle, tableTitle } from '../../common/i18n/row-words';
import {
  isNoteRow,
  isProblemRow,
  plainResult,
  presentedStatus,
  rowSummary,
} from '../../common/reports/presented-status';
import { StatusPill } from './status-pill';
import { CoverageLegend, CoverageMark } from './coverage-mark';
import { RowDetail } from './row-detail';
import { QualityChart } from './quality-chart';
import { qualityOf, type RunState } from '../state/run-state';

const t = APP_TEXT.table;

export interface ResultsTableProps {
  tables: Plan['tables'];
  rows: readonly RowResult[];
  plannedRows: readonly PlannedRow[];
  onlyProblems: boolean;
  /** Long probes' figures so far (X.1's burst, from probe-progress): drawn as they come. */
  live?: RunState['live'];
}

interface ResultRowProps {
  row: RowResult;
  planned: PlannedRow | undefined;
  live: RunState['live'];
}

function ResultRow({ row, planned, live }: ResultRowProps) {
  const [open, setOpen] = useState(false);
  const detailId = `detail-${row.id}`;
  return (
    <Fragment>
      <tr className={`row row-${row.status}`} data-row-id={row.id}>
        <th scope="row" className="row-id mono">
          {row.id}
        </th>
        <td className="row-title">{rowTitle(row)}</td>
        <td className="row-status">
          <StatusPill status={presentedStatus(row)} />
          <CoverageMark coverage={row.coverage} />
        </td>
        <td className="row-summary">
          {/* Plain words here, at most two lines (styles.css); the engine's sentence, with its
              addresses and ports, is the tooltip and the first line of the Details. */}
          <span className="summary-text" title={rowSummary(row)}>
            {plainResult(row)}
          </span>
          {qualityOf(row, live).map((shown) => (
            <QualityChart key={shown.probeId} shown={shown} />
          ))}
        </td>
        <td className="row-toggle">
          <button
            type="button"
            className="button button-small disclosure"
            aria-expanded={open}
            aria-controls={detailId}
            aria-label={t.detailsFor(row.id)}
            onClick={() => setOpen(!open)}
          >
            {t.showDetails}
          </button>
        </td>
      </tr>
      <tr id={detailId} className="detail-row" hidden={!open}>
        <td colSpan={5}>{open && <RowDetail row={row} planned={planned} />}</td>
      </tr>
    </Fragment>
  );
}

export function ResultsTable({
  tables,
  rows,
  plannedRows,
  onlyProblems,
  live = {},
}: ResultsTableProps) {
  const planned = new Map(plannedRows.map((r) => [r.id, r]));
  // A table whose every row is switched off (the legacy Tables 2-3 and 2-4 by default) is noise.
  // Reminders (2-0.1, 3-1.2) are notes for IT (problems-panel.tsx), not rows with a status.
  const groups = tables
    .map((table) => {
      const all = rows.filter((r) => r.table === table.id && !isNoteRow(r));
      const shown = onlyProblems ? all.filter(isProblemRow) : all;
      return { table, shown, visible: all.some((r) => r.enabled) && shown.length > 0 };
    })
    .filter((g) => g.visible);

  return (
    <div className="results" aria-label={t.resultsLabel} role="region">
      {groups.length === 0 && onlyProblems && <p className="empty">{t.noProblems}</p>}
      {groups.map(({ table, shown }) => (
        <section key={table.id} className="group" aria-labelledby={`table-${table.id}`}>
          <h2 id={`table-${table.id}`}>{tableTitle(table)}</h2>
          <div className="scroll-x">
            <table className="rows">
              <colgroup>
                <col className="col-id" />
                <col className="col-title" />
                <col className="col-status" />
                <col />
                <col className="col-toggle" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t.columnRow}</th>
                  <th scope="col">{t.columnCheck}</th>
                  <th scope="col">{t.columnStatus}</th>
                  <th scope="col">{t.columnResult}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.columnDetails}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <ResultRow key={row.id} row={row} planned={planned.get(row.id)} live={live} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <CoverageLegend
        coverages={groups.flatMap((g) => g.shown.map((r) => r.coverage))}
        testId="coverage-legend"
      />
    </div>
  );
}
