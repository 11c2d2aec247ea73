/**
 * The kit's one staleness rule, used by every shared resource and every quote:
 * of the requests started through one `Latest`, only the newest may apply its
 * answer. Starting a request aborts the one before it, and `cancel()` (a write
 * that returned fresher data, a backend switch) aborts the running one, so a slow
 * answer to an older question never overwrites a newer one.
 */
export interface Ticket {
  /** Aborted when a newer request starts or the running one is cancelled. */
  readonly signal: AbortSignal;
  /** True while no newer request started and nothing cancelled this one. */
  readonly current: boolean;
}

export class Latest {
  private controller: AbortController | undefined;

  /** Starts a request; the previous one (if still running) is aborted and may no longer apply. */
  begin(): Ticket {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const isCurrent = () => this.controller === controller;
    return {
      signal: controller.signal,
      get current() {
        return isCurrent();
      },
    };
  }

  /** The running request, if any, is aborted and may no longer apply. */
  cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
  }
}

/** Settles with `promise`, or as soon as `signal` aborts: an adapter may ignore the signal, a waiter must not hang. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('Superseded', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
