// CONNECT tunnels through a real squid on loopback: plain, with Basic sign-in, with a
// policy that refuses the destination, and with SSL inspection (ssl-bump) re-signing
// the origin's certificate with a "corporate" CA.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { connect as tlsConnect, type PeerCertificate, type TLSSocket } from 'node:tls';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTunnel, type TunnelProxy } from '../../main/engine/proxy/connect-tunnel';
import { identifyInterceptor } from '../../main/engine/proxy/interceptors';
import { testProxy } from '../support/servers-setup';
import { CORPORATE_CN, CORPORATE_ORG, makeCa, makeLeaf, type CaFiles } from '../support/squid';
import { needs } from '../support/tools';

const ORIGIN_HOST = 'origin.test';
const TIMEOUT_MS = 10_000;
const ORIGIN_BODY = 'hello from the origin';

let certDir: string;
let originCa: CaFiles;
let origin: Server;
let originPort: number;

/** One of the shared squid's ports (test/support/squid.ts). */
const proxyAt = (
  port: number,
  credentials?: { username: string; password: string },
): TunnelProxy => ({
  type: 'PROXY',
  host: '127.0.0.1',
  port,
  ...(credentials && { credentials }),
});
const options = () => ({ signal: AbortSignal.timeout(TIMEOUT_MS), timeoutMs: TIMEOUT_MS });

/**
 * TLS over the tunnel, as the tls/https probes will do it, then one HTTP request (an
 * inspecting proxy only relays HTTP once it has decrypted the stream).
 */
