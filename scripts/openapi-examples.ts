/**
 * Example answers generated from an OpenAPI 3.0 document's response schemas, for checking that the console's
 * own schemas accept everything the document allows (scripts/schema-conformance.ts).
 *
 * - `min`: only required properties. Besides the bare minimum, further examples carry each optional list or
 *   object with minimal content (required fields only), so that nested items are checked in their minimal form.
 * - `max`: every property the server may send (writeOnly ones never appear in a response), `null` where the
 *   schema is nullable; an array holds one item of each variant.
 *
 * `$ref` and `allOf` are resolved; `oneOf`/`anyOf` (with or without a discriminator) yield one example per
 * variant, with the discriminator property set from the mapping; every enum value yields an example. So that
 * variants do not multiply, one example is the base (first choice everywhere) and each further example changes
 * one property to another of its choices.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type ExampleMode = 'min' | 'max';

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const MAX_DEPTH = 12;

export class ExampleGenerator {
  readonly #document: JsonObject;

  constructor(document: JsonObject) {
    this.#document = document;
  }

  /** Follows a local `$ref` ("#/components/schemas/X"). */
  resolve(node: Json | undefined): JsonObject {
    let current = node;
    for (let hops = 0; isJsonObject(current) && typeof current.$ref === 'string'; hops++) {
      if (hops > 32) throw new Error(`$ref loop at ${current.$ref}`);
      current = this.#pointer(current.$ref);
    }
    return isJsonObject(current) ? current : {};
  }

  #pointer(ref: string): Json | undefined {
    if (!ref.startsWith('#/')) throw new Error(`Only local $ref is supported: ${ref}`);
    let node: Json | undefined = this.#document;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      node = isJsonObject(node) ? node[key] : undefined;
    }
    if (node === undefined) throw new Error(`Unresolved $ref ${ref}`);
    return node;
  }

  /** One schema with `allOf` folded in: properties and required lists merged, other keywords kept (the outer wins). */
  flatten(node: Json | undefined): JsonObject {
    const schema = this.resolve(node);
    if (!Array.isArray(schema.allOf)) return schema;
    const { allOf, ...own } = schema;
    const parts = [...allOf.map((part) => this.flatten(part)), own];
    const merged: JsonObject = {};
    const properties: JsonObject = {};
    const required = new Set<string>();
    for (const part of parts) {
      for (const [key, value] of Object.entries(part)) {
        if (key === 'properties' && isJsonObject(value)) Object.assign(properties, value);
        else if (key === 'required' && Array.isArray(value)) value.forEach((name) => typeof name === 'string' && required.add(name));
        else merged[key] = value;
      }
    }
    if (Object.keys(properties).length > 0) merged.properties = properties;
    if (required.size > 0) merged.required = [...required];
    return merged;
  }

  /** The examples of one schema; always at least one. */
  examples(node: Json | undefined, mode: ExampleMode, seen: readonly string[] = []): Json[] {
    if (seen.length > MAX_DEPTH) return [null];
    const ref = isJsonObject(node) && typeof node.$ref === 'string' ? node.$ref : undefined;
    const trail = ref === undefined ? seen : [...seen, ref];
    const schema = this.flatten(node);
    const nullable = schema.nullable === true;
    const alternatives = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined;
    if (alternatives !== undefined) {
      const { oneOf: _oneOf, anyOf: _anyOf, discriminator, ...base } = schema;
      const values = alternatives.flatMap((alternative) => {
        const variant = this.flatten({ allOf: [base, alternative] } as Json);
        const tag = discriminatorValue(discriminator, alternative);
        return this.examples(variant, mode, trail).map((value) => withDiscriminator(value, discriminator, tag));
      });
      return unique(mode === 'max' && nullable ? [null, ...values] : values);
    }
    if (Array.isArray(schema.enum)) {
      const values = schema.enum.filter((value) => value !== null);
      const chosen = mode === 'max' ? values : values.slice(0, 1);
      return mode === 'max' && nullable ? [null, ...chosen] : chosen.length > 0 ? chosen : [null];
    }
    const values = this.#typed(schema, mode, trail);
    return mode === 'max' && nullable ? [null, ...values] : values;
  }

  #typed(schema: JsonObject, mode: ExampleMode, trail: readonly string[]): Json[] {
    const type = typeof schema.type === 'string' ? schema.type : isJsonObject(schema.properties) ? 'object' : schema.items ? 'array' : undefined;
    switch (type) {
      case 'object':
        return this.#object(schema, mode, trail);
      case 'array': {
        if (trail.length > MAX_DEPTH) return [[]];
        const items = this.examples(schema.items, mode, trail);
        return [items];
      }
      case 'string':
        return [stringExample(schema)];
      case 'integer':
        return [typeof schema.minimum === 'number' ? Math.ceil(schema.minimum) : 1];
      case 'number':
        return [typeof schema.minimum === 'number' ? schema.minimum : 1.5];
      case 'boolean':
        return [true];
      default:
        // No type: anything goes; a string is the most common shape.
        return ['any'];
    }
  }

  #object(schema: JsonObject, mode: ExampleMode, trail: readonly string[]): Json[] {
    const properties = isJsonObject(schema.properties) ? schema.properties : {};
    const required = new Set(Array.isArray(schema.required) ? schema.required.filter((name) => typeof name === 'string') : []);
    // Each property's choices; ABSENT first means the base example leaves the property out.
    const choices: [string, (Json | typeof ABSENT)[]][] = [];
    for (const [name, property] of Object.entries(properties)) {
      const resolved = this.flatten(property);
      // A response never carries a write-only property.
      if (resolved.writeOnly === true) continue;
      const propertyRef = isJsonObject(property) && typeof property.$ref === 'string' ? property.$ref : undefined;
      // A recursive optional property is left out rather than followed forever.
      if (propertyRef !== undefined && trail.includes(propertyRef) && !required.has(name)) continue;
      if (required.has(name) || mode === 'max') {
        choices.push([name, this.examples(property, mode, trail)]);
      } else if (holdsObjects(this, resolved)) {
        // Minimal answers also carry optional lists and objects with minimal content, so that the
        // required-only shape of nested items (a list row, a user) is checked too.
        choices.push([name, [ABSENT, ...this.examples(property, mode, trail)]]);
      }
    }
    const build = (pick: (name: string, values: (Json | typeof ABSENT)[]) => Json | typeof ABSENT): JsonObject => {
      const out: JsonObject = {};
      for (const [name, values] of choices) {
        const value = pick(name, values);
        if (value !== ABSENT) out[name] = value;
      }
      return out;
    };
    const base = build((_name, values) => values[0] ?? null);
    const results: Json[] = [base];
    for (const [name, values] of choices) {
      for (const value of values.slice(1)) results.push(build((other, otherValues) => (other === name ? value : (otherValues[0] ?? null))));
    }
    return unique(results);
  }
}

