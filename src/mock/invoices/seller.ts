/**
 * The seller on every invoice of the reference mock server (SPEC §4: a German
 * seller). A host's own backend issues its own invoices; this is demo data.
 */
export interface SellerDetails {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  /** German VAT identification number (USt-IdNr.). */
  vatId: string;
  /** German tax number (Steuernummer), shown as well on German invoices. */
  taxNumber: string;
  email: string;
  iban: string;
  bic: string;
  /** Days until an unpaid (invoice-method) invoice is due. */
  paymentTermDays: number;
}

export const SELLER: Readonly<SellerDetails> = Object.freeze({
  name: 'creditkit Demo GmbH',
  street: 'Friedrichstraße 123',
  postalCode: '10117',
  city: 'Berlin',
  country: 'DE',
  vatId: 'DE123456789',
  taxNumber: '30/123/45678',
  email: 'billing@creditkit.invalid',
  iban: 'DE89 3704 0044 0532 0130 00',
  bic: 'COBADEFFXXX',
  paymentTermDays: 14,
});