function handshake(
  socket: Socket,
  ca?: string,
): Promise<{ authorized: boolean; peer: PeerCertificate; response: string }> {
  return new Promise((resolve, reject) => {
    const tls: TLSSocket = tlsConnect({
      socket,
      servername: ORIGIN_HOST,
      rejectUnauthorized: false,
      ...(ca && { ca }),
    });
    const timer = setTimeout(() => {
      tls.destroy();
      reject(new Error('no answer through the tunnel'));
    }, TIMEOUT_MS);
    let response = '';
    tls.on('data', (chunk: Buffer) => (response += chunk.toString()));
    tls.once('error', (error) => {
      clearTimeout(timer);
      tls.destroy();
      reject(error);
    });
    tls.once('secureConnect', () => {
      const authorized = tls.authorized;
      const peer = tls.getPeerCertificate(true);
      // An address, not a name: a bumping squid forwards to the Host it reads, and its
      // resolver here answers nothing.
      tls.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${originPort}\r\nConnection: close\r\n\r\n`);
      tls.once('end', () => {
        clearTimeout(timer);
        tls.destroy();
        resolve({ authorized, peer, response });
      });
    });
  });
}

describe('CONNECT through the shared squid', needs('squid', 'openssl'), () => {
  beforeAll(async () => {
    certDir = mkdtempSync(join(tmpdir(), 'nc-proxy-certs-'));
    originCa = makeCa(certDir, 'origin-ca', 'Netcheck Origin CA', 'Netcheck Origin Root');
    const leaf = makeLeaf(certDir, 'origin', originCa, ORIGIN_HOST);
    origin = createHttpsServer({ key: leaf.key, cert: leaf.cert }, (_request, response) =>
      response.end(ORIGIN_BODY),
    );
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    originPort = (origin.address() as { port: number }).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => origin.close(() => resolve()));
    rmSync(certDir, { recursive: true, force: true });
  });

  describe('through a plain squid', () => {
    const port = () => testProxy().plain;

    it('opens a tunnel in which the TLS handshake with the origin succeeds', async () => {
      const tunnel = await openTunnel(proxyAt(port()), '127.0.0.1', originPort, options());
      if (!tunnel.ok) throw new Error(tunnel.detail);
      expect(tunnel.proxyStatus).toMatch(/^HTTP\/1\.1 200/);
      expect(tunnel.proxy.via).toBe(`PROXY 127.0.0.1:${port()}`);
      const { authorized, peer, response } = await handshake(tunnel.socket, originCa.cert);
      expect(authorized).toBe(true);
      expect(peer.subject.CN).toBe(ORIGIN_HOST);
      expect(peer.issuer.O).toBe('Netcheck Origin CA');
      expect(response).toMatch(/^HTTP\/1\.1 200 /);
      expect(response).toContain(ORIGIN_BODY);
    });

    it("reports the proxy's refusal of a port it does not tunnel to", async () => {
      const tunnel = await openTunnel(proxyAt(port()), '127.0.0.1', 25, options());
      expect(tunnel.ok).toBe(false);
      if (tunnel.ok) return;
      expect(tunnel.outcome).toBe('proxy-denied');
      expect(tunnel.proxy.status).toBe('HTTP/1.1 403 Forbidden');
    });
  });

  describe('through a squid that asks for a password (Basic)', () => {
    const port = () => testProxy().auth;

    it('is proxy-auth naming Basic when no password is given', async () => {
      const tunnel = await openTunnel(proxyAt(port()), '127.0.0.1', originPort, options());
      expect(tunnel.ok).toBe(false);
      if (tunnel.ok) return;
      expect(tunnel.outcome).toBe('proxy-auth');
      expect(tunnel.proxy.authSchemes).toEqual(['Basic']);
      expect(tunnel.proxy.status).toMatch(/^HTTP\/1\.1 407 /);
      expect(tunnel.proxy.server).toMatch(/^squid/);
      expect(tunnel.detail).toContain(`the proxy 127.0.0.1:${port()}`);
      expect(tunnel.detail).toContain('it offers Basic');
    });

    it('is proxy-auth saying the password was refused when it is wrong', async () => {
      const tunnel = await openTunnel(
        proxyAt(port(), { username: testProxy().user, password: 'wrong' }),
        '127.0.0.1',
        originPort,
        options(),
      );
      expect(tunnel.ok).toBe(false);
      if (tunnel.ok) return;
      expect(tunnel.outcome).toBe('proxy-auth');
      expect(tunnel.detail).toContain('refused the user name and password');
    });

    it('tunnels with the right user name and password', async () => {
      const tunnel = await openTunnel(
        proxyAt(port(), { username: testProxy().user, password: testProxy().password }),
        '127.0.0.1',
        originPort,
        options(),
      );
      if (!tunnel.ok) throw new Error(tunnel.detail);
      const { authorized } = await handshake(tunnel.socket, originCa.cert);
      expect(authorized).toBe(true);
    });
  });

  describe('through a squid whose policy refuses the destination', () => {
    const port = () => testProxy().denyOther;

    it("is proxy-denied with squid's status line and Server header", async () => {
      const tunnel = await openTunnel(proxyAt(port()), '127.0.0.2', originPort, options());
      expect(tunnel.ok).toBe(false);
      if (tunnel.ok) return;
      expect(tunnel.outcome).toBe('proxy-denied');
      expect(tunnel.proxy.status).toBe('HTTP/1.1 403 Forbidden');
      expect(tunnel.proxy.server).toMatch(/^squid\/\d/);
      expect(tunnel.detail).toContain('"HTTP/1.1 403 Forbidden"');
      expect(tunnel.detail).toContain(`refuses connections to 127.0.0.2:${originPort}`);
    });

    it('still tunnels to destinations the policy allows', async () => {
      const tunnel = await openTunnel(proxyAt(port()), '127.0.0.1', originPort, options());
      if (!tunnel.ok) throw new Error(tunnel.detail);
      tunnel.socket.destroy();
    });
  });

  describe('through a squid that inspects TLS (ssl-bump)', () => {
    const port = () => testProxy().bump;

    it('presents the origin re-signed by the corporate CA, which the table names', async () => {
      const tunnel = await openTunnel(proxyAt(port()), '127.0.0.1', originPort, options());
      if (!tunnel.ok) throw new Error(tunnel.detail);
      const { authorized, peer, response } = await handshake(tunnel.socket, originCa.cert);
      // Trusting only the origin's real CA, the re-signed chain does not verify.
      expect(authorized).toBe(false);
      expect(peer.subject.CN).toBe(ORIGIN_HOST);
      expect(peer.issuer.O).toBe(CORPORATE_ORG);
      expect(peer.issuer.CN).toBe(CORPORATE_CN);
      expect(peer.fingerprint256).not.toBe('');
      expect(
        identifyInterceptor({
          issuer: String(peer.issuer.CN),
          issuerOrganization: String(peer.issuer.O),
        }),
      ).toBe('Zscaler');
      // squid still carries the request once it has inspected it.
      expect(response).toContain(ORIGIN_BODY);
    });

    it('verifies when the corporate CA is trusted, as on a managed computer', async () => {
      const tunnel = await openTunnel(proxyAt(port()), '127.0.0.1', originPort, options());
      if (!tunnel.ok) throw new Error(tunnel.detail);
      const { authorized } = await handshake(tunnel.socket, testProxy().corporateCaCert);
      expect(authorized).toBe(true);
    });
  });
});
