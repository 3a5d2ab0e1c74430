// The preload bridge `window.netcheck` (ARCHITECTURE.md, "IPC contract"). The renderer only
// ever sees this interface; main validates every argument against these schemas.
import { z } from 'zod';
import { runOptionsSchema, type RunOptions } from '../options';
import type { RunEvent } from '../results/events';
import type { Plan } from '../plan';
import type { HostInfo } from '../results/schema';

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

export const startOptionsSchema = z.strictObject({
  options: runOptionsSchema,
  proxy: proxyChoiceSchema,
});
export type StartOptions = z.infer<typeof startOptionsSchema>;

export const runIdSchema = z.uuid();
export const rowIdsSchema = z
  .array(z.string().regex(/^[0-9-]+\.\d+$/))
  .min(1)
  .max(64);
export const reportFormatSchema = z.enum(['html', 'json', 'text', 'pdf']);
export type ReportFormat = z.infer<typeof reportFormatSchema>;
/** The report's privacy choice (issue 7, "Privacy"): computer name, user name, local addresses. */
export const exportOptionsSchema = z.strictObject({ includeComputerDetails: z.boolean() });
export type ExportOptions = z.infer<typeof exportOptionsSchema>;
export const copyTextSchema = z.string().max(100_000);
export const helpdeskCodeInputSchema = z.string().min(1).max(64);

export interface AppInfo {
  appVersion: string;
  electronVersion: string;
  profile: { id: string; version: string; revision: number; hash: string };
}

import type { DecodeResult } from '../helpdesk/decoded-table';
export type {
  DecodeErrorReason,
  DecodeResult,
  DecodedCode,
  DecodedRow,
} from '../helpdesk/decoded-table';

/** What the native menu asks of the page (File > Save report…, Help > Enter a helpdesk code…). */
export type MenuCommand = 'save-report' | 'enter-helpdesk-code';

export interface NetcheckApi {
  /** Tells main the renderer listens: queued events are delivered from now on. */
  ready(): Promise<void>;
  start(options: StartOptions): Promise<string>;
  cancel(runId: string): Promise<void>;
  rerun(runId: string, rowIds: string[]): Promise<string>;
  onEvent(listener: (event: RunEvent) => void): () => void;
  plan(options: StartOptions): Promise<Plan>;
  hostInfo(): Promise<HostInfo>;
  exportReport(
    format: ReportFormat,
    options: ExportOptions,
  ): Promise<{ saved: boolean; path?: string }>;
  copyText(text: string): Promise<void>;
  decode(code: string): Promise<DecodeResult>;
  appInfo(): Promise<AppInfo>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** IPC channel names: shared by main and preload only, never used by the renderer. */
export { CHANNELS } from './channels';

export type { RunOptions };
