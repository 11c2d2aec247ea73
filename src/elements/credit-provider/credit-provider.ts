import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { HttpAdapter } from '../../adapter/http-adapter.js';
import { createMockAdapter, type MockPreset } from '../../adapter/mock-adapter.js';
import { isPresetName } from '../../core/presets.js';
import type { CreditsAdapter } from '../../adapter/types.js';
import { creditStoreContext } from '../../state/context.js';
import { registerProvider, unregisterProvider } from '../../state/page-providers.js';
import { CreditStore } from '../../state/store.js';

/**
 * @summary Configures creditkit for the elements inside it (or, for elements outside
 * any provider, for the whole page): which backend, which account, which language.
 *
 * @slot - Any content; creditkit elements inside use this provider.
 *
 * @example
 * ```html
 * <credit-provider api="https://example.com/api/credits" token="…">
 *   <credit-balance></credit-balance>
 * </credit-provider>
 * ```
 */
export class CreditProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the REST backend (SPEC §6), e.g. `https://host/api/credits`. */
  @property() api: string | null = null;

  /** Runs the reference mock server inside the page: no network, no service worker. */
  @property({ type: Boolean }) mock = false;

  /** Mock data set: `usage-billing` (default), `agency-credits`, `ai-credits` or `scan-credits`. */
  @property() preset: MockPreset = 'usage-billing';

  /** Bearer token sent with every request to `api`. */
  @property() token: string | null = null;

  /** `include` sends cookies with cross-origin requests to `api` (cookie auth). */
  @property() credentials: RequestCredentials | null = null;

  /** Overrides the language, which otherwise comes from the nearest `lang` attribute. */
  @property() locale: string | null = null;

  /** A host-supplied adapter object; takes precedence over `api` and `mock`. */
  @property({ attribute: false }) adapter: CreditsAdapter | null = null;

  /** The state shared with every element using this provider. */
  readonly store = new CreditStore();

  constructor() {
    super();
    new ContextProvider(this, { context: creditStoreContext, initialValue: this.store });
  }

  // The store needs no teardown here: it holds its live stream only while
  // elements listen, and they stop when they leave the page (moving the provider
  // in the DOM keeps every load and listener going).
  override connectedCallback(): void {
    super.connectedCallback();
    registerProvider(this, this.store);
    // Before any element under it renders, so none starts in the page's language.
    this.store.setLocale(this.locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unregisterProvider(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.store.setLocale(this.locale);
    const config: (keyof CreditProvider)[] = ['api', 'mock', 'preset', 'token', 'credentials', 'adapter'];
    if (config.some((key) => changed.has(key))) this.configure();
  }

  private configure(): void {
    if (this.adapter) {
      // A host adapter's writes reach other tabs of the same account too.
      this.store.setAdapter(this.adapter, { tabScope: 'adapter' });
    } else if (this.mock) {
      const preset = isPresetName(this.preset) ? this.preset : 'usage-billing';
      if (preset !== this.preset) console.warn(`[creditkit] unknown preset "${this.preset}", using "usage-billing".`);
      // Each tab runs its own mock server, so there is nothing to share across tabs.
      this.store.setAdapter(createMockAdapter({ preset }));
    } else if (this.api) {
      const adapter = new HttpAdapter({
        baseUrl: this.api,
        token: this.token,
        ...(this.credentials ? { credentials: this.credentials } : {}),
      });
      this.store.setAdapter(adapter, { tabScope: this.api });
    } else {
      this.store.setAdapter(null);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
