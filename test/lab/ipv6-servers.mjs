// The IPv6-only lab's servers (test/lab/ipv6-only.test.ts), one process in its server
// namespace: `node ipv6-servers.mjs CERT KEY`. HTTPS on port 443 of every address (any path
// answers 200, as Librestream's ping does), and TCP accepts on the push ports (guide section 4).
// Prints "ready" once every port listens.
import { readFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';

const [certFile, keyFile] = process.argv.slice(2);
const PUSH_PORTS = [5223, 2197, 5228, 5229, 5230];
const listening = [];
const web = https.createServer(
  { cert: readFileSync(certFile), key: readFileSync(keyFile) },
  (request, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n'),
);
listening.push(new Promise((resolve) => web.listen(443, '::', resolve)));
for (const port of PUSH_PORTS) {
  const server = net.createServer((socket) => socket.end());
  listening.push(new Promise((resolve) => server.listen(port, '::', resolve)));
}
await Promise.all(listening);
process.stdout.write('ready\n');
