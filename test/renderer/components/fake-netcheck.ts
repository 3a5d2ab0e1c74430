// A stand-in for the preload bridge: records what the window asks of main, and replays
// RunEvents built from the real planner and the real fold/verdict over the default profile.
import { createElement } from 'react';
import { act, render, waitFor } from '@testing-library/react';
import { expect, vi } from 'vitest';
import profileJson from '../../../common/profiles/onsight-default.json';
import { parseProfile } from '../../../common/profile/schema';
import { plan as planRun } from '../../../main/engine/planner';
import { DEFAULT_OPTIONS, type RunOptions } from '../../../common/options';
import { classifyOutcome, type Outcome } from '../../../common/outcomes';
import type { Plan, PlannedProbe } from '../../../common/plan';
import type { RunEvent } from '../../../common/results/events';
import type {
  HostInfo,
  ProbeDetail,
  ProbeResult,
  ResultDocument,
} from '../../../common/results/schema';
import { foldRow } from '../../../common/results/fold';
import { assembleResult } from '../../../common/results/assemble';
import { parsePorts } from '../../../common/net/ports';
import type {
  AppInfo,
  MenuCommand,
  NetcheckApi,
  SavedResultFile,
  StartOptions,
} from '../../../common/ipc/contract';
import type { Language } from '../../../common/i18n/languages';
import { App } from '../../../renderer/app';

const parsed = parseProfile(profileJson);
if (!parsed.ok) throw new Error(parsed.message);
export const profile = parsed.profile;

export function makePlan(options: Partial<RunOptions> = {}, only?: string[]): Plan {
  return planRun({
    profile,
    profileHash: 'a1b2c3d4',
    options: { ...DEFAULT_OPTIONS, ...options },
    ...(only ? { only } : {}),
  });
}

/** What a row's probes come back with; rows not named answer ("reply"). */
export type Script = Record<string, Outcome>;

const RANGE_KINDS = new Set(['udp-sample', 'udp-bind']);

/** One attempt per target, on the probe's first port (or its whole range), as the runner does. */
function attemptsOf(plan: Plan, probe: PlannedProbe): { target: string; port: number | string }[] {
  // An extra check (table X): one attempt, to the server its rows found, when one of them runs.
  if (probe.serversOf) {
    const runs = probe.serversOf.some((id) => plan.rows.find((r) => r.id === id)?.enabled);
    return runs ? [{ target: '198.51.100.10', port: probe.ports }] : [];
  }
  const port = RANGE_KINDS.has(probe.kind)
    ? probe.ports
    : (parsePorts(probe.ports)?.[0]?.from ?? probe.ports);
  const targets =
    probe.kind === 'udp-bind' ? ['this computer'] : probe.targets.map((t) => t.target);
  return targets.map((target) => ({ target, port }));
}

/** The proxy a scripted proxy-auth came from, and the schemes it offered, as the engine reports them. */
export const SCRIPTED_PROXY = { via: 'PROXY 192.0.2.8:3128', authSchemes: ['Negotiate', 'Basic'] };

function detailOf(probe: PlannedProbe, outcome: Outcome, target: string): ProbeDetail {
  if (outcome === 'proxy-auth')
    return { message: `the proxy asks to sign in for ${target}`, proxy: SCRIPTED_PROXY };
  if (outcome !== 'reply') return { message: `${outcome} from ${target}` };
  if (probe.kind === 'stun') {
    return {
      message: `STUN answered from ${target}`,
      stun: { mappedAddress: '203.0.113.7', mappedPort: 40000 },
    };
  }
  return { message: `${probe.kind} answered by ${target}` };
}

export interface ScriptedRun {
  runId: string;
  plan: Plan;
  started: RunEvent;
  /** probe-started for every attempt, then probe-finished + row-updated per attempt. */
  progress: RunEvent[];
  finished: RunEvent;
  result: ResultDocument;
}

