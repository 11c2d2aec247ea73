/**
 * The invoice PDF of the reference mock server: seller and buyer with their VAT
 * IDs, the line, net, fee, VAT by rate, gross, the reverse-charge or outside-EU
 * wording where it applies, in the invoice's language (en, de). Written with the
 * small PDF writer beside it (standard Helvetica, WinAnsi), so neither the page
 * nor the server carries a PDF library.
 *
 * An issued invoice never changes: the PDF is rendered only from the frozen
 * `InvoiceRecord` (billing details copied at issue time), with the issue time as
 * the document date, and cached per record, so every download is byte-identical.
 */
import { formatMoney } from '../../core/money.js';
import type { InvoiceRecord } from '../store/types.js';
import { A4, PdfPage, writePdf, type Rgb } from './pdf-document.js';
import { INVOICE_WORDING, type InvoiceWording } from './pdf-messages.js';
import { SELLER, type SellerDetails } from './seller.js';

const MARGIN = 56;
const GREY: Rgb = [0.35, 0.38, 0.42];
const BLACK: Rgb = [0.1, 0.12, 0.14];

const cache = new WeakMap<InvoiceRecord, Promise<Uint8Array>>();

/** The PDF bytes of an invoice (cached: an issued invoice is immutable). */
export function invoicePdf(invoice: InvoiceRecord, seller: SellerDetails = SELLER): Promise<Uint8Array> {
  if (seller !== SELLER) return renderInvoicePdf(invoice, seller);
  let pdf = cache.get(invoice);
  if (!pdf) {
    pdf = renderInvoicePdf(invoice, seller);
    cache.set(invoice, pdf);
    pdf.catch(() => cache.delete(invoice));
  }
  return pdf;
}

/** A safe file name: `CK-2026-000042.pdf`. */
export function invoiceFilename(invoice: Pick<InvoiceRecord, 'billingNumber'>): string {
  return `${invoice.billingNumber.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`;
}

interface LineOptions {
  x?: number;
  size?: number;
  bold?: boolean;
  color?: Rgb;
  /** Right edge: the text ends here (amounts). */
  right?: number;
}

/** Lays out lines top-down on one page. */
class Writer {
  y = A4.height - MARGIN;
  readonly page = new PdfPage();

  text(text: string, options: LineOptions = {}): void {
    const font = options.bold ? 'Helvetica-Bold' : 'Helvetica';
    const size = options.size ?? 10;
    const x = options.right !== undefined ? options.right - this.page.widthOf(text, font, size) : (options.x ?? MARGIN);
    this.page.text(text, x, this.y, { font, size, color: options.color ?? BLACK });
  }

  line(text: string, options: LineOptions = {}): void {
    this.text(text, options);
    this.y -= (options.size ?? 10) * 1.45;
  }

  /** Wrapped paragraph within the page margins. */
  paragraph(text: string, size = 9, color = GREY): void {
    const max = A4.width - 2 * MARGIN;
    let current = '';
    for (const word of text.split(/\s+/)) {
      const candidate = current ? `${current} ${word}` : word;
      if (this.page.widthOf(candidate, 'Helvetica', size) > max && current) {
        this.line(current, { size, color });
        current = word;
      } else current = candidate;
    }
    if (current) this.line(current, { size, color });
  }

  /** Label on the left, amount right-aligned. */
  amountRow(label: string, amount: string, bold = false): void {
    this.text(label, { x: A4.width / 2, bold });
    this.line(amount, { right: A4.width - MARGIN, bold });
  }

  gap(points = 10): void {
    this.y -= points;
  }

  rule(): void {
    this.page.line(MARGIN, this.y + 4, A4.width - MARGIN, this.y + 4, 0.5, GREY);
    this.gap(8);
  }
}

