/**
 * The adapter boundary: the only way an element reaches a backend. The kit ships an
 * HTTP adapter for the REST contract and the in-page mock (the HTTP adapter over
 * the mock server's fetch handler); a host may pass any object that implements
 * this interface.
 *
 * Every method returns plain, validated data with integer amounts, and throws only
 * `CreditsError`. Writes take an idempotency key: calling again with the same key
 * returns the first result and never moves money twice.
 */
import type {
  Account,
  AutoTopUpSettings,
  AutoTopUpState,
  BillingDetails,
  BillingDetailsInput,
  CompleteTopUpRequest,
  CreateCreditRequest,
  CreditRequest,
  ItemRef,
  PackageList,
  Payability,
  Payment,
  Quote,
  QuoteRequest,
  ServerEvent,
  StartTopUpRequest,
  TopUp,
  TransactionPage,
  TransactionQuery,
  UsageSummary,
  UsageSummaryQuery,
  CreditBlockView,
} from '../core/schemas/index.js';

/**
 * What an adapter's live stream delivers: a server event, or `resync` when
 * changes may have been missed or cannot be told apart (a polling backend's
 * tick, a stream that reconnected after a drop). On `resync` the store fetches
 * again everything an element shows.
 */
export type LiveEvent = ServerEvent | { type: 'resync' };

export interface ReadOptions {
  signal?: AbortSignal;
}

export interface WriteOptions {
  /** Same key, same request → same result, charged once. */
  idempotencyKey: string;
  signal?: AbortSignal;
}

export interface CreditsAdapter {
  getAccount(options?: ReadOptions): Promise<Account>;
  listPackages(options?: ReadOptions): Promise<PackageList>;
  getQuote(request: QuoteRequest, options?: ReadOptions): Promise<Quote>;

  getBillingDetails(options?: ReadOptions): Promise<BillingDetails | null>;
  saveBillingDetails(details: BillingDetailsInput, options: WriteOptions): Promise<BillingDetails>;

  /** Starts a top-up or package purchase paid online (card, PayPal) or by invoice. */
  startTopUp(request: StartTopUpRequest, options: WriteOptions): Promise<TopUp>;
  getTopUp(id: string, options?: ReadOptions): Promise<TopUp>;
  /** Pays or completes a top-up that requires payment or is pending. */
  completeTopUp(id: string, request: CompleteTopUpRequest, options: WriteOptions): Promise<TopUp>;

  listCreditRequests(options?: ReadOptions): Promise<CreditRequest[]>;
  /** Bank transfer / crypto: creates a pending request the operator accepts or rejects. */
  createCreditRequest(request: CreateCreditRequest, options: WriteOptions): Promise<CreditRequest>;

  getPayability(item: ItemRef, options?: ReadOptions): Promise<Payability>;
  payWithCredits(item: ItemRef, options: WriteOptions): Promise<Payment>;

  listTransactions(query: TransactionQuery, options?: ReadOptions): Promise<TransactionPage>;
  /**
   * Spend over a date range per day, week or month, split by kind or team member
   * (`GET /usage/summary`). Optional: `<credit-usage>` says so when a backend has none.
   */
  getUsageSummary?(query: UsageSummaryQuery, options?: ReadOptions): Promise<UsageSummary>;
  /** Each grant or purchase with what is left and when it expires (`GET /credit-blocks`). Optional. */
  listCreditBlocks?(options?: ReadOptions): Promise<CreditBlockView[]>;

  /** The invoice PDF of a completed purchase. */
  getInvoicePdf(invoiceId: string, options?: ReadOptions): Promise<Blob>;

  getAutoTopUp(options?: ReadOptions): Promise<AutoTopUpState>;
  saveAutoTopUp(settings: AutoTopUpSettings, options: WriteOptions): Promise<AutoTopUpState>;

  /** URL of the customer billing portal (Stripe portal, or the mock's page). */
  getBillingPortalUrl(options?: ReadOptions): Promise<string>;

  /**
   * Live changes from the backend (server-sent events; where the backend has
   * none, a `resync` now and then). Returns an unsubscribe function. An adapter
   * with no way to learn about changes may return a no-op: writes made through
   * the kit still show everywhere on the page and in other tabs.
   */
  subscribe(listener: (event: LiveEvent) => void): () => void;

  /** Operator operations; only the mock server's admin API provides them. */
  readonly admin?: AdminOperations;
}

/** Operator operations of the reference server's admin API (demo operator panel, tests). */
export interface AdminOperations {
  decideCreditRequest(id: string, decision: { accept: boolean; note?: string }): Promise<CreditRequest>;
  setCreditPayments(enabled: boolean): Promise<Account>;
  grantCredits(input: {
    amount: number;
    note?: string;
    expiresAt?: string | null;
    source?: 'granted' | 'plan';
  }): Promise<Account>;
  refundCredits(input: { amount: number; note?: string }): Promise<Account>;
  recordUsage(input: Record<string, unknown>, idempotencyKey: string): Promise<unknown>;
  markInvoicePaid(topUpId: string): Promise<TopUp>;
  renewPlan(): Promise<Account>;
  expireCredits(input?: { now?: string }): Promise<Account>;
  /** Moves the mock server's clock (tests, demo). */
  advanceClock?(ms: number): Promise<void>;
}
