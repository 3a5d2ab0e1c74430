// "Compare with a saved report…" (issue 20), main's side: the handler of `openSavedResult`
// with Electron's dialog mocked and real files in a temporary folder. It answers the chosen
// file's text, "canceled", or why not (too big, unreadable) as data the page words; the save
// and open dialogs speak the language the app speaks at the time they open.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../common/ipc/channels';
import { setLanguage } from '../../../common/i18n';
import { registerIpcHandlers } from '../../../main/app/ipc-handlers';
import { readSavedResult, SAVED_RESULT_MAX_BYTES } from '../../../main/app/saved-result';
import { reportFileType } from '../../../main/app/report-export';
import { fakeContents, fakeIpcMain, handlerDepsFor } from './support';

vi.mock('electron', () => ({}));

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'netcheck-open-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));
afterEach(() => setLanguage('en'));

/** The handlers with a dialog that "picks" what the test says. */
function setUp(pick: (options: OpenDialogOptions) => OpenDialogReturnValue) {
  const ipc = fakeIpcMain();
  const showOpenDialog = vi.fn((_sender: unknown, options: OpenDialogOptions) =>
    Promise.resolve(pick(options)),
  );
  const deps = handlerDepsFor({ showOpenDialog });
  const { log } = deps;
  const handlers = registerIpcHandlers(ipc, deps);
  const contents = fakeContents();
  return {
    handlers,
    log,
    showOpenDialog,
    contents,
    open: (...args: unknown[]) => ipc.invoke(contents, CHANNELS.openSavedResult, args),
    openFrom: (url: string) => ipc.invoke(contents, CHANNELS.openSavedResult, [], url),
  };
}

const picked = (path: string): OpenDialogReturnValue => ({ canceled: false, filePaths: [path] });

describe('openSavedResult: the open dialog and the chosen file', () => {
  it("answers the file's name and text, from a JSON-only dialog attached to the page", async () => {
    const path = join(folder, 'before-the-change.json');
    // A byte-order mark, as Windows editors write one: JSON.parse would refuse it.
    await writeFile(path, '\uFEFF{"schemaVersion": 2, "ü": "é"}\n', 'utf8');
    const { open, showOpenDialog, contents, handlers } = setUp(() => picked(path));
    await expect(open()).resolves.toEqual({
      status: 'opened',
      fileName: 'before-the-change.json',
      text: '{"schemaVersion": 2, "ü": "é"}\n',
    });
    expect(showOpenDialog).toHaveBeenCalledTimes(1);
    const [sender, options] = showOpenDialog.mock.calls[0]!;
    expect(sender).toBe(contents);
    expect(options).toEqual({
      title: 'Open a saved report',
      filters: [{ name: 'JSON', extensions: ['json'] }],
      properties: ['openFile'],
    });
    handlers.dispose();
  });

  it('answers "canceled" when the dialog is closed without a file', async () => {
    const { open, handlers } = setUp(() => ({ canceled: true, filePaths: [] }));
    await expect(open()).resolves.toEqual({ status: 'canceled' });
    handlers.dispose();
  });

  it('refuses a file over 5 MB, and reads one of exactly 5 MB', async () => {
    const big = join(folder, 'video.json');
    await writeFile(big, Buffer.alloc(SAVED_RESULT_MAX_BYTES + 1, 0x20));
    const { open, log, handlers } = setUp(() => picked(big));
    const refused = {
      status: 'failed',
      reason: 'too-big',
      fileName: 'video.json',
      maxBytes: 5 * 1024 * 1024,
    };
    await expect(open()).resolves.toEqual(refused);
    expect(log.warn).toHaveBeenCalledWith('saved report not opened', refused);
    handlers.dispose();

    const edge = join(folder, 'edge.json');
    await writeFile(edge, Buffer.alloc(SAVED_RESULT_MAX_BYTES, 0x20));
    const answer = await readSavedResult(edge);
    expect(answer.status === 'opened' && answer.text.length).toBe(SAVED_RESULT_MAX_BYTES);
  });

  it('says a missing file or a folder cannot be read, naming the file and the reason', async () => {
    const folderPicked = join(folder, 'a-folder.json');
    await mkdir(folderPicked);
    for (const [path, code] of [
      [join(folder, 'gone.json'), 'ENOENT'],
      [folderPicked, 'EISDIR'],
    ] as const) {
      const { open, handlers } = setUp(() => picked(path));
      const name = path.slice(folder.length + 1);
      await expect(open()).resolves.toEqual({
        status: 'failed',
        reason: 'unreadable',
        fileName: name,
        code,
      });
      handlers.dispose();
    }
  });

  it('takes no argument, and answers only the app page', async () => {
    const { open, openFrom, showOpenDialog, handlers } = setUp(() => {
      throw new Error('no dialog may open');
    });
    await expect(open('/etc/passwd')).rejects.toThrow(
      'openSavedResult: takes 0 argument(s), was given 1',
    );
    await expect(openFrom('https://example.com/')).rejects.toThrow(/refused/);
    expect(showOpenDialog).not.toHaveBeenCalled();
    handlers.dispose();
  });

  it("speaks the app's language of the moment: the dialog's title and filter", async () => {
    const big = join(folder, 'gross.json');
    await writeFile(big, Buffer.alloc(SAVED_RESULT_MAX_BYTES + 1, 0x20));
    const { open, showOpenDialog, handlers } = setUp(() => picked(big));
    setLanguage('de');
    await open();
    expect(showOpenDialog.mock.calls[0]![1].title).toBe('Gespeicherten Bericht öffnen');
    // The save dialog's file types too, read at each call.
    expect(reportFileType('html')).toEqual({ name: 'Webseite (HTML)', extension: 'html' });
    setLanguage('fr');
    await open();
    expect(showOpenDialog.mock.calls[1]![1].title).toBe('Ouvrir un rapport enregistré');
    expect(reportFileType('pdf')).toEqual({ name: 'Document PDF', extension: 'pdf' });
    handlers.dispose();
  });
});
