import { html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { AutoTopUpState } from '../../core/schemas/auto-top-up.js';
import type { PackageList } from '../../core/schemas/pricing.js';
import { buttonStyles, tokens } from '../../theme/tokens.styles.js';
import { CreditElement, waiting } from '../base/credit-element.js';
import { AutoTopUpForm } from './auto-top-up-form.js';
import { CreditAutoTopUpSavedEvent } from './credit-auto-top-up.events.js';
import { autoTopUpMessages } from './credit-auto-top-up.messages.js';
import { autoTopUpStyles } from './credit-auto-top-up.styles.js';

/**
 * @summary Automatic top-up settings: on/off, a balance threshold (0 = when it runs
 * out), days before credits expire, what to buy, a monthly limit and the saved
 * payment method. Inline, or in a modal dialog with `modal`.
 *
 * Saves on "Save". Shows when auto top-up is paused after repeated failures and
 * why the last attempt failed, live.
 *
 * @attribute paused - Present (reflected, read-only) while auto top-up is paused after repeated
 * failures; also `:state(paused)`.
 *
 * @fires {CreditAutoTopUpSavedEvent} credit-auto-top-up-saved - The settings were saved; `detail.state`.
 *
 * @csspart trigger - The button that opens the dialog (with `modal`).
 * @csspart dialog - The native dialog (with `modal`).
 * @csspart summary - What the saved settings do, in one sentence (while on).
 * @csspart close-button - Closes the dialog (with `modal`).
 * @csspart form - The settings form.
 * @csspart enabled - The on/off checkbox.
 * @csspart threshold - The balance threshold input.
 * @csspart expiry-days - The days-before-expiry input.
 * @csspart amount - What to buy (package, fixed amount, refill).
 * @csspart amount-value - The fixed amount or target balance input.
 * @csspart monthly-cap - The monthly limit input.
 * @csspart payment-method - The saved payment method.
 * @csspart error - An inline field error.
 * @csspart save-button - The save button.
 * @csspart status - Outcome, pause and failure messages (live region).
 *
 * @cssprop [--credit-auto-top-up-background=var(--credit-color-surface)] - Background of the form and dialog.
 * @cssprop [--credit-auto-top-up-gap=1rem] - Space between fields.
 */
export class CreditAutoTopUp extends CreditElement {
  static override styles = [tokens, buttonStyles, autoTopUpStyles];

  /** Renders a trigger button and shows the form in a modal dialog. */
  @property({ type: Boolean, reflect: true }) modal = false;

  /** True while auto top-up is paused after repeated failures (read-only; reflected as `paused`). */
  get paused(): boolean {
    return this.autoState?.paused ?? false;
  }

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('[part="trigger"]') private trigger!: HTMLButtonElement | null;
  private readonly settings = this.useResource((store) =>
    store.account?.settings.autoTopUpAvailable ? store.autoTopUp : undefined,
  );
  private readonly packageList = this.useResource((store) =>
    store.account?.settings.autoTopUpAvailable ? store.packages : undefined,
  );
  /** The buyer's country decides the VAT of the charge the form names (optional: without it, domestic). */
  private readonly billing = this.useResource((store) =>
    store.account?.settings.autoTopUpAvailable ? store.billingDetails : undefined,
  );

  protected override get isLoading(): boolean {
    return super.isLoading || waiting(this.settings.current) || waiting(this.packageList.current);
  }

  /** The saved settings, once loaded (also when saved elsewhere on the page, live). */
  private get autoState(): AutoTopUpState | null {
    return this.settings.current?.value ?? null;
  }

  private get packages(): PackageList | null {
    return this.packageList.current?.value ?? null;
  }

  private readonly form = new AutoTopUpForm(this, {
    store: () => this.store,
    account: () => this.account,
    state: () => this.autoState,
    packages: () => this.packages,
    buyerCountry: () => this.billing.current?.value?.country ?? null,
    locale: () => this.locale,
    messages: () => this.messages(autoTopUpMessages),
    errorText: (code) => this.errorText(code),
    saved: (state) => this.dispatchEvent(new CreditAutoTopUpSavedEvent({ state })),
  });

  /** Opens the dialog (with `modal`). */
  show(): void {
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  /** Closes the dialog and returns focus to the trigger. */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setState('paused', this.paused);
    this.form.sync();
  }

  private renderBody() {
    const account = this.account;
    const m = this.messages(autoTopUpMessages);
    if (this.store?.status === 'error' || !this.store) return this.renderAccountError();
    if (!account) return this.renderLoading();
    if (!account.settings.autoTopUpAvailable) return html`<p part="status" role="status">${m.notAvailable}</p>`;
    const failed = [this.settings.current, this.packageList.current].find((r) => r?.status === 'error');
    if (failed) {
      return html`<div part="status" class="error-state" role="alert">
        <span>${this.errorText(failed.error?.code)}</span>
        <button type="button" part="retry" class="button secondary" @click=${() => void failed.refresh()}>
          ${this.common.retry}
        </button>
      </div>`;
    }
    return this.form.render() ?? this.renderLoading();
  }

  private renderLoading() {
    return html`<p class="loading" aria-busy="true">
      <span class="spinner" aria-hidden="true"></span>${this.common.loading}
    </p>`;
  }

  protected override render() {
    const m = this.messages(autoTopUpMessages);
    if (!this.modal)
      return html`<section class="inline" aria-labelledby="title">
        <h2 id="title" class="title">${m.title}</h2>
        ${this.renderBody()}
      </section>`;
    return html`<button
        type="button"
        part="trigger"
        class="button secondary"
        aria-haspopup="dialog"
        @click=${() => this.show()}
      >
        ${m.open}
      </button>
      <dialog part="dialog" aria-labelledby="title" @close=${() => this.trigger?.focus()}>
        <div class="dialog-head">
          <h2 id="title" class="title">${m.title}</h2>
          <button
            type="button"
            part="close-button"
            class="icon-button"
            aria-label=${this.common.close}
            @click=${() => this.close()}
          >
            ×
          </button>
        </div>
        ${this.renderBody()}
      </dialog>`;
  }
}
