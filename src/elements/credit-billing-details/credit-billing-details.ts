import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toCreditsError } from '../../adapter/errors.js';
import { BILLING_FIELDS, validateBillingDetails, type BillingField } from '../../core/billing-validation.js';
import type { BillingDetails } from '../../core/schemas/billing.js';
import { buttonStyles, skeletonStyles, tokens } from '../../theme/tokens.styles.js';
import { randomKey } from '../../util/keys.js';
import { CreditElement, waiting } from '../base/credit-element.js';
import { BillingFields } from './billing-fields.js';
import { CreditBillingDetailsSavedEvent } from './credit-billing-details.events.js';
import { billingMessages } from './credit-billing-details.messages.js';
import { billingStyles } from './credit-billing-details.styles.js';

/**
 * @summary The customer's billing details: company, address, country, VAT number,
 * invoice language and email. Required before the first top-up.
 *
 * Validates with the same function the backend runs (src/core/billing-validation.ts):
 * the VAT number must match the country's format (Greece uses `EL`) and is required
 * inside the EU, optional elsewhere. Backend field errors appear on their fields.
 * Saving changes only future invoices; issued invoices keep their details.
 *
 * @fires {CreditBillingDetailsSavedEvent} credit-billing-details-saved - The details were saved; `detail.details` is what the backend stored.
 *
 * @csspart form - The `<form>`.
 * @csspart field - Each field's wrapper (and `field-<name>` below).
 * @csspart input - Each input or select (and `input-<name>` below).
 * @csspart field-company - The company name field's wrapper.
 * @csspart field-street - The street address field's wrapper.
 * @csspart field-postalCode - The postal code field's wrapper.
 * @csspart field-city - The city field's wrapper.
 * @csspart field-country - The country field's wrapper.
 * @csspart field-vatNumber - The VAT number field's wrapper.
 * @csspart field-invoiceLanguage - The invoice language field's wrapper.
 * @csspart field-invoiceEmail - The invoice email field's wrapper.
 * @csspart input-company - The company name input.
 * @csspart input-street - The street address input.
 * @csspart input-postalCode - The postal code input.
 * @csspart input-city - The city input.
 * @csspart input-country - The country select.
 * @csspart input-vatNumber - The VAT number input.
 * @csspart input-invoiceLanguage - The invoice language select.
 * @csspart input-invoiceEmail - The invoice email input.
 * @csspart error - Each field's inline error.
 * @csspart save-button - The save button.
 * @csspart status - Saved / error message (a live region); also the error state when the details could not be loaded.
 * @csspart retry - Loads the details again after they could not be loaded.
 * @csspart skeleton - The placeholder fields shown while the details load.
 *
 * @cssprop [--credit-billing-details-gap=1rem] - Space between fields.
 * @cssprop [--credit-billing-details-input-border-color=var(--credit-color-border)] - Input border colour.
 */
export class CreditBillingDetails extends CreditElement {
  static override styles = [tokens, buttonStyles, skeletonStyles, billingStyles];

  /**
   * The form's accessible name. Set it to make the form a named landmark; give
   * each form on a page its own label. Without it the form is named by what
   * surrounds it (the section or dialog heading), so two forms on one page never
   * share one landmark name.
   */
  @property() label: string | null = null;

  @state() private saving = false;
  @state() private status: { kind: 'saved' | 'error'; text: string } | null = null;
  /** One idempotency key per save attempt; a change to the form starts a new attempt. */
  private attemptKey: string | undefined;
  /** The field to focus after the next render (the first invalid one). */
  private focusField: BillingField | undefined;
  private readonly stored = this.useResource((store) => store.billingDetails);
  private readonly fields = new BillingFields(this, {
    locale: () => this.locale,
    messages: () => this.messages(billingMessages),
    // A changed form is a new save attempt, and the last message is stale.
    changed: () => {
      this.attemptKey = undefined;
      this.status = null;
    },
  });

  /** The details as last loaded or saved (null when none are on file). */
  get details(): BillingDetails | null {
    return this.stored.current?.value ?? null;
  }

  protected override get isLoading(): boolean {
    return super.isLoading || waiting(this.stored.current);
  }

  /** The account, or the details themselves, could not be loaded (nothing to show in the form). */
  protected override get hasError(): boolean {
    return super.hasError || this.loadFailed;
  }

