#!/usr/bin/env node
// One floor of the benchmark (issue 12, "Acceptance"): the slowest single chain a run must
// wait for, measured with Node's own modules only (never the code under test). For each
// `host:port/path` given: look the name up, connect TCP, finish the TLS handshake and read
// the HTTP status line, one step after another, as the https probe must. Prints each chain's
// median of RUNS in milliseconds as JSON. Runs inside the lab's client namespace.
//   node chain-floor.mjs CA_FILE RUNS host:port/path...
import { lookup } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { connect } from 'node:tls';

const [caFile, runsText, ...chains] = process.argv.slice(2);
const ca = readFileSync(caFile);
const runs = Number(runsText);

async function chainOnce(host, port, path) {
  const started = performance.now();
  const { address } = await lookup(host);
  await new Promise((resolve, reject) => {
    const socket = connect({ host: address, port, servername: host, ca });
    socket.setTimeout(5000, () => socket.destroy(new Error(`${host}: no answer in 5 s`)));
    socket.once('secureConnect', () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
    );
    socket.once('data', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', reject);
  });
  return performance.now() - started;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const results = {};
for (const chain of chains) {
  const match = /^([^:]+):(\d+)(\/.*)$/.exec(chain);
  if (!match) throw new Error(`chain-floor: ${chain} is not host:port/path`);
  const times = [];
  // Each run is a new look-up, connection and handshake, as in a new run of the CLI.
  for (let i = 0; i < runs; i++) times.push(await chainOnce(match[1], Number(match[2]), match[3]));
  results[chain] = Math.round(median(times) * 10) / 10;
}
process.stdout.write(`${JSON.stringify(results)}\n`);
