/**
 * The reference server's storage seam. Routes see only this: an async repository
 * with explicit operations, and `transaction(accountId, fn)`, which runs `fn` with
 * the account locked and commits everything it wrote as one, or nothing when it
 * throws. Two implementations pass one test suite (test/mock/storage/): memory
 * (the in-page mock and msw) and SQL with PostgreSQL semantics (PGlite embedded,
 * or a PostgreSQL server).
 *
 * Every value handed out is a fresh or frozen object: change state only through
 * the `put…`/`update…` operations, never by mutating what a read returned.
 */
import type { CreditBlock } from '../../core/ledger.js';
import type {
  AccountSettings,
  AutoTopUpState,
  BillingDetails,
  CreditPackage,
  CreditRequest,
  Payment,
  TopUp,
  Transaction,
  UsagePricing,
} from '../../core/schemas/index.js';
import type { PresetName } from '../../core/presets.js';
import type { CreditBlockView } from '../../core/schemas/usage.js';
import type { UsageInterval } from '../../core/schemas/usage.js';
import type { UsageDimension, UsageRow } from '../../core/usage-buckets.js';

export type { UsageDimension, UsageRow };

/**
 * The history of one credit block, kept beside the live blocks (which lose a
 * block the moment it is used up or expires): what it held, what is left, and
 * how it ended. Written in the same transaction as the ledger entry that changed it.
 */
export type BlockRecord = Omit<CreditBlockView, 'extendsTo'>;

export { PRESET_NAMES as PRESETS, type PresetName } from '../../core/presets.js';

/** Something a customer can pay for with credits (agency preset). */
export interface PayableItem {
  itemType: 'service' | 'invoice';
  itemId: string;
  name: string;
  price: number;
  eligible: boolean;
  paid: boolean;
}

/** An issued invoice; immutable once issued (billing details are copied in) except for `paid`. */
export interface InvoiceRecord {
  id: string;
  billingNumber: string;
  issuedAt: string;
  buyer: BillingDetails | null;
  currency: string;
  description: string;
  credits: number;
  amount: number;
  fee: number;
  vatRate: number;
  vat: number;
  total: number;
  vatTreatment: 'domestic' | 'reverse_charge' | 'outside_eu';
  language: 'en' | 'de';
  paid: boolean;
}

/** A reservation of credits by a running job (ai/scan presets). */
export interface HoldRecord {
  id: string;
  amount: number;
  status: 'held' | 'captured' | 'released';
  createdAt: string;
  description: string;
  transactionId: string | null;
}

/** What the server keeps about a top-up beyond its wire shape. */
export interface TopUpMeta {
  kind: 'top_up' | 'purchase';
  /** The reference its ledger entry shows ("TU-1005"); absent: derived from the id. */
  reference?: string;
  /** The ledger entry (pending, failed or completed) of this top-up. */
  entryId?: string;
  invoiceId?: string;
  stripeSessionId?: string;
  paypalOrderId?: string;
  /** Where a hosted payment page sends the customer back to. */
  returnUrl?: string;
}

export interface StoredTopUp {
  topUp: TopUp;
  meta: TopUpMeta;
}

/**
 * One idempotency record, scoped to an account and an operation (`POST /payments`).
 * `started` records the intent of a write whose provider call runs outside the
 * database transaction (a top-up): a retry resumes the same intent.
 */
export interface IdempotencyEntry {
  fingerprint: string;
  state: 'started' | 'done';
  /** What a started write is about (the top-up id). */
  intent: string | null;
  status: number;
  body: string;
  contentType: string;
  /** Server clock, epoch ms: records older than the retention are gone. */
  createdAt: number;
}

/** The auto top-up engine's bookkeeping (src/mock/auto-top-up/engine.ts). */
export interface EngineState {
  /** False after the balance trigger fired, until the balance is back at or above the threshold. */
  armed: boolean;
  failures: number;
  pendingTopUpId: string | null;
  pendingReason: 'threshold' | 'expiry' | null;
  /** Month (`2026-11`) whose cap notice was already sent. */
  capNotified: string | null;
}

/**
 * The account row: everything about an account that stays small. The ledger, its
 * blocks and every record live beside it and are reached through the operations.
 */
