// zod's core by name, as schemas/build.ts imports it: no module of the contract imports zod/mini's
// code, whose `z.core` namespace costs an esbuild bundle all of zod (see schemas/build.ts).
import { $ZodType, registry as zodRegistry, toJSONSchema } from 'zod/v4/core';
import type * as z from 'zod/mini';
import { endpoints, pathParams, type Endpoint, type EndpointName } from './endpoints.js';
import { commonErrors, endpointDocs } from './endpoints/docs.js';
import { parameterDocs } from './endpoints/parameter-docs.js';
import { schemaExamples } from './endpoints/examples.js';
import * as schemas from './schemas/index.js';

const allSchemas = schemas;
import { ErrorBody, errorCatalogue, type ErrorCode } from './schemas/errors.js';
import { openFields, type Known } from './schemas/open-fields.js';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

/**
 * Request and response schemas with the contract's named objects and enums (`Order`,
 * `OrderStatus` …) as `components.schemas` references, so a code generator makes one `Order`
 * model for the four endpoints that answer an order instead of four look-alike classes named
 * after operations (`MeOrdersCreate201Response` …).
 */
function namedModels() {
  const registry = zodRegistry<{ id: string }>();
  for (const [name, schema] of Object.entries(schemas)) {
    // ErrorBody is the `Error` component, written apart.
    if (!/^[A-Z]/.test(name) || name === 'ErrorBody' || name === 'FieldIssue') continue;
    if (!(schema instanceof $ZodType)) continue;
    const type = schema._zod.def.type;
    if (type === 'object' || type === 'enum') registry.add(schema, { id: name });
  }
  const components: Record<string, JsonSchema> = {};
  const toComponents = (node: unknown): unknown =>
    JSON.parse(JSON.stringify(node).replaceAll('"#/$defs/', '"#/components/schemas/'));

  return {
    components,
    schema(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
      const {
        $schema: _ignored,
        $defs,
        ...root
      } = toJSONSchema(schema, { io, unrepresentable: 'any', metadata: registry }) as JsonSchema;
      // Answers may gain fields (see `open`); requests keep their schema as it is.
      const shape = (node: unknown) => toComponents(io === 'output' ? open(node) : node);
      for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, unknown>)) {
        const model = shape(def) as JsonSchema;
        const known = components[id];
        if (known && JSON.stringify(known) !== JSON.stringify(model)) {
          throw new Error(`${id} reads differently as a request and as an answer`);
        }
        components[id] = model;
      }
      return shape(root) as JsonSchema;
    },
  };
}

type Models = ReturnType<typeof namedModels>;

/** Either scheme of a list is enough: a member session also names its partner. */
const securityOf: Record<Endpoint['auth'], string[]> = {
  publishable: ['publishableKey', 'memberSession'],
  secret: ['secretKey'],
  session: ['memberSession'],
};

/**
 * Responses may gain fields (the contract only ever grows), so their schemas do not forbid
 * unknown properties: a generated client that rejects what `additionalProperties: false` forbids
 * would break on the next additive release.
 */
function open(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(open);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'additionalProperties' && value === false) continue;
    out[key] = open(value);
  }
  return out;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/**
 * Gives every integer the OpenAPI `format` its range needs. Without one, code generators pick a
 * 32-bit type (Java's `Integer`, Go's `int32`) for integers the contract allows up to 2^53.
 */
function withIntegerFormats(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(withIntegerFormats);
  if (node === null || typeof node !== 'object') return;
  const schema = node as JsonSchema;
  const types = Array.isArray(schema.type) ? (schema.type as unknown[]) : [schema.type];
  if (types.includes('integer') && schema.format === undefined) {
    const { minimum, maximum } = schema as { minimum?: number; maximum?: number };
    const fits =
      minimum !== undefined &&
      maximum !== undefined &&
      minimum >= INT32_MIN &&
      maximum <= INT32_MAX;
    schema.format = fits ? 'int32' : 'int64';
  }
  Object.values(schema).forEach(withIntegerFormats);
}

const header = (name: string) => ({ $ref: `#/components/headers/${name}` });

