// A lab run's result against its scenario's ground truth: one line per row (expected,
// observed, outcomes), and one sentence per mismatch naming the scenario, the row, what was
// expected and what was observed.
import type { ResultDocument } from '../../common/results/schema';
import { decodeForDisplay } from '../../common/helpdesk/decoded-table';
import { defaultProfile } from '../../main/engine/profile-loader';
import type { ScenarioRun } from './scenarios';

export interface Comparison {
  table: string;
  mismatches: string[];
}

const pad = (text: string, width: number) => text.padEnd(width);

export function compareWithGroundTruth(run: ScenarioRun, result: ResultDocument): Comparison {
  const mismatches: string[] = [];
  const lines = [
    `${run.id}: ${run.title}`,
    `  ${pad('row', 8)}${pad('expected', 14)}${pad('observed', 14)}${pad('outcomes', 24)}`,
  ];
  const seen = new Set<string>();
  for (const row of result.rows) {
    seen.add(row.id);
    const expected = run.expect.rows[row.id];
    const outcomes = [...new Set(row.probes.map((p) => p.outcome))];
    const wantedOutcome = run.expect.outcomes?.[row.id];
    const statusOk = expected === row.status;
    const outcomeOk = wantedOutcome === undefined || outcomes.every((o) => o === wantedOutcome);
    if (expected === undefined) {
      mismatches.push(`${run.id}, row ${row.id}: no ground truth written, observed ${row.status}`);
    } else if (!statusOk) {
      mismatches.push(
        `${run.id}, row ${row.id}: expected ${expected}, observed ${row.status} (${row.summary})`,
      );
    }
    if (!outcomeOk || (wantedOutcome !== undefined && outcomes.length === 0)) {
      mismatches.push(
        `${run.id}, row ${row.id}: expected outcome ${wantedOutcome} on every probe, observed ${outcomes.join(', ') || 'none'}`,
      );
    }
    let addressOk = true;
    for (const [target, wanted] of Object.entries(run.expect.answeredBy?.[row.id] ?? {})) {
      const addresses = typeof wanted === 'string' ? [wanted] : wanted;
      const observed = row.probes.filter((p) => p.mappedFrom === target).map((p) => p.address);
      if (observed.length > 0 && observed.every((a) => a !== null && addresses.includes(a)))
        continue;
      addressOk = false;
      mismatches.push(
        `${run.id}, row ${row.id}: expected ${target} answered by ${addresses.join(' or ')}, observed ${observed.join(', ') || 'no probe'}`,
      );
    }
    // Coverage (issue 20): what this run could test of the row, against the hand-written kind.
    const wantedCoverage = run.expect.coverage?.[row.id];
    const coverageOk = run.expect.coverage === undefined || row.coverage?.kind === wantedCoverage;
    if (!coverageOk)
      mismatches.push(
        wantedCoverage === undefined
          ? `${run.id}, row ${row.id}: no coverage written, observed ${row.coverage?.kind ?? 'none'}`
          : `${run.id}, row ${row.id}: expected coverage ${wantedCoverage}, observed ${row.coverage?.kind ?? 'none'}`,
      );
    const mark = statusOk && outcomeOk && addressOk && coverageOk ? '' : '  <-- MISMATCH';
    const outcomeText = wantedOutcome
      ? `${outcomes.join(',')} (want ${wantedOutcome})`
      : outcomes.join(',');
    lines.push(
      `  ${pad(row.id, 8)}${pad(expected ?? '?', 14)}${pad(row.status, 14)}${pad(outcomeText, 24)}${mark}`,
    );
  }
  for (const id of Object.keys(run.expect.rows).filter((id) => !seen.has(id)))
    mismatches.push(`${run.id}, row ${id}: expected ${run.expect.rows[id]}, observed no such row`);
  const verdictOk = result.verdict.status === run.expect.verdict;
  if (!verdictOk) {
    mismatches.push(
      `${run.id}, verdict: expected ${run.expect.verdict}, observed ${result.verdict.status} (${result.verdict.reason})`,
    );
  }
  lines.push(
    `  ${pad('verdict', 8)}${pad(run.expect.verdict, 14)}${pad(result.verdict.status, 14)}${pad(`${result.durationMs} ms`, 24)}${verdictOk ? '' : '  <-- MISMATCH'}`,
  );
  const { cause, product } = result.diagnosis;
  const causeOk = cause === run.expect.cause && product === (run.expect.product ?? null);
  if (!causeOk)
    mismatches.push(
      `${run.id}, cause: expected ${run.expect.cause}${run.expect.product ? ` (${run.expect.product})` : ''}, observed ${cause}${product ? ` (${product})` : ''}: ${result.diagnosis.headline}`,
    );
  lines.push(
    `  ${pad('cause', 8)}${pad(run.expect.cause, 22)}${pad(cause, 22)}${causeOk ? '' : '  <-- MISMATCH'}`,
  );
  // Every warning reaches the story: a "ready" with a warn row says "…, but" and why.
  for (const row of result.rows.filter((r) => r.status === 'warn'))
    if (!result.diagnosis.caveats.some((caveat) => caveat.includes(`row ${row.id}`)))
      mismatches.push(`${run.id}, row ${row.id} warns, but no caveat names it`);
  // The helpdesk code must tell the agent exactly this run's story.
  const { profile, hash } = defaultProfile();
  const code = result.helpdeskCode ?? '';
  const decoded = decodeForDisplay(code, profile, hash);
  const codeOk =
    decoded.ok && JSON.stringify(decoded.decoded.diagnosis) === JSON.stringify(result.diagnosis);
  if (!codeOk)
    mismatches.push(
      `${run.id}, helpdesk code ${code}: ${decoded.ok ? 'decodes to another diagnosis' : decoded.message}`,
    );
  lines.push(
    `  ${pad('code', 8)}${pad(code, 30)}${pad(`${code.replaceAll('-', '').length} characters`, 22)}${codeOk ? '' : '  <-- MISMATCH'}`,
  );
  return { table: lines.join('\n'), mismatches };
}
