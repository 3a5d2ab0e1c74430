// The header: progress while running, each verdict in plain words, the code only when present.
import { act, render, screen } from '@testing-library/react';
import { VERDICTS, type VerdictStatus } from '../../../common/outcomes';
import type { Outcome } from '../../../common/outcomes';
import { APP_TEXT } from '../../../common/i18n/en';
import { ProblemsPanel } from '../../../renderer/components/problems-panel';
import { VerdictHeader } from '../../../renderer/components/verdict-header';
import { makePlan, scriptRun, type Script } from './fake-netcheck';

/** Answers that lead the real verdict logic to each verdict. */
const SCRIPTS: Record<VerdictStatus, Script> = {
  'not-ready': { '2-1.1': 'timeout' },
  inconclusive: { '2-1.1': 'proxy-auth' },
  'teamlink-only': { '2-2.2': 'timeout' },
  ready: {},
};

/** Each script's headline, written by hand from the diagnosis's causes. */
const HEADLINES: Record<VerdictStatus, string> = {
  'not-ready': 'Onsight cannot reach its servers on this network',
  inconclusive: 'We could not tell: the web proxy asks for a password',
  'teamlink-only': 'Onsight will work here through TeamLink only',
  ready: 'Onsight will work here',
};

/** The word beside the icon, written by hand (issue 17: TeamLink only and could not tell differ). */
const WORDS: Record<VerdictStatus, string> = {
  'not-ready': 'Not ready',
  inconclusive: 'Could not tell',
  'teamlink-only': 'TeamLink only',
  ready: 'Ready',
};

function finished(status: VerdictStatus, withCode = true) {
  const { result } = scriptRun(makePlan(), SCRIPTS[status], withCode ? {} : { helpdeskCode: null });
  expect(result.verdict.status).toBe(status);
  return result;
}

describe('VerdictHeader', () => {
  afterEach(() => vi.useRealTimers());

  it('shows progress and elapsed seconds while running, and no code', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-11-25T10:00:04.200Z'));
    render(
      <VerdictHeader
        phase="running"
        result={null}
        startedAt="2026-11-25T10:00:00.000Z"
        progress={{ done: 7, total: 16 }}
        error={null}
      />,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: APP_TEXT.header.startingHeadline }),
    ).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: APP_TEXT.header.progressLabel });
    expect(bar).toHaveAttribute('value', '7');
    expect(bar).toHaveAttribute('max', '16');
    expect(screen.getByText('7 of 16 rows checked')).toBeInTheDocument();
    expect(screen.getByText('4 s')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByText('6 s')).toBeInTheDocument();
    expect(screen.queryByTestId('helpdesk-code')).not.toBeInTheDocument();
  });

  it.each(VERDICTS)('says "%s" in plain words with its reason, and the code', (status) => {
    const result = finished(status);
    render(
      <VerdictHeader
        phase="finished"
        result={result}
        startedAt={result.startedAt}
        progress={{ done: 16, total: 16 }}
        error={null}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: HEADLINES[status] })).toBeInTheDocument();
    expect(screen.getByTestId('verdict').querySelector('.reason')).toHaveTextContent(
      result.diagnosis.reason,
    );
    // An icon and a word, never colour alone; the next step and the code beside it.
    expect(screen.getByTestId('verdict-word')).toHaveTextContent(WORDS[status]);
    expect(screen.getByTestId('verdict-word').querySelector('svg')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    expect(screen.getByTestId('next-step')).toHaveTextContent(result.diagnosis.steps.onSite);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByTestId('helpdesk-code')).toHaveTextContent(result.helpdeskCode!);
    expect(screen.getByTestId('verdict')).toHaveClass(`verdict-${status}`);
  });

  it('hides the code slot when the result carries no code', () => {
    const result = finished('ready', false);
    render(
      <VerdictHeader
        phase="finished"
        result={result}
        startedAt={result.startedAt}
        progress={{ done: 16, total: 16 }}
        error={null}
      />,
    );
    expect(screen.queryByTestId('helpdesk-code')).not.toBeInTheDocument();
    expect(screen.queryByText(APP_TEXT.header.helpdeskLabel)).not.toBeInTheDocument();
  });

  it('gives every verdict an icon of its own', () => {
    const shapes = VERDICTS.map((status) => {
      const result = finished(status);
      const { container, unmount } = render(
        <VerdictHeader
          phase="finished"
          result={result}
          startedAt={result.startedAt}
          progress={{ done: 16, total: 16 }}
          error={null}
        />,
      );
      const svg = container.querySelector('.verdict-icon')!.innerHTML;
      unmount();
      return svg;
    });
    expect(new Set(shapes).size).toBe(VERDICTS.length);
  });

  it('lists the verdict caveats under the first screen, with the change request', () => {
    // Media silence next to a working STUN/SIP service: ready, with the media caveat.
    const script: Record<string, Outcome> = { '2-2.4': 'timeout' };
    const { result } = scriptRun(makePlan(), script);
    expect(result.verdict.status).toBe('ready');
    render(<ProblemsPanel result={result} />);
    const caveats = screen.getByRole('list', { name: APP_TEXT.header.caveatsLabel });
    expect(caveats).toHaveTextContent(
      'UDP to the media servers works; the 15000-65000 range can only be confirmed during a call.',
    );
  });

  it('says the check was stopped after a cancel, and that it could not start after an error', () => {
    const { rerender } = render(
      <VerdictHeader
        phase="cancelled"
        result={finished('ready')}
        startedAt={null}
        progress={{ done: 3, total: 16 }}
        error={null}
      />,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: APP_TEXT.header.cancelledHeadline }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('helpdesk-code')).not.toBeInTheDocument();
    rerender(
      <VerdictHeader
        phase="failed"
        result={null}
        startedAt={null}
        progress={{ done: 0, total: 0 }}
        error="the engine is busy"
      />,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: APP_TEXT.header.failedHeadline }),
    ).toBeInTheDocument();
    expect(screen.getByText('the engine is busy')).toBeInTheDocument();
  });
});
