// Remembered window bounds: restored when sensible, repaired when not.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  readWindowState,
  restoreWindowState,
  writeWindowState,
} from '../../../main/app/window-state';

vi.mock('electron', () => ({}));

const SCREEN = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('window state', () => {
  it('opens at the default size the first time', () => {
    expect(restoreWindowState(undefined, SCREEN)).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('comes back where it was left', () => {
    const saved = JSON.stringify({ x: 200, y: 100, width: 1000, height: 700, maximized: true });
    expect(restoreWindowState(saved, SCREEN)).toEqual({
      x: 200,
      y: 100,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('never opens below the minimum size', () => {
    const saved = JSON.stringify({ x: 10, y: 10, width: 300, height: 200, maximized: false });
    expect(restoreWindowState(saved, SCREEN)).toMatchObject(MIN_SIZE);
  });

  it('drops a position on a screen that is no longer there', () => {
    const saved = JSON.stringify({ x: 3000, y: 100, width: 1000, height: 700, maximized: false });
    const state = restoreWindowState(saved, SCREEN);
    expect(state).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('ignores a damaged or hand-broken file', () => {
    for (const text of ['{', 'null', '{"width":"wide"}', '[]']) {
      expect(restoreWindowState(text, SCREEN)).toEqual({ ...DEFAULT_SIZE, maximized: false });
    }
  });

  it('writes what it reads back', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'netcheck-window-'));
    try {
      const file = join(folder, 'window-state.json');
      expect(readWindowState(file, SCREEN)).toEqual({ ...DEFAULT_SIZE, maximized: false });
      writeWindowState(file, { x: 40, y: 50, width: 1200, height: 800 }, false);
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
        x: 40,
        y: 50,
        width: 1200,
        height: 800,
        maximized: false,
      });
      expect(readWindowState(file, SCREEN)).toEqual({
        x: 40,
        y: 50,
        width: 1200,
        height: 800,
        maximized: false,
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
