// The `onsight-netcheck` entry point.
import { join } from 'node:path';
import { forkLookups } from '../engine/net/system-lookup';
import { main } from './main';

// Name lookups run in a child (built next to this file) that each run kills at its end: a
// getaddrinfo a silent DNS server holds would otherwise keep this process from exiting, even
// through process.exit() (libuv joins its threads at exit). So exit through the exit code
// only, once stdout has drained: a pipe must get the whole JSON.
void main(process.argv.slice(2), process.stdout, process.stderr, {
  lookups: forkLookups(join(__dirname, 'lookup-child.cjs')),
}).then((code) => {
  process.exitCode = code;
});
