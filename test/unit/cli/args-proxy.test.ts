// --proxy and --pac on the command line (ARCHITECTURE.md, "CLI contract").
import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../../main/cli/args';

const runOf = (argv: string[]) => {
  const command = parseCommandLine(argv);
  if (command.name !== 'run') throw new Error('not run');
  return command;
};

describe('--proxy and --pac', () => {
  it('read "system", "direct" and a proxy URL', () => {
    expect(runOf(['run', '--proxy', 'system']).proxy).toEqual({ kind: 'system' });
    expect(runOf(['run', '--proxy', 'DIRECT']).proxy).toEqual({ kind: 'direct' });
    expect(runOf(['run', '--proxy', 'http://proxy.corp:3128']).proxy).toEqual({
      kind: 'url',
      entry: { type: 'PROXY', host: 'proxy.corp', port: 3128 },
    });
    expect(runOf(['run']).proxy).toBeUndefined();
  });

  it('refuse what is not a proxy, in one sentence', () => {
    expect(() => runOf(['run', '--proxy', 'proxy.corp:99999'])).toThrow(UsageError);
    expect(() => runOf(['run', '--proxy', 'proxy.corp:99999'])).toThrow(/^--proxy: /);
  });

  it('take --pac alone or with --proxy system, never with a fixed proxy', () => {
    expect(runOf(['run', '--pac', '/etc/proxy.pac']).pac).toBe('/etc/proxy.pac');
    expect(runOf(['run', '--pac', 'http://wpad/wpad.dat', '--proxy', 'system']).pac).toBe(
      'http://wpad/wpad.dat',
    );
    for (const fixed of ['direct', 'http://proxy.corp:3128'])
      expect(() => runOf(['run', '--pac', 'x.pac', '--proxy', fixed])).toThrow(
        `--pac and --proxy ${fixed} cannot be used together: give one proxy setting`,
      );
  });

  it('belong to run, not plan', () => {
    expect(() => parseCommandLine(['plan', '--json', '--pac', 'x.pac'])).toThrow(
      '--pac belongs to run, not plan',
    );
  });
});
