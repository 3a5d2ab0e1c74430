// X.1's limits (issue 18), those of Microsoft 365's network connectivity test: a call passes
// with loss under 1%, a round trip under 100 ms and jitter under 30 ms; up to 5%, 300 ms and
// 50 ms it warns; beyond any of them it fails. One copy: the engine grades by them
// (main/engine/quality/thresholds.ts) and the words quote them (common/i18n/en.ts).

export type QualityFigure = 'loss' | 'rtt' | 'jitter';

/** Each figure's limits: below `pass` passes, up to `warn` (inclusive) warns. */
export const QUALITY_LIMITS: Record<QualityFigure, { pass: number; warn: number }> = {
  loss: { pass: 1, warn: 5 },
  rtt: { pass: 100, warn: 300 },
  jitter: { pass: 30, warn: 50 },
};
