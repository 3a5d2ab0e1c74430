// diagnose(result): the one place where rows become a story (ARCHITECTURE.md, "Diagnosis").
// Two steps: causeOf reads the whole result; describe speaks only from what the helpdesk
// code carries, so `decode` tells exactly the caller's story.
import type { RunOptions } from '../options';
import type { Profile } from '../profile/schema';
import type { Diagnosis, HostInfo, RowResult } from '../results/schema';
import { causeOf } from './cause';
import { describe, type CodeOptions, type DiagnosisFacts } from './describe';
import { unlistedOf } from '../net/listed-ranges';

export interface DiagnosisInput {
  rows: readonly RowResult[];
  options: RunOptions;
  host: HostInfo | null;
  partial: boolean;
}

/** The options as the helpdesk code carries them: the custom domains' names are not. */
export const codeOptionsOf = (options: RunOptions): CodeOptions => ({
  teamlink: options.teamlink,
  legacy: options.legacy,
  china: options.china,
  customDomains: options.customDomains.length > 0,
});

/** What the helpdesk code carries of a result: the facts its diagnosis is told from. */
export function factsOf(input: DiagnosisInput): DiagnosisFacts {
  const { cause, product } = causeOf({
    rows: input.rows,
    teamlink: input.options.teamlink,
    host: input.host,
  });
  return {
    options: codeOptionsOf(input.options),
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
