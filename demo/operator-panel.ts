/**
 * <demo-operator-panel>: the agency/operator side of the demo, driving the mock
 * server's admin API through `provider.store.adapter.admin`: credit requests,
 * credit payments on/off, grants and refunds, usage, a failing job, plan renewal,
 * and credit expiry. Not part of the kit.
 */
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { parseAmountInput, currencyPrecision } from '../src/core/money.js';
import type { Account, CreditRequest } from '../src/core/schemas/index.js';
import { formatBalance } from '../src/i18n/format.js';
import { operatorPanelStyles } from './operator-panel.styles.js';
import { provider, recordUsage, runJob, sleep, type UsageInput } from './host-backend.js';

const DAY = 86_400_000;

export class DemoOperatorPanel extends LitElement {
  static override styles = operatorPanelStyles;

  @state() private account: Account | undefined;
  @state() private requests: CreditRequest[] = [];
  @state() private busy = false;
  @state() private log = '';
  @state() private failed = false;
  private unsubscribe: (() => void)[] = [];
  /** Open at first on wide screens, where it does not cover the page. */
  private readonly startOpen = typeof matchMedia !== 'undefined' && matchMedia('(min-width: 110rem)').matches;

  private get store() {
    return provider().store;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The provider upgrades first (main.ts imports the kit before this module).
    queueMicrotask(() => {
      const store = this.store;
      const sync = () => (this.account = store.account);
      this.unsubscribe = [store.subscribe(sync), store.on('requests', () => void this.loadRequests())];
      sync();
      void this.loadRequests();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe.forEach((off) => off());
  }

  private async loadRequests(): Promise<void> {
    try {
      this.requests = (await this.store.requireAdapter().listCreditRequests()).filter((r) => r.status === 'pending');
    } catch {
      this.requests = [];
    }
  }

  private get admin() {
    const admin = this.store.adapter?.admin;
    if (!admin) throw new Error('This provider has no admin API (use <credit-provider mock>).');
    return admin;
  }

  private async run(label: string, action: () => Promise<unknown>): Promise<void> {
    this.busy = true;
    this.failed = false;
    try {
      await action();
      this.log = `✓ ${label}`;
      await this.store.refresh();
      this.store.announce(['account', 'transactions', 'requests', 'payability'], true);
      await this.loadRequests();
    } catch (error) {
      this.failed = true;
      this.log = `✗ ${label}: ${(error as { code?: string }).code ?? (error as Error).message}`;
    } finally {
      this.busy = false;
    }
  }

  /** Reads an amount field in balance units (euros or whole credits) into minor units. */
  private amountOf(id: string): number {
    const account = this.account!;
    const text = (this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '').trim();
    const precision = account.model === 'money' ? currencyPrecision(account.currency) : 0;
    const parsed = parseAmountInput(text, 'en', { precision, min: 1 });
    if (!parsed.ok) throw Object.assign(new Error('invalid amount'), { code: `amount ${parsed.error}` });
    return parsed.value;
  }

  /** Which usage the account records: scans (scan-credits), AI jobs (ai-credits) or plain amounts. */
  private get kind(): UsageInput['type'] {
    const preset = this.store.adapter && provider().preset;
    return preset === 'scan-credits' ? 'scan' : preset === 'ai-credits' ? 'ai' : 'amount';
  }

  private usageInput(): UsageInput {
    const value = (id: string) => this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!.value;
    switch (this.kind) {
      case 'scan':
        return { type: 'scan', durationMinutes: Number(value('usage-minutes')) };
      case 'ai':
        return { type: 'ai', tier: value('usage-tier') as 'image', resolution: value('usage-resolution') as '4K' };
      default:
        return { type: 'amount', amount: this.amountOf('usage-amount') };
    }
  }

  private expire(): Promise<unknown> {
    const next = this.account?.expiring[0];
    const now = Date.now();
    const at = next ? Date.parse(next.expiresAt) + 1000 : Math.max(now, Date.parse(this.account!.updatedAt)) + 30 * DAY;
    return this.admin.expireCredits({ now: new Date(at).toISOString() });
  }

  protected override render() {
    const a = this.account;
    if (!a)
      return html`<details>
        <summary>Operator panel</summary>
        <p class="body">Loading…</p>
      </details>`;
    const fmt = (n: number) => formatBalance(a, n, 'en');
    const kind = this.kind;
    return html`<details ?open=${this.startOpen}>
      <summary>Operator panel · ${a.name}</summary>
      <div class="body" aria-busy=${this.busy ? 'true' : 'false'}>
        <fieldset>
          <legend>Account</legend>
          <div>Balance ${fmt(a.balance)}${a.held ? ` · ${fmt(a.held)} held` : ''}</div>
          <label class="row"
            ><input
              type="checkbox"
              .checked=${a.creditPaymentsEnabled}
              ?disabled=${this.busy}
              @change=${(e: Event) => this.run('credit payments toggled', () => this.admin.setCreditPayments((e.target as HTMLInputElement).checked))}
            />Credit payments enabled</label
          >
        </fieldset>
        <fieldset>
          <legend>Grant or refund</legend>
          <div class="row">
            <label for="grant-amount">Amount (${a.model === 'money' ? a.currency : 'credits'})</label>
            <input id="grant-amount" type="text" inputmode="decimal" value=${a.model === 'money' ? '50.00' : '100'} />
            <button
              ?disabled=${this.busy}
              @click=${() => this.run('credits granted', () => this.admin.grantCredits({ amount: this.amountOf('grant-amount'), note: 'Goodwill credit (demo)' }))}
            >
              Grant
            </button>
            <button
              ?disabled=${this.busy}
              @click=${() => this.run('credits refunded', () => this.admin.refundCredits({ amount: this.amountOf('grant-amount'), note: 'Refund (demo)' }))}
            >
              Refund
            </button>
          </div>
        </fieldset>
        <fieldset>
          <legend>Credit requests (${this.requests.length} pending)</legend>
          ${this.requests.length === 0 ? html`<div>No pending requests. Buy by bank transfer or crypto to create one.</div>` : nothing}
          <ul>
            ${this.requests.map(
              (r) =>
                html`<li>
                  <span>${r.reference} · ${fmt(r.credits)} · ${r.method.replace('_', ' ')}</span>
                  <span class="row">
                    <button
                      ?disabled=${this.busy}
                      @click=${() => this.run(`${r.reference} accepted`, () => this.admin.decideCreditRequest(r.id, { accept: true }))}
                    >
                      Accept
                    </button>
                    <button
                      ?disabled=${this.busy}
                      @click=${() => this.run(`${r.reference} rejected`, () => this.admin.decideCreditRequest(r.id, { accept: false, note: 'Payment not received within 14 days.' }))}
                    >
                      Reject
                    </button>
                  </span>
                </li>`,
            )}
          </ul>
        </fieldset>
        <fieldset>
          <legend>Usage</legend>
          <div class="row">
            ${
              kind === 'scan'
                ? html`<label for="usage-minutes">Scan minutes</label
                    ><input id="usage-minutes" type="number" min="0" value="95" />`
                : kind === 'ai'
                  ? html`<label for="usage-tier">Model</label
                      ><select id="usage-tier">
                        <option>image</option>
                        <option>upscale</option>
                        <option>video</option>
                      </select>
                      <label for="usage-resolution">Resolution</label
                      ><select id="usage-resolution">
                        <option>standard</option>
                        <option>2K</option>
                        <option>4K</option>
                      </select>`
                  : html`<label for="usage-amount">Amount (${a.currency})</label
                      ><input id="usage-amount" type="text" value="12.50" />`
            }
            <button
              ?disabled=${this.busy}
              @click=${() => this.run('usage recorded', () => this.admin.recordUsage({ ...this.usageInput(), description: 'Usage (operator)' }, crypto.randomUUID()))}
            >
              Record usage
            </button>
          </div>
          <div class="row">
            <button
              ?disabled=${this.busy}
              @click=${() => this.run('job failed: hold released, nothing charged', () => runJob({ ...this.usageInput(), description: 'Job that fails (demo)' }, () => sleep(1200).then(() => false)))}
            >
              Run a job that fails
            </button>
            ${kind !== 'amount' ? html`<button ?disabled=${this.busy} @click=${() => this.run('host usage recorded', () => recordUsage({ ...this.usageInput() }))}>Record as host backend</button>` : nothing}
          </div>
        </fieldset>
        <fieldset>
          <legend>Time</legend>
          <div class="row">
            ${kind === 'ai' ? html`<button ?disabled=${this.busy} @click=${() => this.run('plan renewed', () => this.admin.renewPlan())}>Renew plan</button>` : nothing}
            <button
              ?disabled=${this.busy}
              @click=${() => this.run('clock advanced, credits expired', () => this.expire())}
            >
              Expire credits
            </button>
          </div>
        </fieldset>
        <div class="log ${this.failed ? 'error' : ''}" role="status">${this.log}</div>
      </div>
    </details>`;
  }
}

if (!customElements.get('demo-operator-panel')) customElements.define('demo-operator-panel', DemoOperatorPanel);
