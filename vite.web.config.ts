/**
 * Browser build of the same renderer (`npm run build:web`), output `out/web`, relative base
 * so it can be served from any folder. `scripts/web.mjs` serves it; Playwright tests it.
 */
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.ts';

export default defineConfig(rendererConfig('./out/web'));
