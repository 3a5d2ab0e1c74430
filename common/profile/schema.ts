// The profile: the Onsight guide's tables as data (ARCHITECTURE.md, "The profile").
// Unknown keys are errors so that a typo in a hand-edited profile never goes unnoticed.
import { z } from 'zod';
import { EXTRA_KINDS, PROBE_KINDS } from '../outcomes';
import { parsePorts } from '../net/ports';
import { isHostName, parseCidr, parseIpv4 } from '../net/ipv4';
import { describeZodError } from '../zod-issue';
import { NOT_TESTABLE_REASONS } from '../coverage-kinds';

export const ROW_ID = /^(2-0|2-1|2-2|2-3|2-4|3-1)\.\d+$|^4\.\d+$|^X\.\d+$/;
/** The extra checks, not in the guide: optional rows that never decide the verdict. */
export const EXTRA_TABLE = 'X';
export const OPTION_NAMES = ['teamlink', 'legacy', 'china', 'customDomains'] as const;
export type OptionName = (typeof OPTION_NAMES)[number];

/** A placeholder target that the planner replaces with the user's own domains (row 2-1.4). */
export const CUSTOM_DOMAINS_TARGET = '$customDomains';

const quoted = (value: unknown) => JSON.stringify(value);

const portsSpec = z.string().refine((s) => parsePorts(s) !== null, {
  error: (issue) => `${quoted(issue.input)} is not a port or port range (1-65535)`,
});

export function isTargetSpec(text: string): boolean {
  return (
    text === CUSTOM_DOMAINS_TARGET ||
    parseIpv4(text) !== null ||
    parseCidr(text) !== null ||
    isHostName(text)
  );
}

const targetSpec = z.string().refine(isTargetSpec, {
  error: (issue) =>
    `${quoted(issue.input)} is not a host name, an IPv4 address or a CIDR block such as 52.142.34.48/28`,
});

const cidrSpec = z.string().refine((s) => parseCidr(s) !== null, {
  error: (issue) => `${quoted(issue.input)} is not a CIDR block such as 17.0.0.0/8`,
});

export const probeSpecSchema = z.strictObject({
  kind: z.enum(PROBE_KINDS),
  transport: z.enum(['tcp', 'udp']),
  targets: z.array(targetSpec),
  ports: portsSpec,
  /** Whether silence or a refusal means "blocked": true when the far end is known to answer. */
  expectsReply: z.boolean(),
  /** TLS server name to send (SNI); also the name the certificate must carry. */
  sni: z.string().optional(),
  /** SIP over TLS (5061) rather than plain TCP (5060). */
  secure: z.boolean().optional(),
  minTlsVersion: z.enum(['TLSv1.2', 'TLSv1.3']).optional(),
  /** HTTP path requested by `https` probes. */
  path: z.string().startsWith('/').optional(),
  /** Issuer organisations a genuine certificate may come from (in addition to public validation). */
  expectedIssuers: z.array(z.string().min(1)).optional(),
  /** The resolved address must lie in this block (Apple's 17.0.0.0/8, guide section 4). */
  expectInside: cidrSpec.optional(),
  /** Ports sampled per target by `udp-sample`. */
  sampleSize: z.int().min(2).max(1024).optional(),
  /** Targets known to answer STUN on every port of the range (silence from them is a failure). */
  reflectors: z.array(targetSpec).optional(),
  /**
   * Extra checks (table X): the probe goes to the servers that answered these rows in the same
   * run, on the port each answered, and starts once they are all final; `targets` stays empty.
   */
  serversOf: z.array(z.string().regex(ROW_ID)).min(1).optional(),
  /**
   * `large-datagrams`: the sizes of the padded STUN requests, in bytes of UDP payload; whole
   * 4-byte words, as every STUN message is (RFC 8489 §5).
   */
  datagramSizes: z
    .array(
      z
        .int()
        .min(100)
        .max(9000)
        .multipleOf(4, {
          error: (i) => `${i.input} bytes is not a STUN message size (a multiple of 4)`,
        }),
    )
    .min(1)
    .optional(),
});
export type ProbeSpec = z.infer<typeof probeSpecSchema>;

/**
 * What a desktop can test of a row (issue 20; common/diagnosis/coverage.ts), where it is not
 * simply "its own probes": rows without probes say why, or which rows show them; push rows
 * say that this computer stands in for the phones on its network. The media rows' inference
 * from STUN and SIP is the verdict's (MEDIA_COMPANIONS), not declared here.
 */
