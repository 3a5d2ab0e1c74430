// The `onsight-netcheck` entry point.
import { join } from 'node:path';
import { forkLookups } from '../engine/net/system-lookup';

// Name lookups run in a child (built next to this file) that each run kills at its end: a
// getaddrinfo a silent DNS server holds would otherwise keep this process from exiting, even
// through process.exit() (libuv joins its threads at exit). A run's child starts before the
// rest of the CLI loads (hence the dynamic import), so its start-up costs the run nothing.
const argv = process.argv.slice(2);
const lookups = forkLookups(join(__dirname, 'lookup-child.cjs'), {
  prestart: argv[0] === 'run' || argv[0] === 'watch',
});

// Exit through the exit code only, once stdout has drained: a pipe must get the whole JSON.
void import('./main')
  .then(({ main }) => main(argv, process.stdout, process.stderr, { lookups }))
  .then((code) => {
    lookups.dispose();
    process.exitCode = code;
  });
