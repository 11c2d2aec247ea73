import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatBalance, formatDate } from '../../i18n/format.js';
import { buttonStyles, skeletonStyles, tokens } from '../../theme/tokens.styles.js';
import { CreditElement } from '../base/credit-element.js';
import { CreditBalanceClickEvent } from './credit-balance.events.js';
import { balanceMessages } from './credit-balance.messages.js';
import { balanceStyles } from './credit-balance.styles.js';

/**
 * @summary The available balance as a badge ("€1,234.50", "1,250 credits"), live.
 *
 * Hidden when the account has credit payments disabled. A low balance shows a
 * warning icon and the word "Low" (not colour alone); the credits that expire
 * first are written beside the amount, and all of them are in the accessible
 * description and tooltip. Balance changes are announced politely to screen
 * readers. `variant="figure"` draws the balance as a large figure for a page or a
 * tile (the dashboard's overview) instead of a badge.
 *
 * @attribute low - Present (reflected, read-only) while the balance is below the account's
 * low-balance threshold; also the custom state `:state(low)`.
 * @attribute hidden - Added while the account has credit payments disabled (a `hidden` the host sets stays).
 *
 * @fires {CreditBalanceClickEvent} credit-balance-click - The badge was activated and has no `href`.
 *
 * @csspart base - The badge: a link with `href`, otherwise a button.
 * @csspart icon - The coin icon (a warning sign while `low`).
 * @csspart label - The "Balance" caption.
 * @csspart amount - The formatted balance.
 * @csspart low - The visible "Low" / "Low balance" marker, only while `low`.
 * @csspart expiring - The credits that expire first and their date, only when some expire within 30 days.
 * @csspart status - The error state: a short "Balance unavailable" with the reason as its description.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop [--credit-balance-background=var(--credit-color-surface-raised)] - Badge background.
 * @cssprop [--credit-balance-color=var(--credit-color-text)] - Text colour.
 * @cssprop [--credit-balance-border-color=var(--credit-color-border)] - Border colour.
 * @cssprop [--credit-balance-low-color=var(--credit-color-warning)] - Text and border colour when `low`.
 * @cssprop [--credit-balance-radius=999px] - Corner radius.
 * @cssprop [--credit-balance-padding=0.25rem 0.5rem] - Inner spacing.
 */
export class CreditBalance extends CreditElement {
  // One control (the badge, the button, the trigger): focus() and a click on the host reach it.
  static override shadowRootOptions: ShadowRootInit = { ...CreditElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [tokens, buttonStyles, skeletonStyles, balanceStyles];

  /** Makes the badge a link to the host's credits page. */
  @property() href: string | null = null;

  /** `badge` (a pill for headers and toolbars) or `figure` (a large figure for a page or a tile; not a button). */
  @property({ reflect: true }) variant: 'badge' | 'figure' = 'badge';

  /** True while the balance is below the account's low-balance threshold (read-only; reflected as `low`). */
  get low(): boolean {
    const account = this.account;
    return account !== undefined && account.balance < account.lowBalanceThreshold;
  }

  @state() private announcement = '';
  private lastBalance: number | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const account = this.account;
    this.setState('low', this.low);
    if (!account) return;
    this.hideSelf(!account.creditPaymentsEnabled);
    if (this.lastBalance !== undefined && this.lastBalance !== account.balance) {
      this.announcement = this.messages(balanceMessages).updated(formatBalance(account, account.balance, this.locale));
    }
    this.lastBalance = account.balance;
  }

  protected override render() {
    const status = this.store?.status;
    if (status === 'error') return this.renderError();
    const account = this.account;
    const m = this.messages(balanceMessages);
    if (!account) {
      return html`<span part="base" aria-busy="true"
        ><span part="label">${m.label}</span><span class="skeleton"></span
        ><span class="visually-hidden">${this.common.loading}</span></span
      >`;
    }
    const amount = formatBalance(account, account.balance, this.locale);
    const expiringText = (e: { amount: number; expiresAt: string }) =>
      m.expiring(formatBalance(account, e.amount, this.locale), formatDate(e.expiresAt, this.locale), e.amount === 1);
    const expiring = account.expiring.map(expiringText).join('; ');
    const description = [this.low ? m.low : '', expiring].filter(Boolean).join('. ');
    const soonest = account.expiring[0];
    const figure = this.variant === 'figure';
    const content = html`<span part="icon" aria-hidden="true">${this.low ? warningIcon : coinIcon}</span
      ><span part="label">${m.label}</span><span part="amount">${amount}</span>${
        this.low ? html`<span part="low">${figure ? m.low : m.lowShort}</span>` : nothing
      }${soonest ? html`<span part="expiring" aria-hidden="true">${expiringText(soonest)}</span>` : nothing}`;
    let base;
    if (this.href) {
      base = html`<a part="base" href=${this.href} title=${description || nothing} aria-describedby="description"
        >${content}</a
      >`;
    } else if (figure) {
      base = html`<div part="base" aria-describedby="description">${content}</div>`;
    } else {
      base = html`<button
        type="button"
        part="base"
        title=${description || nothing}
        aria-describedby="description"
        @click=${this.onClick}
      >
        ${content}
      </button>`;
    }
    return html`${base}
      <span id="description" hidden>${description}</span>
      <span class="visually-hidden" role="status" aria-live="polite">${this.announcement}</span>`;
  }

  /** Compact, so a header keeps its shape: a short line, the reason as its description, and a retry. */
  private renderError() {
    if (!this.store) return this.renderAccountError();
    const m = this.messages(balanceMessages);
    const reason = this.errorText(this.store.error?.code);
    return html`<span part="status" class="error-state" role="alert" title=${reason}>
      <span part="icon" aria-hidden="true">${warningIcon}</span>
      <span>${m.unavailable}</span><span class="visually-hidden">. ${reason}</span>
      <button type="button" part="retry" class="button secondary" @click=${() => this.store?.refresh()}>
        ${this.common.retry}
      </button>
    </span>`;
  }

  private onClick(): void {
    const account = this.account;
    if (account) this.dispatchEvent(new CreditBalanceClickEvent({ balance: account.balance, account }));
  }
}

const warningIcon = html`<svg
  viewBox="0 0 24 24"
  fill="none"
  stroke="currentColor"
  stroke-width="2"
  stroke-linecap="round"
  stroke-linejoin="round"
>
  <path d="M12 3 2.5 20h19z"></path>
  <path d="M12 10v4.5M12 17.5v.01"></path>
</svg>`;

const coinIcon = html`<svg
  viewBox="0 0 24 24"
  fill="none"
  stroke="currentColor"
  stroke-width="2"
  stroke-linecap="round"
>
  <circle cx="12" cy="12" r="9"></circle>
  <path d="M14.5 9.5a3 3 0 1 0 0 5"></path>
</svg>`;