export function scriptRun(
  plan: Plan,
  script: Script = {},
  extra: { runId?: string; helpdeskCode?: null; cancelled?: boolean } = {},
): ScriptedRun {
  const runId = extra.runId ?? crypto.randomUUID();
  const startedAt = '2026-11-25T10:00:00.000Z';
  const progress: RunEvent[] = [];
  const results = new Map<string, ProbeResult[]>();
  const units = plan.rows
    .filter((row) => row.enabled)
    .flatMap((row) =>
      row.probes.flatMap((probe) => attemptsOf(plan, probe).map((a) => ({ row, probe, ...a }))),
    );
  for (const u of units) {
    progress.push({
      type: 'probe-started',
      runId,
      probeId: u.probe.id,
      rowId: u.row.id,
      target: u.target,
      port: u.port,
    });
  }
  const remaining = new Map<string, number>();
  for (const u of units) remaining.set(u.row.id, (remaining.get(u.row.id) ?? 0) + 1);
  for (const u of units) {
    const outcome = script[u.row.id] ?? 'reply';
    const result: ProbeResult = {
      probeId: u.probe.id,
      rowId: u.row.id,
      kind: u.probe.kind,
      transport: u.probe.transport,
      target: u.target,
      address: outcome === 'reply' ? '198.51.100.10' : null,
      port: u.port,
      outcome,
      status: classifyOutcome(outcome, u.probe.expectsReply),
      rttMs: outcome === 'reply' ? 23.4 : null,
      startedAt: 3.1,
      finishedAt: outcome === 'reply' ? 26.5 : 3003.1,
      detail: detailOf(u.probe, outcome, u.target),
    };
    const list = [...(results.get(u.row.id) ?? []), result];
    results.set(u.row.id, list);
    const left = remaining.get(u.row.id)! - 1;
    remaining.set(u.row.id, left);
    progress.push({ type: 'probe-finished', runId, result });
    progress.push({ type: 'row-updated', runId, row: foldRow(u.row, list, left === 0) });
  }
  const assembled = assembleResult(
    {
      plan,
      probes: [...results.values()].flat(),
      toolVersion: '0.1.0',
      startedAt,
      durationMs: 2400,
      host: null,
      proxy: { source: 'system (PAC at http://wpad.example/wpad.dat)', tried: [], worked: null },
    },
    profile,
  );
  // A test may take the code away, as a result from another profile would have none.
  const result: ResultDocument =
    extra.helpdeskCode === null ? { ...assembled, helpdeskCode: null } : assembled;
  return {
    runId,
    plan,
    started: { type: 'run-started', runId, startedAt, plan },
    progress,
    finished: { type: 'run-finished', runId, result, cancelled: extra.cancelled ?? false },
    result,
  };
}

export const HOST: HostInfo = {
  os: 'Windows 11 Pro 10.0.22631 (win32, x64)',
  interfaces: [
    { name: 'vEthernet', type: 'other', ipv4: '172.20.0.1', default: false },
    { name: 'Ethernet 3', type: 'tunnel', ipv4: '10.8.0.6', default: false },
    { name: 'Wi-Fi', type: 'wifi', wifiName: 'Site-Guest', ipv4: '192.168.1.23', default: true },
  ],
  defaultGateway: '192.168.1.1',
  dnsServers: ['192.168.1.1', '9.9.9.9'],
  vpn: { interfaces: ['Ethernet 3'], defaultRoute: false },
  families: {
    ipv4: { address: true, defaultRoute: true },
    ipv6: { address: false, defaultRoute: false },
  },
};

export interface FakeNetcheck {
  api: NetcheckApi;
  /** Delivers one event to every listener, as main does after ready(). */
  emit(event: RunEvent): void;
  emitAll(events: readonly RunEvent[]): void;
  /** A click on a native menu item, as main forwards it. */
  menu(command: MenuCommand): void;
  /** The Language menu's choice, as main pushes it. */
  language(language: Language): void;
  /** The options of every start(), in order. */
  starts: StartOptions[];
  /** The text of every system notification the page asked main for (Keep checking). */
  notifications: string[];
  calls: string[];
}

