// What happens when the page itself breaks: its preload fails (no window.netcheck, so the
// page cannot work) or its renderer process dies. Both are logged; a crashed page is reloaded
// a few times, then the user is told, so the window is never left blank without a word.
import type { WebContents } from 'electron';
import type { AppLog } from './log';

/** Reloads allowed within RELOAD_WINDOW_MS before the app gives up on the page. */
export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 60_000;

export interface PageHealthDeps {
  log: AppLog;
  /** Tells the user, in a native dialog, that the window cannot work. */
  showError(title: string, message: string): void;
  now?: () => number;
}

type WatchedContents = Pick<WebContents, 'on' | 'reload' | 'isDestroyed'>;

export function watchPageHealth(contents: WatchedContents, deps: PageHealthDeps): void {
  const now = deps.now ?? Date.now;
  const reloads: number[] = [];
  contents.on('preload-error', (_event, preloadPath, error) => {
    deps.log.error('the preload failed', { preloadPath, error });
    deps.showError(
      'The window could not start',
      'A part of the app did not load. Please reinstall Onsight Network Check; the log folder (Help menu) says more.',
    );
  });
  contents.on('render-process-gone', (_event, details) => {
    deps.log.error('the page stopped', { reason: details.reason, exitCode: details.exitCode });
    if (details.reason === 'clean-exit' || contents.isDestroyed()) return;
    const t = now();
    while (reloads.length > 0 && t - reloads[0]! > RELOAD_WINDOW_MS) reloads.shift();
    if (reloads.length >= MAX_RELOADS) {
      deps.showError(
        'The window keeps stopping',
        'Onsight Network Check stopped several times in a row. Please restart it; the log folder (Help menu) says why.',
      );
      return;
    }
    reloads.push(t);
    contents.reload();
  });
}
