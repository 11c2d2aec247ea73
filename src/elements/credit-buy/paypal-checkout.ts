/**
 * PayPal Buttons for a top-up whose next step is `paypal`. The PayPal JS SDK
 * loader (`@paypal/paypal-js`) is imported only here, on demand, so pages that
 * never choose PayPal never load it. The buttons render into a light-DOM child of
 * the element (slotted), because PayPal's iframes do not render inside a shadow
 * root reliably.
 */
import type { NextAction } from '../../core/schemas/top-up.js';

export type PaypalNext = Extract<NextAction, { type: 'paypal' }>;

/** Client ids that mean "no real PayPal": the element shows a simulated approval button instead. */
export function isSimulatedPaypal(next: PaypalNext): boolean {
  return next.clientId === 'sb-simulated' || next.clientId.startsWith('simulated');
}

export interface PaypalHandlers {
  /** The buyer approved the order in PayPal's window. */
  approve(orderId: string): Promise<void>;
  /** The SDK failed to load or PayPal reported an error. */
  error(): void;
}

/** Loads the SDK and renders the buttons into `container`; resolves once rendered. */
export async function renderPaypalButtons(
  container: HTMLElement,
  next: PaypalNext,
  handlers: PaypalHandlers,
): Promise<void> {
  const { loadScript } = await import('@paypal/paypal-js');
  const paypal = await loadScript({
    clientId: next.clientId,
    currency: next.currency,
    intent: 'capture',
    ...(next.sdkBaseUrl ? { sdkBaseUrl: next.sdkBaseUrl } : {}),
  });
  if (!paypal?.Buttons) throw new Error('PayPal Buttons are not available');
  await paypal
    .Buttons({
      createOrder: () => Promise.resolve(next.orderId),
      onApprove: (data) => handlers.approve(data.orderID),
      onError: () => handlers.error(),
    })
    .render(container);
}
