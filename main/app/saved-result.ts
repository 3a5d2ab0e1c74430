// "Compare with a saved report…" (issue 20): the file the open dialog gave, read with a bound.
// A saved JSON report of the default profile is about 100 kB; 5 MB leaves room for long runs
// and pretty-printing while keeping a mistaken pick (a video, a disk image) out of the page.
// Every failure is a reason the page words (one sentence), never a stack trace.
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SavedResultFile } from '../../common/ipc/contract';

export const SAVED_RESULT_MAX_BYTES = 5 * 1024 * 1024;

const tooBig = (fileName: string, maxBytes: number): SavedResultFile => ({
  status: 'failed',
  reason: 'too-big',
  fileName,
  maxBytes,
});

/** The file's text (UTF-8, a byte-order mark dropped), or why it cannot be shown. */
export async function readSavedResult(
  path: string,
  maxBytes = SAVED_RESULT_MAX_BYTES,
): Promise<SavedResultFile> {
  const fileName = basename(path);
  let handle;
  try {
    handle = await open(path, 'r');
    // The size said first, then a read that stops one byte past the bound: a file that
    // grows between the two is refused all the same.
    if ((await handle.stat()).size > maxBytes) return tooBig(fileName, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of handle.createReadStream({
      start: 0,
      end: maxBytes,
      autoClose: false,
    })) {
      chunks.push(chunk as Buffer);
      total += (chunk as Buffer).length;
    }
    if (total > maxBytes) return tooBig(fileName, maxBytes);
    // TextDecoder drops a leading byte-order mark, which Windows editors write and JSON.parse refuses.
    return { status: 'opened', fileName, text: new TextDecoder().decode(Buffer.concat(chunks)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { status: 'failed', reason: 'unreadable', fileName, code };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
