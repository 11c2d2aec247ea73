import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isManualMethod } from '../../core/methods.js';
import type { CreditRequest } from '../../core/schemas/requests.js';
import { formatBalance, formatDate, formatPrice } from '../../i18n/format.js';
import { buttonStyles, skeletonStyles, tokens } from '../../theme/tokens.styles.js';
import { CreditElement, waiting } from '../base/credit-element.js';
import { requestsMessages } from './credit-requests.messages.js';
import { requestsStyles } from './credit-requests.styles.js';

/**
 * @summary The customer's manual credit requests (bank transfer, cryptocurrency):
 * date, credits and amount, method, reference and status, live.
 *
 * Pending requests wait for the operator; accepted ones added their credits;
 * rejected ones show the operator's note. Updates at once when a request is
 * created on the page, or decided elsewhere (server events, other tabs). What
 * the customer gets (credits) and pays (incl. VAT) are headed as such; below
 * 560px each request is a compact card.
 *
 * @csspart base - The wrapper of everything.
 * @csspart table - The table.
 * @csspart caption - The visible heading (see `no-heading`).
 * @csspart row - One request.
 * @csspart status - A request's status cell (and the error state).
 * @csspart note - The operator's note of a rejected request.
 * @csspart empty - Shown when there are no requests: what requests are and how one is made.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop [--credit-requests-pending-color=var(--credit-color-warning)] - Colour of "Pending".
 * @cssprop [--credit-requests-accepted-color=var(--credit-color-success)] - Colour of "Accepted".
 * @cssprop [--credit-requests-rejected-color=var(--credit-color-danger)] - Colour of "Rejected".
 */
export class CreditRequests extends CreditElement {
  static override styles = [tokens, buttonStyles, skeletonStyles, requestsStyles];

  /** Hides the visible caption when the page gives the list its own heading (it stays the table's accessible name). */
  @property({ type: Boolean, reflect: true, attribute: 'no-heading' }) noHeading = false;

  @state() private announcement = '';
  private readonly list = this.useResource((store) => store.requests);
  /** A change from elsewhere (operator, other tab) is announced once the refetched list arrives. */
  private announcePending = false;
  private announcedFor: CreditRequest[] | undefined;

  constructor() {
    super();
    this.storeController.listen('requests', (detail) => (this.announcePending ||= detail.remote));
  }

  protected override get isLoading(): boolean {
    return super.isLoading || waiting(this.list.current);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const value = this.list.current?.value;
    if (this.announcePending && value && value !== this.announcedFor && !this.list.current?.pending) {
      this.announcePending = false;
      this.announcedFor = value;
      this.announcement = this.messages(requestsMessages).updated;
    }
  }

  protected override render() {
    if (this.store?.status === 'error' || !this.store) return this.renderAccountError();
    const list = this.list.current;
    if (list?.status === 'error') {
      return html`<div part="status" class="error-state" role="alert">
        <span>${this.errorText(list.error?.code)}</span>
        <button type="button" class="button secondary" @click=${() => void list.refresh()}>${this.common.retry}</button>
      </div>`;
    }
    const account = this.account;
    const requests = list?.value;
    if (!account || !requests)
      return html`<div part="skeleton" class="skeleton-list" aria-busy="true">
        <span class="visually-hidden" role="status">${this.common.loading}</span>
        ${[0, 1].map(() => html`<div class="skeleton-row" aria-hidden="true"><span></span><span></span></div>`)}
      </div>`;
    const m = this.messages(requestsMessages);
    const live = html`<span class="visually-hidden" role="status" aria-live="polite">${this.announcement}</span>`;
    if (requests.length === 0)
      return html`<div part="empty" class="empty">
          <p class="empty-title">${m.empty}</p>
          <p>${m.emptyHelp}</p>
        </div>
        ${live}`;
    const locale = this.locale;
    const method = (r: CreditRequest) => (isManualMethod(r.method) ? m[`method_${r.method}`] : r.method);
    return html`<div part="base" class="wrap">
        <table part="table">
          <caption part="caption" class=${this.noHeading ? 'visually-hidden' : nothing}>
            ${m.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.date}</th>
              <th scope="col" class="num">${m.credits}</th>
              <th scope="col" class="num">${m.amount}</th>
              <th scope="col">${m.method}</th>
              <th scope="col">${m.reference}</th>
              <th scope="col">${m.status}</th>
            </tr>
          </thead>
          <tbody>
            ${requests.map(
              (r) =>
                html`<tr part="row" data-status=${r.status}>
                  <td class="date">
                    <time datetime=${r.createdAt}>${formatDate(r.createdAt, locale, 'medium', true)}</time>
                  </td>
                  <td data-label=${m.credits} class="num credits">${formatBalance(account, r.credits, locale)}</td>
                  <td data-label=${m.amount} class="num amount">
                    ${formatPrice({ currency: r.currency }, r.total, locale)}
                  </td>
                  <td class="method">${method(r)}</td>
                  <td class="reference"><code>${r.reference}</code></td>
                  <td part="status" class="status">
                    <span class="status-text">${m[`status_${r.status}`]}</span>
                    ${r.status === 'rejected' && r.note ? html`<span part="note" class="note">${m.note(r.note)}</span>` : nothing}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${live}`;
  }
}
