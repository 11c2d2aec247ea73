import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COUNTRY_CODES, isCountryCode, validateBillingDetails } from '../../src/core/billing-validation.js';
import { NORTHWIND_DE } from '../helpers/buyers.js';

const VALID = NORTHWIND_DE;

const codes = (input: Record<string, unknown>) => {
  const result = validateBillingDetails(input);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.code]));
};

describe('validateBillingDetails', () => {
  it('accepts valid details and normalises them', () => {
    const result = validateBillingDetails({
      ...VALID,
      country: 'de',
      vatNumber: 'de 123.456.789',
      company: '  Northwind GmbH ',
    });
    assert.ok(result.ok);
    assert.equal(result.value.country, 'DE');
    assert.equal(result.value.vatNumber, 'DE123456789');
    assert.equal(result.value.company, 'Northwind GmbH');
  });

  it('names every missing field by its input name', () => {
    assert.deepEqual(codes({}), {
      company: 'required',
      street: 'required',
      postalCode: 'required',
      city: 'required',
      country: 'required',
      invoiceLanguage: 'invalid_language',
      invoiceEmail: 'required',
    });
  });

  it('requires the VAT number in the EU and checks its format per country', () => {
    assert.deepEqual(codes({ ...VALID, vatNumber: '' }), { vatNumber: 'required' });
    assert.deepEqual(codes({ ...VALID, vatNumber: 'DE12345678' }), { vatNumber: 'invalid_format' });
    assert.deepEqual(codes({ ...VALID, vatNumber: 'FR12345678901' }), { vatNumber: 'wrong_country' });
    assert.deepEqual(codes({ ...VALID, country: 'AT', postalCode: '1010', vatNumber: 'ATU12345678' }), {});
    assert.deepEqual(codes({ ...VALID, country: 'FR', postalCode: '75002', vatNumber: 'FRXX123456789' }), {});
    assert.deepEqual(codes({ ...VALID, country: 'NL', postalCode: '1012 AB', vatNumber: 'NL123456789B01' }), {});
  });

  it('uses EL for Greece, not its ISO code GR', () => {
    const greece = { ...VALID, country: 'GR', postalCode: '105 57' };
    assert.deepEqual(codes({ ...greece, vatNumber: 'EL123456789' }), {});
    assert.deepEqual(codes({ ...greece, vatNumber: 'GR123456789' }), { vatNumber: 'invalid_format' });
  });

  it('makes the VAT number optional outside the EU', () => {
    assert.deepEqual(codes({ ...VALID, country: 'US', postalCode: '94105', vatNumber: '' }), {});
    assert.deepEqual(codes({ ...VALID, country: 'CH', postalCode: '8001', vatNumber: 'CHE-123.456.789 MWST' }), {});
  });

  it('refuses unknown countries, bad postal codes, emails, languages and non-strings', () => {
    assert.deepEqual(codes({ ...VALID, country: 'XX', vatNumber: '' }), { country: 'invalid_country' });
    assert.deepEqual(codes({ ...VALID, country: 'EU', vatNumber: '' }), { country: 'invalid_country' });
    assert.deepEqual(codes({ ...VALID, postalCode: '1011' }), { postalCode: 'invalid_postal_code' });
    assert.deepEqual(codes({ ...VALID, invoiceEmail: 'a@b' }), { invoiceEmail: 'invalid_email' });
    assert.deepEqual(codes({ ...VALID, invoiceLanguage: 'fr' }), { invoiceLanguage: 'invalid_language' });
    assert.deepEqual(codes({ ...VALID, company: 42 }), { company: 'required' });
    assert.deepEqual(codes({ ...VALID, city: 'x'.repeat(201) }), { city: 'too_long' });
  });

  it('knows the 249 assigned ISO 3166-1 alpha-2 codes', () => {
    assert.equal(COUNTRY_CODES.length, 249);
    assert.ok(isCountryCode('DE') && isCountryCode('GR') && isCountryCode('US'));
    assert.ok(!isCountryCode('EL') && !isCountryCode('UK') && !isCountryCode('de'));
  });
});
