/** Billing details used across node and browser tests (plain data, no DOM). */
import type { BillingDetailsInput } from '../../src/core/schemas/billing.js';

/** A valid German business buyer with a well-formed VAT ID. */
export const NORTHWIND_DE: BillingDetailsInput = {
  company: 'Northwind GmbH',
  street: 'Hauptstr. 1',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
  vatNumber: 'DE123456789',
  invoiceLanguage: 'de',
  invoiceEmail: 'billing@northwind.de',
};
