/**
 * `GET /invoices/:id.pdf`: the PDF of an issued invoice of the caller's account.
 * Another account's invoice answers 404 exactly like a missing one, so ids never
 * leak across accounts.
 */
import { ProblemError } from '../http.js';
import type { Route } from '../router.js';

export const invoicesRoutes: Route[] = [
  {
    method: 'GET',
    path: '/invoices/:id.pdf',
    doc: {
      summary: 'The invoice of a completed purchase or top-up as a PDF (immutable once issued)',
      tags: ['invoices'],
      contentType: 'application/pdf',
      problems: ['unauthorized', 'not_found'],
    },
    async handler(ctx) {
      const invoice = await ctx.read((tx) => tx.invoice(ctx.params.id ?? ''));
      if (!invoice) throw new ProblemError(404, 'not_found', 'No invoice with this id on this account.');
      // pdf-lib is big: it loads with the first invoice download, never with the mock server.
      const { invoiceFilename, invoicePdf } = await import('../invoices/pdf.js');
      const bytes = await invoicePdf(invoice);
      return new Response(bytes as Uint8Array<ArrayBuffer>, {
        status: 200,
        headers: {
          'content-type': 'application/pdf',
          'content-length': String(bytes.byteLength),
          'content-disposition': `attachment; filename="${invoiceFilename(invoice)}"`,
          // Issued invoices never change: safe to cache privately (the URL is per account).
          'cache-control': 'private, max-age=31536000, immutable',
        },
      });
    },
  },
];
