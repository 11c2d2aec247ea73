/**
 * Opaque pagination cursors: base64url of a small versioned JSON, so clients treat
 * them as tokens and the server can change what is inside.
 */
import { ProblemError } from '../http.js';

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}

export function encodeCursor(seq: number): string {
  return toBase64Url(JSON.stringify({ v: 1, s: seq }));
}

/** The seq a cursor points below; a cursor this server did not make is `validation_failed`. */
export function decodeCursor(cursor: string): number {
  try {
    const data = JSON.parse(fromBase64Url(cursor)) as { v?: unknown; s?: unknown };
    if (data.v === 1 && typeof data.s === 'number' && Number.isFinite(data.s) && data.s >= 0) return data.s;
  } catch {
    // fall through to the problem below
  }
  throw new ProblemError(422, 'validation_failed', 'The cursor is not valid.', [
    { field: 'cursor', code: 'invalid_cursor', message: 'Use the nextCursor of a previous page.' },
  ]);
}
