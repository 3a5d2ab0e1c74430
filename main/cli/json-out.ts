// What `--json` prints: the document, then a newline, written in chunks of about 64 KiB
// (common/text/json-pieces.ts), never the whole document as one string and one buffer.
import { jsonPieces } from '../../common/text/json-pieces';

const CHUNK_CHARS = 64 * 1024;

export function writeJson(out: { write(text: string): unknown }, value: unknown): void {
  let chunk = '';
  for (const piece of jsonPieces(value)) {
    chunk += piece;
    if (chunk.length >= CHUNK_CHARS) {
      out.write(chunk);
      chunk = '';
    }
  }
  out.write(`${chunk}\n`);
}
