/**
 * A small PDF 1.7 writer, enough for the reference server's invoices: A4 pages
 * of text in the standard Helvetica fonts and thin rules, document metadata and
 * language. Content streams are Flate-compressed with `CompressionStream` (Node
 * and browsers), so the same code runs in the in-page mock and the Node server,
 * with no dependency. Output is deterministic: the same input gives the same bytes.
 */
import { encodeWinAnsi, widthOf, type StandardFont } from './pdf-fonts.js';

export const A4 = { width: 595.28, height: 841.89 } as const;

/** An RGB colour, each channel 0–1. */
export type Rgb = readonly [number, number, number];

export interface TextOptions {
  font: StandardFont;
  size: number;
  color: Rgb;
}

export interface DocumentInfo {
  title: string;
  subject: string;
  author: string;
  creator: string;
  producer: string;
  /** BCP 47 language of the text (`/Lang`), read by screen readers. */
  language: string;
  /** Creation and modification date. */
  date: Date;
}

const FONT_RESOURCE: Record<StandardFont, string> = { Helvetica: 'F1', 'Helvetica-Bold': 'F2' };

const num = (n: number) => String(Math.round(n * 100) / 100);
const color = ([r, g, b]: Rgb) => `${num(r)} ${num(g)} ${num(b)}`;
const hex = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join('');

/** One page's drawing operations. */
export class PdfPage {
  private readonly ops: string[] = [];

  /** Width of a text in points, as `text()` would draw it. */
  widthOf(text: string, font: StandardFont, size: number): number {
    return widthOf(encodeWinAnsi(text), font, size);
  }

  /** Draws a line of text with its baseline starting at (x, y). */
  text(text: string, x: number, y: number, { font, size, color: rgb }: TextOptions): void {
    const bytes = encodeWinAnsi(text);
    this.ops.push(
      `BT ${color(rgb)} rg /${FONT_RESOURCE[font]} ${num(size)} Tf ${num(x)} ${num(y)} Td <${hex(bytes)}> Tj ET`,
    );
  }

  /** Draws a straight line. */
  line(x1: number, y1: number, x2: number, y2: number, width: number, rgb: Rgb): void {
    this.ops.push(`${color(rgb)} RG ${num(width)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`);
  }

  get content(): string {
    return this.ops.join('\n');
  }
}

/** A PDF text string: UTF-16BE with a byte-order mark, so any metadata survives. */
function textString(value: string): string {
  let out = 'feff';
  for (let i = 0; i < value.length; i++) out += value.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${out}>`;
}

/** `D:YYYYMMDDHHmmSSZ` */
function pdfDate(date: Date): string {
  return `(D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;
}

async function deflate(text: string): Promise<Uint8Array> {
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Serialises pages into a PDF file. */
export async function writePdf(pages: PdfPage[], info: DocumentInfo): Promise<Uint8Array> {
  // Objects: 1 catalog, 2 page tree, 3 info, 4–5 fonts, then per page: page, content.
  const objects: (string | Uint8Array)[][] = [];
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects[1] = [`<< /Type /Catalog /Pages 2 0 R /Lang ${textString(info.language)} >>`];
  objects[2] = [`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`];
  objects[3] = [
    `<< /Title ${textString(info.title)} /Subject ${textString(info.subject)} /Author ${textString(info.author)}` +
      ` /Creator ${textString(info.creator)} /Producer ${textString(info.producer)}` +
      ` /CreationDate ${pdfDate(info.date)} /ModDate ${pdfDate(info.date)} >>`,
  ];
  objects[4] = ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  objects[5] = ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'];
  for (const [i, page] of pages.entries()) {
    const id = pageIds[i]!;
    objects[id] = [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}]` +
        ` /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents ${id + 1} 0 R >>`,
    ];
    const data = await deflate(page.content);
    objects[id + 1] = [`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, data, '\nendstream'];
  }

  const chunks: Uint8Array[] = [];
  let length = 0;
  const push = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? Uint8Array.from(part, (c) => c.charCodeAt(0)) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  // A binary comment after the header tells transfer tools the file is binary.
  push('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = length;
    push(`${id} 0 obj\n`);
    for (const part of objects[id]!) push(part);
    push('\nendobj\n');
  }
  const xref = length;
  push(`xref\n0 ${objects.length}\n0000000000 65535 f \n`);
  for (let id = 1; id < objects.length; id++) push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`);

  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
