// The CLI's exit codes, the one place they are decided (README, "Exit codes"). Since 0.2 each
// verdict has a code of its own, so a script can tell "blocked" from "TeamLink only" from
// "could not tell" without parsing the output; 0.1 gave 1 for every verdict but ready.
import type { VerdictStatus } from '../../common/outcomes';

export const EXIT = {
  ready: 0,
  notReady: 1,
  /** Bad usage, a bad profile, file or code: one line names the problem. */
  usage: 2,
  internal: 3,
  teamlinkOnly: 4,
  inconclusive: 5,
  /** 128 + SIGINT, as shells report a process Ctrl+C ended. */
  interrupted: 130,
} as const;

const BY_VERDICT: Record<VerdictStatus, number> = {
  ready: EXIT.ready,
  'not-ready': EXIT.notReady,
  'teamlink-only': EXIT.teamlinkOnly,
  inconclusive: EXIT.inconclusive,
};

export const exitCodeFor = (verdict: VerdictStatus): number => BY_VERDICT[verdict];
