// The IPC map (ARCHITECTURE.md, "IPC map"): every channel between main and the page, with its
// direction, its arguments (zod schemas main checks) and its result. The preload's
// `window.netcheck`, main's handlers and the renderer are all typed from here, so a handler
// that returns the wrong shape, or a call with an argument too many, does not compile.
// The preload imports this file for types only, so zod stays out of its bundle.
import type { z } from 'zod';
import type { Plan } from '../plan';
import type { RunEvent } from '../results/events';
import type { HostInfo } from '../results/schema';
import type { DecodeResult } from '../helpdesk/decoded-table';
import type { Language } from '../i18n/languages';
import {
  copyTextSchema,
  exportOptionsSchema,
  helpdeskCodeInputSchema,
  notificationTextSchema,
  reportFormatSchema,
  rowIdsSchema,
  runIdSchema,
  startOptionsSchema,
  type AppInfo,
  type MenuCommand,
  type SavedResultFile,
} from './contract';

/** One argument of a call: its name (in error messages) and the schema main checks it with. */
interface Argument<S extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly schema: S;
}
const argument = <S extends z.ZodType>(name: string, schema: S): Argument<S> => ({
  name,
  schema,
});

/** Invoked channels (page → main, with an answer): their arguments, in order. */
export const INVOKE_ARGUMENTS = {
  ready: [],
  start: [argument('options', startOptionsSchema)],
  cancel: [argument('runId', runIdSchema)],
  rerun: [argument('runId', runIdSchema), argument('rowIds', rowIdsSchema)],
  plan: [argument('options', startOptionsSchema)],
  hostInfo: [],
  exportReport: [argument('format', reportFormatSchema), argument('options', exportOptionsSchema)],
  openSavedResult: [],
  copyText: [argument('text', copyTextSchema)],
  decode: [argument('code', helpdeskCodeInputSchema)],
  appInfo: [],
  notify: [argument('text', notificationTextSchema)],
} as const satisfies Record<string, readonly Argument[]>;

/** What each invoked channel answers. */
export interface InvokeResults {
  ready: void;
  start: string;
  cancel: void;
  rerun: string;
  plan: Plan;
  hostInfo: HostInfo;
  exportReport: { saved: boolean; path?: string };
  openSavedResult: SavedResultFile;
  copyText: void;
  decode: DecodeResult;
  appInfo: AppInfo;
  notify: void;
}

/** Pushed channels (main → page, no answer): the payload of each. */
export interface PushPayloads {
  event: RunEvent;
  /** A menu item the page acts on. */
  menuCommand: MenuCommand;
  /** The Language menu changed the language: the page speaks it from now on. */
  language: Language;
}

export type InvokeChannel = keyof typeof INVOKE_ARGUMENTS & keyof InvokeResults;
export type PushChannel = keyof PushPayloads;

type ArgumentTypes<A extends readonly Argument[], Side extends 'in' | 'out'> = {
  -readonly [I in keyof A]: Side extends 'in' ? z.input<A[I]['schema']> : z.output<A[I]['schema']>;
};
/** The arguments as the page passes them. */
export type InvokeArgs<K extends InvokeChannel> = ArgumentTypes<(typeof INVOKE_ARGUMENTS)[K], 'in'>;
/** The arguments as a handler receives them, checked. */
export type CheckedArgs<K extends InvokeChannel> = ArgumentTypes<
  (typeof INVOKE_ARGUMENTS)[K],
  'out'
>;

/** Main's side: one handler per invoked channel, `sender` first. */
export type InvokeHandlers<Sender> = {
  [K in InvokeChannel]: (
    sender: Sender,
    ...args: CheckedArgs<K>
  ) => InvokeResults[K] | Promise<InvokeResults[K]>;
};

/** The page's side: `window.netcheck`, as the preload exposes it. */
export type NetcheckApi = {
  [K in InvokeChannel]: (...args: InvokeArgs<K>) => Promise<InvokeResults[K]>;
} & {
  onEvent(listener: (event: PushPayloads['event']) => void): () => void;
  onMenuCommand(listener: (command: PushPayloads['menuCommand']) => void): () => void;
  onLanguage(listener: (language: PushPayloads['language']) => void): () => void;
};
