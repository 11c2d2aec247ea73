/** German texts of `<credit-dashboard>`, loaded only by pages that speak German. */
import type { Translation } from '../../i18n/catalog.js';
import type { DashboardMessages, HelpFacts } from './credit-dashboard.messages.js';

export default {
  title: 'Guthaben',
  sections: 'Bereiche',
  overview: 'Übersicht',
  buy: 'Credits kaufen',
  buyMoney: 'Guthaben kaufen',
  usage: 'Verbrauch',
  usageDetails: 'Verbrauch im Detail',
  history: 'Verlauf',
  requests: 'Guthabenanfragen',
  autoTopUp: 'Automatisches Aufladen',
  billing: 'Rechnungsdaten',
  help: 'Hilfe',
  balance: 'Guthaben',
  paymentsOff: 'Zahlungen mit Guthaben sind für dieses Konto ausgeschaltet.',
  paymentsOffHint: (balance: string) =>
    `Sie können derzeit kein Guthaben kaufen und nicht damit bezahlen. Ihr Guthaben von ${balance} und Ihr Verlauf bleiben erhalten.`,
  plan: 'Plan',
  planValue: (credits: string) => `${credits} pro Monat`,
  planRenews: (date: string) => `Wird am ${date} erneuert`,
  held: (amount: string) => `${amount} für laufende Aufträge reserviert`,
  monthlyAverage: 'Durchschnittliche Ausgaben pro Monat',
  monthlyAverageHint: 'Letzte drei Monate',
  expiring: 'Verfällt bald',
  expiringNone: 'In den nächsten 30 Tagen verfällt nichts.',
  expiringItem: (amount: string, date: string) => `${amount} am ${date}`,
  expiringNext: (amount: string, date: string) => `Als Nächstes: ${amount} am ${date}.`,
  expiringFrom_purchase: (date: string) => `Zuerst verfällt der Rest Ihres Kaufs vom ${date}.`,
  expiringFrom_top_up: (date: string) => `Zuerst verfällt der Rest Ihrer Aufladung vom ${date}.`,
  expiringFrom_grant: (date: string) => `Zuerst verfällt der Rest Ihres Bonus vom ${date}.`,
  expiringFrom_plan: (date: string) => `Zuerst verfallen Ihre Tarif-Credits vom ${date}.`,
  expiringExtends: (date: string) => `Ihre nächste automatische Aufladung verlängert sie bis zum ${date}.`,
  buyCredits: 'Credits kaufen',
  buyCreditsMoney: 'Guthaben kaufen',
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
  creditsNoun: 'Credits',
  and: 'und',
  qWhat: (f: HelpFacts) => (f.model === 'money' ? 'Was ist mein Guthaben?' : `Was sind ${f.product}?`),
  aWhat: (f: HelpFacts) =>
    f.model === 'money'
      ? `Ihr Guthaben ist Geld in ${f.currency}, das Sie im Voraus einzahlen. Jede Zahlung damit wird sofort abgebucht, und Ihr Verlauf zeigt jede Änderung mit dem Guthaben danach.`
      : `${f.product} sind Einheiten, die Sie im Voraus kaufen und Ihrem Guthaben hinzufügen. Was Sie nutzen, wird sofort von Ihrem Guthaben abgebucht, und Ihr Verlauf zeigt jede Änderung mit dem Guthaben danach.`,
  qUse: (f: HelpFacts) =>
    f.model === 'money' ? 'Was kann ich mit meinem Guthaben bezahlen?' : `Wofür werden ${f.product} verwendet?`,
  aUse: (f: HelpFacts) =>
    f.usage
      ? `${f.usage}${f.multipliers ? ` Höhere Auflösungen kosten mehr: ${f.multipliers} den Standardpreis.` : ''}`
      : 'Sie können Leistungen und offene Rechnungen mit Ihrem Guthaben bezahlen, wo die Seite das anbietet.',
  qBuy: (f: HelpFacts) =>
    f.model === 'money' ? 'Wie lade ich mein Guthaben auf?' : `Wie kaufe ich weitere ${f.product}?`,
  aBuy: (f: HelpFacts) =>
    [
      f.topUpRange ? `Wählen Sie „Aufladen“ und geben Sie einen Betrag von ${f.topUpRange} ein.` : '',
      f.packages
        ? f.model === 'money'
          ? 'Wählen Sie „Guthaben kaufen“ und ein Paket: Größere Pakete sind im Verhältnis günstiger.'
          : 'Wählen Sie „Credits kaufen“ und ein Paket: Größere Pakete sind pro Credit günstiger.'
        : '',
      f.methods ? `Sie können per ${f.methods} bezahlen.` : '',
      f.manual
        ? 'Banküberweisungen und Krypto-Zahlungen werden gutgeschrieben, sobald die Zahlung eingegangen ist; den Stand sehen Sie unter Guthabenanfragen.'
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  qRunOut: (f: HelpFacts) =>
    f.model === 'money'
      ? 'Was passiert, wenn mein Guthaben aufgebraucht ist?'
      : `Was passiert, wenn meine ${f.product} aufgebraucht sind?`,
  aRunOut: (f: HelpFacts) =>
    `Ihr Guthaben wird nie negativ: Was mehr kostet als vorhanden, wartet, bis Sie aufladen, und wird nicht berechnet. ${f.autoTopUp ? 'Mit dem automatischen Aufladen passiert das gar nicht erst.' : ''} ${f.expiryMonths ? `Gekaufte Credits sind ${f.expiryMonths} Monate gültig; die Übersicht zeigt, was bald verfällt, und die zuerst verfallenden Credits werden zuerst verbraucht.` : 'Ihr Guthaben verfällt nicht.'}`
      .replace(/\s+/g, ' ')
      .trim(),
  qAuto: 'Kann mein Guthaben automatisch aufgeladen werden?',
  aAuto: (f: HelpFacts): string =>
    f.autoTopUp
      ? 'Ja. Fällt Ihr Guthaben unter einen von Ihnen gewählten Schwellenwert (oder stehen Credits kurz vor dem Verfall), kaufen wir den gewählten Betrag oder das gewählte Paket mit Ihrer gespeicherten Zahlungsart und senden Ihnen die Rechnung. Sie können es unter „Automatisches Aufladen“ jederzeit ändern oder ausschalten.'
      : 'Automatisches Aufladen ist für dieses Konto nicht verfügbar. Kaufen Sie einfach nach, wenn Sie es brauchen.',
  qServices: 'Über welchen Dienst laufen meine Zahlungen?',
  aServices: (f: HelpFacts) =>
    `Zahlungen werden über ${f.services || 'unseren Zahlungsdienstleister'} abgewickelt. Ihre vollständigen Kartendaten sehen und speichern wir nie.`,
  qInvoices: 'Bekomme ich eine Rechnung für meine Zahlungen?',
  aInvoices: (f: HelpFacts) =>
    `Ja. Jeder Kauf erhält eine Rechnung mit eigener Rechnungsnummer auf Ihre Rechnungsdaten; Sie laden sie im Verlauf herunter. ${f.invoiceThreshold ? `Aufladungen ab ${f.invoiceThreshold} zahlen Sie per Überweisung auf Rechnung; das Guthaben kommt mit dem Zahlungseingang.` : ''}`.trim(),
  qVat: 'Kann ich die Umsatzsteuer auf meinen Rechnungen abziehen?',
  aVat: (f: HelpFacts) =>
    `Rechnungen weisen die Umsatzsteuer gesondert aus (${f.vatRate} für Kunden in ${f.sellerCountry}), Unternehmen können sie als Vorsteuer abziehen. Unternehmen in einem anderen EU-Land mit gültiger USt-IdNr. erhalten Rechnungen ohne Umsatzsteuer im Reverse-Charge-Verfahren; Kunden außerhalb der EU erhalten Rechnungen ohne Umsatzsteuer.`,
  qAdded: 'Wann wird mein Guthaben nach einer Zahlung aktualisiert?',
  aAdded: (f: HelpFacts) =>
    `Karten- und PayPal-Zahlungen werden gutgeschrieben, sobald die Zahlung erfolgreich ist. ${f.manual ? 'Banküberweisungen und Krypto-Zahlungen müssen wir erst freigeben: Bis das Geld eingegangen ist, stehen sie als Guthabenanfrage in der Liste.' : ''}`.trim(),
  qInOut: 'Was bedeuten „Eingang“ und „Ausgang“ im Verlauf?',
  aInOut:
    'Ein Eingang erhöht Ihr Guthaben (Käufe, Aufladungen, angenommene Anfragen, Erstattungen). Ein Ausgang verringert es (Leistungen, Rechnungen, Nutzung). Ausstehende und fehlgeschlagene Einträge ändern nichts, bis sie abgeschlossen sind.',
  qRejected: 'Was passiert, wenn meine Guthabenanfrage abgelehnt wird?',
  aRejected:
    'Ihrem Guthaben wird nichts gutgeschrieben. Die Anfrage nennt den Grund; wenn Sie das Geld schon überwiesen haben, melden Sie sich bei uns, und wir klären es.',
  qPayMissing: 'Warum kann ich nicht mit meinem Guthaben bezahlen?',
  aPayMissing:
    'Die Zahlung mit Guthaben fehlt oder ist nicht möglich, wenn sie für Ihr Konto ausgeschaltet ist, wenn Ihr Guthaben unter dem Preis liegt oder wenn die Leistung oder Rechnung nicht mit Guthaben bezahlt werden kann.',
  qFailed: 'Werden fehlgeschlagene Aufträge berechnet?',
  aFailed:
    'Nein. Ein fehlgeschlagener Auftrag steht im Verlauf als „nicht berechnet“, und dafür reservierte Credits gehen an Ihr Guthaben zurück.',
  qPlan: 'Wann werden meine Plan-Credits erneuert?',
  aPlan: (f: HelpFacts) =>
    `Am ${f.planRenews} schreibt Ihr Plan ${f.planCredits} gut. Plan-Credits, die Sie bis dahin nicht genutzt haben, verfallen; gekaufte Credits bleiben${f.expiryMonths ? ` ${f.expiryMonths} Monate` : ''} gültig.`,
  stillNeedHelp: 'Brauchen Sie weitere Hilfe?',
  stillNeedHelpText: 'Sie finden nicht, was Sie suchen? Unser Support-Team hilft Ihnen gern.',
  contactSupport: 'Support kontaktieren',
} satisfies Translation<DashboardMessages>;
