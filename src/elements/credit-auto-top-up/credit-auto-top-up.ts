import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { randomKey } from '../../util/keys.js';
import { toCreditsError, type CreditsError } from '../../adapter/errors.js';
import type { AutoTopUpState } from '../../core/schemas/auto-top-up.js';
import type { PackageList } from '../../core/schemas/pricing.js';
import { formatDate } from '../../i18n/format.js';
import { buttonStyles, tokens } from '../../theme/tokens.styles.js';
import { CreditElement } from '../base/credit-element.js';
import { draftField, draftFrom, settingsFrom, type Draft, type DraftErrors } from './auto-top-up-draft.js';
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

  /** Reflected while auto top-up is paused after repeated failures. */
  @property({ type: Boolean, reflect: true }) paused = false;

  @state() private autoState: AutoTopUpState | null = null;
  @state() private packages: PackageList | null = null;
  @state() private draft: Draft | null = null;
  @state() private errors: DraftErrors = {};
  @state() private busy = false;
  @state() private failure: CreditsError | null = null;
  @state() private message: { tone: 'success' | 'error'; text: string } | null = null;
  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('[part="trigger"]') private trigger!: HTMLButtonElement | null;
  private loadedFrom: unknown;
  private dirty = false;
  private saveKey: string | undefined;

  constructor() {
    super();
    this.storeController.listen('auto-top-up', () => void this.load());
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
    const store = this.store;
    if (store?.adapter && store.account && store.adapter !== this.loadedFrom) {
      this.loadedFrom = store.adapter;
      this.dirty = false;
      void this.load();
    }
    this.paused = this.autoState?.paused ?? false;
  }

  private async load(): Promise<void> {
    const adapter = this.store?.adapter;
    const account = this.account;
    if (!adapter || !account?.settings.autoTopUpAvailable) return;
    try {
      const [autoState, packages] = await Promise.all([
        adapter.getAutoTopUp(),
        this.packages ? this.packages : adapter.listPackages(),
      ]);
      this.autoState = autoState;
      this.packages = packages;
      this.failure = null;
      if (!this.dirty) this.draft = draftFrom(autoState, account);
    } catch (error) {
      this.failure = toCreditsError(error);
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
    const parsed = settingsFrom(this.draft, account, this.locale);
    if ('errors' in parsed) {
      this.errors = parsed.errors;
      this.message = { tone: 'error', text: this.errorText('validation_failed') };
      return;
    }
    this.busy = true;
    const key = (this.saveKey ??= randomKey());
    try {
      const saved = await store.mutate(
        (adapter) => adapter.saveAutoTopUp(parsed.settings, { idempotencyKey: key }),
        ['auto-top-up'],
      );
      this.autoState = saved;
      this.dirty = false;
      this.saveKey = undefined;
      this.draft = draftFrom(saved, account);
      this.message = { tone: 'success', text: m.saved };
      this.dispatchEvent(new CreditAutoTopUpSavedEvent({ state: saved }));
    } catch (error) {
      const failure = toCreditsError(error);
      const errors: DraftErrors = {};
      for (const [name, code] of Object.entries(failure.fieldErrors)) {
        const target = draftField(name);
        if (target)
          errors[target] =
            code === 'required' && target === 'threshold'
              ? 'needTrigger'
              : target === 'value'
                ? 'invalidTarget'
                : 'invalidNumber';
      }
      this.errors = errors;
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
    if (this.failure) {
      return html`<div part="status" class="status error" role="alert">
        ${this.errorText(this.failure.code)}
        <button type="button" class="button secondary" @click=${() => this.load()}>${this.common.retry}</button>
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
