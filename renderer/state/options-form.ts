// What the options panel accepts, checked with the same schemas main checks again
// (common/options.ts, common/ipc/contract.ts), so the user hears about a typo at once.
import { runOptionsSchema } from '../../common/options';
import { proxyChoiceSchema, type StartOptions } from '../../common/ipc/contract';
import { APP_TEXT } from '../../common/i18n';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const hostNameSchema = runOptionsSchema.shape.customDomains.element;

/** "a.example.com, b.example.com c.example.com" → the names, or the first one that is not. */
export function parseDomains(text: string): Parsed<string[]> {
  const names = text
    .split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name.length > 0);
  const bad = names.find((name) => !hostNameSchema.safeParse(name).success);
  if (bad !== undefined) return { ok: false, message: APP_TEXT.options.badDomain(bad) };
  return { ok: true, value: [...new Set(names)] };
}

/** An empty field means the computer's own setting. */
export function parseProxy(text: string): Parsed<StartOptions['proxy']> {
  const trimmed = text.trim();
  const keyword = trimmed.toLowerCase();
  const candidate =
    trimmed === '' ? 'system' : keyword === 'system' || keyword === 'direct' ? keyword : trimmed;
  const parsed = proxyChoiceSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, message: APP_TEXT.options.badProxy };
  return { ok: true, value: parsed.data };
}

export function formatDomains(domains: readonly string[]): string {
  return domains.join(', ');
}
