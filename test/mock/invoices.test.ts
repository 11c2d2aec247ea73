import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { issueInvoice } from '../../src/mock/invoices/issue.js';
import { renderInvoicePdf } from '../../src/mock/invoices/pdf.js';
import type { MockServer } from '../../src/mock/server.js';
import type { BillingDetailsInput, Quote } from '../../src/core/schemas/index.js';
import { NOW, call, server, record, arrange } from './helpers.js';
import { pdfText } from './invoices-pdf-text.js';

const DE_BUYER: BillingDetailsInput = {
  company: 'Northwind Analytics GmbH',
  street: 'Hauptstraße 5',
  postalCode: '80331',
  city: 'München',
  country: 'DE',
  vatNumber: 'DE811907980',
  invoiceLanguage: 'de',
  invoiceEmail: 'billing@northwind.example',
};
const FR_BUYER: BillingDetailsInput = {
  ...DE_BUYER,
  company: 'Société Générale Test',
  city: 'Paris',
  postalCode: '75002',
  country: 'FR',
  vatNumber: 'FR40303265045',
  invoiceLanguage: 'en',
};
const US_BUYER: BillingDetailsInput = {
  ...DE_BUYER,
  company: 'Acme Inc.',
  city: 'Austin',
  postalCode: '78701',
  country: 'US',
  vatNumber: '',
  invoiceLanguage: 'en',
};

async function setBilling(mock: MockServer, details: BillingDetailsInput, token = 'demo-usage-billing') {
  const res = await call(mock, '/billing-details', { method: 'PUT', body: details, key: `bd-${Math.random()}`, token });
  assert.equal(res.status, 200, JSON.stringify(res.body));
}

/** A card top-up paid with Stripe's success test card; returns the completed top-up. */
async function buy(mock: MockServer, amount: number, token = 'demo-usage-billing') {
  const started = await call(mock, '/top-ups', {
    body: { amount, method: 'card' },
    key: `start-${Math.random()}`,
    token,
  });
  assert.equal(started.status, 201, JSON.stringify(started.body));
  const done = await call(mock, `/top-ups/${started.body.id}/complete`, {
    body: { cardNumber: '4242424242424242' },
    key: `done-${Math.random()}`,
    token,
  });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  assert.equal(done.body.status, 'completed');
  return done.body as { id: string; billingNumber: string; transactionId: string };
}

function invoiceIdOf(mock: MockServer, billingNumber: string, accountId = 'acc_usage_billing'): string {
  const invoice = [...record(mock, accountId).invoices.values()].find((i) => i.billingNumber === billingNumber);
  assert.ok(invoice, `invoice ${billingNumber} exists`);
  return invoice.id;
}

async function pdf(mock: MockServer, id: string, token = 'demo-usage-billing') {
  const res = await call(mock, `/invoices/${id}.pdf`, { token });
  const bytes = new Uint8Array(await res.response.arrayBuffer());
  return { res, bytes, text: res.status === 200 ? pdfText(bytes) : '' };
}

