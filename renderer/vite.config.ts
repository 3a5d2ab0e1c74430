// Builds the window for Electron: loaded from app://renderer/ (main/app/app-scheme.ts), every
// URL relative (base './'), and nothing inlined into index.html (the CSP there forbids inline
// scripts and styles).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // Inlined assets would become data: URLs for scripts and styles, which the CSP refuses.
    assetsInlineLimit: 0,
    // Chromium preloads modules natively; the polyfill is not needed.
    modulePreload: { polyfill: false },
    target: 'chrome140',
  },
});
