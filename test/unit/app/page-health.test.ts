// A page whose preload fails or whose renderer dies is logged and never left blank in
// silence: a crash reloads it, a crash loop stops reloading and tells the user.
import { describe, expect, it, vi } from 'vitest';
import type { AppLog } from '../../../main/app/log';
import { MAX_RELOADS, RELOAD_WINDOW_MS, watchPageHealth } from '../../../main/app/page-health';

vi.mock('electron', () => ({}));

function setUp() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const contents = {
    on: (name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener),
    reload: vi.fn(),
    isDestroyed: () => false,
  };
  const log: AppLog = {
    info: vi.fn(),
    warn: vi.fn(),
    error: vi.fn(),
    setIncludeComputerDetails: vi.fn(),
  };
  const showError = vi.fn();
  let clock = 0;
  watchPageHealth(contents as never, { log, showError, now: () => clock });
  const emit = (name: string, ...args: unknown[]) => listeners.get(name)!({}, ...args);
  const advance = (ms: number) => (clock += ms);
  return { contents, log, showError, emit, advance };
}

describe('page health', () => {
  it('logs a failed preload with its error and tells the user', () => {
    const { log, showError, emit } = setUp();
    const error = new Error('Cannot find module');
    emit('preload-error', '/app/out/preload/preload.cjs', error);
    expect(log.error).toHaveBeenCalledWith('the preload failed', {
      preloadPath: '/app/out/preload/preload.cjs',
      error,
    });
    expect(showError).toHaveBeenCalledWith('The window could not start', expect.any(String));
  });

  it('reloads a crashed page, up to a limit per minute, then says so', () => {
    const { contents, showError, emit, advance, log } = setUp();
    for (let i = 0; i < MAX_RELOADS; i++) emit('render-process-gone', { reason: 'crashed' });
    expect(contents.reload).toHaveBeenCalledTimes(MAX_RELOADS);
    expect(showError).not.toHaveBeenCalled();
    emit('render-process-gone', { reason: 'oom', exitCode: 1 });
    expect(contents.reload).toHaveBeenCalledTimes(MAX_RELOADS);
    expect(showError).toHaveBeenCalledWith('The window keeps stopping', expect.any(String));
    expect(log.error).toHaveBeenLastCalledWith('the page stopped', { reason: 'oom', exitCode: 1 });
    // A minute later the count starts afresh.
    advance(RELOAD_WINDOW_MS + 1);
    emit('render-process-gone', { reason: 'crashed' });
    expect(contents.reload).toHaveBeenCalledTimes(MAX_RELOADS + 1);
  });

  it('leaves a clean exit alone', () => {
    const { contents, emit } = setUp();
    emit('render-process-gone', { reason: 'clean-exit', exitCode: 0 });
    expect(contents.reload).not.toHaveBeenCalled();
  });
});
