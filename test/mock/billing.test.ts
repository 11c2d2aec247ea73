import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, it } from 'node:test';
import { validateBillingDetails } from '../../src/core/billing-validation.js';
import { createMockServer, type MockServer } from '../../src/mock/server.js';
import { NORTHWIND_DE } from '../helpers/buyers.js';
import { jsonClient, record } from './helpers.js';

const DE = NORTHWIND_DE;

let server: MockServer;
const call = jsonClient(() => server);

describe('billing details routes', () => {
  beforeEach(() => {
    server = createMockServer({
      now: Date.parse('2026-11-23T09:00:00Z'),
      frozenClock: true,
      presets: ['usage-billing'],
    });
  });

  it('starts empty, saves normalised details, and marks the account complete', async () => {
    assert.deepEqual((await call('GET', '/billing-details')).body, { details: null });
    assert.equal((await call('GET', '/account')).body.billingDetailsComplete, false);
    const saved = await call('PUT', '/billing-details', { ...DE, vatNumber: 'de 123 456 789' });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.vatNumber, 'DE123456789');
    assert.equal((await call('GET', '/billing-details')).body.details.city, 'Berlin');
    assert.equal((await call('GET', '/account')).body.billingDetailsComplete, true);
  });

  it('refuses exactly what the shared validation refuses, errors named by input', async () => {
    const bad = [
      { ...DE, vatNumber: '' },
      { ...DE, country: 'GR', postalCode: '105 57', vatNumber: 'GR123456789' },
      { ...DE, invoiceEmail: 'x' },
      { ...DE, country: 'ZZ' },
      {},
    ];
    for (const input of bad) {
      const r = await call('PUT', '/billing-details', input);
      assert.equal(r.status, 422);
      assert.equal(r.body.code, 'validation_failed');
      const local = validateBillingDetails(input as never);
      assert.ok(!local.ok);
      assert.deepEqual(
        r.body.errors.map((e: any) => [e.field, e.code]),
        local.errors.map((e) => [e.field, e.code]),
      );
    }
    // A wrong type is refused as such (never read as missing, never coerced).
    const typed = await call('PUT', '/billing-details', { ...DE, company: 1 });
    assert.equal(typed.status, 422);
    assert.deepEqual(
      typed.body.errors.map((e: any) => [e.field, e.code]),
      [['company', 'invalid_type']],
    );
    assert.deepEqual((await call('GET', '/billing-details')).body, { details: null });
  });

  it('editing never changes issued invoices; future invoices use the new details', async () => {
    await call('PUT', '/billing-details', DE);
    const first = (await call('POST', '/top-ups', { amount: 10000, method: 'card' })).body;
    const paid = (await call('POST', `/top-ups/${first.id}/complete`, { cardNumber: '4242424242424242' })).body;
    const account = record(server, 'acc_usage_billing');
    const invoiceOf = (billingNumber: string) =>
      [...account.invoices.values()].find((i) => i.billingNumber === billingNumber)!;
    const issued = structuredClone(invoiceOf(paid.billingNumber));
    await call('PUT', '/billing-details', {
      ...DE,
      company: 'Northwind SE',
      country: 'AT',
      postalCode: '1010',
      vatNumber: 'ATU12345678',
    });
    assert.deepEqual(invoiceOf(paid.billingNumber), issued);
    assert.equal(invoiceOf(paid.billingNumber).buyer!.company, 'Northwind GmbH');
    const second = (await call('POST', '/top-ups', { amount: 10000, method: 'card' })).body;
    assert.equal(second.quote.vatTreatment, 'reverse_charge');
    const paid2 = (await call('POST', `/top-ups/${second.id}/complete`, { cardNumber: '4242424242424242' })).body;
    assert.equal(invoiceOf(paid2.billingNumber).buyer!.company, 'Northwind SE');
  });

  it('is idempotent per key', async () => {
    const key = randomUUID();
    assert.equal((await call('PUT', '/billing-details', DE, { key })).status, 200);
    assert.equal(
      (await call('PUT', '/billing-details', { ...DE, city: 'Hamburg' }, { key })).body.code,
      'idempotency_conflict',
    );
  });
});
