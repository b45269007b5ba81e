import { describe, expect, it } from 'vitest';
import { ExampleGenerator, type JsonObject } from './openapi-examples';
import { checkConformance, formatTable, type Consumer } from './schema-conformance-check';

// A tiny OpenAPI fragment with every construct the generator resolves: $ref, allOf, oneOf with a
// discriminator mapping, enums, nullable, writeOnly and readOnly, nested arrays of objects.
const fragment: JsonObject = {
  openapi: '3.0.1',
  paths: {
    '/things': {
      get: {
        tags: ['things'],
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/ListThings' } } } },
          '400': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        },
      },
      delete: { tags: ['things'], responses: { '204': { description: 'gone' } } },
    },
    '/other': { get: { tags: ['things'], responses: { '200': { content: { 'application/json': { schema: { type: 'object' } } } } } } },
    '/elsewhere': { get: { tags: ['unrelated'], responses: { '200': { content: { 'application/json': { schema: { type: 'object' } } } } } } },
  },
  components: {
    schemas: {
      ListThings: { type: 'object', properties: { things: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } } },
      Thing: {
        type: 'object',
        required: ['name'],
        properties: {
          id: { type: 'string', readOnly: true },
          name: { type: 'string', maxLength: 3 },
          note: { type: 'string', nullable: true },
          status: { allOf: [{ $ref: '#/components/schemas/Status' }], readOnly: true },
          keys: { $ref: '#/components/schemas/Keys' },
        },
      },
      Status: { type: 'string', enum: ['ON', 'OFF'] },
      Keys: {
        type: 'object',
        properties: { kind: { type: 'string' } },
        discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/AKeys', b: '#/components/schemas/BKeys' } },
        oneOf: [{ $ref: '#/components/schemas/AKeys' }, { $ref: '#/components/schemas/BKeys' }],
      },
      AKeys: { type: 'object', properties: { kind: { type: 'string' }, user: { type: 'string' }, secret: { type: 'string', writeOnly: true } } },
      BKeys: { type: 'object', required: ['count'], properties: { kind: { type: 'string' }, count: { type: 'integer', format: 'int64' } } },
      Error: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
    },
  },
};

describe('OpenAPI example generator', () => {
  const generator = new ExampleGenerator(fragment);

  it('makes minimal examples with required fields only, nested items included in their minimal form', () => {
    expect(generator.examples({ $ref: '#/components/schemas/ListThings' }, 'min')).toEqual([
      {},
      // One minimal item per keys variant would be the same item: required-only items carry no keys.
      { things: [{ name: 'xxx' }, { keys: {}, name: 'xxx' }, { keys: { count: 1 }, name: 'xxx' }] },
    ]);
  });

  it('makes maximal examples with every readable field, nulls where nullable, one per enum value and oneOf variant', () => {
    const things = generator.examples({ $ref: '#/components/schemas/Thing' }, 'max') as JsonObject[];
    const base = { id: 'xxxx', name: 'xxx', note: null, status: 'ON', keys: { kind: 'a', user: 'xxxx' } };
    expect(things).toEqual([
      base,
      { ...base, note: 'xxxx' },
      { ...base, status: 'OFF' },
      { ...base, keys: { kind: 'b', count: 1 } },
    ]);
    // writeOnly fields never appear in a response.
    expect(JSON.stringify(things)).not.toContain('secret');
  });

  it('resolves allOf by merging properties and required lists', () => {
    const merged = generator.flatten({ allOf: [{ $ref: '#/components/schemas/Error' }, { properties: { code: { type: 'integer' } }, required: ['code'] }] });
    expect(merged).toMatchObject({ type: 'object', required: ['message', 'code'] });
    expect(generator.examples(merged, 'min')).toEqual([{ message: 'xxxx', code: 1 }]);
  });
});

describe('schema conformance check', () => {
  const strictName: Consumer = {
    name: 'strict reader',
    check: (answer) => {
      const things = (answer as { things?: { status?: string }[] }).things ?? [];
      const bad = things.find((thing) => thing.status === 'OFF');
      return bad ? { rejected: 'status OFF not understood' } : {};
    },
  };

  it('reports rejections per operation and lists operations without a reader as not used', () => {
    const rows = checkConformance(fragment, { 'get /things 200': strictName }, ['things']);
    expect(rows.map((row) => [row.operation, row.status, row.consumer, row.body])).toEqual([
      ['GET /things', '200', 'strict reader', true],
      ['DELETE /things', '204', undefined, false],
      ['GET /other', '200', undefined, true],
    ]);
    const things = rows[0];
    expect(things).toMatchObject({ min: 2, max: 1, rejected: 1 });
    expect(things?.problems[0]).toMatch(/status OFF not understood/);
    const table = formatTable(rows);
    expect(table).toMatch(/GET \/other\s+200\s+0\s+0\s+0\s+0\s+not used by the console/);
    expect(table).not.toContain('/elsewhere');
  });

  it('counts no rejection when the reader accepts every example', () => {
    const rows = checkConformance(fragment, { 'get /things 200': { name: 'tolerant', check: () => ({}) } }, ['things']);
    expect(rows.reduce((sum, row) => sum + row.rejected, 0)).toBe(0);
  });
});
