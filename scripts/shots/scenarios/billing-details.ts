/** `<credit-billing-details>`: empty, filled, required errors, a bad VAT number, saved, loading, error. */
import { commonStates, group, type Scenario } from '../scenario.js';

const s = group('credit-billing-details');
const F = 'credit-billing-details';
const html = '<credit-billing-details></credit-billing-details>';

export const billingScenarios: Scenario[] = [
  ...commonStates(s, { preset: 'usage-billing', html }, '/billing-details'),
  s('empty', 'usage-billing: nothing on file yet', { preset: 'usage-billing', html }),
  s('filled', 'agency-credits: details on file', { preset: 'agency-credits', html }),
  s('errors-required', 'Save pressed on the empty form', { preset: 'usage-billing', html }, async (d) => {
    await d.click(F, 'save-button');
    await d.settle();
  }),
  s(
    'error-vat',
    'German company with VAT number "DE12" and an invalid email',
    { preset: 'usage-billing', html },
    async (d) => {
      await d.fill(F, 'input-company', 'Northwind GmbH');
      await d.fill(F, 'input-street', 'Hauptstraße 1');
      await d.fill(F, 'input-postalCode', '10115');
      await d.fill(F, 'input-city', 'Berlin');
      await d.part(F, 'input-country').selectOption('DE');
      await d.fill(F, 'input-vatNumber', 'DE12');
      await d.fill(F, 'input-invoiceEmail', 'billing@');
      await d.click(F, 'save-button');
      await d.settle();
    },
  ),
  s('saved', 'agency-credits: Save pressed (saved message)', { preset: 'agency-credits', html }, async (d) => {
    await d.click(F, 'save-button');
    await d.settle();
  }),
];
