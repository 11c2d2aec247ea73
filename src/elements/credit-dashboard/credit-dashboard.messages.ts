import { defineCatalog } from '../../i18n/catalog.js';

/** Facts from the account's settings that the help answers are filled with. */
export interface HelpFacts {
  product: string;
  model: 'money' | 'credits';
  currency: string;
  /** "€10.00 to €50,000.00", or null without top-ups. */
  topUpRange: string | null;
  /** Top-ups from this amount are paid by invoice, or null. */
  invoiceThreshold: string | null;
  packages: boolean;
  /** "card, PayPal and bank transfer". */
  methods: string;
  /** "Stripe and PayPal". */
  services: string;
  manual: boolean;
  expiryMonths: number | null;
  autoTopUp: boolean;
  vatRate: string;
  sellerCountry: string;
}

export const dashboardMessages = defineCatalog({
  en: {
    title: 'Credits',
    sections: 'Sections',
    overview: 'Overview',
    buy: 'Buy credits',
    history: 'History',
    requests: 'Credit requests',
    autoTopUp: 'Automatic top-up',
    billing: 'Billing details',
    help: 'Help',
    balance: 'Balance',
    held: (amount: string) => `${amount} reserved by running jobs`,
    monthlyAverage: 'Monthly average spend',
    monthlyAverageHint: 'Last three months',
    expiring: 'Expiring soon',
    expiringNone: 'Nothing expires in the next 30 days.',
    expiringItem: (amount: string, date: string) => `${amount} on ${date}`,
    buyCredits: 'Buy credits',
    portal: 'Customer portal',
    portalHint: 'Payment methods, receipts and invoices',
    portalOpening: 'Opening the customer portal…',
    methodNames: (m: string) =>
      ({
        card: 'card',
        paypal: 'PayPal',
        invoice: 'invoice',
        bank_transfer: 'bank transfer',
        crypto: 'cryptocurrency',
        credits: 'credits',
      })[m] ?? m,
    and: 'and',
    qWhat: (f: HelpFacts) =>
      f.model === 'money'
        ? `What is my ${f.product} and what does it pay for?`
        : `What are ${f.product} and what do they pay for?`,
    aWhat: (f: HelpFacts) =>
      f.model === 'money'
        ? `Your ${f.product} is a prepaid balance in ${f.currency}. It pays for services and invoices at their listed price, and for usage as you go. Every change appears in your history with the balance after it.`
        : `${f.product[0]!.toUpperCase()}${f.product.slice(1)} are prepaid units. Each time you use the service, the credits it costs are taken from your balance; the history lists every charge.`,
    qBuy: 'How do I buy more?',
    aBuy: (f: HelpFacts) =>
      [
        f.topUpRange ? `Choose Top up and enter any amount from ${f.topUpRange}.` : '',
        f.packages ? 'Choose Buy credits and pick a package: bigger packages cost less per credit.' : '',
        f.methods ? `You can pay by ${f.methods}.` : '',
        f.manual
          ? 'Bank transfers and crypto payments are credited once we have received the payment; you can follow them under Credit requests.'
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    qRunOut: 'What happens when I run out?',
    aRunOut: (f: HelpFacts) =>
      `Your balance never goes below zero: anything that costs more than you have left waits until you top up, and nothing is charged for it. ${f.autoTopUp ? 'Turn on automatic top-up so that never happens.' : ''} ${f.expiryMonths ? `Purchased credits are valid for ${f.expiryMonths} months; the overview shows what expires soon, and the oldest-expiring credits are used first.` : 'Your balance does not expire.'}`
        .replace(/\s+/g, ' ')
        .trim(),
    qAuto: 'What is automatic top-up?',
    aAuto: (f: HelpFacts): string =>
      f.autoTopUp
        ? 'When your balance falls below a threshold you choose (or a number of days before credits expire), we buy the amount or package you chose with your saved payment method and send you the invoice. You can change or switch it off at any time.'
        : 'Automatic top-up is not available for this account. Buy more whenever you need it.',
    qServices: 'Which payment services do you use?',
    aServices: (f: HelpFacts) =>
      `Payments are processed by ${f.services || 'our payment provider'}. We never see or store your full card details.`,
    qInvoices: 'Do I get an invoice?',
    aInvoices: (f: HelpFacts) =>
      `Yes. Every purchase gets an invoice with its own billing number, made out to your billing details; download it from the history. ${f.invoiceThreshold ? `Top-ups from ${f.invoiceThreshold} are paid by bank transfer against an invoice; the credit arrives when the payment does.` : ''}`.trim(),
    qVat: 'Can I deduct the VAT?',
    aVat: (f: HelpFacts) =>
      `Invoices show VAT separately (${f.vatRate} for customers in ${f.sellerCountry}), so businesses can deduct it as input tax. Businesses in another EU country with a valid VAT number are invoiced without VAT under the reverse-charge procedure; customers outside the EU are not charged ${f.sellerCountry} VAT.`,
  },
  de: {
    title: 'Guthaben',
    sections: 'Bereiche',
    overview: 'Übersicht',
    buy: 'Credits kaufen',
    history: 'Verlauf',
    requests: 'Guthabenanfragen',
    autoTopUp: 'Automatisches Aufladen',
    billing: 'Rechnungsdaten',
    help: 'Hilfe',
    balance: 'Guthaben',
    held: (amount: string) => `${amount} für laufende Aufträge reserviert`,
    monthlyAverage: 'Durchschnittliche Ausgaben pro Monat',
    monthlyAverageHint: 'Letzte drei Monate',
    expiring: 'Verfällt bald',
    expiringNone: 'In den nächsten 30 Tagen verfällt nichts.',
    expiringItem: (amount: string, date: string) => `${amount} am ${date}`,
    buyCredits: 'Credits kaufen',
    portal: 'Kundenportal',
    portalHint: 'Zahlungsarten, Belege und Rechnungen',
    portalOpening: 'Kundenportal wird geöffnet …',
    methodNames: (m: string) =>
      ({
        card: 'Karte',
        paypal: 'PayPal',
        invoice: 'Rechnung',
        bank_transfer: 'Banküberweisung',
        crypto: 'Kryptowährung',
        credits: 'Guthaben',
      })[m] ?? m,
    and: 'und',
    qWhat: (f: HelpFacts) =>
      f.model === 'money'
        ? `Was ist mein ${f.product} und wofür kann ich es nutzen?`
        : `Was sind ${f.product} und wofür kann ich sie nutzen?`,
    aWhat: (f: HelpFacts) =>
      f.model === 'money'
        ? `${f.product} ist ein vorausbezahltes Guthaben in ${f.currency}. Damit bezahlen Sie Leistungen und Rechnungen zum ausgewiesenen Preis sowie laufende Nutzung. Jede Änderung steht mit dem neuen Stand im Verlauf.`
        : `${f.product} sind vorausbezahlte Einheiten. Bei jeder Nutzung des Dienstes werden die anfallenden Credits von Ihrem Guthaben abgebucht; der Verlauf zeigt jede Abbuchung.`,
    qBuy: 'Wie kaufe ich mehr?',
    aBuy: (f: HelpFacts) =>
      [
        f.topUpRange ? `Wählen Sie „Aufladen“ und geben Sie einen Betrag von ${f.topUpRange} ein.` : '',
        f.packages ? 'Wählen Sie „Credits kaufen“ und ein Paket: Größere Pakete sind pro Credit günstiger.' : '',
        f.methods ? `Sie können per ${f.methods} bezahlen.` : '',
        f.manual
          ? 'Banküberweisungen und Krypto-Zahlungen werden gutgeschrieben, sobald die Zahlung eingegangen ist; den Stand sehen Sie unter Guthabenanfragen.'
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    qRunOut: 'Was passiert, wenn mein Guthaben aufgebraucht ist?',
    aRunOut: (f: HelpFacts) =>
      `Ihr Guthaben wird nie negativ: Was mehr kostet als vorhanden, wartet, bis Sie aufladen, und wird nicht berechnet. ${f.autoTopUp ? 'Mit dem automatischen Aufladen passiert das gar nicht erst.' : ''} ${f.expiryMonths ? `Gekaufte Credits sind ${f.expiryMonths} Monate gültig; die Übersicht zeigt, was bald verfällt, und die zuerst verfallenden Credits werden zuerst verbraucht.` : 'Ihr Guthaben verfällt nicht.'}`
        .replace(/\s+/g, ' ')
        .trim(),
    qAuto: 'Was ist automatisches Aufladen?',
    aAuto: (f: HelpFacts): string =>
      f.autoTopUp
        ? 'Fällt Ihr Guthaben unter einen von Ihnen gewählten Schwellenwert (oder stehen Credits kurz vor dem Verfall), kaufen wir den gewählten Betrag oder das gewählte Paket mit Ihrer gespeicherten Zahlungsart und senden Ihnen die Rechnung. Sie können es jederzeit ändern oder abschalten.'
        : 'Automatisches Aufladen ist für dieses Konto nicht verfügbar. Kaufen Sie einfach nach, wenn Sie es brauchen.',
    qServices: 'Welche Zahlungsdienste nutzen Sie?',
    aServices: (f: HelpFacts) =>
      `Zahlungen werden über ${f.services || 'unseren Zahlungsdienstleister'} abgewickelt. Ihre vollständigen Kartendaten sehen und speichern wir nie.`,
    qInvoices: 'Bekomme ich eine Rechnung?',
    aInvoices: (f: HelpFacts) =>
      `Ja. Jeder Kauf erhält eine Rechnung mit eigener Rechnungsnummer auf Ihre Rechnungsdaten; Sie laden sie im Verlauf herunter. ${f.invoiceThreshold ? `Aufladungen ab ${f.invoiceThreshold} zahlen Sie per Überweisung auf Rechnung; das Guthaben kommt mit dem Zahlungseingang.` : ''}`.trim(),
    qVat: 'Kann ich die Umsatzsteuer abziehen?',
    aVat: (f: HelpFacts) =>
      `Rechnungen weisen die Umsatzsteuer gesondert aus (${f.vatRate} für Kunden in ${f.sellerCountry}), Unternehmen können sie als Vorsteuer abziehen. Unternehmen in einem anderen EU-Land mit gültiger USt-IdNr. erhalten Rechnungen ohne Umsatzsteuer im Reverse-Charge-Verfahren; Kunden außerhalb der EU zahlen keine Umsatzsteuer aus ${f.sellerCountry}.`,
  },
});
