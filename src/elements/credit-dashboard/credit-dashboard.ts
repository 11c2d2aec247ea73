import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toCreditsError } from '../../adapter/errors.js';
import type { Account } from '../../core/schemas/account.js';
import { nextToExpire } from '../../core/credit-blocks.js';
import { isManualMethod } from '../../core/methods.js';
import { formatBalance, formatDate } from '../../i18n/format.js';
import { buttonStyles, skeletonStyles, tokens } from '../../theme/tokens.styles.js';
import { CreditElement } from '../base/credit-element.js';
import { CreditPortalOpenEvent } from './credit-dashboard.events.js';
import { dashboardMessages } from './credit-dashboard.messages.js';
import { dashboardStyles } from './credit-dashboard.styles.js';
import { renderHelp } from './dashboard-help.js';
import { exportPartsFor as xp } from './dashboard-parts.js';

export type DashboardSection =
  'overview' | 'buy' | 'usage' | 'history' | 'requests' | 'auto-top-up' | 'billing' | 'help';

/**
 * @summary The drop-in credits page: overview, buying, usage, history, requests, auto top-up, billing details and help.
 *
 * Composes `<credit-balance>`, `<credit-top-up>`, `<credit-buy>`, `<credit-transactions>`,
 * `<credit-requests>`, `<credit-auto-top-up>`, `<credit-billing-details>` and
 * `<credit-usage>` (its own section, and a compact chart of the last 30 days in the
 * overview); its
 * define file registers them, so importing the dashboard alone is enough. Sections follow the account's settings:
 * Top up only with top-ups, Buy credits only with packages, Credit requests only
 * with bank transfer or crypto, Automatic top-up only where available, Usage only
 * where the backend offers its reads. The help
 * answers are filled from the account's settings in the customer's language.
 *
 * Every inner part is forwarded with `exportparts` as `<prefix>-<part>`: prefixes
 * `balance`, `top-up`, `buy`, `history` (transactions), `requests`, `auto-top-up`,
 * `billing`, `usage` — e.g. `credit-dashboard::part(history-row)`, `::part(top-up-continue-button)`.
 *
 * @dependency credit-balance
 * @dependency credit-top-up
 * @dependency credit-buy
 * @dependency credit-transactions
 * @dependency credit-requests
 * @dependency credit-auto-top-up
 * @dependency credit-billing-details
 * @dependency credit-usage
 *
 * @fires {CreditPortalOpenEvent} credit-portal-open - Cancelable; the customer opened the customer portal (`detail.url`). By default the page navigates there.
 *
 * @csspart base - The page grid.
 * @csspart nav - Section navigation.
 * @csspart nav-link - Each navigation button.
 * @csspart nav-link-current - The navigation button of the section last jumped to (also `aria-current`).
 * @csspart section - Each section card (and `section-<name>` below).
 * @csspart section-overview - The overview section.
 * @csspart section-buy - The buy credits section.
 * @csspart section-usage - The usage section (spend by kind or team member, and where the credits come from).
 * @csspart section-history - The history section.
 * @csspart section-requests - The credit requests section.
 * @csspart section-auto-top-up - The automatic top-up section.
 * @csspart section-billing - The billing details section.
 * @csspart section-help - The help section.
 * @csspart section-title - Each section heading.
 * @csspart stats - The overview figures.
 * @csspart stat - One figure (and `stat-<name>` below).
 * @csspart stat-balance - The balance figure.
 * @csspart stat-average - The monthly average spend.
 * @csspart stat-expiring - Credits expiring soon, and where the next to expire came from (left out where nothing can expire).
 * @csspart stat-plan - The plan's monthly credits and renewal date, when the account has a plan.
 * @csspart stat-label - A figure's caption.
 * @csspart stat-value - A figure's value.
 * @csspart stat-hint - Small print under a figure.
 * @csspart stat-payments-off - The balance tile while credit payments are switched off.
 * @csspart notice - What the balance tile says while credit payments are switched off.
 * @csspart actions - Top up / Buy credits / customer portal.
 * @csspart buy-credits-button - "Buy credits" (jumps to the buy section).
 * @csspart portal-button - Opens the customer portal.
 * @csspart usage-link - Under the overview's chart: jumps to the Usage section.
 * @csspart help-item - One question and answer (`<details>`).
 * @csspart help-question - The question (`<summary>`).
 * @csspart help-answer - The answer.
 * @csspart help-contact - "Still need help?", when the account has a support address.
 * @csspart help-contact-title - Its heading.
 * @csspart help-contact-link - The link to support.
 * @csspart status - Live region for the portal action.
 * @csspart balance-* - Every part of the overview's <credit-balance>, prefixed: `balance-amount`, …
 * @csspart top-up-* - Every part of the <credit-top-up> dialog, prefixed: `top-up-continue-button`, …
 * @csspart buy-* - Every part of <credit-buy>, prefixed: `buy-package`, …
 * @csspart history-* - Every part of <credit-transactions>, prefixed: `history-row`, …
 * @csspart requests-* - Every part of <credit-requests>, prefixed: `requests-row`, …
 * @csspart auto-top-up-* - Every part of <credit-auto-top-up>, prefixed: `auto-top-up-threshold`, …
 * @csspart billing-* - Every part of <credit-billing-details>, prefixed: `billing-input`, …
 * @csspart usage-* - Every part of the overview's compact <credit-usage>, prefixed: `usage-chart`, …
 *
 * @cssprop [--credit-dashboard-gap=1.5rem] - Space between sections.
 * @cssprop [--credit-dashboard-card-background=var(--credit-color-surface)] - Section background.
 * @cssprop [--credit-dashboard-card-border-color=var(--credit-color-border)] - Section border colour.
 */