export interface AccountState {
  id: string;
  /** Bearer token that grants access to this account only. */
  token: string;
  preset: PresetName;
  name: string;
  model: 'money' | 'credits';
  currency: string;
  unitLabels: Record<string, { one: string; other: string }> | null;
  productName: Record<string, string> | null;
  /** How usage is priced (help answers); absent on accounts without usage. */
  usage?: UsagePricing;
  settings: AccountSettings;
  lowBalanceThreshold: number;
  creditPaymentsEnabled: boolean;
  billingDetails: BillingDetails | null;
  packages: Omit<CreditPackage, 'saving'>[];
  autoTopUp: AutoTopUpState;
  autoTopUpEngine: EngineState;
  /** Plan credits granted on each billing date (ai-credits), 0 when there is no plan. */
  planCredits: number;
  nextBillingDate: string | null;
  /**
   * Running aggregates every write keeps, so no write ever scans the ledger:
   * `balance` is the running balance after the last entry (never negative),
   * `held` what running jobs hold, `nextSeq` the next ledger position.
   */
  balance: number;
  held: number;
  nextSeq: number;
  /**
   * Number of the account's latest top-up reference ("TU-1004" → 1004): a new
   * top-up continues the customer's numbering (absent: none yet, starts at 1001).
   */
  lastTopUpNumber?: number;
  updatedAt: string;
}

/** A ledger page request: newest first, below `beforeSeq`, filtered. */
export interface LedgerQuery {
  beforeSeq?: number;
  limit: number;
  direction?: 'in' | 'out';
  status?: Transaction['status'];
  /** Inclusive lower bound on `createdAt` (ISO). */
  fromIso?: string;
  /** Exclusive upper bound on `createdAt` (ISO). */
  toIso?: string;
}

export interface LedgerPage {
  items: Transaction[];
  /** The ledger position of the last item when more entries match below it. */
  nextBeforeSeq: number | null;
}

/**
 * What a committed transaction changed, for live listeners (SSE, other tabs). It
 * carries ids only: events are built from the stored state, and only by a process
 * that has listeners for the account.
 */
export interface ChangeNotice {
  accountId: string;
  entries: string[];
  topUps: string[];
  requests: string[];
  /** Messages of `auto_top_up_failed` events. */
  notices: string[];
}

/** Per-account running sums by period (`2026-11-23` days, `2026-11` months). */
export type BucketMetric = 'spend' | 'auto_top_up' | (string & {});

/** Operations inside `read` and `transaction`: all scoped to one account. */
export interface AccountTx {
  readonly accountId: string;

  account(): Promise<AccountState>;
  updateAccount(patch: Partial<Omit<AccountState, 'id' | 'token' | 'preset'>>): Promise<void>;

  /** Credit blocks that still hold credits (expired ones included until expiry runs). */
  blocks(): Promise<CreditBlock[]>;
  /** Replaces the blocks: those missing from `blocks` are gone. */
  saveBlocks(blocks: readonly CreditBlock[]): Promise<void>;

  /** Appends an entry at ledger position `seq` (from `AccountState.nextSeq`). */
  appendEntry(entry: Transaction, seq: number): Promise<void>;
  entry(id: string): Promise<Transaction | null>;
  /** Replaces an entry (same id); with `seq`, it also moves to that new ledger position. */
  updateEntry(entry: Transaction, seq?: number): Promise<void>;
  ledgerPage(query: LedgerQuery): Promise<LedgerPage>;

  topUp(id: string): Promise<StoredTopUp | null>;
  putTopUp(topUp: TopUp, meta: TopUpMeta): Promise<void>;

  request(id: string): Promise<CreditRequest | null>;
  /** Newest first. */
  requests(): Promise<CreditRequest[]>;
  putRequest(request: CreditRequest): Promise<void>;

  hold(id: string): Promise<HoldRecord | null>;
  holds(): Promise<HoldRecord[]>;
  putHold(hold: HoldRecord): Promise<void>;

  invoice(id: string): Promise<InvoiceRecord | null>;
  putInvoice(invoice: InvoiceRecord): Promise<void>;

  item(id: string): Promise<PayableItem | null>;
  putItem(item: PayableItem): Promise<void>;

  /** Newest first. */
  payments(): Promise<Payment[]>;
  putPayment(payment: Payment): Promise<void>;

