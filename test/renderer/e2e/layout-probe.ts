// Runs in the page (page.evaluate(measureResultsLayout)): how the results table sits in its
// column. Self-contained, since Playwright sends the function's source text to the page.

// The few browser globals this uses (the project's Node tsconfig has no DOM library).
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}
interface PageElement {
  scrollWidth: number;
  clientWidth: number;
  getBoundingClientRect(): Box;
  closest(selector: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}
declare const document: PageElement;
declare function getComputedStyle(element: PageElement): { lineHeight: string };

export interface ResultsLayout {
  /** Result groups that scroll sideways. */
  sideways: number;
  /** Details buttons and status pills reaching past their own cell. */
  clipped: number;
  /** The narrowest Result column, in CSS pixels. */
  resultWidth: number;
  /** The tallest result text, in lines of its line height. */
  tallestResult: number;
  /** The side panels stand beside the results rather than under them. */
  sideBeside: boolean;
}

export function measureResultsLayout(): ResultsLayout {
  const all = (selector: string) => Array.from(document.querySelectorAll(selector));
  const box = (element: PageElement) => element.getBoundingClientRect();
  const side = box(document.querySelector('.side')!);
  const main = box(document.querySelector('.main')!);
  return {
    sideways: all('.results .scroll-x').filter((e) => e.scrollWidth > e.clientWidth).length,
    clipped: all('.rows .disclosure, .rows .pill').filter(
      (e) => box(e).right > box(e.closest('td')!).right + 0.5,
    ).length,
    resultWidth: Math.min(
      ...all('.results table.rows').map((t) => box(t.querySelectorAll('thead th')[3]!).width),
    ),
    tallestResult: Math.max(
      ...all('.rows .summary-text').map(
        (e) => box(e).height / parseFloat(getComputedStyle(e).lineHeight),
      ),
    ),
    sideBeside: side.top < main.bottom && side.left > main.left,
  };
}
