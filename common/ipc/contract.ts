// The preload bridge `window.netcheck` (ARCHITECTURE.md, "IPC contract"). The renderer only
// ever sees this interface; main validates every argument against these schemas.
import { z } from 'zod';
import { runOptionsSchema, type RunOptions } from '../options';
import { QUALITY_SECONDS } from '../run-defaults';
import type { Language } from '../i18n/languages';
import type { Profile } from '../profile/schema';

/** A proxy the user typed in the options panel: http(s)://host:port, or "direct"/"system". */
export const proxyChoiceSchema = z.union([
  z.literal('system'),
  z.literal('direct'),
  z.url({ protocol: /^https?$/, error: 'a proxy is written http://host:port' }).refine(
    // As the engine reads a proxy address (main/engine/proxy/proxy-string.ts): host and port only.
    (text) => {
      // zod 4 runs this even when the URL check above failed; that failure is already reported.
      if (!URL.canParse(text)) return true;
      const url = new URL(text);
      return (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash;
    },
    { error: 'a proxy address has no path, query or fragment' },
  ),
]);

/**
 * A user name and password typed into the proxy sign-in dialog (issue 17). A field of its own,
 * never part of the proxy address, so no URL that carries it can be echoed into a result, a
 * report or a log; main keeps it in memory for the window's runs only.
 */
export const proxySignInSchema = z.strictObject({
  /** The proxy it is for, as the result names it ("PROXY 198.18.0.33:3128"): sent to no other. */
  proxy: z.string().min(1).max(300),
  username: z.string().min(1).max(256),
  password: z.string().max(1024),
});
export type ProxySignIn = z.infer<typeof proxySignInSchema>;

export const startOptionsSchema = z.strictObject({
  options: runOptionsSchema,
  proxy: proxyChoiceSchema,
  signIn: proxySignInSchema.optional(),
  /**
   * X.1's burst in seconds (issue 18): the options panel's "longer test" sends
   * QUALITY_SECONDS.longer; absent, the default burst. 0 plans the row as skipped.
   */
  qualitySeconds: z.int().min(0).max(QUALITY_SECONDS.max).optional(),
});
export type StartOptions = z.infer<typeof startOptionsSchema>;

export const runIdSchema = z.uuid();
/** The guide's rows (2-2.1, 4.1) and the extra checks' (X.1): a failed X row is re-run too. */
export const rowIdsSchema = z
  .array(z.string().regex(/^([0-9-]+|X)\.\d+$/))
  .min(1)
  .max(64);
export const reportFormatSchema = z.enum(['html', 'json', 'text', 'pdf']);
export type ReportFormat = z.infer<typeof reportFormatSchema>;
/** The report's privacy choice (issue 7, "Privacy"): computer name, user name, local addresses. */
export const exportOptionsSchema = z.strictObject({
  includeComputerDetails: z.boolean(),
  /** An English copy below the page's language (issue 19); absent: on unless it is English. */
  englishCopy: z.boolean().optional(),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;
export const copyTextSchema = z.string().max(100_000);
export const helpdeskCodeInputSchema = z.string().min(1).max(64);
/** A system notification's text: Keep checking's new verdict headline, in the page's language. */
export const notificationTextSchema = z.string().trim().min(1).max(300);

export interface AppInfo {
  appVersion: string;
  electronVersion: string;
  profile: { id: string; version: string; revision: number; hash: string };
  /**
   * The profile the runs use: the page derives the diagnosis in its language from a result's
   * rows and it (common/results/assemble.ts, localised), as every face does.
   */
  profileDocument: Profile;
  /** The language the window speaks (issue 19): the Language menu's, or the system's. */
  language: Language;
}

export type {
  DecodeErrorReason,
  DecodeResult,
  DecodedCode,
  DecodedRow,
} from '../helpdesk/decoded-table';

/**
 * "Compare with a saved report…" (issue 20): what main's open dialog gave. The page reads the
 * text (common/results/compare.ts, readingOfJson), since only it knows the run on screen; main
 * only bounds the size and says, in the app's language, why a file could not be read.
 */
export type SavedResultFile =
  | { status: 'canceled' }
  | { status: 'opened'; fileName: string; text: string }
  | ({ status: 'failed' } & SavedFileRefusal);

/**
 * Why main would not give a file's text: as data, so the page words it in the language it
 * speaks at the moment, and again when that changes.
 */
export type SavedFileRefusal =
  | { reason: 'too-big'; fileName: string; maxBytes: number }
  | { reason: 'unreadable'; fileName: string; code: string };

/** What the native menu asks of the page (File > Save report…, Help > Enter a helpdesk code…). */
export type MenuCommand = 'save-report' | 'enter-helpdesk-code';

/** `window.netcheck`, typed from the IPC map (map.ts). */
export type { NetcheckApi } from './map';

export type { RunOptions };
