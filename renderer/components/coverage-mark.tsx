// A row's coverage mark after its status (issue 20): "~" inferred, "*" cannot be tested from this
// computer; its label is its accessible name and its tooltip. Tested and not-tested rows
// carry none: their status already says it.
import type { Coverage } from '../../common/results/schema';
import { coverageLabel, coverageLegend, coverageMark } from '../../common/reports/coverage-words';

export function CoverageMark({ coverage }: { coverage: Coverage | undefined }) {
  const mark = coverageMark(coverage);
  if (!coverage || !mark) return null;
  const label = coverageLabel(coverage);
  return (
    <>
      {/* A space, so the row's accessible name reads "Pass Inferred", never "PassInferred". */}{' '}
      <span className="coverage-mark" role="img" aria-label={label} title={label}>
        {mark}
      </span>
    </>
  );
}

/** The legend of the marks under a table, an entry each, set apart; nothing without a mark. */
export function CoverageLegend({
  coverages,
  testId,
}: {
  coverages: readonly (Coverage | null | undefined)[];
  testId?: string;
}) {
  const entries = coverageLegend(coverages);
  if (entries.length === 0) return null;
  return (
    <p className="muted coverage-legend" data-testid={testId}>
      {entries.map((entry) => (
        <span key={entry}>{entry}</span>
      ))}
    </p>
  );
}
