/**
 * The filter form: native selects and date inputs. Submitting (Enter or the
 * Apply button) or changing a select applies the filters; the chosen values go
 * into the page request (`type`, `status`, `from`, `to`).
 */
import { html, type TemplateResult } from 'lit';
import type { TransactionsMessages } from './credit-transactions.messages.js';
import { NO_FILTERS, type HistoryFilters } from '../../state/history-list.js';

export interface FiltersContext {
  m: TransactionsMessages;
  filters: HistoryFilters;
  /** Called with the form's values whenever the customer applies them. */
  onApply(filters: HistoryFilters): void;
}

const TYPES = ['in', 'out'] as const;
const STATUSES = ['completed', 'pending', 'failed'] as const;

/** Reads the filters from the form (invalid dates are dropped, a reversed range is swapped). */
export function readFilters(form: HTMLFormElement): HistoryFilters {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const type = text('type');
  const status = text('status');
  let from = isoDate(text('from'));
  let to = isoDate(text('to'));
  if (from && to && from > to) [from, to] = [to, from];
  return {
    type: (TYPES as readonly string[]).includes(type) ? (type as HistoryFilters['type']) : '',
    status: (STATUSES as readonly string[]).includes(status) ? (status as HistoryFilters['status']) : '',
    from,
    to,
  };
}

function isoDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
}

export function renderFilters(ctx: FiltersContext): TemplateResult {
  const { m, filters } = ctx;
  const apply = (event: Event) => {
    event.preventDefault();
    const form = (event.target as HTMLElement).closest('form');
    if (form) ctx.onApply(readFilters(form));
  };
  const reset = (event: Event) => {
    event.preventDefault();
    const form = (event.target as HTMLElement).closest('form');
    form?.reset();
    ctx.onApply({ ...NO_FILTERS });
  };
  return html`<form part="filters" class="filters" aria-label=${m.filters} @submit=${apply}>
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
    <label class="field">
      <span>${m.from}</span>
      <input type="date" name="from" part="filter-from" .value=${filters.from} />
    </label>
    <label class="field">
      <span>${m.to}</span>
      <input type="date" name="to" part="filter-to" .value=${filters.to} />
    </label>
    <div class="filter-buttons">
      <button type="submit" class="button secondary" part="filter-apply">${m.apply}</button>
      <button type="button" class="button secondary" part="filter-reset" @click=${reset}>${m.reset}</button>
    </div>
  </form>`;
}
