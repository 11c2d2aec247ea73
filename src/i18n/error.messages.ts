/**
 * User-facing texts for error codes (problem codes and transport errors), loaded on demand.
 * No internal names ("the credits service"): a customer with a money balance has
 * no credits service, only the site they are on and its server.
 */
import { defineCatalog } from './catalog.js';

/** English, the source language. Other languages: error.messages.<language>.ts, typed against this. */
const en = {
  network_error: 'The server could not be reached. Check your connection and try again.',
  timeout: 'The server took too long to answer. Please try again.',
  malformed_response: 'The server sent an unexpected answer. Please try again later.',
  unauthorized: 'You are not signed in. Please sign in again.',
  forbidden: 'You are not allowed to do this.',
  not_found: 'This could not be found.',
  internal_error: 'The server had a problem. Please try again later.',
  insufficient_credits: 'Your balance is too low for this.',
  credit_payments_disabled: 'Paying with your balance is switched off for this account.',
  not_eligible: 'This cannot be paid with credits.',
  billing_details_required: 'Please complete your billing details first.',
  amount_out_of_range: 'This amount is outside the allowed range.',
  idempotency_conflict: 'This request conflicts with an earlier one. Please start again.',
  validation_failed: 'Some details are not valid. Please check the highlighted fields.',
  payment_declined: 'The payment was declined. Nothing was charged.',
  purchases_disabled: 'Buying credits is not possible for this account right now.',
  method_not_available: 'This payment method is not available.',
  not_implemented: 'This is not available yet.',
};

export type ErrorMessages = typeof en;

// Loaded with the error texts (loadErrorMessages), not with the element texts.
export const errorMessages = defineCatalog(en, { de: () => import('./error.messages.de.js') }, { onDemand: true });
