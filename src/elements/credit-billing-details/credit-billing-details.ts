import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { toCreditsError } from '../../adapter/errors.js';
import { BILLING_FIELDS, validateBillingDetails, type BillingField } from '../../core/billing-validation.js';
import type { BillingDetails } from '../../core/schemas/billing.js';
import { buttonStyles, tokens } from '../../theme/tokens.styles.js';
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
 * @csspart status - Saved / error message (a live region).
 *
 * @cssprop [--credit-billing-details-gap=1rem] - Space between fields.
 * @cssprop [--credit-billing-details-input-border-color=var(--credit-color-border)] - Input border colour.
 */
export class CreditBillingDetails extends CreditElement {
  static override styles = [tokens, buttonStyles, billingStyles];

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

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const resource = this.stored.current;
    if (resource?.status === 'ready') this.fields.show(resource.value ?? null);
  }

  protected override render() {
    const m = this.messages(billingMessages);
    return html`<form
      part="form"
      novalidate
      aria-label=${m.title}
      aria-busy=${this.loaded ? 'false' : 'true'}
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

  /** Whether the stored details arrived (or could not be loaded). */
  private get loaded(): boolean {
    const status = this.stored.current?.status;
    return status === 'ready' || status === 'error';
  }

  /** The form's own status, or why the stored details could not be loaded. */
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
