// The preload bridge (preload/, ARCHITECTURE.md "IPC contract"): the renderer's only way out.
import type { NetcheckApi } from '../common/ipc/map';

declare global {
  interface Window {
    netcheck: NetcheckApi;
  }
}
