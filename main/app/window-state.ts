// The window comes back where the user left it: size, position and maximised state, in a
// small JSON file in the user-data folder. Pure functions around two file calls.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { Rectangle } from 'electron';

export const MIN_SIZE = { width: 880, height: 640 } as const;
export const DEFAULT_SIZE = { width: 1100, height: 760 } as const;

const windowStateSchema = z.object({
  x: z.int().optional(),
  y: z.int().optional(),
  width: z.int().min(1),
  height: z.int().min(1),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

const DEFAULT_STATE: WindowState = { ...DEFAULT_SIZE, maximized: false };

/** Whether a sensible part of the window (its title bar area) lies on one of the screens. */
function onSomeScreen(state: WindowState, workAreas: readonly Rectangle[]): boolean {
  if (state.x === undefined || state.y === undefined) return false;
  const { x, y } = state;
  return workAreas.some(
    (area) =>
      x + 100 > area.x &&
      x < area.x + area.width - 100 &&
      y >= area.y &&
      y < area.y + area.height - 50,
  );
}

/**
 * Turns the saved file into bounds to open with: unreadable or hand-broken files give the
 * default, a size below the minimum grows to it, and a position on a screen that is gone
 * (an unplugged monitor) is dropped so the window opens centred instead of out of sight.
 */
export function restoreWindowState(
  fileText: string | undefined,
  workAreas: readonly Rectangle[],
): WindowState {
  let saved: WindowState = DEFAULT_STATE;
  if (fileText !== undefined) {
    try {
      const parsed = windowStateSchema.safeParse(JSON.parse(fileText));
      if (parsed.success) saved = parsed.data;
    } catch {
      // A damaged file is no reason not to open: the default stands.
    }
  }
  const state: WindowState = {
    width: Math.max(saved.width, MIN_SIZE.width),
    height: Math.max(saved.height, MIN_SIZE.height),
    maximized: saved.maximized,
  };
  if (onSomeScreen(saved, workAreas)) {
    state.x = saved.x;
    state.y = saved.y;
  }
  return state;
}

export function readWindowState(file: string, workAreas: readonly Rectangle[]): WindowState {
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined;
  }
  return restoreWindowState(text, workAreas);
}

/**
 * Written synchronously: it happens while the window closes, and an asynchronous write could
 * still be pending when the app quits right after.
 */
export function writeWindowState(file: string, bounds: Rectangle, maximized: boolean): void {
  const state: WindowState = { ...bounds, maximized };
  try {
    writeFileSync(file, `${JSON.stringify(state)}\n`, 'utf8');
  } catch (error) {
    console.error(`could not remember the window's size in ${file}`, error);
  }
}
