/**
 * The report page alone (`npm run build:report`, part of `npm run build:cli`, so `npm ci`
 * gives a working `flowcase report`), output `out/report`: what the CLI serves to Chromium
 * on 127.0.0.1 to print the business case (cli/src/commands/report.ts). The same page the
 * app opens with "Export PDF".
 */
import { defineConfig } from 'vite';
import { rendererConfig, reportHtml } from './vite.renderer.ts';

export default defineConfig(rendererConfig('./out/report', { report: reportHtml }));