export const rowCoverageSpecSchema = z.union([
  z.strictObject({ notTestableHere: z.enum(NOT_TESTABLE_REASONS) }),
  z.strictObject({
    inferredFrom: z.array(z.string().regex(ROW_ID)).min(1),
    reason: z.literal('shown-by-rows'),
  }),
  z.strictObject({ inferred: z.literal('phones-same-path') }),
]);
export type RowCoverageSpec = z.infer<typeof rowCoverageSpecSchema>;

export const rowSpecSchema = z.strictObject({
  id: z
    .string()
    .regex(ROW_ID, { error: (i) => `${quoted(i.input)} is not a row id such as 2-2.3` }),
  table: z.enum(['2-0', '2-1', '2-2', '2-3', '2-4', '3-1', '4', EXTRA_TABLE]),
  title: z.string().min(1),
  /** One plain sentence on what the row is for, for someone who is not technical. */
  explanation: z.string().min(1),
  /** The exact rule to add when the row fails. */
  remediation: z.string(),
  level: z.enum(['required', 'required-if-teamlink', 'optional', 'info']),
  /** The option that switches the row on; rows without one always run. */
  enabledBy: z.enum(['legacy', 'china', 'customDomains']).optional(),
  notes: z.array(z.string()).optional(),
  probes: z.array(probeSpecSchema),
  coverage: rowCoverageSpecSchema.optional(),
});
export type RowSpec = z.infer<typeof rowSpecSchema>;

export const tableSpecSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
});

/** The guide the rules come from, as every face names it ("Rules: …", issue 20). */
export const guideSpecSchema = z.strictObject({
  name: z.string().min(1),
  document: z.string().min(1),
  revision: z.string().min(1),
  /** Year and month of the revision, e.g. "2022-12": each language writes the month its way. */
  date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
    error: (i) => `${quoted(i.input)} is not a year and month such as 2022-12`,
  }),
});
export type GuideSpec = z.infer<typeof guideSpecSchema>;

export const profileSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().min(1),
    revision: z.int().min(1),
    title: z.string().min(1),
    /** Optional: a profile without it names its guide by its `title`. */
    guide: guideSpecSchema.optional(),
    source: z.string(),
    tables: z.array(tableSpecSchema),
    rows: z.array(rowSpecSchema).min(1),
  })
  .superRefine((profile, ctx) => {
    const seen = new Set<string>();
    profile.rows.forEach((row, index) => {
      if (seen.has(row.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'id'],
          message: `row id ${row.id} appears twice`,
        });
      }
      row.probes.forEach((probe, p) => {
        const missing = (probe.serversOf ?? []).find((id) => !seen.has(id));
        if (missing)
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index, 'probes', p, 'serversOf'],
            message: `row ${missing} must come before row ${row.id}, which uses its servers`,
          });
        const extra = (EXTRA_KINDS as readonly string[]).includes(probe.kind);
        if (extra !== (probe.serversOf !== undefined))
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index, 'probes', p],
            message: extra
              ? `a ${probe.kind} probe needs "serversOf": the rows whose servers it goes to`
              : `only the extra checks (${EXTRA_KINDS.join(', ')}) take "serversOf"`,
          });
        if ((probe.kind === 'large-datagrams') !== (probe.datagramSizes !== undefined))
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index, 'probes', p, 'datagramSizes'],
            message: '"datagramSizes" goes with a large-datagrams probe, and only with one',
          });
      });
      seen.add(row.id);
      const from = row.coverage && 'inferredFrom' in row.coverage ? row.coverage.inferredFrom : [];
      for (const id of from)
        if (id === row.id || !profile.rows.some((r) => r.id === id))
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index, 'coverage', 'inferredFrom'],
            message:
              id === row.id
                ? `row ${row.id} cannot be inferred from itself`
                : `row ${id}, which row ${row.id} is inferred from, is not in the profile`,
          });
      if (!profile.tables.some((t) => t.id === row.table)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'table'],
          message: `table ${row.table} is not listed in "tables"`,
        });
      }
    });
  });
export type Profile = z.infer<typeof profileSchema>;

export type ProfileParse = { ok: true; profile: Profile } | { ok: false; message: string };

/** Validates parsed JSON; the message names the first problem's path and what is wrong. */
export function parseProfile(json: unknown): ProfileParse {
  const result = profileSchema.safeParse(json);
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, message: describeZodError(result.error) };
}
