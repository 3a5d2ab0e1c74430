import { describe, expect, it } from 'vitest';
import { secureContextFor } from '../../../../main/engine/tls/secure-contexts';

describe('secureContextFor', () => {
  it('builds one context per trust set and minimum version, and reuses it within the run', () => {
    const runCa: string[] = [];
    const first = secureContextFor(runCa, 'TLSv1.2');
    expect(secureContextFor(runCa, 'TLSv1.2')).toBe(first);
    // A prebuilt context carries its minimum version: another minimum needs its own.
    expect(secureContextFor(runCa, 'TLSv1.3')).not.toBe(first);
    expect(secureContextFor(runCa)).not.toBe(first);
  });

  it('gives the next run (a new extraCa array) a context of its own', () => {
    const thisRun: string[] = [];
    const nextRun: string[] = [];
    expect(secureContextFor(nextRun)).not.toBe(secureContextFor(thisRun));
  });
});
