// A CIDR block on one port: every usable address at once, the first answer settles it
// (ARCHITECTURE.md, "Ranges"). A real cloud /28 has servers on a few of its 14 addresses, so
// one address's silence says nothing about the block: it is silent only when all of them are.
import { addressStateOf, type AddressState } from '../../common/outcomes';
import type { ProbeDetail } from '../../common/results/schema';
import { BLOCK_TEXT } from '../../common/i18n/en';
import type { AttemptResult } from './probe-types';

/** One attempt as the runner saw it end. */
export interface Tried {
  host: string;
  result: AttemptResult;
  /** False: it was still queued behind the concurrency cap when it was called off. */
  sent: boolean;
  /** The run's end or the block's answer stopped it before its own outcome came. */
  stopped: boolean;
  /** When it got its slot, in ms since `run-started`; null when it never did. */
  startedAt: number | null;
}

export type BlockAddresses = NonNullable<ProbeDetail['addresses']>;

/** An attempt as a group stops it: queued, it is never sent; under way, it ends at once with nothing heard. */
export interface Stoppable {
  stop(): void;
}

/**
 * Attempts stopped together (the run's at its end, a block's once an address answered): the
 * group stops each member itself, so that no signal is shared by hundreds of attempts and
 * collects their listeners (Node warns past ten), and a member needs no listener of its own.
 */
export interface CallOff {
  /** Adds an attempt; one joining a group already called off is stopped at once. */
  join(member: Stoppable): void;
  leave(member: Stoppable): void;
  call(): void;
  /** Whether `call` has been: an attempt that would join now need not be made at all. */
  readonly called: boolean;
}

export function createCallOff(): CallOff {
  const members = new Set<Stoppable>();
  let called = false;
  return {
    join: (member) => (called ? member.stop() : void members.add(member)),
    leave: (member) => void members.delete(member),
    call: () => {
      called = true;
      for (const member of members) member.stop();
      members.clear();
    },
    get called() {
      return called;
    },
  };
}

/**
 * Starts one attempt in the block's group. `ended` is called inside its concurrency slot,
 * before the slot frees for a queued address, so that an answer binds the queued ones.
 */
export type TryHost = (
  host: string,
  group: CallOff,
  ended: (result: AttemptResult, stopped: boolean) => void,
) => Promise<Tried>;

/**
 * The block's live address, the one that answered STUN or SIP in this run (live-hosts.ts):
 * tried first, the others only once it ends without an answer or after `graceMs`. A port open
 * on the live address then costs one connection, not fourteen; a port it does not serve costs
 * the grace more than one timeout. The run's end stops the lead attempt like any other, and so
 * ends the grace at once.
 */
export interface LeadAddress {
  host: string;
  graceMs: number;
}

/**
 * Every address of the block at once (each queued behind the concurrency cap like any other
 * attempt), or the `lead` address first; the first `reply` calls off the others. Host-specific
 * answers (refused, reset, …) settle nothing: another address may still answer.
 */
export async function tryEveryAddress(
  hosts: readonly string[],
  tryHost: TryHost,
  lead?: LeadAddress,
): Promise<{ tries: Tried[]; winner: Tried | undefined }> {
  const answered = createCallOff();
  let winner: string | undefined;
  const tryOne = (host: string) =>
    tryHost(host, answered, (result, stopped) => {
      if (winner !== undefined || stopped || result.outcome !== 'reply') return;
      winner = host;
      answered.call();
    });
  const leadTry = lead && hosts.includes(lead.host) ? tryOne(lead.host) : undefined;
  const othersMayStart = leadTry && lead ? afterLead(leadTry, lead) : undefined;
  const tries = await Promise.all(
    hosts.map((host) => {
      if (host === lead?.host && leadTry) return leadTry;
      // Called off by the lead's answer, a later attempt joins a called group: never sent.
      return othersMayStart ? othersMayStart.then(() => tryOne(host)) : tryOne(host);
    }),
  );
  return { tries, winner: tries.find((tried) => tried.host === winner) };
}

/** Resolves when the lead attempt ended (answered, failed or stopped) or its grace ran out. */
function afterLead(leadTry: Promise<Tried>, { graceMs }: LeadAddress): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, graceMs);
    void leadTry.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** What became of each address; `cancelled`: the person stopped the run. */
function addressesOf(
  tries: readonly Tried[],
  winner: Tried | undefined,
  cancelled: boolean,
): BlockAddresses {
  return tries.map((tried) => {
    const { host: address, result } = tried;
    const state = stateOf(tried, winner, cancelled);
    const ranToEnd = tried.sent && !tried.stopped;
    return ranToEnd ? { address, state, outcome: result.outcome } : { address, state };
  });
}

function stateOf(tried: Tried, winner: Tried | undefined, cancelled: boolean): AddressState {
  if (tried === winner) return 'answered';
  if (tried.sent && !tried.stopped) return addressStateOf(tried.result.outcome);
  if (winner) return 'not-needed';
  if (!tried.sent) return 'not-sent';
  // Stopped by the run's deadline before its own time was up: not silence (issue 13, defect 6).
  return cancelled ? 'cancelled' : 'cut-off';
}

/**
 * The block's one result. Without an answer it speaks for the address that says most: a
 * host's own answer (refused, reset, …) before silence, silence before "never sent".
 */
export function blockResult(
  block: string,
  tries: readonly Tried[],
  winner: Tried | undefined,
  cancelled: boolean,
): AttemptResult {
  const addresses = addressesOf(tries, winner, cancelled);
  if (winner) return { ...winner.result, detail: { ...winner.result.detail, addresses } };
  const rank = (state: AddressState) =>
    state === 'refused' || state === 'failed' ? 0 : state === 'silent' ? 1 : 2;
  const order = addresses
    .map((a, i) => ({ rank: rank(a.state), i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i);
  const chosen = tries[order[0]!.i]!.result;
  const first = chosen.detail.message ?? chosen.outcome;
  // An address never tried might have answered: the block is then neither silent nor blocked.
  const untried = addresses.some(
    (a) => a.state === 'not-sent' || a.state === 'cut-off' || a.state === 'cancelled',
  );
  return {
    ...chosen,
    ...(untried ? { status: 'unverified' as const } : {}),
    detail: {
      ...chosen.detail,
      message: BLOCK_TEXT.noneAnswered(block, tries.length, BLOCK_TEXT.tally(addresses), first),
      addresses,
    },
  };
}
