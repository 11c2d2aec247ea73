/**
 * The part lists composites forward (src/elements/parts.generated.ts) are what
 * the elements' @csspart docs say today: a part documented without running
 * `npm run analyze` fails here instead of silently not being forwarded.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

describe('forwarded part lists', () => {
  it('match the @csspart docs (run `npm run analyze` after changing them)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'creditkit-parts-'));
    try {
      execFileSync(
        process.execPath,
        ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--outdir', dir],
        {
          env: { ...process.env, CREDITKIT_PARTS_OUT: join(dir, 'parts.generated.ts') },
          stdio: 'pipe',
        },
      );
      const fresh = readFileSync(join(dir, 'parts.generated.ts'), 'utf8');
      assert.equal(readFileSync('src/elements/parts.generated.ts', 'utf8'), fresh);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
