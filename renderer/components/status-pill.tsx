// A row's status as an icon AND a word: colour alone never carries the meaning (WCAG 1.4.1).
// An optional rule that failed shows as "Recommended" (common/reports/presented-status.ts).
import { presentedStatusWord, type PresentedStatus } from '../../common/reports/presented-status';

/** 16×16 strokes drawn in currentColor, so the icon follows the pill's text colour. */
const ICON_PATHS: Record<PresentedStatus, string> = {
  pending: 'M8 4v4l2.5 2.5',
  running: 'M8 2a6 6 0 1 1-6 6',
  pass: 'M3.5 8.5l3 3 6-7',
  warn: 'M8 4.5v4.5M8 11.5v.5',
  fail: 'M4.5 4.5l7 7M11.5 4.5l-7 7',
  unverified: 'M6 6a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.2v.5M8 11.8v.4',
  skipped: 'M4.5 8h7',
  info: 'M8 7.5v4M8 4.5v.5',
  // A plus: a rule to add.
  recommended: 'M8 5v6M5 8h6',
};

/** Statuses drawn inside a ring; the others are a bare mark. */
const RINGED = new Set<PresentedStatus>(['pending', 'warn', 'unverified', 'info', 'recommended']);

export function StatusIcon({ status }: { status: PresentedStatus }) {
  return (
    <svg
      className="status-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      data-status={status}
    >
      {RINGED.has(status) && <circle cx="8" cy="8" r="6.5" />}
      <path d={ICON_PATHS[status]} />
    </svg>
  );
}

export function StatusPill({ status }: { status: PresentedStatus }) {
  return (
    <span className={`pill pill-${status}`}>
      <StatusIcon status={status} />
      <span className="pill-word">{presentedStatusWord(status)}</span>
    </span>
  );
}
