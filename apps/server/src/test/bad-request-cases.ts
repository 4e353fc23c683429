import { z } from 'zod';
import type { RegisteredRoute } from '../platform/http/route-permission';
import { sampleUrl } from './route-samples';

export interface BadRequest {
  label: string;
  url: string;
  body?: string;
  contentType?: string;
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  enum?: unknown[];
  anyOf?: JsonSchema[];
};

const BAD_PARAMS = ['not-a-uuid', '%00', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(600), "1'%20OR%20'1'='1", '-1', '😀'];
const BAD_QUERIES = [
  'page=-1',
  'page=abc',
  'page=1.5',
  'pageSize=0',
  'pageSize=100000',
  'sort=%3Bdrop%20table%20users',
  `q=${'x'.repeat(1000)}`,
  'page[]=1',
  'from=yesterday',
  'to=2026-13-45',
  'active=maybe',
  'recordId=%00',
  'departmentId=not-a-uuid',
];

function jsonSchemaOf(schema: unknown): JsonSchema | undefined {
  if (!schema || typeof schema !== 'object' || !('_zod' in schema)) return undefined;
  try {
    return z.toJSONSchema(schema as z.ZodType, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
  } catch {
    return undefined;
  }
}

function typesOf(s: JsonSchema): string[] {
  if (s.enum) return ['enum'];
  if (Array.isArray(s.type)) return s.type;
  if (s.type) return [s.type];
  if (s.anyOf) return s.anyOf.flatMap(typesOf);
  return [];
}

/** Values that cannot satisfy a property of the given JSON-schema types. */
function wrongValuesFor(s: JsonSchema): unknown[] {
  const types = typesOf(s);
  const values: unknown[] = [];
  if (!types.includes('object')) values.push({ nested: { deep: [1, { x: null }] } });
  if (!types.includes('array')) values.push([1, 'two', { three: 3 }]);
  if (!types.some((t) => ['number', 'integer', 'enum', 'string'].includes(t))) values.push(12345.678);
  if (!types.includes('boolean') && !types.includes('string') && !types.includes('enum')) values.push(true);
  if (types.includes('string') || types.includes('enum')) values.push(987654321, false);
  if (types.includes('number') || types.includes('integer')) values.push('NaN', '1e999', 'Infinity');
  return values;
}

/** Requests no client may get a 5xx for, and that must change nothing: malformed bodies, params and queries. */
export function badRequestsFor(route: RegisteredRoute): BadRequest[] {
  const cases: BadRequest[] = [];
  const url = sampleUrl(route);
  if (route.url.includes(':')) {
    for (const p of BAD_PARAMS) cases.push({ label: `param ${p.slice(0, 20)}`, url: sampleUrl(route, p) });
  }
  if (route.method === 'GET') {
    for (const q of BAD_QUERIES) cases.push({ label: `query ${q.slice(0, 30)}`, url: `${url}?${q}` });
    return cases;
  }
  const json = 'application/json';
  cases.push(
    { label: 'invalid JSON', url, body: '{"a": ', contentType: json },
    { label: 'JSON array', url, body: '[]', contentType: json },
    { label: 'JSON string', url, body: '"x"', contentType: json },
    { label: 'JSON number', url, body: '42', contentType: json },
    { label: 'JSON null', url, body: 'null', contentType: json },
    {
      label: 'proto pollution',
      url,
      body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
      contentType: json,
    },
    { label: 'unknown field', url, body: JSON.stringify({ surelyUnknownField: 1 }), contentType: json },
    { label: 'oversized body', url, body: JSON.stringify({ big: 'x'.repeat(2 * 1024 * 1024) }), contentType: json },
    { label: 'text/plain', url, body: 'hello', contentType: 'text/plain' },
    { label: 'deep nesting', url, body: `${'['.repeat(5000)}${']'.repeat(5000)}`, contentType: json },
  );
  const body = jsonSchemaOf(route.schema?.body);
  for (const [key, prop] of Object.entries(body?.properties ?? {})) {
    for (const value of wrongValuesFor(prop)) {
      cases.push({
        label: `${key}=${JSON.stringify(value).slice(0, 30)}`,
        url,
        body: JSON.stringify({ [key]: value }),
        contentType: json,
      });
    }
  }
  return cases;
}