/** Response headers of one response of an endpoint. */
function headersOf(endpoint: Endpoint, status: number): JsonSchema {
  return {
    'X-Request-Id': header('X-Request-Id'),
    ...(endpoint.idempotencyKey && status < 500
      ? { 'Idempotent-Replayed': header('Idempotent-Replayed') }
      : {}),
    // 409 idempotency_key_in_use asks, like 429 and 503, to send again after Retry-After.
    ...(status === 429 || status === 503 || (status === 409 && endpoint.idempotencyKey)
      ? { 'Retry-After': header('Retry-After') }
      : {}),
    ...(status === 401 ? { 'WWW-Authenticate': header('WWW-Authenticate') } : {}),
  };
}

function operation(name: EndpointName, endpoint: Endpoint, models: Models): JsonSchema {
  const doc = endpointDocs[name];
  const describe = (param: string) => {
    const description = parameterDocs[`${name}.${param}`] ?? parameterDocs[param];
    return description ? { description } : {};
  };
  const parameters: JsonSchema[] = pathParams(endpoint.path).map((param) => ({
    name: param,
    in: 'path',
    required: true,
    ...describe(param),
    schema: { type: 'string' },
  }));
  if (endpoint.query) {
    const query = schemaOf(endpoint.query, 'input') as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [param, schema] of Object.entries(query.properties ?? {})) {
      parameters.push({
        name: param,
        in: 'query',
        required: query.required?.includes(param) ?? false,
        ...describe(param),
        schema,
      });
    }
  }
  if (endpoint.idempotencyKey) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'Same key and body within 24 h returns the first result instead of acting again ' +
        '(with `Idempotent-Replayed: true`); the same key with another body answers 422 ' +
        '`idempotency_key_reused`. A key belongs to one member (or partner) and one endpoint. ' +
        '1 to 255 printable ASCII characters, no spaces, e.g. a UUID.',
      schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
    });
  }
  const codes = [...new Set<ErrorCode>([...commonErrors, ...doc.errors])];
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = errorCatalogue[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const success = endpoint.status ?? 200;
  const responses: JsonSchema = {
    [String(success)]: {
      description: 'Success',
      headers: headersOf(endpoint, success),
      content: { 'application/json': { schema: models.schema(endpoint.response, 'output') } },
    },
  };
  for (const [status, statusCodes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: `Error: ${statusCodes.join(', ')}`,
      headers: headersOf(endpoint, status),
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return {
    operationId: name,
    summary: doc.summary,
    tags: [name.split('.')[0]],
    security: securityOf[endpoint.auth].map((scheme) => ({ [scheme]: [] })),
    ...(parameters.length ? { parameters } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: models.schema(endpoint.body, 'input') } },
          },
        }
      : {}),
    responses,
    ...(endpoint.sandboxOnly ? { 'x-sandbox-only': true } : {}),
  };
}

/**
 * The tags (an operation's tag is the first part of its endpoint name), in the order a doc
 * portal lists them, each with what its section holds.
 */
const tags: Record<string, string> = {
  sessions: 'Member sessions, minted by the partner back end with the secret key.',
  cardVerifications: "A merchant's back end checks a member's verification code (secret key).",
  services: 'The service modules of the platform enabled for the partner.',
  unions: 'The trade union tree of Jiaxing (city, counties, towns, grassroots unions).',
  merchants: '惠工联盟: merchants that give members a discount.',
  mall: 'The points mall catalogue: categories and products.',
  loans: '惠工贷 loan products (the applications are under `me`).',
  models: '劳模风采: stories of model workers.',
  courses: 'Courses and their providers (sign-ups are under `me`).',
  quiz: 'The quiz rally (答题拉力赛): rounds, questions and leaderboards.',
  me: 'The member of the session: card, points, orders, loan applications, consents, courses and quiz results.',
  sandbox:
    'Sandbox controls (secret key, sandbox only): reset, test members, a loan application moved on, points and texts set.',
};

/**
 * An answer's open fields (`s.open`, parsed as any string so that a newer API may add values)
 * become `anyOf` of today's values and a string: generators make `OrderStatus | string`, and a
 * client they make keeps reading an answer with a value it does not know.
 */
