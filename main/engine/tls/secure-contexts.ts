// One TLS secure context per trust set per run: building one from Node's ~140 public roots
// costs about 23 ms of CPU (issue 12), during which the event loop stands still and every
// other attempt's timer runs on. So the runner builds the run's contexts before its clock
// starts (`prepareSecureContexts`), and every handshake reuses them.
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
    // Node's bundled roots given explicitly, never its default store: NODE_EXTRA_CA_CERTS, a
    // CA flag or a distribution's build may put this computer's own CAs in that store, and
    // an inspecting proxy's CA installed there must still show as interception.
    context = createSecureContext({
      ca: [...rootCertificates, ...extraCa],
      ...(minVersion !== undefined && { minVersion }),
    });
    byVersion.set(key, context);
  }
  return context;
}

/** Builds the run's contexts now, one per minimum version its TLS probes ask for. */
export function prepareSecureContexts(
  extraCa: readonly string[],
  minVersions: Iterable<SecureVersion | undefined>,
): void {
  for (const minVersion of minVersions) secureContextFor(extraCa, minVersion);
}
