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

/** Where an element of the first screen sits, in CSS pixels of the page scrolled to the top. */
export interface FirstScreenBox {
  name: string;
  found: boolean;
  top: number;
  bottom: number;
}

export interface FirstScreenLayout {
  viewportHeight: number;
  boxes: FirstScreenBox[];
}

/**
 * The first screen's answers and actions (issue 17, item 1): the headline, the next step, the
 * helpdesk code, Run again and Send to IT. Measured with the page scrolled to its top.
 */
export function measureFirstScreen(): FirstScreenLayout {
  const page = globalThis as unknown as {
    scrollTo(x: number, y: number): void;
    innerHeight: number;
  };
  page.scrollTo(0, 0);
  const probe = (name: string, selector: string): FirstScreenBox => {
    const element = document.querySelector(selector);
    if (!element) return { name, found: false, top: 0, bottom: 0 };
    const { top, bottom } = element.getBoundingClientRect();
    return { name, found: true, top, bottom };
  };
  return {
    viewportHeight: page.innerHeight,
    boxes: [
      probe('headline', '[data-testid="verdict"] h1'),
      probe('next step', '[data-testid="next-step"]'),
      probe('helpdesk code', '[data-testid="helpdesk-code"]'),
      probe('Run again', '[data-testid="run-again"]'),
      probe('Send to IT', '[data-testid="send-to-it"]'),
    ],
  };
}
