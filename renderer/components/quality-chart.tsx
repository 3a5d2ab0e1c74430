// X.1's round trips over the burst (issue 18): a small SVG drawn here (no chart library), one
// point per request in send order, a gap and a tick along the top for each one lost. The
// figures in words are its text alternative and its caption, so nothing is in the picture only.
import { EXTRA_SCREEN_TEXT, LANGUAGE_TEXT } from '../../common/i18n';
import type { QualityShown } from '../state/run-state';

const WIDTH = 240;
const HEIGHT = 64;
/** Room on the left for the scale's label, and a band along the top for the loss ticks. */
const LEFT = 44;
const TOP = 10;
const BOTTOM = 4;
const TICK = 6;
/** The scale never squeezes a clean 2 ms path into a wall of noise. */
const MIN_SCALE_MS = 20;

/** 20, 50, 100, 200, 500…: the first of these at or above `ms`. */
function scaleOf(ms: number): number {
  for (let step = 10; ; step *= 10)
    for (const m of [2, 5, 10]) if (step * m >= Math.max(ms, MIN_SCALE_MS)) return step * m;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The line through the answers, broken at every request without one. */
function pathOf(
  series: readonly (number | null)[],
  x: (i: number) => number,
  y: (ms: number) => number,
) {
  let d = '';
  let drawing = false;
  series.forEach((ms, i) => {
    if (ms === null) {
      drawing = false;
      return;
    }
    // A lone answer between two losses is a dot: a zero-length segment with a round cap.
    d += drawing ? `L${round(x(i))} ${round(y(ms))}` : `M${round(x(i))} ${round(y(ms))}h0`;
    drawing = true;
  });
  return d;
}

/**
 * The requests without an answer. While the burst runs, those after the last answer may still
 * be on their way: they count as lost once an answer to a later request came, or it ended.
 */
function lostOf(series: readonly (number | null)[], live: boolean): number[] {
  let end = series.length;
  if (live) while (end > 0 && series[end - 1] === null) end -= 1;
  return series.flatMap((ms, i) => (ms === null && i < end ? [i] : []));
}

export function QualityChart({ shown }: { shown: QualityShown }) {
  const { quality: q, live } = shown;
  // The burst's whole length from the start, so a live line grows from left to right.
  const expected = Math.max(q.series.length, Math.round(q.durationMs / q.intervalMs), 2);
  const answered = q.series.filter((ms): ms is number => ms !== null);
  const scale = scaleOf(Math.max(0, ...answered));
  const x = (i: number) => LEFT + (i * (WIDTH - LEFT - 2)) / (expected - 1);
  const y = (ms: number) =>
    HEIGHT - BOTTOM - (Math.min(ms, scale) / scale) * (HEIGHT - TOP - BOTTOM);
  const lost = lostOf(q.series, live);
  const words = EXTRA_SCREEN_TEXT.figures({
    ...q,
    live,
    expected,
    lost: live ? lost.length : q.sent - q.answered,
  });
  return (
    <figure className="quality" data-testid="quality-chart" data-live={live}>
      <svg
        className="quality-chart"
        role="img"
        aria-label={LANGUAGE_TEXT.labelled(EXTRA_SCREEN_TEXT.qualityLabel, words)}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        focusable="false"
      >
        <text className="quality-scale" x={LEFT - 6} y={TOP + 4} textAnchor="end">
          {EXTRA_SCREEN_TEXT.scale(scale)}
        </text>
        <text className="quality-scale" x={LEFT - 6} y={HEIGHT - BOTTOM} textAnchor="end">
          0
        </text>
        <path
          className="quality-axis"
          d={`M${LEFT} ${TOP}V${HEIGHT - BOTTOM}H${WIDTH - 2}`}
          fill="none"
        />
        {q.rttMedianMs !== null && (
          <path
            className="quality-median"
            d={`M${LEFT} ${round(y(q.rttMedianMs))}H${WIDTH - 2}`}
            fill="none"
          />
        )}
        <path className="quality-line" d={pathOf(q.series, x, y)} fill="none" />
        {lost.length > 0 && (
          <path
            className="quality-lost"
            d={lost.map((i) => `M${round(x(i))} 0v${TICK}`).join('')}
            fill="none"
          />
        )}
      </svg>
      <figcaption>
        <span className="quality-label">{EXTRA_SCREEN_TEXT.chartCaption(q.server)}</span>
        <span className="quality-figures">{words}</span>
      </figcaption>
    </figure>
  );
}
