import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { toCreditsError } from '../../adapter/errors.js';
import type { AutoTopUpState } from '../../core/schemas/auto-top-up.js';
import type { PackageList } from '../../core/schemas/pricing.js';
import { formatDate } from '../../i18n/format.js';
import { buttonStyles, tokens } from '../../theme/tokens.styles.js';
import { randomKey } from '../../util/keys.js';
import { CreditElement, waiting } from '../base/credit-element.js';
import { draftErrors, draftFrom, settingsFrom, type Draft, type DraftErrors } from './auto-top-up-draft.js';
import { formTemplate } from './auto-top-up-form.js';
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

  @state() private draft: Draft | null = null;
  @state() private errors: DraftErrors = {};
  @state() private busy = false;
  @state() private message: { tone: 'success' | 'error'; text: string } | null = null;
  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('[part="trigger"]') private trigger!: HTMLButtonElement | null;
  /** The customer changed the form since it last showed the saved settings. */
  private dirty = false;
  /** The saved settings the draft was made from. */
  private shown: AutoTopUpState | undefined;
  private saveKey: string | undefined;
  private readonly settings = this.useResource((store) =>
    store.account?.settings.autoTopUpAvailable ? store.autoTopUp : undefined,
  );
  private readonly packageList = this.useResource((store) =>
    store.account?.settings.autoTopUpAvailable ? store.packages : undefined,
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
    // Saved settings (loaded, or saved anywhere on the page) show unless the customer is editing.
    const state = this.autoState;
    const account = this.account;
    if (state && account && state !== this.shown && !this.dirty) {
      this.shown = state;
      this.draft = draftFrom(state, account);
    }
  }

  private change(patch: Partial<Draft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...patch };
    this.dirty = true;
    // A changed form is a new request: a new idempotency key on the next save.
    this.saveKey = undefined;
    this.errors = {};
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const store = this.store;
    const account = this.account;
    if (!store || !account || !this.draft || this.busy) return;
    const m = this.messages(autoTopUpMessages);
    const chosen = this.draft.purchase.startsWith('package:') ? [this.draft.purchase.slice('package:'.length)] : [];
    const parsed = settingsFrom(this.draft, account, this.locale, {
      // Until the packages arrive, the chosen one is taken on trust (the backend checks it).
      packageIds: this.packages?.packages.map((p) => p.id) ?? chosen,
      paymentMethodIds: this.autoState?.paymentMethods.map((m) => m.id) ?? [],
    });
    if ('errors' in parsed) {
      this.errors = parsed.errors;
      this.message = { tone: 'error', text: this.errorText('validation_failed') };
      return;
    }
    this.busy = true;
    const key = (this.saveKey ??= randomKey());
    try {
      const saved = await store.saveAutoTopUp(parsed.settings, key);
      this.dirty = false;
      this.saveKey = undefined;
      this.message = { tone: 'success', text: m.saved };
      this.dispatchEvent(new CreditAutoTopUpSavedEvent({ state: saved }));
    } catch (error) {
      const failure = toCreditsError(error);
      this.errors = draftErrors(Object.entries(failure.fieldErrors).map(([field, code]) => ({ field, code })));
      this.message = { tone: 'error', text: this.errorText(failure.code) };
    } finally {
      this.busy = false;
    }
  }

  private renderStatus() {
    const m = this.messages(autoTopUpMessages);
    const last = this.autoState?.lastFailure;
    const reason = (code: string) => {
      const known = (m as unknown as Record<string, unknown>)[code];
      return typeof known === 'string' ? known : this.errorText(code);
    };
    return html`<div part="status" class="status" role="status" aria-live="polite">
      ${this.autoState?.paused ? html`<p class="error">${m.paused}</p>` : nothing}
      ${last ? html`<p class="muted">${m.lastFailure(reason(last.message), formatDate(last.at, this.locale, 'medium', true))}</p>` : nothing}
      ${this.message ? html`<p class=${this.message.tone}>${this.message.text}</p>` : nothing}
    </div>`;
  }

  private renderBody() {
    const account = this.account;
    const m = this.messages(autoTopUpMessages);
    if (this.store?.status === 'error' || !this.store) return this.renderAccountError();
    if (!account) return html`<p aria-busy="true">${this.common.loading}</p>`;
    if (!account.settings.autoTopUpAvailable) return html`<p part="status" role="status">${m.notAvailable}</p>`;
    const failed = [this.settings.current, this.packageList.current].find((r) => r?.status === 'error');
    if (failed) {
      return html`<div part="status" class="status error" role="alert">
        ${this.errorText(failed.error?.code)}
        <button type="button" class="button secondary" @click=${() => void failed.refresh()}>
          ${this.common.retry}
        </button>
      </div>`;
    }
    if (!this.autoState || !this.draft) return html`<p aria-busy="true">${this.common.loading}</p>`;
    return html`${formTemplate({
      account,
      state: this.autoState,
      packages: this.packages,
      draft: this.draft,
      errors: this.errors,
      busy: this.busy,
      locale: this.locale,
      m,
      change: (patch) => this.change(patch),
      submit: (event) => void this.save(event),
    })}
    ${this.renderStatus()}`;
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
          <button type="button" class="button secondary close" @click=${() => this.close()}>
            ${this.common.close}
          </button>
        </div>
        ${this.renderBody()}
      </dialog>`;
  }
}