  private get loadFailed(): boolean {
    const resource = this.stored.current;
    return resource?.status === 'error' && resource.value === undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const resource = this.stored.current;
    if (resource?.status === 'ready') this.fields.show(resource.value ?? null);
  }

  protected override render() {
    const m = this.messages(billingMessages);
    if (this.store?.status === 'error' || !this.store) return this.renderAccountError();
    // Without the details on file the form cannot be shown: saving an empty form would overwrite them.
    if (this.loadFailed) return this.renderLoadError();
    if (this.isLoading) return this.renderSkeleton();
    return html`<form
      part="form"
      novalidate
      aria-label=${this.label || nothing}
      aria-busy="false"
      @submit=${this.onSubmit}
    >
      ${this.fields.render(this.saving)}
      <div class="actions">
        <button
          type="submit"
          part="save-button"
          class="button"
          ?disabled=${this.saving}
          aria-busy=${this.saving ? 'true' : 'false'}
        >
          ${this.saving ? html`<span class="spinner" aria-hidden="true"></span>${m.saving}` : m.save}
        </button>
        <span part="status" class=${this.statusShown?.kind ?? nothing} role="status" aria-live="polite"
          >${this.statusShown?.text ?? ''}</span
        >
      </div>
    </form>`;
  }

  /** Placeholders in the form's shape while the account and the details load. */
  private renderSkeleton() {
    const m = this.messages(billingMessages);
    const field = (wide = false) =>
      html`<div part="field skeleton" class=${wide ? 'wide' : ''}>
        <span class="skeleton label"></span><span class="skeleton input"></span>
      </div>`;
    return html`<div part="form" class="loading" aria-busy="true">
      ${field(true)}${field(true)}${field()}${field()}${field()}${field()}${field()}${field()}
      <span class="visually-hidden" role="status">${m.loading}</span>
    </div>`;
  }

  /** The details could not be loaded: why, and a way to try again. */
  private renderLoadError() {
    const m = this.messages(billingMessages);
    const code = this.stored.current?.error?.code;
    return html`<div part="status" class="error-state" role="alert">
      <p><strong>${m.loadFailed}</strong> ${this.errorText(code)}</p>
      <button type="button" part="retry" class="button secondary" @click=${() => this.store?.billingDetails.refresh()}>
        ${this.common.retry}
      </button>
    </div>`;
  }

  /** The form's own status, or why the stored details could not be refreshed. */
  private get statusShown(): { kind: 'saved' | 'error'; text: string } | null {
    const resource = this.stored.current;
    if (this.status || resource?.status !== 'error') return this.status;
    return { kind: 'error', text: this.errorText(resource.error?.code) };
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving || !this.store) return;
    const m = this.messages(billingMessages);
    const result = validateBillingDetails(this.fields.values);
    if (!result.ok) {
      this.showErrors(Object.fromEntries(result.errors.map((e) => [e.field, e.code])));
      return;
    }
    this.saving = true;
    this.status = null;
    const key = (this.attemptKey ??= randomKey());
    try {
      const details = await this.store.saveBillingDetails(result.value, key);
      // The form now shows what the backend stored (e.g. a normalised VAT number).
      this.fields.saved();
      this.attemptKey = undefined;
      this.status = { kind: 'saved', text: m.saved };
      this.dispatchEvent(new CreditBillingDetailsSavedEvent({ details }));
    } catch (error) {
      const failure = toCreditsError(error);
      const fields = Object.fromEntries(
        Object.entries(failure.fieldErrors).filter(([f]) => (BILLING_FIELDS as readonly string[]).includes(f)),
      );
      if (Object.keys(fields).length > 0) this.showErrors(fields as Partial<Record<BillingField, string>>);
      else this.status = { kind: 'error', text: this.errorText(failure.code) };
    } finally {
      this.saving = false;
    }
  }

  /** Shows field errors; the first invalid field gets focus once it is rendered (and enabled again). */
  private showErrors(errors: Partial<Record<BillingField, string>>): void {
    this.fields.showErrors(errors);
    this.status = { kind: 'error', text: this.messages(billingMessages).fixErrors(Object.keys(errors).length) };
    this.focusField = BILLING_FIELDS.find((f) => errors[f]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.focusField || this.saving) return;
    this.renderRoot.querySelector<HTMLElement>(`[name="${this.focusField}"]`)?.focus();
    this.focusField = undefined;
  }
}
