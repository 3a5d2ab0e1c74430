// The reason every abort in the engine gives. `controller.abort()` without one builds a new
// DOMException, with its stack trace, per call: a 10× run aborts thousands of attempts (its
// blocks' other addresses, every budget), and those exceptions were 4% of its CPU. Nothing in
// the engine reads the reason; a Node API that rejects with it still gets an Error named
// AbortError, as it would by default.
export const STOPPED: Error = Object.freeze(
  Object.assign(new Error('stopped: the attempt, its block or the run ended'), {
    name: 'AbortError',
  }),
);
