/** German texts of `<credit-dashboard>`, loaded only by pages that speak German. */
import type { Translation } from '../../i18n/catalog.js';
import type { DashboardMessages, HelpFacts } from './credit-dashboard.messages.js';

export default {
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
  paymentsOff: 'Zahlungen mit Guthaben sind für dieses Konto ausgeschaltet.',
  paymentsOffHint: (balance: string) =>
    `Sie können derzeit kein Guthaben kaufen und nicht damit bezahlen. Ihr Guthaben von ${balance} und Ihr Verlauf bleiben erhalten.`,
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
} satisfies Translation<DashboardMessages>;
