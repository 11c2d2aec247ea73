import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { CreditsError } from '../../../src/adapter/errors.js';
import type { HttpAdapter } from '../../../src/adapter/http-adapter.js';
import { parseCsv } from '../../../src/core/csv.js';
import type { Transaction, TransactionQuery } from '../../../src/core/schemas/index.js';
import type { CreditTransactions } from '../../../src/elements/credit-transactions/credit-transactions.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { part, parts } from '../../helpers/elements.js';
import { CARDS, captureDownload, historyPage, pdfText, rowIds } from './fixture.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const cell = (row: HTMLElement, name: string) => text(row.querySelector(`[part~="cell-${name}"]`));
const refOf = (row: HTMLElement) => text(row.querySelector('[part~="reference"]'));
const rowsOf = (el: CreditTransactions) => parts(el, 'row');
const euros = (s: string) => Number(s.replace(/[^\d.]/g, '')) * (/[-−]/.test(s) ? -1 : 1);

async function rowsSettled(el: CreditTransactions, count?: number) {
  await waitUntil(
    () => rowsOf(el).length > 0 && (count === undefined || rowsOf(el).length === count),
    `rows never rendered (${rowsOf(el).length})`,
  );
}

/** Serves each list call through `spy` so tests can see the requests. */
function spyList(calls: TransactionQuery[]) {
  return (adapter: HttpAdapter) => {
    const original = adapter.listTransactions.bind(adapter);
    adapter.listTransactions = (q, o) => {
      calls.push(q);
      return original(q, o);
    };
    return adapter;
  };
}

