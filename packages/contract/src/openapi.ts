import * as z from 'zod/mini';
import { endpoints, pathParams, type Endpoint, type EndpointName } from './endpoints.js';
import { commonErrors, endpointDocs } from './endpoints/docs.js';
import { ErrorBody, errorCatalogue, type ErrorCode } from './schemas/errors.js';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

const securityOf: Record<Endpoint['auth'], string> = {
  publishable: 'publishableKey',
  secret: 'secretKey',
  session: 'memberSession',
};

function operation(name: EndpointName, endpoint: Endpoint): JsonSchema {
  const doc = endpointDocs[name];
  const parameters: JsonSchema[] = pathParams(endpoint.path).map((param) => ({
    name: param,
    in: 'path',
    required: true,
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
        'Same key and body within 24 h returns the first result instead of acting again.',
      schema: { type: 'string', maxLength: 255 },
    });
  }
  const codes = [...new Set<ErrorCode>([...commonErrors, ...doc.errors])];
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = errorCatalogue[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: JsonSchema = {
    [String(endpoint.status ?? 200)]: {
      description: 'Success',
      content: { 'application/json': { schema: schemaOf(endpoint.response, 'output') } },
    },
  };
  for (const [status, statusCodes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: `Error: ${statusCodes.join(', ')}`,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return {
    operationId: name,
    summary: doc.summary,
    tags: [name.split('.')[0]],
    security: [{ [securityOf[endpoint.auth]]: [] }],
    ...(parameters.length ? { parameters } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaOf(endpoint.body, 'input') } },
          },
        }
      : {}),
    responses,
    ...(endpoint.sandboxOnly ? { 'x-sandbox-only': true } : {}),
  };
}

/** The OpenAPI 3.1 document of the partner API, derived from the endpoint table. */
export function generateOpenApi(version = '0.1.0'): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, endpoint] of Object.entries(endpoints) as [EndpointName, Endpoint][]) {
    const item = (paths[endpoint.path] ??= {});
    item[endpoint.method.toLowerCase()] = operation(name, endpoint);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jiagong partner API (嘉兴网上职工之家)',
      version,
      description:
        'Every key or token travels as `Authorization: Bearer <key|token>`. Money is integer fen, ' +
        'points are integers, times are ISO 8601 in +08:00, lists are `{ data, nextCursor }`.',
    },
    servers: [{ url: 'http://localhost:4010', description: 'Local sandbox' }],
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
      schemas: {
        Error: schemaOf(ErrorBody, 'output'),
        ErrorCode: {
          type: 'string',
          enum: Object.keys(errorCatalogue),
          'x-messages': errorCatalogue,
        },
      },
    },
    paths,
  };
}