export class CreditDashboard extends CreditElement {
  static override styles = [tokens, buttonStyles, skeletonStyles, dashboardStyles];

  /** Rows per history page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Heading level of the section titles (2 by default; the dashboard's own title is not rendered). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 2 | 3 = 2;

  /** The section the customer last jumped to (the nav marks it). */
  @state() private current: DashboardSection = 'overview';
  @state() private portalBusy = false;
  @state() private portalMessage = '';

  /** Each grant or purchase: the overview says where the next credits to expire came from. */
  private readonly blocks = this.useResource((store) => store.creditBlocks);

  /**
   * Whether the backend offers the usage reads (optional in the contract): the
   * Usage section and the overview's chart go where it answers "not offered".
   */
  private get offersUsage(): boolean {
    return this.blocks.current?.error?.code !== 'not_implemented';
  }

  /** The sections shown for the current account, in order. */
  get sections(): DashboardSection[] {
    const s = this.account?.settings;
    if (!s) return [];
    // With credit payments off nothing can be bought or topped up: those sections go.
    const paying = this.account?.creditPaymentsEnabled ?? false;
    return [
      'overview',
      ...(paying && s.purchase.enabled ? (['buy'] as const) : []),
      ...(this.offersUsage ? (['usage'] as const) : []),
      'history',
      ...(s.purchase.methods.some(isManualMethod) ? (['requests'] as const) : []),
      ...(paying && s.autoTopUpAvailable ? (['auto-top-up'] as const) : []),
      'billing',
      'help',
    ];
  }

  protected override render() {
    if (this.store?.status === 'error') return this.renderAccountError();
    const account = this.account;
    const m = this.messages(dashboardMessages);
    if (!account) return this.renderSkeleton();
    const titles: Record<DashboardSection, string> = {
      overview: m.overview,
      // Glossary (src/i18n/common.messages.ts): a money account buys balance, not credits.
      buy: account.model === 'money' ? m.buyMoney : m.buy,
      usage: m.usage,
      history: m.history,
      requests: m.requests,
      'auto-top-up': m.autoTopUp,
      billing: m.billing,
      help: m.help,
    };
    const sections = this.sections;
    return html`<div part="base">
      <nav part="nav" aria-label=${m.sections}>
        ${sections.map(
          (id) =>
            html`<button
              type="button"
              part=${id === this.current ? 'nav-link nav-link-current' : 'nav-link'}
              aria-current=${id === this.current ? 'true' : nothing}
              @click=${() => this.jumpTo(id)}
            >
              ${titles[id]}
            </button>`,
        )}
      </nav>
      ${sections.map((id) => this.section(id, titles[id], this.sectionBody(id, account)))}
    </div>`;
  }

