import { describe, expect, it } from 'vitest';
import { classifyHandshakeError } from '../../../../main/engine/tls/handshake-errors';

const where = '52.142.34.50 port 5061';

describe('classifyHandshakeError', () => {
  it('reads a real RST (it names its syscall) as reset', () => {
    expect(
      classifyHandshakeError({ code: 'ECONNRESET', syscall: 'read' }, where, 'TLSv1.2'),
    ).toMatchObject({
      outcome: 'reset',
      errorCode: 'ECONNRESET',
    });
  });

  it("reads Node's ECONNRESET for a peer that closed mid-handshake as tls-error", () => {
    const closed = {
      code: 'ECONNRESET',
      message: 'Client network socket disconnected before secure TLS connection was established',
    };
    expect(classifyHandshakeError(closed, where, 'TLSv1.2')).toMatchObject({
      outcome: 'tls-error',
    });
  });

  it('names the minimum version when the versions do not meet', () => {
    const failure = classifyHandshakeError(
      { code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION' },
      where,
      'TLSv1.2',
    );
    expect(failure).toEqual({
      outcome: 'tls-error',
      errorCode: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
      message: `${where} does not offer TLS 1.2 or later: the TLS handshake failed on the protocol version`,
    });
  });

  it('says when the peer does not speak TLS at all', () => {
    expect(
      classifyHandshakeError({ code: 'ERR_SSL_WRONG_VERSION_NUMBER' }, where, undefined).message,
    ).toBe(`${where} answered, but not with TLS: something other than a TLS server listens there`);
  });

  it("keeps OpenSSL's reason, not its file paths, for other failures", () => {
    const error = {
      code: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
      message:
        '80:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:../ssl/record/rec_layer_s3.c:1605:SSL alert number 40\n',
    };
    expect(classifyHandshakeError(error, where, 'TLSv1.2').message).toBe(
      `the TLS handshake with ${where} failed (ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE): sslv3 alert handshake failure`,
    );
  });
});
