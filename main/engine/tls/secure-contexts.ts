// One TLS secure context per trust set per run: a context given Node's ~140 public roots as
// `ca` parses every one of them again, about 23 ms of CPU (issue 12), during which the event
// loop stands still and every other attempt's timer runs on.
import {
  createSecureContext,
  rootCertificates,
  type SecureContext,
  type SecureVersion,
} from 'node:tls';

/**
 * Keyed by the `extraCa` array itself: the runner builds one per run (ProbeContext.extraCa)
 * and never changes it, so its identity *is* the run's trust set (Node's roots being fixed
 * for the process). A WeakMap lets the contexts go with the run, where a map keyed by the
 * PEM text would keep every run's roots for the life of the app. The minimum version is part
 * of the key because a prebuilt context carries it: `tls.connect` ignores `minVersion` when
 * given `secureContext`.
 */
const contexts = new WeakMap<readonly string[], Map<SecureVersion | 'default', SecureContext>>();

/**
 * Node's default store is its bundled Mozilla roots, parsed once per process, unless the
 * environment changes it: NODE_EXTRA_CA_CERTS adds a file (the computer's own CA, which must
 * still show as interception), and flags may swap in the OpenSSL or system store.
 */
function defaultStoreIsBundledRoots(): boolean {
  const options = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`;
  return !process.env.NODE_EXTRA_CA_CERTS && !/--use-(openssl|system)-ca\b/.test(options);
}

interface NativeContext {
  addCACert(pem: string): void;
}

function buildContext(extraCa: readonly string[], minVersion?: SecureVersion): SecureContext {
  const version = minVersion !== undefined ? { minVersion } : {};
  if (!defaultStoreIsBundledRoots()) {
    return createSecureContext({ ca: [...rootCertificates, ...extraCa], ...version });
  }
  // The bundled roots without `ca` come from Node's store parsed once per process (about
  // 1 ms); the run's own CAs (`--ca`) are added to this context's copy of it.
  const context = createSecureContext(version);
  const native = context.context as NativeContext;
  for (const pem of extraCa) native.addCACert(pem);
  return context;
}

let rootsParsed = false;

/**
 * Parses Node's bundled roots now (about 25 ms of CPU, once per process) rather than inside
 * the first handshake's probe, where the event loop would stand still while attempts run:
 * the runner calls it before a run starts.
 */
export function parseRootsOnce(): void {
  if (rootsParsed || !defaultStoreIsBundledRoots()) return;
  createSecureContext();
  rootsParsed = true;
}

export function secureContextFor(
  extraCa: readonly string[],
  minVersion?: SecureVersion,
): SecureContext {
  let byVersion = contexts.get(extraCa);
  if (!byVersion) {
    byVersion = new Map();
    contexts.set(extraCa, byVersion);
  }
  const key = minVersion ?? 'default';
  let context = byVersion.get(key);
  if (!context) {
    context = buildContext(extraCa, minVersion);
    byVersion.set(key, context);
  }
  return context;
}