  private section(id: DashboardSection, title: string, body: TemplateResult): TemplateResult {
    // <credit-buy> and <credit-auto-top-up> show their own visible heading: ours stays for navigation and screen readers.
    const hidden = id === 'buy' || id === 'auto-top-up' ? 'visually-hidden' : '';
    const heading =
      this.headingLevel === 3
        ? html`<h3 part="section-title" class=${hidden} id="title-${id}" tabindex="-1">${title}</h3>`
        : html`<h2 part="section-title" class=${hidden} id="title-${id}" tabindex="-1">${title}</h2>`;
    // Those children are landmarks of their own; naming ours too would make two regions with one name.
    return html`<section
      part="section section-${id}"
      id="section-${id}"
      aria-labelledby=${hidden ? nothing : `title-${id}`}
    >
      ${heading}${body}
    </section>`;
  }

  private sectionBody(id: DashboardSection, account: Account): TemplateResult {
    switch (id) {
      case 'overview':
        return this.overview(account);
      case 'buy':
        return html`<credit-buy exportparts=${xp('credit-buy')}></credit-buy>`;
      case 'usage':
        return html`<credit-usage exportparts=${xp('credit-usage')}></credit-usage>`;
      case 'history':
        // The section's own heading names it: the child's stays for screen readers only.
        return html`<credit-transactions
          no-heading
          page-size=${this.pageSize}
          exportparts=${xp('credit-transactions')}
        ></credit-transactions>`;
      case 'requests':
        return html`<credit-requests no-heading exportparts=${xp('credit-requests')}></credit-requests>`;
      case 'auto-top-up':
        return html`<credit-auto-top-up exportparts=${xp('credit-auto-top-up')}></credit-auto-top-up>`;
      case 'billing':
        return html`<credit-billing-details exportparts=${xp('credit-billing-details')}></credit-billing-details>`;
      case 'help':
        return renderHelp(account, this.locale, this.messages(dashboardMessages), this.headingLevel);
    }
  }

  /** Placeholders in the overview's shape while the account loads. */
  private renderSkeleton(): TemplateResult {
    const tile = html`<div part="stat" class="loading">
      <span class="skeleton caption"></span><span class="skeleton figure"></span>
    </div>`;
    return html`<div part="base" aria-busy="true">
      <section part="section section-overview">
        <span class="skeleton title"></span>
        <div part="stats">${tile}${tile}${tile}</div>
      </section>
      <p part="status" class="visually-hidden" role="status">${this.common.loading}</p>
    </div>`;
  }

