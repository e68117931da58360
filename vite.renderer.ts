/**
 * The renderer's Vite settings, shared by the desktop build (`electron.vite.config.ts`,
 * output `out/renderer`) and the browser build (`vite.web.config.ts`, output `out/web`), so
 * both builds are the same app.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

export const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
export const rendererHtml = fileURLToPath(new URL('./renderer/index.html', import.meta.url));
/** The business case report (renderer/src/report), a second page of the same build. */
export const reportHtml = fileURLToPath(new URL('./renderer/report.html', import.meta.url));

export function rendererConfig(
  outDir: string,
  input: Record<string, string> = { index: rendererHtml, report: reportHtml },
): UserConfig {
  return {
    root: rendererRoot,
    base: './',
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      outDir: fileURLToPath(new URL(outDir, import.meta.url)),
      emptyOutDir: true,
      target: 'chrome130',
      sourcemap: true,
      // One offline bundle loaded from disk or localhost: size warnings are noise here.
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { input },
    },
  };
}
