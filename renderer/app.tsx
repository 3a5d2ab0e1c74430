// The window: starts checking at once, folds the engine's events into the table, and lets
// the user change options, re-run, cancel and filter; helpdesk mode replaces the whole view
// while it is open. Talks to main only via window.netcheck.
// Every region is a landmark (skip links, header, main, aside), for axe's "region" rule.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { AppInfo, StartOptions } from '../common/ipc/contract';
import type { ResultDocument } from '../common/results/schema';
import { localised } from '../common/results/assemble';
import { useLanguage } from './state/use-language';
import { DEFAULT_OPTIONS } from '../common/options';
import { APP_TEXT, HELPDESK_MODE_TEXT, PROXY_SIGN_IN_TEXT, SCREEN_TEXT } from '../common/i18n';
import { summaryText } from '../common/reports/summary';
import {
  failedRowIds,
  initialRunState,
  progressOf,
  publicAddressOf,
  quietRoundOf,
  runReducer,
  headerResultOf,
} from './state/run-state';
import { VerdictHeader } from './components/verdict-header';
import { ResultsTable } from './components/results-table';
import { rulesLine } from '../common/reports/coverage-words';
import { OptionsPanel } from './components/options-panel';
import { HostPanel, type HostInfoState } from './components/host-panel';
import { REPORT_ID, ReportPanel } from './components/report-panel';
import { DecodePanel } from './components/decode-panel';
import { FirstActions } from './components/first-actions';
import { PROBLEMS_ID, ProblemsPanel } from './components/problems-panel';
import { SkipLinks } from './components/skip-links';
import { messageOf } from './state/message-of';
import { useProxySignIn } from './state/use-proxy-sign-in';
import { ProxySignInDialog } from './components/proxy-sign-in-dialog';
import { useKeepChecking } from './state/use-keep-checking';
import { entryLines, KeepCheckingPanel } from './components/keep-checking';
import { useSavedComparison } from './state/use-saved-comparison';
import { CompareButton, ComparisonPanel } from './components/saved-comparison';

const INITIAL_CHOICE: StartOptions = { options: DEFAULT_OPTIONS, proxy: 'system' };
/** Where the skip link "Skip to the results" lands. */
const RESULTS_ID = 'results';

/**
 * `info`: what main said at start (main.tsx), with the profile the page derives its words from
 * and the language to speak; null only if main could not say, and the page then shows the
 * result's own English.
 */