/** What main tells the page at start (main.tsx), in `language`. */
export const appInfoIn = (language: Language): AppInfo => ({
  appVersion: '0.1.0',
  electronVersion: '45.5.0',
  profile: { id: 'onsight-default', version: '400295-08-D', revision: 1, hash: 'a1b2c3d4' },
  profileDocument: profile,
  language,
});

export function createFakeNetcheck(): FakeNetcheck {
  const listeners = new Set<(event: RunEvent) => void>();
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const languageListeners = new Set<(language: Language) => void>();
  const calls: string[] = [];
  const starts: StartOptions[] = [];
  const notifications: string[] = [];
  let next = 0;
  /** Like main (main/app/run-session.ts), one run at a time: from run-started to its final event. */
  let active: string | null = null;
  const idle = () => {
    if (active !== null) throw new Error('a check is already running');
  };
  const api: NetcheckApi = {
    ready: vi.fn(async () => {
      calls.push('ready');
    }),
    start: vi.fn(async (options: StartOptions) => {
      calls.push('start');
      idle();
      starts.push(options);
      next += 1;
      return `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
    }),
    cancel: vi.fn(async (runId: string) => {
      calls.push(`cancel ${runId}`);
    }),
    rerun: vi.fn(async (runId: string, rowIds: string[]) => {
      calls.push(`rerun ${runId} ${rowIds.join(',')}`);
      idle();
      return crypto.randomUUID();
    }),
    onEvent: vi.fn((listener: (event: RunEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    plan: vi.fn(async () => makePlan()),
    hostInfo: vi.fn(async () => HOST),
    exportReport: vi.fn(async () => ({ saved: false })),
    // A test answers with the file it "picks" (mockResolvedValueOnce); by default, cancelled.
    openSavedResult: vi.fn(async (): Promise<SavedResultFile> => ({ status: 'canceled' })),
    copyText: vi.fn(async () => {}),
    decode: vi.fn(async () => ({
      ok: false as const,
      reason: 'check' as const,
      message: 'not used',
    })),
    appInfo: vi.fn(async () => appInfoIn('en')),
    notify: vi.fn(async (text: string) => {
      notifications.push(text);
    }),
    onMenuCommand: vi.fn((listener: (command: MenuCommand) => void) => {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    }),
    onLanguage: vi.fn((listener: (language: Language) => void) => {
      languageListeners.add(listener);
      return () => languageListeners.delete(listener);
    }),
  };
  const emit = (event: RunEvent) => {
    if (event.type === 'run-started') active = event.runId;
    const final = event.type === 'run-finished' || event.type === 'run-failed';
    if (final && event.runId === active) active = null;
    for (const listener of listeners) listener(event);
  };
  return {
    api,
    emit,
    emitAll: (events) => events.forEach(emit),
    menu: (command) => menuListeners.forEach((listener) => listener(command)),
    language: (language) => languageListeners.forEach((listener) => listener(language)),
    starts,
    notifications,
    calls,
  };
}

/** Installs a fresh fake as window.netcheck, renders the window, and waits for its first start(). */
export async function renderApp(): Promise<FakeNetcheck> {
  const fake = createFakeNetcheck();
  window.netcheck = fake.api;
  await act(async () => {
    render(createElement(App, { info: appInfoIn('en') }));
  });
  await waitFor(() => expect(fake.api.start).toHaveBeenCalledTimes(1));
  return fake;
}

/** Plays a whole scripted run into the window, and lets the answers it causes settle. */
export async function play(fake: FakeNetcheck, run: ScriptedRun): Promise<void> {
  await act(async () => {
    fake.emit(run.started);
    fake.emitAll(run.progress);
    fake.emit(run.finished);
  });
}