function withOpenFields(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const known = (values: Known): JsonSchema => {
    if (Array.isArray(values)) return { type: 'string', enum: [...values] };
    const name = Object.keys(allSchemas).find(
      (key) => allSchemas[key as keyof typeof allSchemas] === values,
    );
    if (!name) throw new Error('An open field whose values are not a contract enum');
    schemas[name] ??= schemaOf(values as z.ZodMiniType, 'output');
    return { $ref: `#/components/schemas/${name}` };
  };
  const open = (node: JsonSchema, values: Known): JsonSchema => {
    if (node.type === 'array') return { ...node, items: open(node.items as JsonSchema, values) };
    const nullable = Array.isArray(node.type) && node.type.includes('null');
    if (!nullable && node.type !== 'string') {
      throw new Error(`An open field that is not a string: ${JSON.stringify(node)}`);
    }
    if (nullable) return { anyOf: [known(values), { type: 'string' }, { type: 'null' }] };
    return { anyOf: [known(values), { type: 'string' }] };
  };
  for (const [field, values] of Object.entries(openFields)) {
    const [model, ...path] = field.split('.');
    let parent = schemas[model!];
    for (const key of path.slice(0, -1)) {
      parent = (parent?.properties as Record<string, JsonSchema> | undefined)?.[key];
    }
    const properties = parent?.properties as Record<string, JsonSchema> | undefined;
    const last = path.at(-1)!;
    if (!properties?.[last]) throw new Error(`No field ${field} for the open fields`);
    properties[last] = open(properties[last], values);
  }
  return schemas;
}

/** The component schemas, the main models with a realistic example each (`schemaExamples`). */
function withExamples(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  for (const [name, example] of Object.entries(schemaExamples)) {
    const schema = schemas[name];
    if (!schema) throw new Error(`An example for ${name}, which is not a component`);
    schema.examples = [example];
  }
  return schemas;
}

/** The OpenAPI 3.1 document of the partner API, derived from the endpoint table. */
export function generateOpenApi(version = '0.1.0'): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const models = namedModels();
  for (const [name, endpoint] of Object.entries(endpoints) as [EndpointName, Endpoint][]) {
    const item = (paths[endpoint.path] ??= {});
    item[endpoint.method.toLowerCase()] = operation(name, endpoint, models);
  }
  const document: JsonSchema = {
    openapi: '3.1.0',
    info: {
      title: 'Jiagong partner API (嘉兴网上职工之家)',
      version,
      description:
        'Every key or token travels as `Authorization: Bearer <key|token>`; request bodies are ' +
        'JSON (`Content-Type: application/json`, UTF-8). Money is integer fen, points are ' +
        'integers, times are ISO 8601 in +08:00, lists are `{ data, nextCursor }`. Every answer ' +
        'carries `X-Request-Id` and `Cache-Control: no-store`; every error is ' +
        '`{ error: { code, message, requestId, details? } }` (`code` from `ErrorCode`). ' +
        'Responses may gain fields in a minor release: ignore properties you do not know. ' +
        "An answer's value that is `anyOf` a model and a string (an order `status` …) may gain " +
        'values: show a value you do not know neutrally, and act on none. ' +
        'A path with a method it does not take answers 405 `method_not_allowed` with `Allow`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://localhost:4010', description: 'Local sandbox' }],
    tags: Object.entries(tags).map(([name, description]) => ({ name, description })),
    components: {
      securitySchemes: {
        publishableKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'pk_… (or a member session)',
        },
        secretKey: { type: 'http', scheme: 'bearer', description: 'sk_… (server side only)' },
        memberSession: { type: 'http', scheme: 'bearer', description: 'st_… (15 minutes)' },
      },
      headers: {
        'X-Request-Id': {
          description: 'The id of this request (also `error.requestId`); quote it to support.',
          schema: { type: 'string' },
        },
        'Idempotent-Replayed': {
          description:
            '`true` when this is the stored answer to an earlier request with the same ' +
            'Idempotency-Key and body; nothing was done again.',
          schema: { type: 'string', enum: ['true'] },
        },
        'Retry-After': {
          description: 'Seconds to wait before sending the request again.',
          schema: { type: 'integer', minimum: 0 },
        },
        'WWW-Authenticate': {
          description:
            'The challenge of every 401 (RFC 6750): `Bearer realm="jiagong"`, with ' +
            '`error="invalid_token"` when the credential sent was refused.',
          schema: { type: 'string' },
        },
      },
      schemas: withExamples(
        withOpenFields({
          Error: open(schemaOf(ErrorBody, 'output')) as JsonSchema,
          ErrorCode: {
            type: 'string',
            enum: Object.keys(errorCatalogue),
            'x-messages': errorCatalogue,
          },
          ...Object.fromEntries(
            Object.entries(models.components).sort(([a], [b]) => (a < b ? -1 : 1)),
          ),
        }),
      ),
    },
    paths,
  };
  withIntegerFormats(document);
  return document;
}
