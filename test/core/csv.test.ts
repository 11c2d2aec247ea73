import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CSV_BOM, buildCsv, csvDecimal, csvField, csvRow, csvText, parseCsv } from '../../src/core/csv.js';

describe('csvField', () => {
  it('leaves plain text alone', () => {
    assert.equal(csvField('Balance top-up'), 'Balance top-up');
    assert.equal(csvField(''), '');
    assert.equal(csvField(null), '');
  });

  it('quotes separators, quotes, line breaks and edge spaces', () => {
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\r'), '"cr\r"');
    assert.equal(csvField(' padded'), '" padded"');
    assert.equal(csvField('a;b', ';'), '"a;b"');
    assert.equal(csvField('a,b', ';'), 'a,b');
  });
});

describe('csvText', () => {
  it('neutralises formula prefixes in free text', () => {
    assert.equal(csvText('=HYPERLINK("x")'), `'=HYPERLINK("x")`);
    assert.equal(csvText('+49 30'), `'+49 30`);
    assert.equal(csvText('@sum'), `'@sum`);
    assert.equal(csvText('-1'), `'-1`);
    assert.equal(csvText('Müller GmbH'), 'Müller GmbH');
  });
});

describe('csvDecimal', () => {
  it('is locale-neutral and exact from minor units', () => {
    assert.equal(csvDecimal(-1250, 2), '-12.50');
    assert.equal(csvDecimal(5, 2), '0.05');
    assert.equal(csvDecimal(123456789, 2), '1234567.89');
    assert.equal(csvDecimal(-7, 0), '-7');
  });
});

describe('buildCsv', () => {
  it('starts with a BOM, uses CRLF and ends every line', () => {
    const csv = buildCsv(['Date', 'Amount'], [['2026-01-01', '1.00']]);
    assert.ok(csv.startsWith(CSV_BOM));
    assert.equal(csv, `${CSV_BOM}Date,Amount\r\n2026-01-01,1.00\r\n`);
    assert.equal(buildCsv(['a'], [], { bom: false }), 'a\r\n');
  });
});

describe('parseCsv round trip', () => {
  it('parses quoted fields with commas, quotes and newlines', () => {
    const rows = parseCsv(`${CSV_BOM}a,"b,c","d ""e""\r\nf"\r\n1,,3\r\n`);
    assert.deepEqual(rows, [
      ['a', 'b,c', 'd "e"\r\nf'],
      ['1', '', '3'],
    ]);
  });

  it('reproduces any table of strings (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ü', '€', ',', '"', '\n', '\r\n', ' ', ';', '=', '1', '.') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const text = table.map((r) => csvRow(r)).join('\r\n') + '\r\n';
        assert.deepEqual(parseCsv(text), table);
      }),
    );
  });
});
