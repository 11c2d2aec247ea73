import { expect, waitUntil } from '@open-wc/testing';
import { breakdownOf, confirmed, maybePart, mount, open, part, ready, text, type, type Mounted } from './helpers.js';

/** [buyer, typed amount, fee, vat, vat rate, total, method, reverse charge] */
const VECTORS: [string, 'DE' | 'AT' | 'FR' | 'US', string, string, string, string, string, string, boolean][] = [
  // SPEC §4 examples
  ['SPEC: DE €100', 'DE', '100', '€3.15', '€19.60', '19%', '€122.75', 'Card', false],
  ['SPEC: FR €100 reverse charge', 'FR', '100', '€3.15', '€0.00', '0%', '€103.15', 'Card', true],
  ['SPEC: DE €1,000 invoice', 'DE', '1000', '€0.00', '€190.00', '19%', '€1,190.00', 'Invoice', false],
  // Our own vectors
  ['DE minimum €10', 'DE', '10', '€0.54', '€2.00', '19%', '€12.54', 'Card', false],
  // 41.06 + 1.44 = 42.50; 19 % is exactly 8.075: naive float gives 8.07, half-up is 8.08.
  ['DE €41.06 breaks naive float rounding', 'DE', '41.06', '€1.44', '€8.08', '19%', '€50.58', 'Card', false],
  ['DE €999.99 last card amount', 'DE', '999.99', '€29.25', '€195.56', '19%', '€1,224.80', 'Card', false],
  ['AT €250 reverse charge', 'AT', '250', '€7.50', '€0.00', '0%', '€257.50', 'Card', true],
  ['US €500 outside the EU', 'US', '500', '€14.75', '€0.00', '0%', '€514.75', 'Card', false],
  ['DE maximum €50,000 by invoice', 'DE', '50,000.00', '€0.00', '€9,500.00', '19%', '€59,500.00', 'Invoice', false],
  ['FR €1,500 invoice, reverse charge', 'FR', '1500', '€0.00', '€0.00', '0%', '€1,500.00', 'Invoice', true],
];

