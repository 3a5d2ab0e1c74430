// The messages between pac.ts (the run's thread) and pac-worker.ts (the PAC sandbox's thread).
import type { ProxyEntry } from '../../../common/proxy';

export type PacRequest =
  | { type: 'compile'; source: string; location: string; myIp: string }
  | { type: 'evaluate'; id: number; url: string }
  | { type: 'lookup-answer'; id: number; address: string | null };

export type PacReply =
  /** The VM is up: the file's own top-level code runs next, under the file's budget. */
  | { type: 'started' }
  | { type: 'compiled'; ok: true }
  /** Evaluation `id` starts now: its budget runs from here, not from its wait in the queue. */
  | { type: 'began'; id: number }
  | { type: 'compiled'; ok: false; message: string }
  /** FindProxyForURL's answer, already read as a proxy list (proxy-string.ts). */
  | {
      type: 'evaluated';
      id: number;
      ok: true;
      result: string;
      entries: ProxyEntry[];
      ignored: string[];
    }
  /** It threw (`threw`), or its answer is not a proxy list (`garbage`). */
  | { type: 'evaluated'; id: number; ok: false; reason: 'threw' | 'garbage'; message: string }
  | { type: 'lookup'; id: number; host: string };

/** "ReferenceError: x is not defined": the name of the error, then what it says. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error)
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  if (error && typeof error === 'object' && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}
