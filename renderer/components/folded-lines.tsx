// A list folded to its first lines, with a disclosure for the rest (issue 17: the change
// request must not push the results off the screen; it is whole in the report).
import { useId, useState } from 'react';
import { SCREEN_TEXT } from '../../common/i18n';
import { KeepNumbersTogether } from './keep-numbers-together';

/** Lines shown before "Show all". */
export const FOLDED_LINES = 2;

export interface FoldedLinesProps {
  lines: readonly string[];
  className?: string;
  /** Names the list (a heading's id). */
  labelledBy: string;
}

export function FoldedLines({ lines, className, labelledBy }: FoldedLinesProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const folds = lines.length > FOLDED_LINES + 1;
  const shown = folds && !open ? lines.slice(0, FOLDED_LINES) : lines;
  return (
    <>
      <ul id={id} className={className} aria-labelledby={labelledBy}>
        {shown.map((line) => (
          <li key={line}>
            <KeepNumbersTogether text={line} />
          </li>
        ))}
      </ul>
      {folds && (
        <button
          type="button"
          className="button button-small disclosure"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open
            ? SCREEN_TEXT.changeRequest.showFewer
            : SCREEN_TEXT.changeRequest.showAll(lines.length)}
        </button>
      )}
    </>
  );
}