export function App({ info }: { info: AppInfo | null }) {
  const api = window.netcheck;
  const language = useLanguage(api, info?.language ?? 'en');
  const profile = info?.profileDocument;
  const [state, dispatch] = useReducer(runReducer, initialRunState);
  const [choice, setChoice] = useState<StartOptions>(INITIAL_CHOICE);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [host, setHost] = useState<HostInfoState>({ status: 'loading' });
  const [saveRequests, setSaveRequests] = useState(0);
  /** Helpdesk mode hides this computer's check, which goes on and is there on return. */
  const [view, setView] = useState<'check' | 'helpdesk'>('check');
  const begun = useRef(false);
  /** The run main is working on, known from start()/rerun() before its run-started arrives. */
  const activeRun = useRef<string | null>(null);

  const running = state.phase === 'running' || state.phase === 'starting';
  const currentRunId = state.runId ?? activeRun.current;
  /** Options waiting for the current run to end: main runs one check at a time per window. */
  const queued = useRef<StartOptions | null>(null);
  /** Keep checking was switched off before main said which run its round is. */
  const dropRound = useRef(false);

  const launch = useCallback(
    (request: () => Promise<string>) => {
      activeRun.current = null;
      dropRound.current = false;
      request().then(
        (runId) => {
          activeRun.current = runId;
          // The options changed, or Keep checking went off, while this run was being started.
          if (queued.current !== null || dropRound.current)
            void api.cancel(runId).catch(() => undefined);
          dropRound.current = false;
        },
        (error: unknown) => dispatch({ type: 'request-failed', message: messageOf(error) }),
      );
    },
    [api],
  );

  // Every face renders the result through localised(): the document itself stays English.
  const inLanguage = useCallback(
    (document: ResultDocument | null) =>
      document && profile && language !== 'en' ? localised(document, profile) : document,
    [profile, language],
  );
  const headlineOf = useCallback(
    (document: ResultDocument) => inLanguage(document)!.diagnosis.headline,
    [inLanguage],
  );
  const keepChecking = useKeepChecking({
    state,
    recheck: (rowIds) => {
      if (state.runId === null) return;
      const previousRun = state.runId;
      dispatch({ type: 'rerun-requested', rowIds, quiet: true });
      launch(() => api.rerun(previousRun, rowIds));
    },
    cancelRound: () => {
      if (currentRunId === null) dropRound.current = true;
      else void api.cancel(currentRunId).catch(() => undefined);
    },
    notify: (result) => void api.notify(headlineOf(result)).catch(() => undefined),
    describe: (entry) => entryLines(entry, language, headlineOf),
  });

  const signIn = useProxySignIn(
    state.phase === 'finished' ? state.result : null,
    state.runId,
    // Not while Keep checking: each round would ask again.
    view === 'check' && !keepChecking.on,
  );
  const { withSignIn } = signIn;

  const runAgainButton = useRef<HTMLButtonElement>(null);
  /** Cancel was pressed: it leaves with the run, and focus must not fall to the page's start. */
  const cancelPressed = useRef(false);

  const start = useCallback(
    (next: StartOptions) => {
      dispatch({ type: 'start-requested' });
      launch(() => api.start(withSignIn(next)));
    },
    [api, launch, withSignIn],
  );

  // A queued start goes once the run it waited for has ended (its run-finished arrived).
  useEffect(() => {
    if (running || queued.current === null) return;
    const next = queued.current;
    queued.current = null;
    start(next);
  }, [running, start]);

  useEffect(() => {
    if (running || !cancelPressed.current) return;
    cancelPressed.current = false;
    const focused = document.activeElement;
    if (focused === null || focused === document.body) runAgainButton.current?.focus();
  }, [running]);

  // File > Save report… saves with the page's choices; Help > Enter a helpdesk code… opens it.
  useEffect(
    () =>
      api.onMenuCommand((command) => {
        if (command === 'save-report') setSaveRequests((n) => n + 1);
        else setView('helpdesk');
      }),
    [api],
  );

  useEffect(() => {
    // The live region speaks the page's language; the state keeps the English record.
    const unsubscribe = api.onEvent((event) =>
      dispatch({
        type: 'event',
        event,
        spoken:
          (event.type === 'verdict-ready' || event.type === 'run-finished') && profile
            ? localised(event.result, profile)
            : undefined,
      }),
    );
    if (!begun.current) {
      begun.current = true;
      api.ready().then(
        () => start(INITIAL_CHOICE),
        (error: unknown) => dispatch({ type: 'request-failed', message: messageOf(error) }),
      );
    }
    return unsubscribe;
  }, [api, start, profile]);

  // Read again after every run: the user may have changed network (Wi-Fi to wired) meanwhile.
  const finished = state.phase === 'finished';
  useEffect(() => {
    let live = true;
    api.hostInfo().then(
      (info) => live && setHost({ status: 'ready', info }),
      () => live && setHost({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [api, finished]);

  const changeOptions = (next: StartOptions) => {
    // New options or a new run: what Keep checking compared against is gone.
    keepChecking.switchOff();
    setChoice(next);
    if (!running) return start(next);
    // One run at a time: the old run's answers would describe the old options.
    queued.current = next;
    if (currentRunId !== null) void api.cancel(currentRunId).catch(() => undefined);
  };
  const failed = failedRowIds(state);
  const rerunFailed = () => {
    if (state.runId === null) return;
    dispatch({ type: 'rerun-requested', rowIds: failed });
    const previousRun = state.runId;
    launch(() => api.rerun(previousRun, failed));
  };
  const cancel = () => {
    cancelPressed.current = true;
    if (currentRunId !== null) void api.cancel(currentRunId).catch(() => undefined);
  };

  /** During a round of Keep checking, the result it checks again stays on screen. */
  const round = quietRoundOf(state);
  const finishedResult = state.phase === 'finished' ? state.result : round;
  const shown = useMemo(() => inLanguage(finishedResult), [inLanguage, finishedResult]);
  /** A saved report beside the run on screen, compared with the English record. */
  const saved = useSavedComparison(api, finishedResult, profile);
  const compareButton = useRef<HTMLButtonElement>(null);
  const headerResult = headerResultOf(state);
  const header = useMemo(() => inLanguage(headerResult), [inLanguage, headerResult]);
  const skipTargets = [
    { id: RESULTS_ID, label: SCREEN_TEXT.skip.results },
    ...(shown ? [{ id: PROBLEMS_ID, label: SCREEN_TEXT.skip.problems }] : []),
    { id: REPORT_ID, label: SCREEN_TEXT.skip.report },
  ];
  const checkView = (
    <div className="app" hidden={view !== 'check'} inert={signIn.open}>
      <SkipLinks targets={skipTargets} />
      {/* The first screen: the verdict, the next step, the code, and the actions. */}
      <VerdictHeader
        phase={round ? 'finished' : state.phase}
        result={header}
        startedAt={state.startedAt}
        progress={progressOf(state)}
        error={state.error}
        actions={
          <FirstActions
            running={running && round === null}
            result={shown}
            canRerunFailed={
              !running && !keepChecking.on && state.result !== null && failed.length > 0
            }
            canCancel={currentRunId !== null}
            runAgainRef={runAgainButton}
            onRunAgain={() => changeOptions(choice)}
            onRerunFailed={rerunFailed}
            onCancel={cancel}
            onSave={() => setSaveRequests((n) => n + 1)}
          />
        }
      />
      {shown && <ProblemsPanel result={shown} />}
      <div className="layout">
        <main className="main" id={RESULTS_ID} tabIndex={-1}>
          <div className="toolbar">
            <div className="check filter">
              <input
                type="checkbox"
                id="only-problems"
                checked={onlyProblems}
                onChange={(e) => setOnlyProblems(e.currentTarget.checked)}
              />
              <label htmlFor="only-problems">{APP_TEXT.actions.onlyProblems}</label>
            </div>
            {signIn.request && (
              <button type="button" className="button" onClick={signIn.show}>
                {PROXY_SIGN_IN_TEXT.open}
              </button>
            )}
          </div>
          <KeepCheckingPanel
            keepChecking={keepChecking}
            language={language}
            headlineOf={headlineOf}
          />
          <ComparisonPanel
            comparison={saved}
            current={finishedResult}
            profile={profile}
            language={language}
            onClosed={() => compareButton.current?.focus()}
          />
          <ResultsTable
            tables={state.plan?.tables ?? []}
            rows={state.rows}
            plannedRows={state.plan?.rows ?? []}
            onlyProblems={onlyProblems}
            live={state.live}
          />
          {/* Which guide revision the rules come from (issue 20), from the profile's data. */}
          {profile && <p className="muted rules-line">{rulesLine(profile)}</p>}
          {/* Read out once a run ends: the verdict, then one summary (run-state.ts). */}
          <div className="visually-hidden" role="log" aria-live="polite" data-testid="announcer">
            {state.announcements.map((sentence, i) => (
              <p key={`run-${i}`}>{sentence}</p>
            ))}
            {/* Keep checking's changes, each kept under its own key: none is read twice. */}
            {keepChecking.announcements.map(({ id, text }) => (
              <p key={`keep-${id}`}>{text}</p>
            ))}
            {saved.announcements.map(({ id, text }) => (
              <p key={`saved-${id}`}>{text}</p>
            ))}
          </div>
        </main>
        <aside className="side" aria-label={SCREEN_TEXT.sideLabel}>
          <ReportPanel
            canSave={(state.result ?? round) !== null && (!running || round !== null)}
            saveRequests={saveRequests}
            summary={shown ? summaryText(shown) : null}
          >
            <CompareButton
              comparison={saved}
              canCompare={finishedResult !== null && profile !== undefined}
              buttonRef={compareButton}
            />
          </ReportPanel>
          <section className="panel helpdesk-entry" aria-label={HELPDESK_MODE_TEXT.entryLabel}>
            <button type="button" className="button" onClick={() => setView('helpdesk')}>
              {HELPDESK_MODE_TEXT.open}
            </button>
          </section>
          <OptionsPanel value={choice} onChange={changeOptions} />
          <HostPanel
            host={host}
            publicAddress={publicAddressOf(state.rows)}
            proxySource={
              state.result ? (state.result.proxy.sourceDetail ?? state.result.proxy.source) : null
            }
            finished={shown !== null}
          />
        </aside>
      </div>
    </div>
  );
  return (
    <>
      {checkView}
      {view === 'helpdesk' && (
        <div className="app">
          <DecodePanel onLeave={() => setView('check')} language={language} />
        </div>
      )}
      {signIn.open && signIn.request && (
        <ProxySignInDialog
          request={signIn.request}
          refused={signIn.refused}
          onCancel={signIn.close}
          onSubmit={(username, password) => {
            signIn.keep(username, password);
            changeOptions(choice);
          }}
        />
      )}
    </>
  );
}
