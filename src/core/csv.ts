/**
 * Pure CSV building (RFC 4180) for exports that open cleanly in spreadsheet apps:
 * CRLF line ends, every field that needs it quoted, a UTF-8 byte-order mark so
 * Excel reads umlauts and the euro sign, and locale-neutral decimals ("-12.50",
 * never "-12,50") produced from integer minor units without floats.
 */
import { toDecimalString, type Minor } from './money.js';

/** The UTF-8 byte-order mark; spreadsheet apps use it to detect the encoding. */
export const CSV_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

/** A cell: text, an exact decimal (already a string), or nothing. */
export type CsvCell = string | null | undefined;

/**
 * Quotes a field when it contains a separator, quote, CR or LF, or leading or
 * trailing spaces (which some apps would trim); inner quotes are doubled.
 */
export function csvField(value: CsvCell, separator = ','): string {
  const text = value ?? '';
  if (text === '') return '';
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || text.trim() !== text;
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Neutralises spreadsheet formulas in free text (CSV injection, OWASP): a text
 * cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe.
 * Use it for text the customer or a third party wrote, never for numbers.
 */
export function csvText(value: string | null | undefined): string {
  const text = value ?? '';
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One line (without the line end). */
export function csvRow(cells: readonly CsvCell[], separator = ','): string {
  return cells.map((cell) => csvField(cell, separator)).join(separator);
}

/** Several lines, each terminated by CRLF (RFC 4180 allows the final CRLF; apps expect it). */
export function csvLines(rows: readonly (readonly CsvCell[])[], separator = ','): string {
  let out = '';
  for (const row of rows) out += csvRow(row, separator) + CSV_LINE_END;
  return out;
}

/** A whole document: BOM (unless `bom: false`), header line, data lines. */
export function buildCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: { bom?: boolean; separator?: string } = {},
): string {
  const separator = options.separator ?? ',';
  return (options.bom === false ? '' : CSV_BOM) + csvLines([header, ...rows], separator);
}

/** A locale-neutral decimal from minor units: (-1250, 2) → "-12.50", (7, 0) → "7". */
export function csvDecimal(amount: Minor, precision: number): string {
  return toDecimalString(amount, precision);
}

/**
 * Parses CSV text back into rows (tests, round trips). Handles quoted fields with
 * separators, doubled quotes and line breaks, CRLF or LF line ends, and a BOM.
 */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith(CSV_BOM) ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
