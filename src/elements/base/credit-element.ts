/**
 * Base class of every creditkit element: finds the store, knows the locale,
 * reflects `loading`/`error` for styling and renders the shared error state.
 * Elements extend it and stay small.
 */
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import type { Account } from '../../core/schemas/account.js';
import { messagesFor, type Catalog, type Messages } from '../../i18n/catalog.js';
import { commonMessages, errorMessagesLoaded, errorText, loadErrorMessages } from '../../i18n/common.messages.js';
import { onLangChange, resolveLocale } from '../../i18n/locale.js';
import { ResourceController } from '../../state/resource-controller.js';
import type { Resource } from '../../state/resource.js';
import { StoreController } from '../../state/store-controller.js';
import type { CreditStore } from '../../state/store.js';

/**
 * @attribute loading - Present (reflected, read-only) while the account is loading.
 * @attribute error - Present (reflected, read-only) when the account could not be loaded.
 *
 * @csspart status - The error state shown when the account could not be loaded.
 * @csspart retry - The retry button of that error state.
 */
export abstract class CreditElement extends LitElement {
  protected readonly storeController = new StoreController(this, (store) => this.storeConnected(store));
  private stopLangWatch: (() => void) | undefined;

  /** The shared store, once the element found a provider. */
  protected get store(): CreditStore | undefined {
    return this.storeController.store;
  }

  /** The account, once loaded. */
  protected get account(): Account | undefined {
    return this.store?.account;
  }

  /** The locale this element speaks (provider override, nearest `lang`, browser). */
  get locale(): string {
    return resolveLocale(this, this.store?.locale);
  }

  /** This element's messages in its locale. */
  protected messages<M extends Messages>(catalog: Catalog<M>): M {
    return messagesFor(catalog, this.locale);
  }

  protected get common() {
    return messagesFor(commonMessages, this.locale);
  }

  /**
   * Shows a shared resource of the store (see ResourceController): `pick` chooses
   * it, and may return undefined while there is nothing to show.
   */
  protected useResource<R extends Resource<unknown>>(
    pick: (store: CreditStore) => R | undefined,
  ): ResourceController<R> {
    return new ResourceController(this, () => this.store, pick);
  }

  /** Called once a store is found (and again if the element moves to another provider). */
  protected storeConnected(_store: CreditStore): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopLangWatch = onLangChange(() => this.requestUpdate());
    // Fetch the error texts early (their own small chunk) so an error shows at once.
    void loadErrorMessages();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLangWatch?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const status = this.store?.status ?? 'loading';
    this.toggleAttribute('loading', status === 'loading' || status === 'idle');
    this.toggleAttribute('error', status === 'error');
  }

  /** The shared account error state: a readable message and a retry button. */
  protected renderAccountError(part = 'status'): TemplateResult {
    const code = this.store ? this.store.error?.code : 'noProvider';
    return html`<div part=${part} class="error-state" role="alert">
      <span>${this.errorText(code)}</span>
      ${
        this.store
          ? html`<button type="button" part="retry" class="button secondary" @click=${() => this.store?.refresh()}>
              ${this.common.retry}
            </button>`
          : null
      }
    </div>`;
  }

  /** Text for an error code in this element's locale. */
  protected errorText(code: string | undefined): string {
    if (!errorMessagesLoaded()) void loadErrorMessages().then(() => this.requestUpdate());
    return errorText(code, this.locale);
  }
}
