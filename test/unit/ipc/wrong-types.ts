// Compile-time cases for the IPC map (checked by `npm run typecheck` and by
// typed-map.test.ts): each line under an expect-error mark must fail to compile.
import type { InvokeHandlers, NetcheckApi } from '../../../common/ipc/map';
import type { AppInfo } from '../../../common/ipc/contract';
import type { Profile } from '../../../common/profile/schema';

type Sender = { id: number };

export function handlerCases(
  good: InvokeHandlers<Sender>,
  profile: Profile,
): InvokeHandlers<Sender>[] {
  const info: AppInfo = {
    appVersion: '1',
    electronVersion: '45',
    profile: { id: 'p', version: '1', revision: 1, hash: 'abcdef01' },
    profileDocument: profile,
    language: 'en',
  };
  return [
    // The right shape compiles.
    { ...good, appInfo: () => info },
    {
      ...good,
      // @ts-expect-error appInfo answers AppInfo, not a number
      appInfo: () => 42,
    },
    {
      ...good,
      // @ts-expect-error start answers the run id (a string), not the plan
      start: async () => ({ rows: [] }),
    },
    {
      ...good,
      // @ts-expect-error an opened saved report names its file: the page shows the name
      openSavedResult: async () => ({ status: 'opened' as const, text: '{}' }),
    },
  ];
}

export async function apiCases(api: NetcheckApi): Promise<void> {
  await api.rerun('00000000-0000-4000-8000-000000000001', ['2-2.2']);
  // @ts-expect-error rerun takes a run id and row ids: a third argument does not compile
  await api.rerun('00000000-0000-4000-8000-000000000001', ['2-2.2'], 'more');
  // @ts-expect-error the run id is a string
  const runId: number = await api.start({ options: {} as never, proxy: 'direct' });
  // @ts-expect-error a report format the map does not know
  await api.exportReport('docx', { includeComputerDetails: false });
  // @ts-expect-error the open dialog is main's: the page cannot name a file to read
  await api.openSavedResult('/etc/passwd');
  void runId;
}
