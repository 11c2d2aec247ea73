/**
 * The filter form: two selects and a date range typed in the page's language.
 * Every filter applies as soon as it changes (a select on change, a date on
 * Enter or when the field is left), so there is no "Apply" button. A date that
 * is not a date, or a range that ends before it starts, is said next to the
 * fields and not applied. The chosen values go into the page request (`type`,
 * `status`, `from`, `to`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TransactionsMessages } from './credit-transactions.messages.js';
import { NO_FILTERS, hasFilters, type HistoryFilters } from '../../state/history-list.js';
import { datePattern, formatDateText, parseDateText, type DatePattern } from './date-text.js';

export interface FiltersContext {
  m: TransactionsMessages;
  locale: string;
  filters: HistoryFilters;
  /** The message under the fields (a date that is not one, a reversed range), or ''. */
  error: string;
  /** Called with the form's values whenever they are valid and changed. */
  onApply(filters: HistoryFilters): void;
  /** Called with the message to show ('' clears it). */
  onError(message: string): void;
}

const TYPES = ['in', 'out'] as const;
const STATUSES = ['completed', 'pending', 'failed'] as const;

/** Reads the filters from the form, or says what is wrong with the dates. */
export function readFilters(
  form: HTMLFormElement,
  pattern: DatePattern,
  m: TransactionsMessages,
): { filters: HistoryFilters } | { error: string; field: 'from' | 'to' } {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const type = text('type');
  const status = text('status');
  const from = parseDateText(text('from'), pattern);
  if (from === null) return { error: m.invalidDate(pattern.example), field: 'from' };
  const to = parseDateText(text('to'), pattern);
  if (to === null) return { error: m.invalidDate(pattern.example), field: 'to' };
  if (from && to && from > to) return { error: m.reversedRange, field: 'to' };
  return {
    filters: {
      type: (TYPES as readonly string[]).includes(type) ? (type as HistoryFilters['type']) : '',
      status: (STATUSES as readonly string[]).includes(status) ? (status as HistoryFilters['status']) : '',
      from,
      to,
    },
  };
}

export function renderFilters(ctx: FiltersContext): TemplateResult {
  const { m, filters, locale, error } = ctx;
  const pattern = datePattern(locale, m.dateLetters);
  const apply = (event: Event) => {
    event.preventDefault();
    const form = (event.target as HTMLElement).closest('form');
    if (!form) return;
    const read = readFilters(form, pattern, m);
    for (const input of form.querySelectorAll('input')) input.removeAttribute('aria-invalid');
    if ('error' in read) {
      form.querySelector(`input[name=${read.field}]`)?.setAttribute('aria-invalid', 'true');
      ctx.onError(read.error);
      return;
    }
    ctx.onError('');
    ctx.onApply(read.filters);
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') apply(event);
  };
  const reset = (event: Event) => {
    event.preventDefault();
    const form = (event.target as HTMLElement).closest('form');
    form?.reset();
    for (const input of form?.querySelectorAll('input') ?? []) input.removeAttribute('aria-invalid');
    ctx.onError('');
    ctx.onApply({ ...NO_FILTERS });
  };
  const dateField = (name: 'from' | 'to', label: string) =>
    html`<label class="field">
      <span>${label}</span>
      <input
        type="text"
        name=${name}
        part="filter-${name}"
        inputmode="numeric"
        autocomplete="off"
        placeholder=${pattern.hint}
        aria-describedby="date-hint ${error ? 'filter-error' : ''}"
        .value=${formatDateText(filters[name], locale)}
        @change=${apply}
        @keydown=${onKeydown}
      />
    </label>`;
  return html`<form part="filters" class="filters" aria-label=${m.filters} novalidate @submit=${apply}>
    <label class="field">
      <span>${m.type}</span>
      <select name="type" part="filter-type" @change=${apply}>
        <option value="" ?selected=${filters.type === ''}>${m.allTypes}</option>
        ${TYPES.map((t) => html`<option value=${t} ?selected=${filters.type === t}>${m[t]}</option>`)}
      </select>
    </label>
    <label class="field">
      <span>${m.status}</span>
      <select name="status" part="filter-status" @change=${apply}>
        <option value="" ?selected=${filters.status === ''}>${m.allStatuses}</option>
        ${STATUSES.map((s) => html`<option value=${s} ?selected=${filters.status === s}>${m[s]}</option>`)}
      </select>
    </label>
    ${dateField('from', m.from)} ${dateField('to', m.to)}
    <span id="date-hint" class="visually-hidden">${pattern.hint}</span>
    ${
      hasFilters(filters)
        ? html`<button type="button" class="button secondary" part="filter-reset" @click=${reset}>${m.reset}</button>`
        : nothing
    }
    ${error ? html`<p id="filter-error" part="filter-error" class="filter-error" role="alert">${error}</p>` : nothing}
  </form>`;
}
