// The test bridge with the real engine and the default profile mapped into the lab, as one
// process started inside the lab's client namespace (`ip netns exec CLIENT_NS node …`, by
// lab-browser.ts). The host namespace has a default route: the default profile must never
// run there, so this refuses to start anywhere but in a namespace with no route out.
//
// stdout: one JSON line `{"url": …}` once the bridge listens, then one line per answer.
// stdin: one JSON command a line: {"id", "command": "snapshot"} (the bridge's calls, events,
// copied texts and notifications so far), {"id", "command": "system-proxy", "proxy"} (what
// "system" means from now on, like the workstation's own setting: a scenario's --proxy),
// {"command": "close"}.
import { setLanguage } from '../../../common/i18n';
import type { Language } from '../../../common/i18n/languages';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { RUN_DEFAULTS } from '../../../common/run-defaults';
import type { StartOptions } from '../../../common/ipc/contract';
import { parseCommandLine } from '../../../main/cli/args';
import { collectHostInfo } from '../../../main/engine/host-info';
import { plan } from '../../../main/engine/planner';
import { defaultProfile } from '../../../main/engine/profile-loader';
import { createProxyResolver, parseProxyChoice } from '../../../main/engine/proxy/discovery';
import { proxyWithSignIn } from '../../../main/app/run-proxy';
import { runPlan } from '../../../main/engine/runner';
import { TOOL_VERSION } from '../../../main/engine/version';
import { startBridge } from '../../renderer/e2e/bridge-server';
import { CLIENT_NS, LAB_CA_FILE, OVERRIDE_FILE } from '../topology';

export interface BridgeMainArgs {
  rendererDir: string;
  reportDir: string;
  timeoutMs: number;
  deadlineMs: number;
  /** The language main speaks and tells the page, as the Language menu would (issue 19). */
  language: Language;
}

export type BridgeCommand =
  | { id: number; command: 'snapshot' }
  | { id: number; command: 'system-proxy'; proxy: string | null }
  | { id: number; command: 'close' };

/** Refuses to run the default profile anywhere a probe could leave the machine. */
function assertInsideLab(): void {
  const namespace = execFileSync('ip', ['netns', 'identify', String(process.pid)])
    .toString()
    .trim();
  if (namespace !== CLIENT_NS)
    throw new Error(`the lab bridge runs only in ${CLIENT_NS}, not in "${namespace || 'host'}"`);
  for (const family of ['-4', '-6']) {
    const route = execFileSync('ip', [family, 'route', 'show', 'default']).toString().trim();
    if (route !== '') throw new Error(`${CLIENT_NS} has a default route (${route}): refusing`);
  }
}

async function main(): Promise<void> {
  assertInsideLab();
  const args = JSON.parse(process.argv[2] ?? '{}') as BridgeMainArgs;
  // The lab's mappings and reflectors exactly as the CLI reads them from --override.
  const command = parseCommandLine(['plan', '--override', OVERRIDE_FILE]);
  if (command.name !== 'plan') throw new Error('unreachable: a plan command was parsed');
  const { mappings, reflectors } = command.selection;
  const loaded = defaultProfile();
  let systemProxy: string | null = null;
  // As app.ts does before its window opens: the reports and the decode speak it too.
  setLanguage(args.language);

  const bridge = await startBridge({
    rendererDir: args.rendererDir,
    reportDir: args.reportDir,
    language: args.language,
    // assertInsideLab() stands for the loopback-only check: here every target is in the lab.
    checkTargets: () => undefined,
    engine: {
      profile: loaded,
      runPlan,
      plan: (input) => plan({ ...input, mappings, reflectors }),
      settings: {
        timeoutMs: args.timeoutMs,
        deadlineMs: args.deadlineMs,
        concurrency: RUN_DEFAULTS.concurrency,
        extraCa: [readFileSync(LAB_CA_FILE, 'utf8')],
        toolVersion: TOOL_VERSION,
        profile: loaded.profile,
      },
      proxy: (choice: StartOptions['proxy'], signIn: StartOptions['signIn']) => {
        const parsed = parseProxyChoice(choice);
        if (!parsed.ok) throw new Error(parsed.message.replace(/^--proxy: /, ''));
        // "system" is the workstation's setting: here, the environment the CLI reads.
        const env =
          systemProxy === null ? {} : { HTTPS_PROXY: systemProxy, HTTP_PROXY: systemProxy };
        const resolver = createProxyResolver(
          { proxy: parsed.choice },
          { timeoutMs: args.timeoutMs, env },
        );
        // The window's proxy sign-in, given to its proxy as the app does (main/app/run-proxy.ts).
        return signIn ? proxyWithSignIn(resolver, signIn) : resolver;
      },
    },
    hostInfo: await collectHostInfo(),
  });

  const answer = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
  answer({ url: bridge.url });
  const input = createInterface({ input: process.stdin });
  const close = async () => {
    input.close();
    await bridge.close();
    process.exit(0);
  };
  input.on('line', (line) => {
    const call = JSON.parse(line) as BridgeCommand;
    if (call.command === 'close') return void close();
    if (call.command === 'system-proxy') systemProxy = call.proxy;
    answer({
      id: call.id,
      ...(call.command === 'snapshot' && {
        calls: bridge.calls,
        events: bridge.events,
        copied: bridge.copied,
        notifications: bridge.notifications,
      }),
    });
  });
  // The test process went away without saying so: do not outlive it.
  input.on('close', () => void close());
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(3);
});
