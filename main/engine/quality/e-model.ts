// An estimated MOS for X.1 (issue 18) from the simplified E-model of ITU-T G.107, the way
// network testers reduce it (Cole & Rosenbluth, "Voice over IP performance monitoring", ACM
// SIGCOMM CCR 31(2), 2001) with G.107's own formula for packet loss:
//
//   R      = 93.2 − Id − Ie,eff                       (93.2: G.107's R with every default)
//   Id     = 0.024·d + 0.11·(d − 177.3)·H(d − 177.3)  (Cole & Rosenbluth; H: unit step)
//   Ie,eff = Ie + (95 − Ie)·Ppl / (Ppl/BurstR + Bpl) (G.107, effective equipment impairment)
//   MOS    = 1 + 0.035·R + R·(R − 60)·(100 − R)·7·10⁻⁶ for 0 < R < 100,
//            1 for R ≤ 0, 4.5 for R ≥ 100           (G.107 Annex B)
//
// Cole & Rosenbluth start from R = 94.2; G.107's own defaults give 93.2, used here, so that a
// perfect path scores G.107's MOS 4.41.
// Assumptions, since a STUN burst sees neither codec nor far end: the one-way delay d is half
// the median round trip plus a jitter buffer of twice the jitter (no codec or packetisation
// delay); the codec is G.711 with packet-loss concealment (Ie = 0, Bpl = 25.1: G.113
// Appendix I), and loss is random (BurstR = 1). It is an estimate, labelled so.
// Pure: no I/O.

/** G.107's R with every parameter at its default value: a perfect network. */
export const R_DEFAULT = 93.2;
/** G.711 with its Appendix I packet-loss concealment (G.113 Appendix I). */
export const G711_PLC = { ie: 0, bpl: 25.1 } as const;
/** The jitter buffer a receiver adds, in multiples of the jitter. */
export const JITTER_BUFFER_FACTOR = 2;

/** Delay impairment Id for a one-way mouth-to-ear delay in ms (Cole & Rosenbluth). */
export function delayImpairment(oneWayMs: number): number {
  const d = Math.max(0, oneWayMs);
  return 0.024 * d + (d > 177.3 ? 0.11 * (d - 177.3) : 0);
}

/** Effective equipment impairment Ie,eff for a loss percentage (G.107). */
export function lossImpairment(lossPct: number, codec = G711_PLC, burstR = 1): number {
  const ppl = Math.min(100, Math.max(0, lossPct));
  return codec.ie + ((95 - codec.ie) * ppl) / (ppl / burstR + codec.bpl);
}

/** MOS (conversational quality, estimated) from the rating R (G.107 Annex B). */
export function mosFromR(r: number): number {
  if (r <= 0) return 1;
  if (r >= 100) return 4.5;
  return 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
}

/** The one-way delay X.1 assumes: half the round trip and a jitter buffer of twice the jitter. */
export function oneWayDelay(rttMs: number, jitterMs: number): number {
  return rttMs / 2 + JITTER_BUFFER_FACTOR * jitterMs;
}

/** R from the burst's median round trip, jitter and loss (all as X.1 reports them). */
export function rating(rttMs: number, jitterMs: number, lossPct: number): number {
  return R_DEFAULT - delayImpairment(oneWayDelay(rttMs, jitterMs)) - lossImpairment(lossPct);
}

export function estimateMos(rttMs: number, jitterMs: number, lossPct: number): number {
  return mosFromR(rating(rttMs, jitterMs, lossPct));
}
