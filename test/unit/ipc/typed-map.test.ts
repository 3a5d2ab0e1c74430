// The IPC map types both ends: the cases in wrong-types.ts.
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../common/ipc/channels';
import { INVOKE_ARGUMENTS } from '../../../common/ipc/map';
import { itProvesCompileCases } from '../../support/compile-cases';

describe('the IPC map', () => {
  itProvesCompileCases('test/unit/ipc/wrong-types.ts', 7);
  it('names a channel for every invoked and pushed entry, and nothing else', () => {
    expect(Object.keys(CHANNELS).sort()).toEqual(
      [...Object.keys(INVOKE_ARGUMENTS), 'event', 'menuCommand', 'language'].sort(),
    );
  });
});
