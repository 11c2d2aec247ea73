/**
 * The mock server's data, per account. Route modules read and change an
 * `AccountRecord` only inside `MockStorage.withAccount`, which serialises every
 * mutation of one account, so concurrent debits can never overdraw.
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
} from '../../core/schemas/index.js';

export type PresetName = 'usage-billing' | 'agency-credits' | 'ai-credits' | 'scan-credits';
export const PRESETS: readonly PresetName[] = ['usage-billing', 'agency-credits', 'ai-credits', 'scan-credits'];

/** Something a customer can pay for with credits (agency preset). */
export interface PayableItem {
  itemType: 'service' | 'invoice';
  itemId: string;
  name: string;
  price: number;
  eligible: boolean;
  paid: boolean;
}

/** An issued invoice; immutable once issued (billing details are copied in). */
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

export interface IdempotencyEntry {
  fingerprint: string;
  status: number;
  body: string;
  contentType: string;
}

export interface AccountRecord {
  id: string;
  /** Bearer token that grants access to this account only. */
  token: string;
  preset: PresetName;
  name: string;
  model: 'money' | 'credits';
  currency: string;
  unitLabels: Record<string, { one: string; other: string }> | null;
  productName?: Record<string, string>;
  settings: AccountSettings;
  lowBalanceThreshold: number;
  creditPaymentsEnabled: boolean;
  /** Credit blocks; the available balance is the sum of live blocks. */
  blocks: CreditBlock[];
  /** Ledger entries, oldest first; `seq` order is the keyset for pagination. */
  entries: Transaction[];
  nextSeq: number;
  billingDetails: BillingDetails | null;
  packages: Omit<CreditPackage, 'saving'>[];
  topUps: Map<string, TopUp>;
  requests: Map<string, CreditRequest>;
  invoices: Map<string, InvoiceRecord>;
  items: Map<string, PayableItem>;
  payments: Map<string, Payment>;
  holds: Map<string, HoldRecord>;
  autoTopUp: AutoTopUpState;
  /** Idempotency records by `METHOD path key`. */
  idempotency: Map<string, IdempotencyEntry>;
  /** Plan credits granted on each billing date (ai-credits), 0 when there is no plan. */
  planCredits: number;
  nextBillingDate: string | null;
  updatedAt: string;
  /** Free-form per-domain state a route module may keep (keyed by module name). */
  extra: Record<string, unknown>;
}

export interface MockStorage {
  accountByToken(token: string): AccountRecord | undefined;
  account(id: string): AccountRecord | undefined;
  accounts(): AccountRecord[];
  /**
   * Runs `fn` with exclusive access to the account: calls for one account run one
   * after another, in arrival order, even when `fn` awaits.
   */
  withAccount<T>(id: string, fn: (account: AccountRecord) => Promise<T> | T): Promise<T>;
  /** Global sequence numbers (billing numbers are gap-free per seller). */
  nextNumber(series: string): number;
}
