// The `onsight-netcheck` entry point.
import { main } from './main';

// Exit through the exit code only, once stdout has drained: a pipe must get the whole JSON.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