  private overview(account: Account): TemplateResult {
    const m = this.messages(dashboardMessages);
    const fmt = (n: number) => formatBalance(account, n, this.locale);
    const s = account.settings;
    const paying = account.creditPaymentsEnabled;
    return html`<div part="stats">
        ${
          paying
            ? html`<div part="stat stat-balance">
                <!-- The figure carries its own "Balance" caption, the low marker and the first expiry. -->
                <credit-balance variant="figure" exportparts=${xp('credit-balance')}></credit-balance>
                ${account.held > 0 ? html`<span part="stat-hint">${m.held(fmt(account.held))}</span>` : nothing}
              </div>`
            : html`<div part="stat stat-balance stat-payments-off" role="note">
                <span part="stat-label">${m.balance}</span>
                <p part="notice"><strong>${m.paymentsOff}</strong> ${m.paymentsOffHint(fmt(account.balance))}</p>
              </div>`
        }
        <div part="stat stat-average">
          <span part="stat-label">${m.monthlyAverage}</span>
          <p part="stat-value">${fmt(account.monthlyAverageSpend)}</p>
          <span part="stat-hint">${m.monthlyAverageHint}</span>
        </div>
        ${
          account.plan
            ? html`<div part="stat stat-plan">
                <span part="stat-label">${m.plan}</span>
                <p part="stat-value">${m.planValue(fmt(account.plan.credits))}</p>
                <span part="stat-hint">${m.planRenews(formatDate(account.plan.renewsAt, this.locale, 'long'))}</span>
              </div>`
            : nothing
        }
        ${this.nothingExpires(account) ? nothing : this.expiringTile(account)}
      </div>
      <div part="actions">
        ${paying && s.topUp ? html`<credit-top-up exportparts=${xp('credit-top-up')}></credit-top-up>` : nothing}
        ${
          paying && s.purchase.enabled
            ? html`<button type="button" part="buy-credits-button" class="button" @click=${() => this.jumpTo('buy')}>
                ${account.model === 'money' ? m.buyCreditsMoney : m.buyCredits}
              </button>`
            : nothing
        }
        ${
          s.billingPortal
            ? html`<button
                type="button"
                part="portal-button"
                class="button secondary"
                aria-busy=${this.portalBusy ? 'true' : 'false'}
                title=${m.portalHint}
                @click=${this.openPortal}
              >
                ${this.portalBusy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${m.portal}
              </button>`
            : nothing
        }
      </div>
      <p part="status" role="status" aria-live="polite">${this.portalMessage}</p>
      ${
        this.offersUsage
          ? html`<credit-usage compact hide-blocks range="30d" exportparts=${xp('credit-usage')}></credit-usage>
              <button type="button" part="usage-link" @click=${() => this.jumpTo('usage')}>${m.usageDetails}</button>`
          : nothing
      }`;
  }

  /**
   * Whether the tile about expiry would only ever say "nothing": credits never
   * expire on this account, no plan's credits lapse, and nothing (a bonus with an
   * end date, say) is due. The overview then shows the usage chart without it.
   */
  private nothingExpires(account: Account): boolean {
    if (account.expiring.length || account.plan || account.settings.creditExpiryMonths !== null) return false;
    return !nextToExpire(this.blocks.current?.value);
  }

  private expiringTile(account: Account): TemplateResult {
    const m = this.messages(dashboardMessages);
    const fmt = (n: number) => formatBalance(account, n, this.locale);
    return html`<div part="stat stat-expiring">
      <span part="stat-label">${m.expiring}</span>
      ${
        account.expiring.length
          ? html`<ul part="stat-value">
              ${account.expiring.map((e) => html`<li>${m.expiringItem(fmt(e.amount), formatDate(e.expiresAt, this.locale))}</li>`)}
            </ul>`
          : html`<span part="stat-hint">${m.expiringNone}</span>`
      }
      ${this.nextBlockHint(account)}
    </div>`;
  }

  /**
   * Where the next credits to expire came from (the first active block with an
   * expiry, in the order credits are used), and whether automatic top-up extends
   * them; or, when nothing expires within 30 days, when the next ones do. Nothing
   * when the backend offers no credit blocks: the list above says what it knows.
   */
  private nextBlockHint(account: Account) {
    const next = nextToExpire(this.blocks.current?.value);
    if (!next) return nothing;
    const m = this.messages(dashboardMessages);
    const date = (iso: string) => formatDate(iso, this.locale);
    if (!account.expiring.length)
      return html`<span part="stat-hint"
        >${m.expiringNext(formatBalance(account, next.remaining, this.locale), date(next.expiresAt))}</span
      >`;
    const source = (m as Record<string, unknown>)[`expiringFrom_${next.kind}`];
    return html`${typeof source === 'function' ? html`<span part="stat-hint">${(source as (d: string) => string)(date(next.grantedAt))}</span>` : nothing}
    ${next.extendsTo ? html`<span part="stat-hint">${m.expiringExtends(date(next.extendsTo))}</span>` : nothing}`;
  }

  /** Scrolls to a section and moves focus to its heading. */
  jumpTo(id: DashboardSection): void {
    const section = this.shadowRoot?.getElementById(`section-${id}`);
    const heading = this.shadowRoot?.getElementById(`title-${id}`);
    if (!section || !heading) return;
    this.current = id;
    section.scrollIntoView({ behavior: 'smooth', block: 'start' });
    heading.focus({ preventScroll: true });
  }

  private async openPortal(): Promise<void> {
    const store = this.store;
    if (this.portalBusy || !store) return;
    this.portalBusy = true;
    this.portalMessage = this.messages(dashboardMessages).portalOpening;
    try {
      const url = await store.billingPortalUrl();
      this.portalMessage = '';
      if (this.dispatchEvent(new CreditPortalOpenEvent({ url }))) window.location.assign(url);
    } catch (error) {
      this.portalMessage = this.errorText(toCreditsError(error).code);
    } finally {
      this.portalBusy = false;
    }
  }
}
