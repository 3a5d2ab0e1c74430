import { Duplex } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTransaction } from '../../../../main/engine/sip/transaction';

/** A stream whose far end the test plays by hand: what we wrote, and what the peer sends. */
function peer() {
  const written: string[] = [];
  const stream = new Duplex({
    read() {},
    write(chunk: Buffer, _encoding, callback) {
      written.push(chunk.toString());
      callback();
    },
  });
  return { stream, written, send: (text: string) => stream.push(Buffer.from(text, 'latin1')) };
}

const never = new AbortController().signal;

/** The request's identifiers, and the headers a server copies from it (RFC 3261 §8.2.6.2). */
const ours = { branch: 'z9hG4bKb1', callId: 'c1@127.0.0.1', cseq: 1, method: 'OPTIONS' };
const OURS =
  'Via: SIP/2.0/TCP 127.0.0.1:5060;branch=z9hG4bKb1\r\nCall-ID: c1@127.0.0.1\r\nCSeq: 1 OPTIONS\r\n';

describe('runTransaction', () => {
  it('writes the request once and returns the first final response after any 1xx', async () => {
    const { stream, written, send } = peer();
    const pending = runTransaction(stream, 'OPTIONS sip:x SIP/2.0\r\n\r\n', {
      timeoutMs: 5000,
      signal: never,
      ours,
    });
    send(
      `\r\nSIP/2.0 100 Trying\r\n${OURS}l: 0\r\n\r\nSIP/2.0 180 Ringing\r\n${OURS}l: 0\r\n\r\nSIP/2.0 4`,
    );
    send(`04 Not Found\r\n${OURS}l: 0\r\n\r\nSIP/2.0 200 OK\r\n${OURS}l: 0\r\n\r\n`);
    const result = await pending;
    expect(written).toEqual(['OPTIONS sip:x SIP/2.0\r\n\r\n']);
    expect(result).toMatchObject({ kind: 'final', response: { status: 404, reason: 'Not Found' } });
    expect(result.kind === 'final' && result.provisional.map((r) => r.status)).toEqual([100, 180]);
    expect(stream.listenerCount('data')).toBe(0);
    stream.destroy();
  });

  it('stops at the first bytes that are not SIP', async () => {
    const { stream, send } = peer();
    const pending = runTransaction(stream, 'x', { timeoutMs: 5000, signal: never, ours });
    send('SSH-2.0-OpenSSH_9.2\r\n');
    expect(await pending).toMatchObject({ kind: 'malformed', error: { reason: 'not-sip' } });
    stream.destroy();
  });

  it('reports a close, and whether part of a response had come', async () => {
    const quiet = peer();
    const closedQuietly = runTransaction(quiet.stream, 'x', {
      timeoutMs: 5000,
      signal: never,
      ours,
    });
    quiet.send('\r\n');
    quiet.stream.push(null);
    quiet.stream.resume();
    expect(await closedQuietly).toEqual({
      kind: 'closed',
      provisional: [],
      discarded: [],
      partial: false,
    });
    quiet.stream.destroy();

    const cut = peer();
    const closedMidway = runTransaction(cut.stream, 'x', { timeoutMs: 5000, signal: never, ours });
    cut.send('SIP/2.0 200 OK\r\nVia: a');
    cut.stream.destroy();
    expect(await closedMidway).toMatchObject({ kind: 'closed', partial: true });
  });

  it('reports a socket error with its code', async () => {
    const { stream } = peer();
    const pending = runTransaction(stream, 'x', { timeoutMs: 5000, signal: never, ours });
    stream.destroy(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    expect(await pending).toEqual({
      kind: 'socket-error',
      code: 'ECONNRESET',
      message: 'read ECONNRESET',
    });
  });

  it('ends on the timeout, keeping the provisional responses it saw', async () => {
    const { stream, send } = peer();
    const pending = runTransaction(stream, 'x', { timeoutMs: 50, signal: never, ours });
    send(`SIP/2.0 100 Trying\r\n${OURS}l: 0\r\n\r\n`);
    const result = await pending;
    expect(result.kind).toBe('timeout');
    expect(result.kind === 'timeout' && result.provisional).toHaveLength(1);
    stream.destroy();
  });

  it('ends when the signal aborts, before or during the wait', async () => {
    const early = peer();
    const aborted = new AbortController();
    aborted.abort();
    expect(
      await runTransaction(early.stream, 'x', { timeoutMs: 5000, signal: aborted.signal, ours }),
    ).toEqual({
      kind: 'aborted',
      provisional: [],
      discarded: [],
    });
    expect(early.written).toEqual([]);
    early.stream.destroy();

    const late = peer();
    const controller = new AbortController();
    const pending = runTransaction(late.stream, 'x', {
      timeoutMs: 5000,
      signal: controller.signal,
      ours,
    });
    controller.abort();
    expect((await pending).kind).toBe('aborted');
    late.stream.destroy();
  });

  it('discards well-formed responses to other transactions and waits for ours (RFC 3261 §17.1.3)', async () => {
    const { stream, send } = peer();
    const pending = runTransaction(stream, 'x', { timeoutMs: 5000, signal: never, ours });
    const other = (via: string, callId: string, cseq: string) =>
      `SIP/2.0 200 OK\r\nVia: ${via}\r\nCall-ID: ${callId}\r\nCSeq: ${cseq}\r\nl: 0\r\n\r\n`;
    const via = 'SIP/2.0/TCP 127.0.0.1:5060;branch=z9hG4bKb1';
    send('SIP/2.0 200 OK\r\nl: 0\r\n\r\n'); // canned: no identifiers at all
    send(other('SIP/2.0/TCP 127.0.0.1:5060;branch=z9hG4bKb2', 'c1@127.0.0.1', '1 OPTIONS'));
    send(other(via, 'c2@127.0.0.1', '1 OPTIONS'));
    send(other(via, 'C1@127.0.0.1', '1 OPTIONS')); // Call-IDs are case-sensitive (§8.1.1.4)
    send(other(via, 'c1@127.0.0.1', '2 OPTIONS'));
    send(other(via, 'c1@127.0.0.1', '1 INVITE'));
    send(other(`${via}, SIP/2.0/TCP 10.0.0.1;branch=z9hG4bKp`, 'c1@127.0.0.1', '1 OPTIONS')); // §8.1.3.3
    send(`SIP/2.0 486 Busy Here\r\n${OURS}l: 0\r\n\r\n`);
    const result = await pending;
    expect(result).toMatchObject({ kind: 'final', response: { status: 486 } });
    expect(result.kind === 'final' && result.discarded).toHaveLength(7);
    stream.destroy();
  });

  it('ends on the timeout with only answers that were not ours', async () => {
    const { stream, send } = peer();
    const pending = runTransaction(stream, 'x', { timeoutMs: 50, signal: never, ours });
    send('SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n');
    const result = await pending;
    expect(result).toMatchObject({ kind: 'timeout', provisional: [] });
    expect(result.kind === 'timeout' && result.discarded.map((r) => r.status)).toEqual([200]);
    stream.destroy();
  });
});
