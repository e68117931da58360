/**
 * 'report:export-pdf': asks where to save (a `.pdf`, named as the renderer suggests), prints
 * the report of the request in a hidden window (`printReport`, wired to pdf.ts), and writes
 * the bytes with the same atomic writer as projects. A PDF is not a project: it does not
 * become known, recent or watched.
 */
import path from 'node:path';
import type { PdfRequest } from '../../../shared/ipc/contract';
import type { InvokeHandlers } from '../ipc/handle';
import type { DocumentContext } from './context';
import { withExtension } from './title';

/** Prints the report of `request` to PDF bytes; rejects (in words) when it cannot. */
export type PrintReport = (request: PdfRequest) => Promise<Uint8Array>;

export function exportPdfHandler(
  ctx: DocumentContext,
  printReport: PrintReport,
): Pick<InvokeHandlers, 'report:export-pdf'> {
  return {
    'report:export-pdf': async (request, { webContentsId }) => {
      const doc = ctx.documents.of(webContentsId);
      const chosen = await ctx.dialogs.chooseSavePath(doc.window, {
        defaultName: request.suggestedName,
        kind: 'pdf',
      });
      if (chosen === null) return { kind: 'cancelled' };
      const filePath = withExtension(chosen, '.pdf');
      const pdf = await printReport(request);
      const { modifiedAt } = await ctx.files.save(filePath, pdf);
      return { kind: 'saved', file: { path: filePath, name: path.basename(filePath), modifiedAt } };
    },
  };
}
