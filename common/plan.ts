// The plan: what will be contacted, listed before a packet is sent (ARCHITECTURE.md).
import type { ProbeKind } from './outcomes';
import type { Mapping, RunOptions } from './options';
import type { RowSpec } from './profile/schema';
import type { SkipReason } from './results/schema';

export interface ProfileRef {
  id: string;
  version: string;
  revision: number;
  /** Short content hash of the profile file: the helpdesk code is only valid against it. */
  hash: string;
}

export interface PlannedTarget {
  /** What is contacted: the profile's target, or what a mapping points it at. */
  target: string;
  /** The profile's own target when a mapping changed it (reports keep the profile's names). */
  mappedFrom?: string;
  /** Host addresses to try for a CIDR block, in address order. */
  hosts?: string[];
}

export interface PlannedProbe {
  /** `ROW#n`, unique within the plan. */
  id: string;
  rowId: string;
  kind: ProbeKind;
  transport: 'tcp' | 'udp';
  targets: PlannedTarget[];
  ports: string;
  expectsReply: boolean;
  sni?: string;
  secure?: boolean;
  minTlsVersion?: 'TLSv1.2' | 'TLSv1.3';
  path?: string;
  expectedIssuers?: string[];
  expectInside?: string;
  sampleSize?: number;
  /** Targets (after mapping) known to answer STUN on the whole media range. */
  reflectors?: string[];
  /** Extra checks: the rows whose answering servers this probe goes to (profile `serversOf`). */
  serversOf?: string[];
  /** `large-datagrams`: the padded requests' sizes in bytes. */
  datagramSizes?: number[];
}

export interface PlannedRow {
  id: string;
  table: string;
  title: string;
  explanation: string;
  remediation: string;
  level: RowSpec['level'];
  /** The level after options: required-if-teamlink becomes required or optional. */
  effectiveLevel: 'required' | 'optional' | 'info';
  enabled: boolean;
  /** Why the row does not run (option off, or left out by --only). */
  skip?: SkipReason;
  notes?: string[];
  probes: PlannedProbe[];
}

export interface Plan {
  profile: ProfileRef;
  options: RunOptions;
  mappings: Mapping[];
  /** True when --only left rows out: the verdict can then only be partial. */
  partial: boolean;
  tables: { id: string; title: string }[];
  rows: PlannedRow[];
}
