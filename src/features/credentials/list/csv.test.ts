import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';
import { parseCsv } from '../../../test/parse-csv';

describe('csvField', () => {
  it('leaves plain text as it is', () => {
    expect(csvField('aws-prod')).toBe('aws-prod');
    expect(csvField('')).toBe('');
  });

  it('quotes a field holding a comma, a quote, a newline or a carriage return, doubling its quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a formula starting with %j by a leading apostrophe', (start) => {
    const value = `${start}HYPERLINK("http://evil.example","x")`;
    const written = csvField(value);
    expect(written.replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    expect(parseCsv(`${written}\r\n`)).toEqual([[`'${value}`]]);
  });

  it('does not touch a formula character that is not at the start', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('me@example.com')).toBe('me@example.com');
  });

  it('writes numbers as numbers, even negative ones, and nothing for missing values', () => {
    expect(csvField(3)).toBe('3');
    expect(csvField(-1)).toBe('-1');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF and reads back field for field', () => {
    const rows = [
      ['x,1', 'he said "no"\r\nthen left', 2],
      ['=1+1', '@SUM(A1)', undefined],
    ];
    const text = toCsv(['name', 'note', 'count'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('name,note,count');
    expect(parseCsv(text)).toEqual([
      ['name', 'note', 'count'],
      ['x,1', 'he said "no"\r\nthen left', '2'],
      ["'=1+1", "'@SUM(A1)", ''],
    ]);
  });
});
