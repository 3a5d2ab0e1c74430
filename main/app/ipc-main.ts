// The one module that uses Electron's ipcMain and pushes to a page (lint forbids both
// elsewhere; the entry, app.ts, only hands ipcMain over): it registers the IPC map's handlers,
// checks each call's arguments against the map's schemas (count included) before the handler
// sees them, and pushes typed payloads. Types only from electron, so tests load it without.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS } from '../../common/ipc/channels';
import {
  INVOKE_ARGUMENTS,
  type CheckedArgs,
  type InvokeChannel,
  type InvokeHandlers,
  type PushChannel,
  type PushPayloads,
} from '../../common/ipc/map';
import { describeZodError } from '../../common/zod-issue';

export type IpcRegistrar = Pick<IpcMain, 'handle' | 'removeHandler'>;

/**
 * Checks the arguments of one call against the map: one value per declared argument (a
 * missing or extra one is refused), each parsed by its schema. The error names the argument,
 * the path inside it and the problem: `options.proxy: a proxy is written http://host:port`.
 */
export function checkArguments<K extends InvokeChannel>(
  channel: K,
  args: readonly unknown[],
): CheckedArgs<K> {
  const declared = INVOKE_ARGUMENTS[channel];
  if (args.length > declared.length)
    throw new Error(`${channel}: takes ${declared.length} argument(s), was given ${args.length}`);
  return declared.map(({ name, schema }, index) => {
    const parsed = schema.safeParse(args[index]);
    if (!parsed.success) throw new Error(describeZodError(parsed.error, name));
    return parsed.data;
  }) as CheckedArgs<K>;
}

/**
 * Registers every handler of the map. `admit` runs first on every call (who calls); it throws
 * to refuse. Arguments the map refuses are told to `onRefused` before the caller hears of it. Returns the function that removes them all.
 */
export function handleInvokes<Sender>(
  ipc: IpcRegistrar,
  handlers: InvokeHandlers<Sender>,
  admit: (channel: InvokeChannel, event: IpcMainInvokeEvent) => Sender,
  onRefused: (channel: InvokeChannel, reason: string) => void = () => {},
): () => void {
  const channels = Object.keys(INVOKE_ARGUMENTS) as InvokeChannel[];
  for (const channel of channels) {
    const handler = handlers[channel] as (sender: Sender, ...args: unknown[]) => unknown;
    ipc.handle(CHANNELS[channel], async (event, ...args: unknown[]) => {
      const sender = admit(channel, event);
      let checked: unknown[];
      try {
        checked = checkArguments(channel, args);
      } catch (error) {
        onRefused(channel, (error as Error).message);
        throw error;
      }
      return handler(sender, ...checked);
    });
  }
  return () => channels.forEach((channel) => ipc.removeHandler(CHANNELS[channel]));
}

export type PushTarget = Pick<WebContents, 'send' | 'isDestroyed'>;

/** Sends a pushed channel's payload to a page that still exists. */
export function push<K extends PushChannel>(
  contents: PushTarget,
  channel: K,
  payload: PushPayloads[K],
): void {
  if (!contents.isDestroyed()) contents.send(CHANNELS[channel], payload);
}
