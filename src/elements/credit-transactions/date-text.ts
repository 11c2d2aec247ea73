/**
 * Dates typed as text in the page's language ("28.11.2026" on a German page,
 * "11/28/2026" on an English one). A native date input follows the browser's
 * language instead, so a German page in an English browser would ask for
 * "mm/dd/yyyy". ISO dates ("2026-11-28") are accepted everywhere.
 */
type Field = 'day' | 'month' | 'year';

export interface DatePattern {
  /** Day, month and year in the locale's order. */
  order: Field[];
  /** "TT.MM.JJJJ", "MM/DD/YYYY". */
  hint: string;
  /** 28 November of this year, written the locale's way. */
  example: string;
}

const patterns = new Map<string, DatePattern>();

/** `letters`: day, month and year letters separated by spaces ("TT MM JJJJ"). */
export function datePattern(locale: string, lettersText: string): DatePattern {
  const cacheKey = `${locale}|${lettersText}`;
  const [day = 'DD', month = 'MM', year = 'YYYY'] = lettersText.split(' ');
  const letters: Record<Field, string> = { day, month, year };
  const cached = patterns.get(cacheKey);
  if (cached) return cached;
  const format = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const sample = new Date(Date.UTC(new Date().getUTCFullYear(), 10, 28));
  const parts = format.formatToParts(sample);
  const order = parts.map((p) => p.type).filter((t): t is Field => t === 'day' || t === 'month' || t === 'year');
  const hint = parts.map((p) => (p.type === 'literal' ? p.value : (letters[p.type as Field] ?? p.value))).join('');
  const pattern = { order, hint, example: format.format(sample) };
  patterns.set(cacheKey, pattern);
  return pattern;
}

/** The ISO date of `text`, '' for an empty field, or null when it is not a date. */
export function parseDateText(text: string, pattern: DatePattern): string | null {
  const value = text.trim();
  if (!value) return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const numbers = iso ? [iso[1], iso[2], iso[3]].map(Number) : value.split(/[./\-\s]+/).map(Number);
  if (numbers.length !== 3 || numbers.some((n) => !Number.isInteger(n))) return null;
  const order: Field[] = iso ? ['year', 'month', 'day'] : pattern.order;
  const get = (field: Field) => numbers[order.indexOf(field)]!;
  let year = get('year');
  if (year < 100) year += 2000;
  const month = get('month');
  const day = get('day');
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1970 || year > 9999 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** An ISO date written the locale's way (the field's shown value). */
export function formatDateText(iso: string, locale: string): string {
  if (!iso) return '';
  const format = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.format(new Date(`${iso}T00:00:00Z`));
}
