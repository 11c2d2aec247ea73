// The floor of the page bench: the least a Lit element can do to show an amount.
import { LitElement, html } from 'lit';

class BenchFloor extends LitElement {
  static override properties = { amount: { type: Number } };
  amount = 25_000;
  override render() {
    const text = new Intl.NumberFormat(document.documentElement.lang, { style: 'currency', currency: 'EUR' });
    return html`<span part="amount">${text.format(this.amount / 100)}</span>`;
  }
}
customElements.define('bench-floor', BenchFloor);
