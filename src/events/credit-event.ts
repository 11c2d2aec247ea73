/**
 * The base of creditkit's events: a typed, read-only `detail`; every event bubbles
 * and is composed (it leaves the element's shadow root), and is cancelable only
 * where its class says so. Each element's event keeps its own class, `type` and
 * `GlobalEventHandlersEventMap` entry, so typed listeners see the detail.
 */
export class CreditEvent<T> extends Event {
  readonly detail: T;

  constructor(type: string, detail: T, init: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, ...init });
    this.detail = detail;
  }
}
