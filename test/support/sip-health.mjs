// Health check for a SIP server under test, run as its own process so it can run inside a
// network namespace: `node sip-health.mjs HOST TCP_PORT TLS_PORT`. Independent of the code
// under test (a fixed request, raw bytes back). Exits 0 once TCP answers OPTIONS with 200
// and TLS completes a handshake; exits 1 after 15 s.
import net from 'node:net';
import tls from 'node:tls';

const [host, tcpPort, tlsPort] = process.argv.slice(2);

function rawOptions() {
  const request = [
    `OPTIONS sip:${host}:${tcpPort};transport=tcp SIP/2.0`,
    'Via: SIP/2.0/TCP 127.0.0.1:9;branch=z9hG4bKhealth',
    'Max-Forwards: 70',
    'From: <sip:health@127.0.0.1>;tag=h',
    `To: <sip:${host}:${tcpPort}>`,
    'Call-ID: health@127.0.0.1',
    'CSeq: 1 OPTIONS',
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(tcpPort) });
    let received = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(received);
    };
    const timer = setTimeout(done, 1000);
    socket.on('connect', () => socket.write(request));
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
  });
}

function tlsHandshakes() {
  return new Promise((resolve) => {
    const socket = tls.connect({ host, port: Number(tlsPort), rejectUnauthorized: false });
    const done = (ok) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), 1000);
    socket.on('secureConnect', () => done(true));
    socket.on('error', () => done(false));
  });
}

const deadline = Date.now() + 15_000;
for (;;) {
  const answer = await rawOptions();
  if (answer.startsWith('SIP/2.0 200') && (await tlsHandshakes())) process.exit(0);
  if (Date.now() > deadline) {
    process.stderr.write(
      `no healthy SIP server at ${host} within 15 s; last TCP answer: ${JSON.stringify(answer)}\n`,
    );
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