describe('<credit-top-up> breakdown', () => {
  for (const [name, buyer, typed, fee, vat, rate, total, method, reverse] of VECTORS) {
    it(`${name}: shows exactly the backend quote`, async () => {
      const { el, provider } = await mount({ buyer });
      await open(el);
      await type(el, typed);
      await confirmed(el);
      const shown = breakdownOf(el);
      expect(shown.fee).to.equal(fee);
      expect(shown.vat).to.equal(vat);
      expect(shown.vatRate).to.equal(rate);
      expect(shown.total).to.equal(total);
      expect(shown.method).to.contain(method);
      expect(shown.reverseCharge).to.equal(reverse);
      if (buyer === 'US') expect(text(el, 'vat-note')).to.contain('outside the EU');
      // The shown numbers are the backend's quote, to the cent.
      const amount = Number(typed.replace(/,/g, '')) * 100;
      const q = await provider.store.adapter!.getQuote({ amount: Math.round(amount) });
      expect(shown.total).to.equal(`€${(q.total / 100).toLocaleString('en', { minimumFractionDigits: 2 })}`);
      expect(shown.newBalance).to.equal(
        `€${((25000 + q.credits) / 100).toLocaleString('en', { minimumFractionDigits: 2 })}`,
      );
    });
  }

  it('shows the preview from the shared rules within one update of typing, before the backend answers', async () => {
    const { el } = await mount();
    await open(el);
    await type(el, '100');
    expect(part(el, 'breakdown').hasAttribute('data-confirmed')).to.equal(false);
    expect(text(el, 'total')).to.equal('€122.75');
    expect(part<HTMLButtonElement>(el, 'continue-button').disabled).to.equal(true);
    await confirmed(el);
    expect(text(el, 'total')).to.equal('€122.75');
  });

  /** Holds every quote request until the test answers it, in whatever order it likes. */
  function heldQuotes(provider: Mounted['provider']) {
    const adapter = provider.store.adapter!;
    const original = adapter.getQuote.bind(adapter);
    const held: { amount: number | undefined; signal: AbortSignal | undefined; answer(): void }[] = [];
    adapter.getQuote = (request, options) =>
      new Promise((resolve, reject) =>
        held.push({
          amount: request.amount,
          signal: options?.signal,
          answer: () => void original(request).then(resolve, reject),
        }),
      );
    return held;
  }

  it('a stale quote never wins: answers arriving out of order leave the newest amount shown', async () => {
    const { el, provider } = await mount();
    await open(el);
    const held = heldQuotes(provider);
    await type(el, '100');
    await waitUntil(() => held.length === 1, 'first quote never asked', { timeout: 5000 });
    await type(el, '1000');
    await waitUntil(() => held.length === 2, 'second quote never asked', { timeout: 5000 });
    expect(held[0]!.signal?.aborted, 'the superseded request is aborted').to.equal(true);
    held[1]!.answer(); // the newer answer first ...
    await confirmed(el);
    held[0]!.answer(); // ... then the stale one
    await new Promise((r) => setTimeout(r, 50)); // let the late answer land, if anything lets it
    el.requestUpdate(); // any later render (a balance change, a keystroke) would show it
    await el.updateComplete;
    expect(text(el, 'amount')).to.equal('€1,000.00');
    expect(text(el, 'total')).to.equal('€1,190.00');
    expect(text(el, 'method')).to.contain('Invoice');
  });

  it('asks once for a burst of keystrokes (the quote waits for typing to settle)', async () => {
    const { el, provider } = await mount();
    await open(el);
    const held = heldQuotes(provider);
    for (const value of ['1', '10', '100', '1000', '100']) await type(el, value);
    await waitUntil(() => held.length === 1, 'quote never asked', { timeout: 5000 });
    held[0]!.answer();
    await confirmed(el);
    expect(held.map((h) => h.amount)).to.deep.equal([10_000]);
    expect(text(el, 'total')).to.equal('€122.75');
  });

  it('asks nothing once the element left the page (no timer outlives it)', async () => {
    const { el, provider } = await mount();
    await open(el);
    const held = heldQuotes(provider);
    await type(el, '250');
    el.remove();
    await new Promise((r) => setTimeout(r, 300)); // well past the typing pause
    expect(held).to.have.length(0);
  });

  it('uses presets and marks the chosen one', async () => {
    const { el } = await mount();
    await open(el);
    const presets = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="preset"]');
    expect([...presets].map((p) => p.textContent!.trim())).to.deep.equal(['€50', '€100', '€250', '€500', '€1,000']);
    presets[0]!.click();
    await confirmed(el);
    expect(part<HTMLInputElement>(el, 'amount-input').value).to.equal('50.00');
    expect(presets[0]!.getAttribute('aria-pressed')).to.equal('true');
    expect(text(el, 'total')).to.equal('€61.52');
  });

  it('switches the method to invoice at the threshold', async () => {
    const { el } = await mount();
    await open(el);
    await type(el, '999.99');
    await confirmed(el);
    expect(text(el, 'method')).to.contain('Card');
    await type(el, '1000');
    await confirmed(el);
    expect(text(el, 'method')).to.contain('Invoice');
    expect(text(el, 'fee')).to.equal('€0.00');
  });

  const BAD: [string, string, string][] = [
    ['empty', '', 'Enter an amount.'],
    ['letters', 'abc', 'Enter the amount as a number'],
    ['negative', '-50', 'cannot be negative'],
    ['too many decimals', '10.123', 'at most 2 decimal places'],
    ['below minimum', '9.99', 'minimum top-up is €10.00'],
    ['above maximum', '50000.01', 'maximum top-up is €50,000.00'],
  ];
  for (const [name, typed, message] of BAD) {
    it(`refuses ${name} input inline and keeps Continue disabled`, async () => {
      const { el } = await mount();
      await open(el);
      await type(el, '100');
      await type(el, typed);
      const error = part(el, 'amount-error');
      expect(error.hidden).to.equal(false);
      expect(error.textContent).to.contain(message);
      expect(part(el, 'amount-input').getAttribute('aria-invalid')).to.equal('true');
      part<HTMLInputElement>(el, 'confirm-checkbox').click();
      await el.updateComplete;
      expect(part<HTMLButtonElement>(el, 'continue-button').disabled).to.equal(true);
      expect(text(el, 'total')).to.equal('—');
    });
  }

  it('enables Continue only with a confirmed quote and the box ticked', async () => {
    const { el } = await mount();
    await open(el);
    await type(el, '100');
    await confirmed(el);
    expect(part<HTMLButtonElement>(el, 'continue-button').disabled).to.equal(true);
    await ready(el, '100');
    expect(part<HTMLButtonElement>(el, 'continue-button').disabled).to.equal(false);
  });

  it('speaks German: decimal comma, German labels', async () => {
    const { el } = await mount({ lang: 'de' });
    await open(el);
    await type(el, '100,00');
    await confirmed(el);
    expect(text(el, 'total')).to.match(/^122,75\s€$/);
    expect(text(el, 'method')).to.contain('Karte');
  });

  it('prefills the amount attribute (minor units)', async () => {
    const { el } = await mount({ amount: 2345 });
    await open(el);
    await waitUntil(() => maybePart(el, 'breakdown')?.hasAttribute('data-confirmed'));
    expect(part<HTMLInputElement>(el, 'amount-input').value).to.equal('23.45');
    expect(text(el, 'amount')).to.equal('€23.45');
  });
});
