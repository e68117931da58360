/**
 * Desktop build (`electron-vite build`), output in `out/`:
 * - `out/main/index.js`     main process, ESM (package.json "type": "module"), entry
 *                           `electron/main/index.ts`, dependencies bundled in
 * - `out/preload/index.cjs` preload, CommonJS: sandboxed preloads cannot be ES modules
 * - `out/renderer/`         the React app (`renderer/index.html`), served on app://flowcase
 */
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.ts';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle dependencies (zod, ...) so the packaged app needs no node_modules.
      externalizeDeps: false,
      lib: { entry: 'electron/main/index.ts', formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: '[name].js' } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Bundle everything into the one file: a sandboxed preload cannot load other modules.
      externalizeDeps: false,
      lib: { entry: 'electron/preload/index.ts', formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: rendererConfig('./out/renderer'),
});
