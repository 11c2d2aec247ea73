import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.js';
import { part, partText, parts } from '../../helpers/elements.js';
import { balanceOf, chooseMethod, choosePackage, mount, quoted, type Setup } from './helpers.js';

const rows = (root: HTMLElement) => parts(root.querySelector('credit-requests')!, 'row');
const rowText = (row: Element) => row.textContent!.replace(/\s+/g, ' ').trim();

async function requestByBankTransfer(setup: Setup, method = 'bank_transfer') {
  const { buy } = setup;
  await choosePackage(buy, 0);
  await chooseMethod(buy, method);
  const created = oneEvent(buy, 'credit-request-created');
  (await quoted(buy)).click();
  return (await created).detail.request;
}

describe('<credit-buy> manual methods', () => {
  it('bank transfer → pending request with instructions and reference → operator accepts → balance and history update live', async () => {
    const setup = await mount('agency-credits');
    const { root, buy, adapter } = setup;
    const request = await requestByBankTransfer(setup);
    expect(request.status).to.equal('pending');
    await waitUntil(() => part(buy, 'instructions'));
    const instructions = partText(buy, 'instructions');
    expect(instructions)
      .to.contain('IBAN')
      .and.to.contain('DE89 3704 0044 0532 0130 00')
      .and.to.contain(request.reference);
    expect(instructions).to.contain('€119.00');
    expect(partText(buy, 'status')).to.match(/^Request created\./);
    expect(balanceOf(root)).to.equal('€300.00');
    await waitUntil(() => rows(root).length === 1, 'the request list updates at once');
    expect(rowText(rows(root)[0]!))
      .to.contain(request.reference)
      .and.to.contain('Pending')
      .and.to.contain('Bank transfer');
    await expectAccessible(buy);
    await expectAccessible(root.querySelector('credit-requests')!);

    await adapter.admin!.decideCreditRequest(request.id, { accept: true });
    await waitUntil(() => balanceOf(root) === '€400.00', `balance stays ${balanceOf(root)}`);
    await waitUntil(() => rowText(rows(root)[0]!).includes('Accepted'), 'the request shows accepted');
    await expectAccessible(root.querySelector('credit-requests')!);
  });

  it('rejected → nothing added, the note is shown', async () => {
    const setup = await mount('agency-credits');
    const { root, adapter } = setup;
    const request = await requestByBankTransfer(setup, 'crypto');
    expect(partText(setup.buy, 'instructions')).to.contain('Wallet address').and.to.contain('Ethereum');
    await adapter.admin!.decideCreditRequest(request.id, { accept: false, note: 'No payment arrived within 14 days.' });
    const list = root.querySelector('credit-requests')!;
    await waitUntil(() => rowText(rows(root)[0]!).includes('Rejected'));
    expect(rowText(rows(root)[0]!)).to.contain('Note: No payment arrived within 14 days.');
    expect(part(list, 'note')).to.exist;
    expect(balanceOf(root)).to.equal('€300.00');
    await expectAccessible(list);
  });

  it('a double click creates one request', async () => {
    const setup = await mount('agency-credits');
    const { buy, adapter } = setup;
    await chooseMethod(buy, 'bank_transfer');
    const button = await quoted(buy);
    button.click();
    button.click();
    await waitUntil(() => part(buy, 'instructions'));
    expect(await adapter.listCreditRequests()).to.have.length(1);
  });
});
