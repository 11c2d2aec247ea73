/** JSON calls to the reference server as a host's backend makes them: bearer token, a fresh idempotency key each. */
export function jsonClient(
  send: (request: Request) => Promise<Response>,
  base: string,
  token = 'demo-usage-billing',
): (method: string, path: string, body?: unknown) => Promise<{ status: number; body: Record<string, unknown> }> {
  let n = 0;
  return async (method, path, body) => {
    const response = await send(
      new Request(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': `package-test-${++n}`,
        },
        body: body === undefined ? null : JSON.stringify(body),
      }),
    );
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
}
