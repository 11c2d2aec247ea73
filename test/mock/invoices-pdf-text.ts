/**
 * Test helper: the text an invoice PDF shows. Inflates the FlateDecode
 * content streams and decodes the `<hex> Tj` strings (WinAnsi for the standard
 * fonts), which is all the mock's invoices use.
 */
import { inflateSync } from 'node:zlib';

const WIN_ANSI_EXTRA: Record<number, string> = { 0x80: '€', 0x96: '–', 0x97: '—', 0xa0: ' ' };

export function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const lines: string[] = [];
  const streams = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streams.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const chunk = Buffer.from(raw.slice(start, end), 'latin1');
    let content: string;
    try {
      content = inflateSync(chunk).toString('latin1');
    } catch {
      content = chunk.toString('latin1');
    }
    for (const m of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) lines.push(decodeHex(m[1]!));
    for (const m of content.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) lines.push(m[1]!);
    streams.lastIndex = end;
  }
  return lines.join('\n');
}

function decodeHex(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16);
    out += WIN_ANSI_EXTRA[code] ?? String.fromCharCode(code);
  }
  return out;
}
