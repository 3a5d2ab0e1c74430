// diagnose(result): the one place where rows become a story (ARCHITECTURE.md, "Diagnosis").
// Two steps: causeOf reads the whole result; describe speaks only from what the helpdesk
// code carries, so `decode` tells exactly the caller's story.
import type { RunOptions } from '../options';
import type { Profile } from '../profile/schema';
import type { Diagnosis, HostInfo, RowResult } from '../results/schema';
import { causeOf } from './cause';
import { describe, type DiagnosisFacts } from './describe';
import { unlistedOf } from '../net/listed-ranges';

export interface DiagnosisInput {
  rows: readonly RowResult[];
  options: RunOptions;
  host: HostInfo | null;
  partial: boolean;
}

/** What the helpdesk code carries of a result: the facts its diagnosis is told from. */
export function factsOf(input: DiagnosisInput): DiagnosisFacts {
  const { cause, product } = causeOf({
    rows: input.rows,
    teamlink: input.options.teamlink,
    host: input.host,
  });
  return {
    options: {
      teamlink: input.options.teamlink,
      legacy: input.options.legacy,
      china: input.options.china,
      customDomains: input.options.customDomains.length > 0,
    },
    rows: input.rows.map((row) => ({ id: row.id, status: row.status })),
    cause,
    product,
    partial: input.partial,
    ...(input.rows.some((row) => unlistedOf(row.probes).length > 0)
      ? { unlistedServer: true as const }
      : {}),
  };
}

export function diagnose(input: DiagnosisInput, profile: Profile): Diagnosis {
  return describe(factsOf(input), profile);
}
