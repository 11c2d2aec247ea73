/**
 * The mock billing portal: `GET /billing-portal` hands out a short-lived link to a
 * small HTML page standing in for Stripe's customer portal. The link carries a
 * random session id, never the bearer token.
 */
import { ProblemError } from '../http.js';
import type { RequestContext } from '../context.js';

const SESSION_TTL_MS = 60 * 60 * 1000;

/**
 * The API base links point at. `publicUrl` may be a bare origin (the base path is
 * added) or already include the base path (used as is).
 */
function baseUrl(ctx: RequestContext): string {
  const prefix = ctx.url.pathname.slice(0, ctx.url.pathname.length - ctx.path.length);
  const publicUrl = ctx.server.options.publicUrl;
  if (!publicUrl) return `${ctx.url.origin}${prefix}`;
  const configured = new URL(publicUrl);
  const path = configured.pathname.replace(/\/$/, '');
  return `${configured.origin}${path === '' ? prefix : path}`;
}

export async function portalUrl(ctx: RequestContext): Promise<string> {
  const id = crypto.randomUUID();
  await ctx.transaction(async (tx) => {
    if (!(await tx.account()).settings.billingPortal)
      throw new ProblemError(404, 'not_found', 'This account has no billing portal.');
    await tx.putPortalSession(id, ctx.now() + SESSION_TTL_MS);
  });
  return `${baseUrl(ctx)}/portal?session=${id}`;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(body: string, status: number): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Billing portal (mock)</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}</style></head>
<body>${body}</body></html>`;
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * The portal page. A browser following the link (Accept: text/html) gets a page
 * either way; any other client gets the documented problem details (410
 * `session_expired`) for a link that expired or never existed.
 */
export async function portalPage(ctx: RequestContext): Promise<Response> {
  const session = ctx.query.get('session') ?? '';
  const accountId = session.length <= 100 ? await ctx.server.storage.portalSession(session, ctx.now()) : null;
  const wantsHtml = /\btext\/html\b/.test(ctx.request.headers.get('accept') ?? '');
  if (!accountId) {
    if (!wantsHtml)
      throw new ProblemError(
        410,
        'session_expired',
        'This portal link has expired. Ask for a new one (GET /billing-portal).',
      );
    return page(
      '<h1>Billing portal</h1><p>This link has expired. Open the portal again from your credits page.</p>',
      410,
    );
  }
  const account = await ctx.server.storage.read(accountId, (tx) => tx.account());
  return page(
    `<h1>Billing portal</h1><p>Account: <strong>${escape(account.name)}</strong></p>
<p>This page stands in for the payment provider's customer portal (saved cards, receipts, cancelling a plan). Nothing here moves money.</p>`,
    200,
  );
}
