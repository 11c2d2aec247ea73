/** Invoice wording in the invoice languages (billing details `invoiceLanguage`: en, de). */
export interface InvoiceWording {
  locale: string;
  title: string;
  invoiceNumber: string;
  issueDate: string;
  serviceDate: string;
  seller: string;
  billTo: string;
  vatId: string;
  taxNumber: string;
  description: string;
  credits: (count: string) => string;
  net: string;
  fee: string;
  netTotal: string;
  vat: (rate: string) => string;
  gross: string;
  reverseCharge: string;
  outsideEu: string;
  paid: string;
  due: (date: string) => string;
  bank: string;
  noBuyer: string;
  country: (code: string) => string;
}

const countryName = (locale: string) => (code: string) => {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

export const INVOICE_WORDING: Record<'en' | 'de', InvoiceWording> = {
  en: {
    locale: 'en-GB',
    title: 'Invoice',
    invoiceNumber: 'Invoice number',
    issueDate: 'Invoice date',
    serviceDate: 'Date of supply',
    seller: 'Seller',
    billTo: 'Bill to',
    vatId: 'VAT ID',
    taxNumber: 'Tax number',
    description: 'Description',
    credits: (count) => `Credits added: ${count}`,
    net: 'Net amount',
    fee: 'Processing fee',
    netTotal: 'Total net',
    vat: (rate) => `VAT ${rate}`,
    gross: 'Total (gross)',
    reverseCharge:
      'Reverse charge: VAT liability passes to the recipient of the supply (Article 196 of Council Directive 2006/112/EC).',
    outsideEu: 'Not subject to German VAT: the place of supply is outside the EU.',
    paid: 'Paid. Thank you for your purchase.',
    due: (date) => `Please pay the gross amount by ${date}, quoting the invoice number.`,
    bank: 'Bank details',
    noBuyer: 'No billing details on file',
    country: countryName('en'),
  },
  de: {
    locale: 'de-DE',
    title: 'Rechnung',
    invoiceNumber: 'Rechnungsnummer',
    issueDate: 'Rechnungsdatum',
    serviceDate: 'Leistungsdatum',
    seller: 'Verkäufer',
    billTo: 'Rechnungsempfänger',
    vatId: 'USt-IdNr.',
    taxNumber: 'Steuernummer',
    description: 'Beschreibung',
    credits: (count) => `Gutgeschriebenes Guthaben: ${count}`,
    net: 'Nettobetrag',
    fee: 'Bearbeitungsgebühr',
    netTotal: 'Summe netto',
    vat: (rate) => `USt. ${rate}`,
    gross: 'Gesamtbetrag (brutto)',
    reverseCharge: 'Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, § 13b UStG / Art. 196 MwStSystRL).',
    outsideEu: 'Nicht im Inland steuerbare Leistung (Leistungsort außerhalb der EU).',
    paid: 'Bezahlt. Vielen Dank für Ihren Einkauf.',
    due: (date) => `Bitte überweisen Sie den Bruttobetrag bis zum ${date} unter Angabe der Rechnungsnummer.`,
    bank: 'Bankverbindung',
    noBuyer: 'Keine Rechnungsdaten hinterlegt',
    country: countryName('de'),
  },
};
