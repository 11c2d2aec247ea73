import type { AutoTopUpState } from '../../core/schemas/auto-top-up.js';
import { CreditEvent } from '../../events/credit-event.js';

/** Auto top-up settings were saved. Bubbles and is composed. */
export class CreditAutoTopUpSavedEvent extends CreditEvent<{ state: AutoTopUpState }> {
  static readonly type = 'credit-auto-top-up-saved';

  constructor(detail: { state: AutoTopUpState }) {
    super(CreditAutoTopUpSavedEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-auto-top-up-saved': CreditAutoTopUpSavedEvent;
  }
}
