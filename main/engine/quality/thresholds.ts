// X.1's status from its figures (issue 18), by the limits of Microsoft 365's network
// connectivity test: a call passes with loss under 1%, a round trip under 100 ms and jitter
// under 30 ms; up to 5%, 300 ms and 50 ms it warns; beyond any of them it fails. Pure.

export type QualityFigure = 'loss' | 'rtt' | 'jitter';
export type QualityGrade = 'pass' | 'warn' | 'fail';

/** Each figure's limits: below `pass` passes, up to `warn` (inclusive) warns. */
export const QUALITY_LIMITS: Record<QualityFigure, { pass: number; warn: number }> = {
  loss: { pass: 1, warn: 5 },
  rtt: { pass: 100, warn: 300 },
  jitter: { pass: 30, warn: 50 },
};

export interface QualityFigures {
  lossPct: number;
  /** The median round trip; null: nothing answered. */
  rttMs: number | null;
  /** Null: fewer than two answers, nothing to compare (it does not count against the path). */
  jitterMs: number | null;
}

const gradeOf = (value: number, { pass, warn }: { pass: number; warn: number }): QualityGrade =>
  value < pass ? 'pass' : value <= warn ? 'warn' : 'fail';

const RANK: Record<QualityGrade, number> = { pass: 0, warn: 1, fail: 2 };

/** Each figure's grade and the worst of them; no answer at all fails. */
export function gradeQuality(figures: QualityFigures): {
  grade: QualityGrade;
  figures: Record<QualityFigure, QualityGrade>;
} {
  const graded: Record<QualityFigure, QualityGrade> = {
    loss: gradeOf(figures.lossPct, QUALITY_LIMITS.loss),
    rtt: figures.rttMs === null ? 'fail' : gradeOf(figures.rttMs, QUALITY_LIMITS.rtt),
    jitter: figures.jitterMs === null ? 'pass' : gradeOf(figures.jitterMs, QUALITY_LIMITS.jitter),
  };
  const grade = Object.values(graded).reduce((worst, g) => (RANK[g] > RANK[worst] ? g : worst));
  return { grade, figures: graded };
}
