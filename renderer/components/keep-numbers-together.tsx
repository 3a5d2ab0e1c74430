// The guide's table and row numbers ("Tables 2-3 and 2-4", "row 2-2.3") must not break at their
// hyphen, with "2-" at the end of one line and "3" on the next: each number goes in a span that
// does not wrap (styles.css .nowrap). The words around it wrap as usual.
import { Fragment } from 'react';

const GUIDE_NUMBER = /(\d+(?:-\d+)+(?:\.\d+)?)/;

export function KeepNumbersTogether({ text }: { text: string }) {
  // split() with a capturing group puts the numbers at the odd places.
  return text
    .split(GUIDE_NUMBER)
    .map((part, i) => (
      <Fragment key={i}>{i % 2 === 1 ? <span className="nowrap">{part}</span> : part}</Fragment>
    ));
}
