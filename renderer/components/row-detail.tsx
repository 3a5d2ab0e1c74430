// Everything behind one row: why it matters, each probe's target, port, outcome and time,
// and the rule to open, ready to copy into a change request.
import type { PlannedRow } from '../../common/plan';
import type { ProbeResult, RowResult } from '../../common/results/schema';
import { APP_TEXT, BLOCK_TEXT, LANGUAGE_TEXT, SCREEN_TEXT } from '../../common/i18n';
import { rowExplanation } from '../../common/i18n/row-words';
import { rowSummary } from '../../common/reports/presented-status';
import { coverageLabel, coverageSentence } from '../../common/reports/coverage-words';
import { CopyButton } from './copy-button';

const t = APP_TEXT.table;

function ProbeLine({ probe }: { probe: ProbeResult }) {
  return (
    <tr>
      <td className="mono">
        {probe.mappedFrom ?? probe.target}
        {probe.mappedFrom !== undefined && (
          <span className="muted"> {t.viaMapping(probe.target)}</span>
        )}
        {probe.detail.addresses && (
          <div className="muted">{BLOCK_TEXT.addressesLine(probe.detail.addresses)}</div>
        )}
      </td>
      <td className="mono">{probe.port}</td>
      <td>{APP_TEXT.outcomes[probe.outcome]}</td>
      <td className="mono">{probe.rttMs === null ? t.noTime : t.time(probe.rttMs)}</td>
      <td>{probe.detail.message ?? ''}</td>
    </tr>
  );
}

export function RowDetail({ row, planned }: { row: RowResult; planned: PlannedRow | undefined }) {
  const unfinished = row.status === 'pending' || row.status === 'running';
  return (
    <div className="row-detail">
      {/* The table shows at most two lines of the result: here it is whole. */}
      {row.summary && <p className="row-detail-summary">{rowSummary(row)}</p>}
      <p>{rowExplanation(row.id, planned?.explanation)}</p>
      {row.coverage && (
        <p className="row-coverage" data-testid="row-coverage">
          <strong>{LANGUAGE_TEXT.labelled(coverageLabel(row.coverage), '')}</strong>
          {coverageSentence(row.coverage)}
        </p>
      )}
      {/* The technical identity: the guide's own wording, ports and protocol included. */}
      <p className="muted guide-row">
        <strong>{SCREEN_TEXT.guideLabel}: </strong>
        {SCREEN_TEXT.guideRow(row.id, row.title)}
        {planned?.explanation && `. ${planned.explanation}`}
      </p>
      {planned?.notes?.map((note) => (
        <p key={note} className="muted">
          {note}
        </p>
      ))}
      {row.probes.length > 0 ? (
        <div className="scroll-x">
          <table className="probes">
            <caption>{t.probesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columnTarget}</th>
                <th scope="col">{t.columnPort}</th>
                <th scope="col">{t.columnOutcome}</th>
                <th scope="col">{t.columnTime}</th>
                <th scope="col">{t.columnMessage}</th>
              </tr>
            </thead>
            <tbody>
              {row.probes.map((probe, i) => (
                <ProbeLine
                  key={`${probe.probeId}:${probe.target}:${probe.port}:${i}`}
                  probe={probe}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{unfinished ? t.probesPending : t.noProbes}</p>
      )}
      {row.remediation && (
        <div className="fix">
          <h3 className="fix-label">{t.fixLabel}</h3>
          <p className="fix-text">{row.remediation}</p>
          <CopyButton text={row.remediation} label={`${t.fixLabel} (${row.id})`} />
        </div>
      )}
    </div>
  );
}
