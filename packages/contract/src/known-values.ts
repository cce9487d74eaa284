// The answers' open fields (`s.open`) parse any string, so that an SDK a partner pinned keeps
// working when the API adds a value. Whoever serves the answers (the sandbox, the reference of
// today's API) must still send only today's values: this finds the others. Node only in use; the
// browser bundles never call it, so neither it nor ./schemas/open-fields.js reaches them.
import type * as z from 'zod/mini';
import * as schemas from './schemas/index.js';
import { openFields } from './schemas/open-fields.js';

type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  entries?: Record<string, string>;
};

const defOf = (schema: z.core.$ZodType) => schema._zod.def as Def;

/** A value of an answer's open field that is not one of today's values. */
export interface UnknownAnswerValue {
  /** Dotted path of the value in the answer (`data.0.status`). */
  path: string;
  /** The value sent. */
  value: string;
  /** Today's values of the field. */
  known: readonly string[];
}

/** Each object schema's open fields (by key) with today's values; built on first use. */
let openByObject: Map<z.core.$ZodType, Map<string, readonly string[]>> | undefined;

/** Through `optional`, `nullable` and arrays to the object schema they hold. */
function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  const def = schema && defOf(schema);
  const inner = def?.innerType ?? def?.element;
  return inner ? unwrap(inner) : schema;
}

function openFieldsByObject(): Map<z.core.$ZodType, Map<string, readonly string[]>> {
  if (openByObject) return openByObject;
  const byObject = new Map<z.core.$ZodType, Map<string, readonly string[]>>();
  const named = schemas as unknown as Record<string, z.core.$ZodType | undefined>;
  for (const [field, known] of Object.entries(openFields)) {
    const [model, ...path] = field.split('.');
    // The docs call ErrorBody `Error`.
    let node = unwrap(named[model === 'Error' ? 'ErrorBody' : model!]);
    for (const key of path.slice(0, -1)) node = unwrap(node && defOf(node).shape?.[key]);
    if (!node || !defOf(node).shape?.[path.at(-1)!]) {
      throw new Error(`No field ${field} for the open fields`);
    }
    const values = Array.isArray(known)
      ? known
      : Object.values(defOf(known as z.core.$ZodType).entries ?? {});
    if (!byObject.has(node)) byObject.set(node, new Map());
    byObject.get(node)!.set(path.at(-1)!, values);
  }
  return (openByObject = byObject);
}

/** Where the walk is: the keys from the answer down (a path is joined only for a value found). */
type Walk = {
  open: Map<z.core.$ZodType, Map<string, readonly string[]>>;
  keys: (string | number)[];
  found: UnknownAnswerValue[];
};

function known(w: Walk, value: unknown, values: readonly string[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      w.keys.push(i);
      known(w, value[i], values);
      w.keys.pop();
    }
  } else if (typeof value === 'string' && !values.includes(value)) {
    w.found.push({ path: w.keys.join('.'), value, known: values });
  }
}

function walk(w: Walk, node: z.core.$ZodType, value: unknown): void {
  if (value === null || value === undefined) return;
  const def = defOf(node);
  if (def.innerType) walk(w, def.innerType, value);
  else if (def.element && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      w.keys.push(i);
      walk(w, def.element, value[i]);
      w.keys.pop();
    }
  } else if (def.valueType && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      w.keys.push(key);
      walk(w, def.valueType, item);
      w.keys.pop();
    }
  } else if (def.shape && typeof value === 'object') {
    const fields = w.open.get(node);
    for (const key in def.shape) {
      const item = (value as Record<string, unknown>)[key];
      const values = fields?.get(key);
      w.keys.push(key);
      if (values) known(w, item, values);
      else walk(w, def.shape[key]!, item);
      w.keys.pop();
    }
  }
}

/**
 * The values of `answer`'s open fields that are not among today's values (see
 * ./schemas/open-fields.js), with their paths; empty when every one is known. `schema` is the
 * answer's contract schema (an endpoint's `response`), `answer` a value it parsed.
 */
export function unknownAnswerValues(
  schema: z.core.$ZodType,
  answer: unknown,
): UnknownAnswerValue[] {
  const w: Walk = { open: openFieldsByObject(), keys: [], found: [] };
  walk(w, schema, answer);
  return w.found;
}