describe('<credit-transactions>', () => {
  describe('rendering and the ledger', () => {
    it('lists the history newest first with all columns, parts and a caption', async () => {
      const { el, api } = await historyPage();
      const entries = await api.entries();
      await rowsSettled(el, entries.length);
      expect(rowIds(el)).to.deep.equal(entries.map((e) => e.id));
      const table = part(el, 'table')!;
      expect(table.tagName).to.equal('TABLE');
      expect(text(table.querySelector('caption'))).to.equal('Transaction history');
      expect([...table.querySelectorAll('th[scope=col]')].map(text)).to.deep.equal([
        'Date',
        'Type',
        'Description',
        'Amount',
        'Balance',
        'Status',
        'Method',
        'Billing number',
        'Actions',
      ]);
      for (const name of [
        'filters',
        'export-button',
        'cell-date',
        'cell-type',
        'cell-reference',
        'cell-amount',
        'cell-balance',
        'cell-status',
        'cell-method',
        'cell-billing-number',
        'cell-actions',
      ]) {
        expect(part(el, name), name).to.exist;
      }
      const first = rowsOf(el)[0]!;
      expect(cell(first, 'status')).to.equal('Pending');
      expect(cell(first, 'type')).to.equal('In');
      expect(cell(first, 'amount')).to.equal('+€100.00');
      expect(cell(first, 'method')).to.equal('Card');
      // What happened leads; the reference sits beside it (not raw ids as the main text).
      expect(text(first.querySelector('[part~=description]'))).to.equal(entries[0]!.description);
      expect(refOf(first)).to.equal(entries[0]!.reference);
      expect(first.querySelector('time')!.getAttribute('datetime')).to.equal(entries[0]!.createdAt);
      expect(el.hasAttribute('loading')).to.be.false;
    });

    it('shows running balances that match the ledger after mixed In/Out/failed/pending entries', async () => {
      const { el, api, provider } = await historyPage();
      await rowsSettled(el);
      await api.grant(1234);
      await api.usage(999, 'USG-X', 'API usage');
      const declined = await api.topUp(5000, CARDS.declined);
      const waiting = await api.topUp(7000, CARDS.pending);
      expect([declined.status, waiting.status]).to.deep.equal(['failed', 'pending']);
      await api.usage(1, 'USG-Y', 'API usage');
      const total = (await api.entries()).length;
      await waitUntil(() => rowsOf(el).length === total, 'new entries never arrived', { timeout: 5000 });
      const rows = rowsOf(el);
      // Walk from the oldest: completed entries move the balance, pending and failed never do.
      let balance = 0;
      for (const row of [...rows].reverse()) {
        const amount = euros(cell(row, 'amount'));
        if (cell(row, 'status') === 'Completed') balance += amount;
        expect(euros(cell(row, 'balance')), `${refOf(row)}`).to.be.closeTo(balance, 0.001);
      }
      expect(Math.round(balance * 100)).to.equal(provider.store.account!.balance);
      expect(refOf(rows[0]!)).to.equal('USG-Y');
      // One minus sign everywhere (U+2212), as in "−4 credits", never a hyphen.
      expect(cell(rows[0]!, 'amount')).to.equal('\u2212€0.01');
      // Pending and failed amounts are said, never struck through.
      for (const row of rows) {
        const amount = row.querySelector<HTMLElement>('[part~=cell-amount]')!;
        expect(getComputedStyle(amount).textDecorationLine, refOf(row)).to.equal('none');
      }
    });

    it('speaks German with localised dates and numbers', async () => {
      const { el } = await historyPage({ lang: 'de' });
      await rowsSettled(el);
      const first = rowsOf(el)[0]!;
      expect(cell(first, 'status')).to.equal('Ausstehend');
      expect(cell(first, 'amount')).to.equal('+100,00 €');
      expect(cell(first, 'balance')).to.equal('250,00 €');
      expect(cell(first, 'date')).to.match(/\d{2}\.\d{2}\.\d{4}/);
      // The description in German, the backend's text as the detail, the reference beside it.
      expect(text(first.querySelector('[part~=description]'))).to.equal('Aufladung per Karte');
      expect(refOf(first)).to.match(/^TU-/);
      const usage = rowsOf(el).find((r) => refOf(r).startsWith('USG-'))!;
      expect(text(usage.querySelector('[part~=description]'))).to.equal('Nutzung');
      expect(part(el, 'filter-from')!.getAttribute('placeholder')).to.equal('TT.MM.JJJJ');
      expect(text(part(el, 'table')!.querySelector('caption'))).to.equal('Transaktionsverlauf');
    });
  });

  describe('statuses customers understand', () => {
    it('says "Not charged" for a failed job and "Held" for a running job\'s hold, in both languages', async () => {
      for (const [lang, notCharged, held] of [
        ['en', 'Not charged', 'Held'],
        ['de', 'Nicht berechnet', 'Reserviert'],
      ] as const) {
        const { el } = await historyPage({
          preset: 'ai-credits',
          lang,
          // A job's hold as the backend lists it: a pending Out entry of kind "hold".
          wrap: (a) => {
            const original = a.listTransactions.bind(a);
            a.listTransactions = async (q, o) => {
              const page = await original(q, o);
              if (q.cursor || q.status || q.type) return page;
              const hold: Transaction = {
                ...page.items[0]!,
                id: 'txn_hold_test',
                kind: 'hold',
                direction: 'out',
                status: 'pending',
                amount: 30,
                reference: 'job_hold',
                description: 'Video clip, 4K (3×)',
                method: null,
                billingNumber: null,
                invoiceId: null,
                topUpId: null,
              };
              return { ...page, items: [hold, ...page.items] };
            };
            return a;
          },
        });
        await rowsSettled(el);
        const failed = rowsOf(el).find((r) => r.matches('[part~=row-failed][part~=row-out]'))!;
        expect(cell(failed, 'status')).to.equal(notCharged);
        const heldRow = rowsOf(el).find((r) => r.dataset.id === 'txn_hold_test')!;
        expect(cell(heldRow, 'status')).to.equal(held);
        for (const row of [failed, heldRow])
          expect(getComputedStyle(row.querySelector('[part~=cell-amount]')!).textDecorationLine).to.equal('none');
        el.closest('div')!.remove();
      }
    });
  });

  describe('pagination and filters', () => {
    it('loads older pages with "load more" without repeats until the end', async () => {
      const calls: TransactionQuery[] = [];
      const { el, api } = await historyPage({ pageSize: 3, wrap: spyList(calls) });
      await rowsSettled(el, 3);
      expect(calls[0]).to.include({ limit: 3 });
      while (part(el, 'load-more')) {
        const before = rowsOf(el).length;
        part(el, 'load-more')!.click();
        await waitUntil(() => rowsOf(el).length > before || !part(el, 'load-more'), 'load more did nothing');
      }
      expect(rowIds(el)).to.deep.equal((await api.entries()).map((e) => e.id));
      expect(calls.filter((c) => c.cursor).length).to.be.greaterThan(1);
    });

    it('applies type, status and date filters to the request and the rows', async () => {
      const calls: TransactionQuery[] = [];
      const { el, api } = await historyPage({ wrap: spyList(calls) });
      await rowsSettled(el);
      const entries = await api.entries();
      const form = part<HTMLFormElement>(el, 'filters')!;
      const type = form.querySelector<HTMLSelectElement>('select[name=type]')!;
      type.value = 'out';
      type.dispatchEvent(new Event('change', { bubbles: true }));
      const outs = entries.filter((e) => e.direction === 'out').length;
      await waitUntil(
        () => rowsOf(el).length === outs && rowsOf(el).every((r) => cell(r, 'type') === 'Out'),
        'type filter not applied',
      );
      expect(calls.at(-1)).to.include({ type: 'out' });

      type.value = '';
      const status = form.querySelector<HTMLSelectElement>('select[name=status]')!;
      status.value = 'failed';
      status.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(
        () => rowsOf(el).length === 1 && cell(rowsOf(el)[0]!, 'status') === 'Failed',
        'status filter not applied',
      );
      expect(calls.at(-1)).to.deep.include({ status: 'failed' });
      expect(calls.at(-1)).to.not.have.property('type');

      status.value = '';
      const day = entries.at(-1)!.createdAt.slice(0, 10);
      form.querySelector<HTMLInputElement>('input[name=from]')!.value = day;
      form.querySelector<HTMLInputElement>('input[name=to]')!.value = day;
      form.requestSubmit();
      await waitUntil(() => calls.at(-1)?.from === day && !el.hasAttribute('loading'), 'date filter not requested');
      expect(calls.at(-1)).to.include({ from: day, to: day });
      await rowsSettled(el, entries.filter((e) => e.createdAt.startsWith(day)).length);

      form.querySelector<HTMLInputElement>('input[name=from]')!.value = '2001-01-01';
      form.querySelector<HTMLInputElement>('input[name=to]')!.value = '2001-01-02';
      form.requestSubmit();
      await waitUntil(() => part(el, 'empty'), 'empty state never shown');
      expect(text(part(el, 'empty'))).to.equal('No transactions match these filters.');
      await expectAccessible(el);
    });
    it("applies typed dates at once, in the page's format, and says a reversed range instead of swapping it", async () => {
      const calls: TransactionQuery[] = [];
      const { el, api } = await historyPage({ lang: 'de', wrap: spyList(calls) });
      await rowsSettled(el);
      expect(part(el, 'filter-apply'), 'no separate Apply button').to.not.exist;
      const from = part<HTMLInputElement>(el, 'filter-from')!;
      const to = part<HTMLInputElement>(el, 'filter-to')!;
      const change = (input: HTMLInputElement, value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      };
      const day = (await api.entries()).at(-1)!.createdAt.slice(0, 10);
      const [y, m, d] = day.split('-');
      change(from, `${d}.${m}.${y}`);
      await waitUntil(() => calls.at(-1)?.from === day, 'typed German date never requested');
      change(to, '01.01.2001');
      await waitUntil(() => part(el, 'filter-error'), 'reversed range not said');
      expect(text(part(el, 'filter-error'))).to.equal('Das Startdatum liegt nach dem Enddatum.');
      expect(to.getAttribute('aria-invalid')).to.equal('true');
      expect(calls.at(-1), 'reversed range never requested').to.not.have.property('to');
      change(to, 'gestern');
      await waitUntil(() => /28\.11\.\d{4}/.test(text(part(el, 'filter-error'))), 'invalid date not said');
      change(to, '');
      await waitUntil(() => !part(el, 'filter-error'), 'error never cleared');
      await expectAccessible(el);
    });
  });

  describe('CSV export', () => {
    it('exports the filtered history as UTF-8 CSV with BOM, quoting and neutral decimals', async () => {
      const { el, api } = await historyPage({ lang: 'de' });
      await rowsSettled(el);
      await api.usage(12345, '=cmd,"x"', 'Nutzung, "Äpfel"\nzweite Zeile');
      const entries = await api.entries();
      await waitUntil(() => rowsOf(el).length === entries.length, 'the new entry never arrived', { timeout: 5000 });
      const { blob, filename } = await captureDownload(() => part(el, 'export-button')!.click());
      expect(filename).to.match(/^transactions-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(blob.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(await blob.text());
      expect(rows[0]).to.deep.equal([
        'Datum',
        'Art',
        'Vorgang',
        'Referenz',
        'Beschreibung',
        'Betrag',
        'Saldo',
        'Einheit',
        'Status',
        'Zahlungsart',
        'Rechnungsnummer',
        'ID',
      ]);
      expect(rows.length - 1).to.equal(entries.length);
      const newest = rows[1]!;
      expect(newest[3]).to.equal(`'=cmd,"x"`);
      expect(newest[4]).to.equal('Nutzung, "Äpfel"\nzweite Zeile');
      expect(newest[5]).to.equal('-123.45');
      expect(newest[7]).to.equal('EUR');
      // Every row's balance is the ledger's, as exact decimals.
      for (const [i, r] of rows.slice(1).entries()) expect(r[6]).to.equal((entries[i]!.balanceAfter / 100).toFixed(2));
    });

    it('exports only the filtered entries, across several server pages', async () => {
      const { el, api } = await historyPage({ preset: 'scan-credits', server: { seedEntries: 4500 } });
      await rowsSettled(el);
      const form = part<HTMLFormElement>(el, 'filters')!;
      const type = form.querySelector<HTMLSelectElement>('select[name=type]')!;
      type.value = 'in';
      type.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => rowsOf(el).length > 0 && rowsOf(el).every((r) => cell(r, 'type') === 'In'));
      const { blob } = await captureDownload(() => part(el, 'export-button')!.click(), 10000);
      const rows = parseCsv(await blob.text()).slice(1);
      expect(rows.length).to.equal((await api.entries({ type: 'in' })).length);
      expect(rows.every((r) => r[1] === 'in')).to.be.true;
      expect(new Set(rows.map((r) => r[11])).size).to.equal(rows.length);
    });
  });

  describe('actions', () => {
    it('downloads the invoice PDF of a completed purchase', async () => {
      const { el, api } = await historyPage();
      await rowsSettled(el);
      const topUp = await api.topUp(10000);
      expect(topUp.status).to.equal('completed');
      const entry = (await api.entries()).find((e) => e.topUpId === topUp.id && e.status === 'completed')!;
      expect(entry.invoiceId, 'a completed purchase has an invoice').to.be.a('string');
      await waitUntil(() => rowIds(el)[0] === entry.id, 'the purchase never showed', { timeout: 5000 });
      const row = rowsOf(el)[0]!;
      expect(cell(row, 'billing-number')).to.equal(entry.billingNumber);
      const button = row.querySelector<HTMLButtonElement>('[part~=action-invoice]')!;
      const { blob, filename } = await captureDownload(() => button.click(), 8000);
      expect(filename).to.equal(`${entry.billingNumber}.pdf`);
      expect(await blob.slice(0, 5).text()).to.equal('%PDF-');
      expect(await pdfText(blob)).to.include(entry.billingNumber!);
    });

    it('shows an inline error and fires credit-invoice-download-failed when the PDF is missing', async () => {
      // The backend lists the invoice but cannot serve its PDF (a host backend's 404).
      const { el, api } = await historyPage({
        wrap: (a) => {
          a.getInvoicePdf = () => Promise.reject(new CreditsError('not_found', 'Gone', { status: 404 }));
          return a;
        },
      });
      const topUp = await api.topUp(5000);
      const entry = (await api.entries()).find((e) => e.topUpId === topUp.id && e.status === 'completed')!;
      await waitUntil(() => rowIds(el)[0] === entry.id, 'the purchase never showed', { timeout: 5000 });
      const button = rowsOf(el)[0]!.querySelector<HTMLButtonElement>('[part~=action-invoice]')!;
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'credit-invoice-download-failed');
      expect(event.detail).to.include({ invoiceId: entry.invoiceId, code: 'not_found' });
      await waitUntil(() => rowsOf(el)[0]!.querySelector('[role=alert]'));
      expect(text(rowsOf(el)[0]!.querySelector('[role=alert]'))).to.equal('This could not be found.');
    });

    it('"Complete payment" pays nothing itself: it reopens the payment step, and the paid entry shows at the top', async () => {
      const calls: string[] = [];
      const { el, provider } = await historyPage({
        wrap: (a) => {
          const original = a.completeTopUp.bind(a);
          a.completeTopUp = (id, req, opts) => (calls.push(opts.idempotencyKey), original(id, req, opts));
          return a;
        },
      });
      await rowsSettled(el);
      const pending = rowsOf(el).find((r) => cell(r, 'status') === 'Pending')!;
      const reference = refOf(pending);
      const button = pending.querySelector<HTMLButtonElement>('[part~=action-complete]')!;
      button.click();
      button.click();
      // The payment step (the issue-10 behaviour is tested in credit-top-up.complete-payment.test.ts).
      const dialog = () => el.shadowRoot!.querySelector('credit-top-up');
      await waitUntil(() => dialog()?.shadowRoot?.querySelector('[part~=test-pay-button]'), 'no payment step', {
        timeout: 5000,
      });
      expect(calls, 'nothing charged from the history').to.have.length(0);
      expect(provider.store.account!.balance).to.equal(25000);
      dialog()!.shadowRoot!.querySelector<HTMLButtonElement>('[part~=test-pay-button]')!.click();
      // The completed entry is the newest; (the server should also settle the pending row in place,
      // keeping its id — preset top-ups currently get a new entry instead, see the report).
      await waitUntil(
        () => cell(rowsOf(el)[0]!, 'status') === 'Completed' && cell(rowsOf(el)[0]!, 'amount') === '+€100.00',
        'completion never shown',
        { timeout: 5000 },
      );
      expect(reference).to.match(/^TU-/);
      expect(calls).to.have.length(1);
      expect(cell(rowsOf(el)[0]!, 'balance')).to.equal('€350.00');
      expect(provider.store.account!.balance).to.equal(35000);
    });

    it('replaces a pending row when the server settles it (same id, moved to the top)', async () => {
      const { el, api } = await historyPage();
      await rowsSettled(el);
      const pending = await api.topUp(2500, CARDS.pending);
      const pendingId = (await api.entries()).find((e) => e.topUpId === pending.id)!.id;
      await waitUntil(() => rowIds(el)[0] === pendingId, 'the pending top-up never showed', { timeout: 5000 });
      await api.usage(5, 'AFTER', 'x');
      await waitUntil(() => refOf(rowsOf(el)[0]!) === 'AFTER', 'the usage never showed', { timeout: 5000 });
      const settled = await api.settle(pending.id); // finished elsewhere: the element hears it from the server
      expect(settled.status).to.equal('completed');
      await waitUntil(
        () => rowIds(el)[0] === pendingId && cell(rowsOf(el)[0]!, 'status') === 'Completed',
        'settled entry never moved up',
        { timeout: 5000 },
      );
      expect(rowIds(el).filter((x) => x === pendingId)).to.have.length(1);
      const newest = (await api.entries())[0]!;
      expect(newest.id).to.equal(pendingId);
      expect(euros(cell(rowsOf(el)[0]!, 'balance'))).to.be.closeTo(newest.balanceAfter / 100, 0.001);
    });

    it('asks the host to retry a failed top-up', async () => {
      const { el } = await historyPage();
      await rowsSettled(el);
      const failed = rowsOf(el).find((r) => cell(r, 'status') === 'Failed')!;
      setTimeout(() => failed.querySelector<HTMLButtonElement>('[part~=action-retry]')!.click());
      const event = await oneEvent(el, 'credit-retry-top-up');
      expect(event.detail.topUpId).to.match(/^tu_/);
      expect(event.detail.amount).to.equal(10000);
      expect(event.bubbles && event.composed).to.be.true;
    });
  });

  describe('live updates', () => {
    it('puts a server entry at the top without a reload', async () => {
      const { el, api } = await historyPage();
      await rowsSettled(el);
      const entry = await api.usage(100, 'LIVE-1', 'live');
      await waitUntil(() => rowIds(el)[0] === entry.id, 'server entry never appeared', { timeout: 5000 });
      expect(rowIds(el)).to.deep.equal((await api.entries()).map((e) => e.id));
    });

    it('shows a write of this page on a backend without live events (page one refetched and merged)', async () => {
      const { el, api, provider } = await historyPage({
        wrap: (a) => {
          a.subscribe = () => () => {}; // this backend publishes nothing
          return a;
        },
      });
      await rowsSettled(el);
      const before = rowIds(el);
      await provider.store.mutate(
        (a) => a.admin!.grantCredits({ amount: 500, note: 'local' }),
        ['account', 'transactions'],
      );
      await waitUntil(() => rowIds(el)[0] !== before[0], 'local change never appeared', { timeout: 5000 });
      expect(new Set(rowIds(el)).size).to.equal(rowIds(el).length);
      expect(rowIds(el)).to.deep.equal((await api.entries()).map((e) => e.id));
    });
  });

  describe('states and accessibility', () => {
    it('is accessible with rows, and reachable by keyboard row by row', async () => {
      const { el } = await historyPage();
      await rowsSettled(el);
      await expectAccessible(el);
      const scroller = part(el, 'scroller')!;
      scroller.focus();
      scroller.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await waitUntil(() => el.shadowRoot!.activeElement === rowsOf(el)[0]);
      rowsOf(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      await waitUntil(() => el.shadowRoot!.activeElement === rowsOf(el).at(-1));
    });

    it('shows the empty state', async () => {
      const { el } = await historyPage({
        wrap: (a) => ((a.listTransactions = async () => ({ items: [], nextCursor: null })), a),
      });
      await waitUntil(() => part(el, 'empty'));
      expect(text(part(el, 'empty'))).to.equal('No transactions yet.');
      await expectAccessible(el);
    });

    it('shows an error with retry, then recovers', async () => {
      let fail = true;
      const { el } = await historyPage({
        wrap: (a) => {
          const original = a.listTransactions.bind(a);
          a.listTransactions = (q, o) =>
            fail ? Promise.reject(new CreditsError('network_error', 'offline')) : original(q, o);
          return a;
        },
      });
      await waitUntil(() => el.hasAttribute('error'));
      expect(text(part(el, 'status'))).to.contain('could not be reached');
      await expectAccessible(el);
      fail = false;
      part(el, 'retry')!.click();
      await rowsSettled(el);
      expect(el.hasAttribute('error')).to.be.false;
    });

    it('shows a busy loading state first', async () => {
      const { el } = await historyPage({ wrap: (a) => ((a.listTransactions = () => new Promise(() => {})), a) }).catch(
        () => ({ el: document.querySelector('credit-transactions')! }),
      );
      expect(el.hasAttribute('loading')).to.be.true;
      expect(el.shadowRoot!.querySelector('[aria-busy=true]')).to.exist;
      await expectAccessible(el);
    });

    it('shows each entry as a compact row at 360px width: description and amount, then date and balance', async () => {
      const { el } = await historyPage({ width: '360px' });
      await rowsSettled(el);
      await aTimeout(50);
      const row = rowsOf(el).find((r) => cell(r, 'status') === 'Completed')!;
      const box = (name: string) => row.querySelector<HTMLElement>(`[part~=cell-${name}]`)!.getBoundingClientRect();
      // Line one: description, amount on the right; line two: date, balance on the right.
      expect(Math.abs(box('amount').top - box('reference').top)).to.be.lessThan(4);
      expect(box('amount').left).to.be.greaterThan(box('reference').left);
      expect(box('date').top).to.be.greaterThan(box('reference').top);
      expect(Math.abs(box('balance').top - box('date').top)).to.be.lessThan(4);
      // No empty label lines: method, billing number and actions take no space on a completed usage row.
      for (const name of ['type', 'method', 'billing-number', 'actions', 'status'])
        expect(row.querySelector<HTMLElement>(`[part~=cell-${name}]`)!.getClientRects(), name).to.have.length(0);
      expect(row.getBoundingClientRect().height).to.be.lessThan(80);
      expect(row.getBoundingClientRect().width).to.be.at.most(360);
      expect(part(el, 'scroller')!.scrollWidth).to.be.at.most(part(el, 'scroller')!.clientWidth + 1);
      await expectAccessible(el);
    });

    it('puts "Load more" inside the scroll box, after the last row', async () => {
      const { el } = await historyPage({ pageSize: 3, width: '360px' });
      await rowsSettled(el, 3);
      const more = part(el, 'load-more')!;
      expect(part(el, 'scroller')!.contains(more)).to.be.true;
      const last = rowsOf(el).at(-1)!.getBoundingClientRect();
      expect(more.getBoundingClientRect().top).to.be.at.least(last.bottom - 1);
    });
  });

  describe('long histories', () => {
    it('keeps the DOM small with thousands of rows loaded', async () => {
      const { el } = await historyPage({ preset: 'scan-credits', pageSize: 2000, server: { seedEntries: 6000 } });
      await rowsSettled(el);
      part(el, 'load-more')!.click();
      await waitUntil(() => el.entries.length >= 4000, 'second page never arrived');
      const count = el.shadowRoot!.querySelectorAll('*').length;
      expect(count).to.be.lessThan(2000);
      expect(rowsOf(el).length).to.be.lessThan(200);
    });
  });
});

export type { Transaction };
