// X.1's status (thresholds.ts) at the edges of M365's limits: pass below 1% / 100 ms /
// 30 ms, warn up to and including 5% / 300 ms / 50 ms, fail beyond.
import { describe, expect, it } from 'vitest';
import { gradeQuality } from '../../../../main/engine/quality/thresholds';

const clean = { lossPct: 0, rttMs: 20, jitterMs: 2 };

describe('gradeQuality', () => {
  it.each([
    [{ lossPct: 0.9 }, 'pass'],
    [{ lossPct: 1 }, 'warn'],
    [{ lossPct: 5 }, 'warn'],
    [{ lossPct: 5.1 }, 'fail'],
    [{ rttMs: 99.9 }, 'pass'],
    [{ rttMs: 100 }, 'warn'],
    [{ rttMs: 300 }, 'warn'],
    [{ rttMs: 300.1 }, 'fail'],
    [{ jitterMs: 29.9 }, 'pass'],
    [{ jitterMs: 30 }, 'warn'],
    [{ jitterMs: 50 }, 'warn'],
    [{ jitterMs: 50.1 }, 'fail'],
  ])('%o → %s', (change, grade) => {
    expect(gradeQuality({ ...clean, ...change }).grade).toBe(grade);
  });

  it('the worst figure decides, and each figure is graded on its own', () => {
    expect(gradeQuality({ lossPct: 2, rttMs: 350, jitterMs: 10 })).toEqual({
      grade: 'fail',
      figures: { loss: 'warn', rtt: 'fail', jitter: 'pass' },
    });
  });

  it('no answer fails; one answer (no jitter to tell) is graded on the rest', () => {
    expect(gradeQuality({ lossPct: 100, rttMs: null, jitterMs: null }).figures.rtt).toBe('fail');
    expect(gradeQuality({ lossPct: 0, rttMs: 20, jitterMs: null }).grade).toBe('pass');
  });
});
