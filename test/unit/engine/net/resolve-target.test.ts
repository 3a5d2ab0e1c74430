// A failed look-up blames the network's DNS only when the network said so: this tool's own
// look-up process failing (ECHILD) is an internal error (review of issue 12).
import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../../../main/engine/net/resolve-target';
import type { ProbeContext, Resolution } from '../../../../main/engine/probe-types';

const contextAnswering = (answer: Resolution): ProbeContext => ({
  signal: new AbortController().signal,
  timeoutMs: 1000,
  extraCa: [],
  resolve: async () => answer,
});

describe('resolveTarget', () => {
  it('reads a DNS failure as dns-fail', async () => {
    const failed = await resolveTarget(
      'onsight.librestream.com',
      contextAnswering({ ok: false, errorCode: 'EAI_AGAIN', message: 'no DNS server answered' }),
    );
    expect(failed).toMatchObject({ ok: false, result: { outcome: 'dns-fail' } });
  });

  it("reads its own look-up process failing as an internal error, not the site's DNS", async () => {
    const failed = await resolveTarget(
      'onsight.librestream.com',
      contextAnswering({ ok: false, errorCode: 'ECHILD', message: 'the look-up could not run' }),
    );
    expect(failed).toMatchObject({
      ok: false,
      result: { outcome: 'error', detail: { errorCode: 'ECHILD' } },
    });
  });
});
