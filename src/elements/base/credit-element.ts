/**
 * Base class of every creditkit element: finds the store, knows the locale,
 * shows its computed states (`loading`, `error`, …) for styling and renders the
 * shared error state. Elements extend it and stay small.
 *
 * Who owns what: attributes and properties a host sets are the host's and are
 * never overwritten. States the element computes are read-only: a reflected
 * attribute (`credit-balance[low]`, as SPEC §3 asks) and a custom state
 * (`credit-balance:state(low)`), both set only through `setState()`. An element
 * that hides itself adds `hidden` only when the host has not, and removes only
 * the `hidden` it added.
 */
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import type { Account } from '../../core/schemas/account.js';
import {
  languageOf,
  languageReady,
  loadLanguage,
  messagesFor,
  type Catalog,
  type Messages,
} from '../../i18n/catalog.js';
import { commonMessages, errorMessagesLoaded, errorText, loadErrorMessages } from '../../i18n/common.messages.js';
import { onLangChange, resolveLocale } from '../../i18n/locale.js';
import { ResourceController } from '../../state/resource-controller.js';
import type { Resource } from '../../state/resource.js';
import { StoreController } from '../../state/store-controller.js';
import type { CreditStore } from '../../state/store.js';

/** Whether a resource an element shows has not arrived yet (and has not failed). */
export function waiting(resource: Resource<unknown> | undefined): boolean {
  return resource?.status === 'loading' || resource?.status === 'idle';
}

/** What can take focus inside an element (enabled controls, links, explicit tab stops). */
const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * @attribute loading - Present (reflected, read-only) while the element waits for its data; also `:state(loading)`.
 * @attribute error - Present (reflected, read-only) when its data could not be loaded; also `:state(error)`.
 *
 * @csspart status - The error state shown when the account could not be loaded.
 * @csspart retry - The retry button of that error state.
 */
export abstract class CreditElement extends LitElement {
  protected readonly storeController = new StoreController(this, (store) => this.storeConnected(store));
  private stopLangWatch: (() => void) | undefined;
  private readonly internals = this.attachInternals();
  /** The element added `hidden` itself (and so may remove it). */
  private hiddenBySelf = false;

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
    // The error texts are a chunk of their own, off the path to the first render;
    // fetch them now so an error that follows an action shows its own text.
    void loadErrorMessages(this.locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLangWatch?.();
  }

  /**
   * Moves focus into the element, to its first control (elements made of one
   * control delegate focus natively instead: `delegatesFocus`).
   */
  override focus(options?: FocusOptions): void {
    const first = this.renderRoot.querySelector<HTMLElement>(FOCUSABLE);
    if (first) first.focus(options);
    else super.focus(options);
  }

  /** Whether the element waits for data (the account; subclasses add their own). */
  protected get isLoading(): boolean {
    const status = this.store?.status ?? 'loading';
    return status === 'loading' || status === 'idle';
  }

  /** Whether the element shows a load error (the account's; subclasses add their own). */
  protected get hasError(): boolean {
    return this.store?.status === 'error';
  }

  /**
   * Renders only once the texts it needs are here: the element's language (so a
   * German page never flashes English) and, in an error state, the error texts.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.locale;
    const waits: Promise<void>[] = [];
    if (!languageReady(languageOf(locale))) waits.push(loadLanguage(languageOf(locale)));
    if (this.hasError && !errorMessagesLoaded(locale)) waits.push(loadErrorMessages(locale));
    if (!waits.length) return super.scheduleUpdate();
    return Promise.all(waits).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setState('loading', this.isLoading);
    this.setState('error', this.hasError);
  }

  /**
   * Shows a computed state: the reflected attribute `name` (read-only: the element
   * sets it again on every update) and the custom state `:state(name)`.
   */
  protected setState(name: string, on: boolean): void {
    this.toggleAttribute(name, on);
    const states = this.internals.states as Set<string> | undefined;
    try {
      if (on) states?.add(name);
      else states?.delete(name);
    } catch {
      // Browsers before 2024 only accept `--name` custom states; the attribute is there anyway.
    }
  }

  /** Hides the element for its own reason, without taking over a `hidden` the host set. */
  protected hideSelf(hide: boolean): void {
    if (hide && !this.hidden) {
      this.hiddenBySelf = true;
      this.hidden = true;
    } else if (!hide && this.hiddenBySelf) {
      this.hiddenBySelf = false;
      this.hidden = false;
    }
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
    if (!errorMessagesLoaded(this.locale)) void loadErrorMessages(this.locale).then(() => this.requestUpdate());
    return errorText(code, this.locale);
  }
}
