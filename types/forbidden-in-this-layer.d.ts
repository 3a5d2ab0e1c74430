// What a layer's tsconfig maps a forbidden package to (its "paths"): a module with nothing in
// it, so `import { app } from 'electron'` in main/engine fails to compile, as lint says.
export {};