const ABSENT = Symbol('absent');

/** Drops repeated examples (variants that differ only in write-only fields look the same in a response). */
function unique(values: Json[]): Json[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** True for an object schema with properties, or an array of such objects. */
function holdsObjects(generator: ExampleGenerator, schema: JsonObject): boolean {
  if (isJsonObject(schema.properties) || Array.isArray(schema.oneOf)) return true;
  if (schema.type === 'array') return holdsObjects(generator, generator.flatten(schema.items));
  return false;
}

function discriminatorValue(discriminator: Json | undefined, alternative: Json): string | undefined {
  if (!isJsonObject(discriminator) || !isJsonObject(discriminator.mapping) || !isJsonObject(alternative)) return undefined;
  const ref = alternative.$ref;
  return Object.entries(discriminator.mapping).find(([, target]) => target === ref)?.[0];
}

function withDiscriminator(value: Json, discriminator: Json | undefined, tag: string | undefined): Json {
  if (tag === undefined || !isJsonObject(value) || !isJsonObject(discriminator)) return value;
  const property = discriminator.propertyName;
  if (typeof property !== 'string' || !(property in value)) return value;
  return { ...value, [property]: tag };
}

function stringExample(schema: JsonObject): string {
  switch (schema.format) {
    case 'date-time':
      return '2026-01-02T03:04:05Z';
    case 'date':
      return '2026-01-02';
    case 'email':
      return 'user@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com/x';
    case 'uuid':
      return '123e4567-e89b-12d3-a456-426614174000';
    default: {
      const min = typeof schema.minLength === 'number' ? schema.minLength : 1;
      const max = typeof schema.maxLength === 'number' ? schema.maxLength : 8;
      return 'x'.repeat(Math.max(1, Math.min(Math.max(min, 4), max)));
    }
  }
}

export interface OperationResponse {
  path: string;
  method: string;
  operationId: string | undefined;
  tags: string[];
  status: string;
  /** The response's JSON schema; undefined when it has no body. */
  schema: Json | undefined;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** Every operation's responses with their JSON schema, in document order. */
export function operationResponses(document: JsonObject): OperationResponse[] {
  const paths = isJsonObject(document.paths) ? document.paths : {};
  const out: OperationResponse[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isJsonObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isJsonObject(operation)) continue;
      const responses = isJsonObject(operation.responses) ? operation.responses : {};
      const tags = Array.isArray(operation.tags) ? operation.tags.filter((tag): tag is string => typeof tag === 'string') : [];
      for (const [status, response] of Object.entries(responses)) {
        const content = isJsonObject(response) && isJsonObject(response.content) ? response.content : undefined;
        const json = content && isJsonObject(content['application/json']) ? content['application/json'] : undefined;
        out.push({
          path,
          method,
          operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
          tags,
          status,
          schema: json?.schema,
        });
      }
    }
  }
  return out;
}