describe('GET /invoices/:id.pdf', () => {
  it('returns a real PDF of a completed top-up with seller, buyer, VAT IDs and the German wording', async () => {
    const mock = server();
    await setBilling(mock, DE_BUYER);
    const topUp = await buy(mock, 10000);
    assert.match(topUp.billingNumber, /^CK-2026-\d{6}$/);
    const { res, bytes, text } = await pdf(mock, invoiceIdOf(mock, topUp.billingNumber));
    assert.equal(res.status, 200);
    assert.equal(res.response.headers.get('content-type'), 'application/pdf');
    assert.match(
      res.response.headers.get('content-disposition') ?? '',
      new RegExp(`attachment; filename="${topUp.billingNumber}\\.pdf"`),
    );
    assert.equal(Buffer.from(bytes.slice(0, 5)).toString('latin1'), '%PDF-');
    assert.ok(text.includes(topUp.billingNumber), 'billing number in the text');
    for (const expected of [
      'Rechnung',
      'creditkit Demo GmbH',
      'USt-IdNr.: DE123456789',
      'Northwind Analytics GmbH',
      'USt-IdNr.: DE811907980',
      'München',
    ]) {
      assert.ok(text.includes(expected), `"${expected}" in:\n${text}`);
    }
    // DE €100.00 → fee €3.15, VAT 19 % €19.60, total €122.75 (SPEC §4).
    for (const expected of ['100,00 €', '3,15 €', '103,15 €', 'USt. 19 %', '19,60 €', '122,75 €']) {
      assert.ok(text.includes(expected), `"${expected}" in:\n${text}`);
    }
    assert.ok(!text.includes('Reverse Charge'));
  });

  it('shows the reverse-charge wording for an EU business buyer, in English', async () => {
    const mock = server();
    await setBilling(mock, FR_BUYER);
    const topUp = await buy(mock, 10000);
    const { text } = await pdf(mock, invoiceIdOf(mock, topUp.billingNumber));
    for (const expected of [
      'Invoice',
      'VAT ID: FR40303265045',
      'Reverse charge',
      'Article 196',
      '€103.15',
      'VAT 0%',
      '€0.00',
      'France',
    ]) {
      assert.ok(text.includes(expected), `"${expected}" in:\n${text}`);
    }
  });

  it('says "not subject to German VAT" outside the EU', async () => {
    const mock = server();
    await setBilling(mock, US_BUYER);
    const topUp = await buy(mock, 10000);
    const { text } = await pdf(mock, invoiceIdOf(mock, topUp.billingNumber));
    assert.ok(text.includes('Not subject to German VAT'), text);
    assert.ok(!text.includes('Reverse charge'));
  });

  it('is 404 for another account’s invoice and for unknown ids, 401 without a token', async () => {
    const mock = server();
    await setBilling(mock, DE_BUYER);
    const topUp = await buy(mock, 5000);
    const id = invoiceIdOf(mock, topUp.billingNumber);
    const other = await pdf(mock, id, 'demo-usage-billing-2');
    assert.equal(other.res.status, 404);
    assert.equal(other.res.body.code, 'not_found');
    assert.equal((await pdf(mock, 'inv_999999')).res.status, 404);
    assert.equal((await call(mock, `/invoices/${id}.pdf`, { token: null })).status, 401);
  });

  it('never changes once issued: later billing details do not alter the PDF', async () => {
    const mock = server();
    await setBilling(mock, DE_BUYER);
    const topUp = await buy(mock, 5000);
    const id = invoiceIdOf(mock, topUp.billingNumber);
    const first = await pdf(mock, id);
    await setBilling(mock, { ...DE_BUYER, company: 'Renamed AG', invoiceLanguage: 'en' });
    const second = await pdf(mock, id);
    assert.deepEqual(second.bytes, first.bytes);
    assert.ok(second.text.includes('Northwind Analytics GmbH') && !second.text.includes('Renamed AG'));
    assert.ok(Object.isFrozen(record(mock, 'acc_usage_billing').invoices.get(id)));
    // Rendering again from scratch gives the same bytes (no clock, no random ids).
    const again = await renderInvoicePdf(record(mock, 'acc_usage_billing').invoices.get(id)!);
    assert.deepEqual(again, first.bytes);
  });

  it('the transaction of the purchase carries the invoice id and billing number', async () => {
    const mock = server();
    await setBilling(mock, DE_BUYER);
    const topUp = await buy(mock, 5000);
    const page = await call(mock, '/transactions?limit=5');
    const entry = page.body.items.find((e: { id: string }) => e.id === topUp.transactionId);
    assert.equal(entry.billingNumber, topUp.billingNumber);
    assert.equal(entry.invoiceId, invoiceIdOf(mock, topUp.billingNumber));
  });

  it('maps characters the PDF font lacks instead of failing', async () => {
    const mock = server();
    const billingDetails = {
      ...DE_BUYER,
      company: 'Łódź Sp. z o.o. 日本',
      country: 'PL',
      vatNumber: 'PL5260250274',
      invoiceLanguage: 'en' as const,
      updatedAt: new Date(NOW).toISOString(),
    };
    const quote: Quote = {
      currency: 'EUR',
      amount: 1000,
      credits: 1000,
      method: 'card',
      fee: 54,
      vatRate: 0,
      vat: 0,
      vatTreatment: 'reverse_charge',
      buyerCountry: 'PL',
      total: 1054,
      balanceAfter: 1000,
      methods: ['card'],
    };
    const invoice = await arrange(mock, 'acc_usage_billing', async (tx) => {
      await tx.updateAccount({ billingDetails });
      return issueInvoice(tx, { description: 'Balance top-up', quote, now: NOW, paid: true });
    });
    const { res, text } = await pdf(mock, invoice.id);
    assert.equal(res.status, 200);
    assert.ok(text.includes('Lódz Sp. z o.o. ??'), text);
  });
});

describe('billing numbers', () => {
  it('are gap-free and unique under concurrent purchases across accounts', async () => {
    const mock = server();
    await setBilling(mock, DE_BUYER);
    await setBilling(mock, FR_BUYER, 'demo-usage-billing-2');
    const runs = Array.from({ length: 24 }, (_, i) =>
      buy(mock, 1000 + i * 100, i % 2 ? 'demo-usage-billing-2' : 'demo-usage-billing'),
    );
    const done = await Promise.all(runs);
    const numbers = done.map((t) => t.billingNumber);
    assert.equal(new Set(numbers).size, numbers.length, 'unique');
    const sequence = numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b);
    const first = sequence[0]!;
    assert.deepEqual(
      sequence,
      sequence.map((_, i) => first + i),
      'gap-free',
    );
    // Every invoice record matches exactly one billing number; no invoice was issued twice.
    const all = ['acc_usage_billing', 'acc_usage_billing_2'].flatMap((a) => [...record(mock, a).invoices.values()]);
    assert.equal(new Set(all.map((i) => i.billingNumber)).size, all.length);
  });

  it('a replayed completion (same idempotency key) issues no second invoice', async () => {
    const mock = server();
    await setBilling(mock, DE_BUYER);
    const started = await call(mock, '/top-ups', { body: { amount: 2000, method: 'card' }, key: 'start-1' });
    const complete = () =>
      call(mock, `/top-ups/${started.body.id}/complete`, { body: { cardNumber: '4242424242424242' }, key: 'done-1' });
    const [a, b, c] = await Promise.all([complete(), complete(), complete()]);
    assert.equal(a.body.billingNumber, b.body.billingNumber);
    assert.equal(b.body.billingNumber, c.body.billingNumber);
    assert.equal(record(mock, 'acc_usage_billing').invoices.size, 1);
  });
});
