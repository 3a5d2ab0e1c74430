// A DNS server that misbehaves on purpose, run as its own process so it can run inside a
// network namespace: `node dns-test-server.mjs BEHAVIOUR=ADDRESS ...`. Each address answers
// every query the one way its behaviour says (RFC 1035 section 4.1.1 header, the question
// echoed back, no records):
//   truncated  UDP: an empty answer with TC set; TCP: accepts and never answers (glibc's
//              fallback then waits 120 s)
//   silent     UDP and TCP: reads and never answers
//   servfail, refused, nxdomain: RCODE 2, 5, 3
// Prints "ready" once every socket listens.
import dgram from 'node:dgram';
import net from 'node:net';

const RCODES = { servfail: 2, nxdomain: 3, refused: 5 };
const held = [];

/** The answer to `query`: same id and question, QR and RA set, RD copied, `rcode`, `tc`. */
function answer(query, { rcode = 0, tc = false }) {
  if (query.length < 12) return null;
  const reply = Buffer.from(query);
  const rd = query[2] & 0x01;
  reply[2] = 0x80 | (query[2] & 0x78) | (tc ? 0x02 : 0) | rd; // QR, opcode, TC, RD
  reply[3] = 0x80 | rcode; // RA, RCODE
  // Keep the question only: no answer, authority or additional records (drops EDNS's OPT).
  let end = 12;
  while (end < query.length && query[end] !== 0) end += query[end] + 1;
  end += 5; // the root label, QTYPE, QCLASS
  reply.writeUInt16BE(0, 6);
  reply.writeUInt16BE(0, 8);
  reply.writeUInt16BE(0, 10);
  return reply.subarray(0, Math.min(end, reply.length));
}

async function serve(behaviour, address) {
  const udp = dgram.createSocket('udp4');
  udp.on('message', (query, from) => {
    if (behaviour === 'silent') return;
    const reply =
      behaviour === 'truncated'
        ? answer(query, { tc: true })
        : answer(query, { rcode: RCODES[behaviour] });
    if (reply) udp.send(reply, from.port, from.address);
  });
  await new Promise((resolve) => udp.bind(53, address, resolve));
  const tcp = net.createServer((socket) => {
    if (behaviour === 'truncated' || behaviour === 'silent') {
      held.push(socket); // read, and never answer
      socket.on('data', () => {});
      return;
    }
    socket.once('data', (data) => {
      const reply = answer(data.subarray(2), { rcode: RCODES[behaviour] });
      if (!reply) return socket.destroy();
      const length = Buffer.alloc(2);
      length.writeUInt16BE(reply.length);
      socket.end(Buffer.concat([length, reply]));
    });
  });
  await new Promise((resolve) => tcp.listen(53, address, resolve));
}

const specs = process.argv.slice(2).map((arg) => arg.split('='));
for (const [behaviour] of specs) {
  if (behaviour !== 'truncated' && behaviour !== 'silent' && !(behaviour in RCODES))
    throw new Error(`unknown behaviour ${behaviour}`);
}
await Promise.all(specs.map(([behaviour, address]) => serve(behaviour, address)));
process.stdout.write('ready\n');
