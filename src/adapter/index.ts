/**
 * The adapter boundary (package export `creditkit/adapter`): the interface, the
 * HTTP adapter, the in-page mock, errors, and every data type that crosses it.
 */
export type { CreditsAdapter, AdminOperations, LiveEvent, ReadOptions, WriteOptions } from './types.js';
export { HttpAdapter, type HttpAdapterOptions } from './http-adapter.js';
export { randomKey } from '../util/keys.js';
export { createMockAdapter, MOCK_PRESETS, type MockPreset, type MockAdapterOptions } from './mock-adapter.js';
export { CreditsError, toCreditsError, type CreditsErrorCode, type TransportErrorCode } from './errors.js';
/** The data the adapter returns and takes: integers in minor units, ISO timestamps. */
export type {
  Account,
  AccountSettings,
  AutoTopUpSettings,
  AutoTopUpState,
  BillingDetails,
  BillingDetailsInput,
  CompleteTopUpRequest,
  CreateCreditRequest,
  CreditBlockList,
  CreditBlockStatus,
  CreditBlockView,
  CreditPackage,
  CreditRequest,
  CreditRequestStatus,
  ExpiringCredits,
  FeeRule,
  ItemRef,
  ItemType,
  NextAction,
  PackageList,
  Payability,
  Payment,
  PaymentMethod,
  Problem,
  ProblemCode,
  Quote,
  QuoteRequest,
  ServerEvent,
  StartTopUpRequest,
  TopUp,
  TopUpStatus,
  Transaction,
  TransactionKind,
  TransactionPage,
  TransactionQuery,
  TransactionStatus,
  UsageBucket,
  UsageGroupAmount,
  UsageGroupBy,
  UsageInterval,
  UsageSummary,
  UsageSummaryQuery,
  VatTreatment,
} from '../core/schemas/index.js';
