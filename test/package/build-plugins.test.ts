/**
 * The build's own transforms, on small inputs: template whitespace (what ships
 * must render the same), and source maps that keep up with edits (what
 * `npm run bench:anatomy` reads). Pixel comparison of whole pages built with
 * and without the template minifier was done when it was written; the package
 * journeys run on its output.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '@jridgewell/sourcemap-codec';
import { editChunk } from '../../scripts/chunk-edits.js';
import { minifyHtmlLiterals } from '../../scripts/minify-html-literals.js';
import { applyEdits } from '../../scripts/source-edits.js';

describe('minify-html-literals', () => {
  it('turns each whitespace run holding a line break into one space, in nested templates too', () => {
    const code = [
      'const a = html`<div>',
      '    <span>${x ? html`<b>',
      '      yes</b>` : nothing}</span>',
      '  </div>`;',
    ].join('\n');
    assert.equal(
      minifyHtmlLiterals(code),
      'const a = html`<div> <span>${x ? html`<b> yes</b>` : nothing}</span> </div>`;',
    );
  });

  it('keeps runs without a line break, expressions, and other template tags as they are', () => {
    const code = 'html`<a  b="${`x\n  y`}">  </a>` + css`a {\n  b: c;\n}` + `plain\n  text`';
    assert.equal(minifyHtmlLiterals(code), code);
  });
});

describe('source maps of edits', () => {
  it('a transform maps every output line to the source line it starts in', () => {
    const code = 'a\nhtml`x\n\n  y`\nz\n';
    const { code: out, map } = applyEdits(code, [{ start: 8, end: 12, text: ' ' }], 'm.ts');
    assert.equal(out, 'a\nhtml`x y`\nz\n');
    assert.deepEqual(
      decode(map.mappings).map((line) => line[0]?.[2]),
      [0, 1, 4, 5],
    );
  });

  it('an edit of a generated chunk moves the mappings after it', () => {
    const chunk = { type: 'chunk', fileName: 'c.js', code: 'AAAA;BBBB;' } as never as Parameters<typeof editChunk>[1];
    const map = { version: 3, sources: ['a.ts', 'b.ts'], names: [], mappings: 'AAAA,KCAA' };
    const bundle = { 'c.js.map': { type: 'asset', source: JSON.stringify(map) } } as never as Parameters<
      typeof editChunk
    >[0];
    editChunk(bundle, chunk, [{ start: 0, end: 4, text: 'AAAAAAAA' }]);
    assert.equal(chunk.code, 'AAAAAAAA;BBBB;');
    const source = (bundle as unknown as Record<string, { source: string }>)['c.js.map']!.source;
    const [[first, second]] = decode((JSON.parse(source) as { mappings: string }).mappings);
    assert.deepEqual([first![0], second![0], second![1]], [0, 9, 1]);
  });
});
