// X.1's status from its figures (issue 18), by the limits in common/quality-limits.ts. Pure.
import { QUALITY_LIMITS, type QualityFigure } from '../../../common/quality-limits';

export type QualityGrade = 'pass' | 'warn' | 'fail';

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