  idempotency(operation: string, key: string): Promise<IdempotencyEntry | null>;
  putIdempotency(operation: string, key: string, entry: IdempotencyEntry): Promise<void>;

  /** Next number of a global, gap-free series (billing numbers): rolled back with the transaction. */
  nextNumber(series: string): Promise<number>;

  /** Adds to this account's running sum of `metric` in `period`. */
  addToBucket(metric: BucketMetric, period: string, amount: number): Promise<void>;
  /** Sum of `metric` over periods from `fromPeriod` to `toPeriod`, both inclusive. */
  sumBuckets(metric: BucketMetric, fromPeriod: string, toPeriod: string): Promise<number>;

  /** Adds each row's amount and entry count to the account's usage sum of that day, dimension and key. */
  addUsage(rows: readonly UsageRow[]): Promise<void>;
  /**
   * The usage sums of one dimension (and of `flow`) for days from `fromDay` to
   * `toDay`, both inclusive, added up per bucket of `interval`: each row's `day` is
   * its bucket's first day (`bucketOf`), so a year by month is a few dozen rows.
   */
  usageRows(
    dimension: UsageDimension,
    fromDay: string,
    toDay: string,
    interval: UsageInterval | 'all',
  ): Promise<UsageRow[]>;

  blockRecord(id: string): Promise<BlockRecord | null>;
  putBlockRecord(record: BlockRecord): Promise<void>;
  /** Every active block record, and the `closedLimit` most recently closed ones. */
  blockRecords(closedLimit: number): Promise<BlockRecord[]>;

  /** Records a provider's event id once; false when it was seen before (duplicate delivery). */
  claimProviderEvent(provider: string, eventId: string): Promise<boolean>;

  putPortalSession(id: string, expiresAt: number): Promise<void>;

  /** Queues a notice for live listeners; sent only if the transaction commits. */
  notify(message: string): void;
}

/** Everything a preset seeds for one account: the account row and its records. */
export interface SeedAccount {
  state: AccountState;
  blocks: CreditBlock[];
  /** Entries oldest first, with their ledger positions in `seqs`. */
  entries: Transaction[];
  seqs: number[];
  topUps: StoredTopUp[];
  items: PayableItem[];
  invoices: InvoiceRecord[];
  requests: CreditRequest[];
  holds: HoldRecord[];
  payments: Payment[];
  /** Running sums of the seeded history (spend per day). */
  buckets: { metric: BucketMetric; period: string; amount: number }[];
  /** Usage sums of the seeded history (per day, kind and member). */
  usage: UsageRow[];
  /** History of every block the seeded history created. */
  blockRecords: BlockRecord[];
}

export type ChangeListener = (notice: ChangeNotice) => void | Promise<void>;

export interface Storage {
  /** `memory`, `pglite` or `postgres`: shown by the CLI and the tests. */
  readonly kind: string;
  /** Where the data lives (a directory, a database URL without its password, or "memory"). */
  readonly location: string;
  accountIdByToken(token: string): Promise<string | null>;
  accountIds(): Promise<string[]>;
  /** Runs `fn` with the account locked; commits what it wrote, or nothing when it throws. */
  transaction<T>(accountId: string, fn: (tx: AccountTx) => Promise<T>): Promise<T>;
  /** Runs `fn` on a consistent snapshot of the account; writes are refused. */
  read<T>(accountId: string, fn: (tx: AccountTx) => Promise<T>): Promise<T>;
  /** The account of a live billing-portal session. */
  portalSession(id: string, now: number): Promise<string | null>;
  /**
   * Loads seed accounts into an empty store; a store that holds any account is
   * left as it is. Returns whether it seeded.
   */
  seed(accounts: readonly SeedAccount[]): Promise<boolean>;
  /** Deletes idempotency records created before `before` (epoch ms); returns how many. */
  purgeIdempotency(before: number): Promise<number>;
  /** Listens to committed changes (of this process and, on PostgreSQL, of every process). */
  onChange(listener: ChangeListener): () => void;
  close(): Promise<void>;
}

/** Thrown by `transaction`/`read` for an account id that does not exist. */
export class UnknownAccountError extends Error {
  constructor(readonly accountId: string) {
    super(`unknown account ${accountId}`);
  }
}

/** Thrown by writes inside `read`. */
export class ReadOnlyError extends Error {
  constructor() {
    super('this storage scope is read-only');
  }
}
