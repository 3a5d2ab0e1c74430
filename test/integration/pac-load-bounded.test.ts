// A PAC URL that never stops sending (a misconfigured server, or a hostile one on the LAN):
// loading it must stop at the PAC size limit, not hold everything it sent in memory.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPac } from '../../main/engine/proxy/pac';

let server: Server;
let url: string;
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/x-ns-proxy-autoconfig' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    // 64 KiB a millisecond, until the client goes away.
    const timer = setInterval(() => response.write(chunk), 1);
    timers.add(timer);
    response.on('close', () => {
      clearInterval(timer);
      timers.delete(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/proxy.pac`;
});
afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('loadPac from a server that never stops', () => {
  it('gives up at the size limit, saying it is not a PAC file', async () => {
    const controller = new AbortController();
    const giveUp = setTimeout(() => controller.abort(), 3000);
    try {
      const load = await loadPac(url, { signal: controller.signal });
      expect(load.ok).toBe(false);
      expect(!load.ok && load.message).toMatch(/not a PAC file/);
    } finally {
      clearTimeout(giveUp);
    }
  });
});
