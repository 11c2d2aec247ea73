import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, server } from './helpers.js';

describe('GET /openapi.json', () => {
  it('is a public OpenAPI 3.1 document of every route, with problems, security and idempotency keys', async () => {
    const mock = server();
    const { status, body: doc } = await call(mock, '/openapi.json', { token: null });
    assert.equal(status, 200);
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(doc.servers, [{ url: '/api/credits' }]);
    for (const route of mock.router.list()) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      assert.ok(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.path} documented`);
    }
    for (const name of ['Account', 'Quote', 'Transaction', 'TransactionPage', 'Problem', 'PackageList'])
      assert.ok(doc.components.schemas[name], name);
    assert.equal(doc.components.securitySchemes.bearerAuth.scheme, 'bearer');

    const account = doc.paths['/account'].get;
    assert.deepEqual(account.responses['200'].content['application/json'].schema, {
      $ref: '#/components/schemas/Account',
    });
    assert.deepEqual(account.responses['401'].content['application/problem+json'].schema, {
      $ref: '#/components/schemas/Problem',
    });
    const quote = doc.paths['/quote'].get;
    assert.deepEqual(
      quote.parameters.map((p: { name: string }) => p.name),
      ['amount', 'packageId', 'quantity', 'method', 'country'],
    );
    assert.match(quote.responses['422'].description, /amount_out_of_range/);
    const transactions = doc.paths['/transactions'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    assert.deepEqual([transactions.schema.minimum, transactions.schema.maximum], [1, 2000]);
    assert.deepEqual(doc.paths['/openapi.json'].get.security, []);
    const grant = doc.paths['/admin/accounts/{accountId}/grants'].post;
    assert.deepEqual(grant.security, [{ operatorToken: [] }]);
    assert.ok(grant.requestBody.content['application/json'].schema.properties.amount);
    assert.ok(
      grant.parameters.some((p: { $ref?: string }) => p.$ref === '#/components/parameters/IdempotencyKeyOptional'),
    );
    // Every route that needs a key says so.
    for (const route of mock.router.list().filter((r) => r.doc?.idempotent)) {
      const op = doc.paths[route.path.replace(/:(\w+)/g, '{$1}')][route.method.toLowerCase()];
      assert.ok(
        op.parameters.some((p: { $ref?: string }) => p.$ref === '#/components/parameters/IdempotencyKey'),
        route.path,
      );
    }
    // No dangling references.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
    for (const [, kind, name] of refs) assert.ok(doc.components[kind!]?.[name!], `${kind}/${name}`);
  });
});
