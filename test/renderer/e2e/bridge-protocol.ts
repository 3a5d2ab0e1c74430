// The messages between the page's `window.netcheck` shim (browser-bridge.ts) and the test
// bridge (bridge-server.ts): one WebSocket, JSON text frames. Types only, shared by both ends.
import type { MenuCommand, NetcheckApi } from '../../../common/ipc/contract';
import type { RunEvent } from '../../../common/results/events';
import type { Language } from '../../../common/i18n/languages';

/** Every call of the contract (the `on…` listeners are fed by pushed messages instead). */
export type BridgeMethod = Exclude<keyof NetcheckApi, 'onEvent' | 'onMenuCommand' | 'onLanguage'>;

export const BRIDGE_PATH = '/netcheck';
export const SHIM_PATH = '/netcheck-bridge.js';

/** Page → bridge: one call of window.netcheck. */
export interface BridgeCall {
  id: number;
  method: BridgeMethod;
  args: unknown[];
}

/** Bridge → page: the answer to call `id`, or what main pushes (a run event, a menu command). */
export type BridgeMessage =
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string }
  | { type: 'event'; event: RunEvent }
  | { type: 'menu-command'; command: MenuCommand }
  | { type: 'language'; language: Language };
