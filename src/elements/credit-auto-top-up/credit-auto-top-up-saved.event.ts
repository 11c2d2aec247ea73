import type { AutoTopUpState } from '../../core/schemas/auto-top-up.js';

/** Auto top-up settings were saved. Bubbles and is composed. */
export class CreditAutoTopUpSavedEvent extends Event {
  static readonly type = 'credit-auto-top-up-saved';
  readonly detail: { state: AutoTopUpState };

  constructor(detail: { state: AutoTopUpState }) {
    super(CreditAutoTopUpSavedEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-auto-top-up-saved': CreditAutoTopUpSavedEvent;
  }
}
