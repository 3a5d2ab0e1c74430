// Run options (ARCHITECTURE.md, "Options") and target mappings ("Mappings").
import { z } from 'zod';
import { isHostName, parseCidr, parseIpv4 } from './net/ipv4';
import { isTargetSpec } from './profile/schema';

export const runOptionsSchema = z.strictObject({
  /** TeamLink tunnels calls over HTTPS; on by default, as in the guide's default configuration. */
  teamlink: z.boolean(),
  legacy: z.boolean(),
  china: z.boolean(),
  customDomains: z.array(
    z
      .string()
      .refine(isHostName, { error: (i) => `${JSON.stringify(i.input)} is not a host name` }),
  ),
});
export type RunOptions = z.infer<typeof runOptionsSchema>;

export const DEFAULT_OPTIONS: RunOptions = {
  teamlink: true,
  legacy: false,
  china: false,
  customDomains: [],
};

export const mappingSchema = z.strictObject({
  from: z.string().refine(isTargetSpec, { error: 'not a host name, address or CIDR block' }),
  to: z.string().refine((s) => parseIpv4(s) !== null || parseCidr(s) !== null || isHostName(s), {
    error: 'not a host name, address or CIDR block',
  }),
});
export type Mapping = z.infer<typeof mappingSchema>;

/** Parses `FROM=TO` as written after `--map`; returns an error sentence instead of throwing. */
export function parseMapping(
  text: string,
): { ok: true; mapping: Mapping } | { ok: false; message: string } {
  const eq = text.indexOf('=');
  if (eq <= 0 || eq === text.length - 1) {
    return {
      ok: false,
      message: `--map ${JSON.stringify(text)}: expected FROM=TO, e.g. 52.142.34.48/28=198.18.1.1`,
    };
  }
  const candidate = { from: text.slice(0, eq).trim(), to: text.slice(eq + 1).trim() };
  const parsed = mappingSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const side = String(issue.path[0] ?? 'mapping').toUpperCase();
    return { ok: false, message: `--map ${JSON.stringify(text)}: ${side} is ${issue.message}` };
  }
  return { ok: true, mapping: parsed.data };
}