export async function renderInvoicePdf(invoice: InvoiceRecord, seller: SellerDetails = SELLER): Promise<Uint8Array> {
  const w: InvoiceWording = INVOICE_WORDING[invoice.language] ?? INVOICE_WORDING.en;
  const issued = new Date(invoice.issuedAt);
  const out = new Writer();
  const money = (amount: number) => formatMoney(amount, invoice.currency, w.locale);
  const date = (d: Date) => new Intl.DateTimeFormat(w.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);

  // Seller line and title.
  out.line(`${seller.name} · ${seller.street} · ${seller.postalCode} ${seller.city}`, { size: 8, color: GREY });
  out.gap(14);
  out.line(w.title, { size: 22, bold: true });
  out.gap(4);
  out.line(`${w.invoiceNumber}: ${invoice.billingNumber}`, { bold: true });
  out.line(`${w.issueDate}: ${date(issued)}`);
  out.line(`${w.serviceDate}: ${date(issued)}`);
  out.gap(12);

  // Parties side by side: seller left, buyer right.
  const top = out.y;
  out.line(w.seller, { size: 8, bold: true, color: GREY });
  for (const text of [
    seller.name,
    seller.street,
    `${seller.postalCode} ${seller.city}`,
    w.country(seller.country),
    `${w.vatId}: ${seller.vatId}`,
    `${w.taxNumber}: ${seller.taxNumber}`,
  ])
    out.line(text);
  const sellerBottom = out.y;
  out.y = top;
  const right = A4.width / 2;
  out.line(w.billTo, { x: right, size: 8, bold: true, color: GREY });
  const buyer = invoice.buyer;
  const buyerLines = buyer
    ? [
        buyer.company,
        buyer.street,
        `${buyer.postalCode} ${buyer.city}`,
        w.country(buyer.country),
        buyer.vatNumber ? `${w.vatId}: ${buyer.vatNumber}` : '',
        buyer.invoiceEmail,
      ]
    : [w.noBuyer];
  for (const text of buyerLines.filter(Boolean)) out.line(text, { x: right });
  out.y = Math.min(out.y, sellerBottom) - 16;

  // The line and the totals.
  out.line(w.description, { size: 8, bold: true, color: GREY });
  out.rule();
  out.text(invoice.description);
  out.line(money(invoice.amount), { right: A4.width - MARGIN });
  if (invoice.credits !== invoice.amount) out.line(w.credits(String(invoice.credits)), { size: 9, color: GREY });
  out.gap(8);
  out.rule();
  const netTotal = invoice.amount + invoice.fee;
  out.amountRow(w.net, money(invoice.amount));
  out.amountRow(w.fee, money(invoice.fee));
  out.amountRow(w.netTotal, money(netTotal));
  const rate = new Intl.NumberFormat(w.locale, { style: 'percent', maximumFractionDigits: 2 }).format(
    invoice.vatRate / 10_000,
  );
  out.amountRow(`${w.vat(rate)} (${money(netTotal)})`, money(invoice.vat));
  out.rule();
  out.amountRow(w.gross, money(invoice.total), true);
  out.gap(14);

  if (invoice.vatTreatment === 'reverse_charge') out.paragraph(w.reverseCharge, 10, BLACK);
  if (invoice.vatTreatment === 'outside_eu') out.paragraph(w.outsideEu, 10, BLACK);
  out.gap(6);
  if (invoice.paid) out.paragraph(w.paid);
  else {
    out.paragraph(w.due(date(new Date(issued.getTime() + seller.paymentTermDays * 86_400_000))));
    out.paragraph(`${w.bank}: ${seller.name}, IBAN ${seller.iban}, BIC ${seller.bic}`);
  }

  // Footer: the seller's legal line.
  out.y = MARGIN;
  out.line(
    `${seller.name} · ${seller.street} · ${seller.postalCode} ${seller.city} · ${w.vatId} ${seller.vatId} · ${seller.email}`,
    { size: 7, color: GREY },
  );
  return writePdf([out.page], {
    title: `${w.title} ${invoice.billingNumber}`,
    subject: invoice.description,
    author: seller.name,
    creator: 'creditkit reference mock server',
    producer: 'creditkit',
    language: invoice.language,
    date: issued,
  });
}
