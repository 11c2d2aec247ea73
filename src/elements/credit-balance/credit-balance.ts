import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatBalance, formatDate } from '../../i18n/format.js';
import { buttonStyles, tokens } from '../../theme/tokens.styles.js';
import { CreditElement } from '../base/credit-element.js';
import { CreditBalanceClickEvent } from './credit-balance.events.js';
import { balanceMessages } from './credit-balance.messages.js';
import { balanceStyles } from './credit-balance.styles.js';

/**
 * @summary The available balance as a badge ("€1,234.50", "1,250 credits"), live.
 *
 * Hidden when the account has credit payments disabled. Credits expiring soon are
 * in its accessible description and tooltip; balance changes are announced
 * politely to screen readers.
 *
 * @attribute low - Present (reflected, read-only) while the balance is below the account's
 * low-balance threshold; also the custom state `:state(low)`.
 * @attribute hidden - Added while the account has credit payments disabled (a `hidden` the host sets stays).
 *
 * @fires {CreditBalanceClickEvent} credit-balance-click - The badge was activated and has no `href`.
 *
 * @csspart base - The badge: a link with `href`, otherwise a button.
 * @csspart icon - The coin icon.
 * @csspart label - The "Balance" caption.
 * @csspart amount - The formatted balance.
 * @csspart status - The error state.
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

  static override styles = [tokens, buttonStyles, balanceStyles];

  /** Makes the badge a link to the host's credits page. */
  @property() href: string | null = null;

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
    if (status === 'error') return this.renderAccountError();
    const account = this.account;
    const m = this.messages(balanceMessages);
    if (!account) {
      return html`<span part="base" aria-busy="true"
        ><span part="label">${m.label}</span><span class="skeleton"></span
        ><span class="visually-hidden">${this.common.loading}</span></span
      >`;
    }
    const amount = formatBalance(account, account.balance, this.locale);
    const expiring = account.expiring
      .map((e) => m.expiring(formatBalance(account, e.amount, this.locale), formatDate(e.expiresAt, this.locale)))
      .join('; ');
    const description = [this.low ? m.low : '', expiring].filter(Boolean).join('. ');
    const content = html`<span part="icon" aria-hidden="true">${coinIcon}</span><span part="label">${m.label}</span
      ><span part="amount">${amount}</span>`;
    return html`${
        this.href
          ? html`<a part="base" href=${this.href} title=${description || nothing} aria-describedby="description"
              >${content}</a
            >`
          : html`<button
              type="button"
              part="base"
              title=${description || nothing}
              aria-describedby="description"
              @click=${this.onClick}
            >
              ${content}
            </button>`
      }
      <span id="description" hidden>${description}</span>
      <span class="visually-hidden" role="status" aria-live="polite">${this.announcement}</span>`;
  }

  private onClick(): void {
    const account = this.account;
    if (account) this.dispatchEvent(new CreditBalanceClickEvent({ balance: account.balance, account }));
  }
}

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
