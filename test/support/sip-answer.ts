// A SIP server's side for tests: answers every OPTIONS on a stream with `statusLine`, for
// that very transaction (RFC 3261 §8.2.6.2: the response copies Via, Call-ID and CSeq), plus
// any `headers` of the test's own. The socket's errors are the client's business.
import type { Duplex } from 'node:stream';

export function answerSipOptions(socket: Duplex, statusLine: string, headers = ''): void {
  socket.on('error', () => {});
  let head = '';
  socket.on('data', (chunk: Buffer) => {
    head += chunk.toString('latin1');
    if (!head.includes('\r\n\r\n')) return;
    const copy = (name: string) => new RegExp(`^${name}: .*$`, 'm').exec(head)?.[0] ?? '';
    socket.write(
      `${statusLine}\r\n${copy('Via')}\r\n${copy('Call-ID')}\r\n${copy('CSeq')}\r\n${headers}Content-Length: 0\r\n\r\n`,
      'utf8',
    );
    head = '';
  });
}
