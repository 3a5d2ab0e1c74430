// One HTTP/1.1 request over a connected socket (plain or TLS) and a bounded read of the
// response head: the transaction between the pure parser and the probes.
import type { Duplex } from 'node:stream';
import { parseHttpResponseHead, type HttpResponseHead } from './http-head';
import { describeFailure, outcomeOfErrorCode } from './socket-errors';
import { seconds } from '../../../common/i18n/en';

/** A real response head fits easily; more than this without an empty line is not HTTP. */
export const MAX_HEAD_BYTES = 16 * 1024;

export interface HttpRequest {
  path: string;
  /** The Host header (RFC 9112 §3.2): name or address, with ":port" when not the default. */
  host: string;
}

export type HttpExchangeResult =
  /** `rttMs`: from the request's write to the end of the response head. */
  | { ok: true; head: HttpResponseHead; rttMs: number }
  | {
      ok: false;
      outcome: 'timeout' | 'reset' | 'malformed' | 'tls-error' | 'error';
      errorCode?: string;
      message: string;
    };

export interface HttpExchangeOptions {
  signal: AbortSignal;
  timeoutMs: number;
  where: string;
}

export function formatRequest({ path, host }: HttpRequest): string {
  return [
    `GET ${path} HTTP/1.1`,
    `Host: ${host}`,
    'User-Agent: onsight-netcheck',
    'Accept: */*',
    'Connection: close',
    '',
    '',
  ].join('\r\n');
}

/** The Host header value: the port is left out when it is the scheme's default (RFC 9110 §4.2). */
export function hostHeader(host: string, port: number, defaultPort: number): string {
  return port === defaultPort ? host : `${host}:${port}`;
}

/** Sends the request and reads until the head is complete; the caller destroys the socket. */
export function exchangeHttpHead(
  socket: Duplex,
  request: HttpRequest,
  { signal, timeoutMs, where }: HttpExchangeOptions,
): Promise<HttpExchangeResult> {
  const timedOut: HttpExchangeResult = {
    ok: false,
    outcome: 'timeout',
    message: `${where} accepted the connection but sent no HTTP answer within ${seconds(timeoutMs)}`,
  };
  if (signal.aborted) return Promise.resolve(timedOut);
  const chunks: Buffer[] = [];
  let received = 0;
  return new Promise((resolve) => {
    const finish = (result: HttpExchangeResult) => {
      signal.removeEventListener('abort', onAbort);
      socket.removeListener('data', onData);
      socket.removeListener('end', onEnd);
      socket.removeListener('error', onError);
      resolve(result);
    };
    const malformed = (reason: string): HttpExchangeResult => ({
      ok: false,
      outcome: 'malformed',
      message: `${where} answered, but not with HTTP: ${reason}`,
    });
    const onAbort = () => finish(timedOut);
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      const parsed = parseHttpResponseHead(Buffer.concat(chunks).subarray(0, MAX_HEAD_BYTES));
      if (parsed.kind === 'complete')
        finish({ ok: true, head: parsed.head, rttMs: Math.round(performance.now() - written) });
      else if (parsed.kind === 'invalid') finish(malformed(parsed.reason));
      else if (received >= MAX_HEAD_BYTES)
        finish(malformed(`no end of the response head in ${MAX_HEAD_BYTES} bytes`));
    };
    const onEnd = () =>
      finish(
        received === 0
          ? {
              ok: false,
              outcome: 'malformed',
              message: `${where} closed the connection without answering the HTTP request`,
            }
          : malformed('the answer ended before the response head was complete'),
      );
    const onError = (error: NodeJS.ErrnoException) => {
      const outcome = outcomeOfErrorCode(error.code);
      finish(
        outcome === 'reset'
          ? {
              ok: false,
              outcome,
              errorCode: error.code,
              message: `${where} cut the connection (reset) before answering the HTTP request: typical of a filtering proxy or intrusion-prevention system`,
            }
          : outcome === 'tls-error'
            ? {
                ok: false,
                outcome,
                errorCode: error.code,
                message: describeFailure(outcome, where, timeoutMs, error.code),
              }
            : {
                ok: false,
                outcome: 'error',
                errorCode: error.code,
                message: `the HTTP exchange with ${where} failed: ${error.message}`,
              },
      );
    };
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('error', onError);
    const written = performance.now();
    socket.write(formatRequest(request));
  });
}
