/**
 * Checks an assistant's tool arguments against the tool's declared input before anything runs: the declared
 * fields only, each of its type and within its bounds. What passes is a fresh object of own properties, so an
 * argument named `__proto__` or `constructor` can never reach a prototype in the job's scope.
 */
import type { McpInputField, McpInputSchema } from '../../src/stac-schema/index';

export type ToolInputCheck = { ok: true; value: Record<string, unknown> } | { ok: false; problems: string[] };

/** Longest text argument accepted when the field sets no `maxLength`. */
const DEFAULT_MAX_TEXT = 2000;

function fieldProblem(key: string, field: McpInputField, value: unknown): string | undefined {
  switch (field.type) {
    case 'string': {
      if (typeof value !== 'string') return `${key}: expected text, got ${typeof value}`;
      const max = field.maxLength ?? DEFAULT_MAX_TEXT;
      if (value.length > max) return `${key}: at most ${max} characters`;
      if (field.enum && !field.enum.includes(value)) return `${key}: one of ${field.enum.join(', ')}`;
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${key}: expected true or false`;
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${key}: expected a number`;
      if (field.type === 'integer' && !Number.isInteger(value)) return `${key}: expected a whole number`;
      if (field.minimum !== undefined && value < field.minimum) return `${key}: at least ${field.minimum}`;
      if (field.maximum !== undefined && value > field.maximum) return `${key}: at most ${field.maximum}`;
      return undefined;
    }
  }
}

export function checkToolInput(schema: McpInputSchema, args: unknown): ToolInputCheck {
  const given = args ?? {};
  if (typeof given !== 'object' || Array.isArray(given))
    return { ok: false, problems: ['the arguments must be an object'] };
  const problems: string[] = [];
  const value: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, argument] of Object.entries(given)) {
    const field = Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
    if (!field) {
      problems.push(`${key}: not an input of this tool`);
      continue;
    }
    const problem = fieldProblem(key, field, argument);
    if (problem) problems.push(problem);
    else value[key] = argument;
  }
  for (const key of schema.required) if (!Object.hasOwn(given, key)) problems.push(`${key}: required`);
  return problems.length ? { ok: false, problems } : { ok: true, value: { ...value } };
}

/** The tool's input as the JSON Schema an MCP client reads (`inputSchema`). */
export function toolInputJsonSchema(schema: McpInputSchema) {
  return {
    type: 'object' as const,
    properties: schema.properties as Record<string, object>,
    ...(schema.required.length ? { required: schema.required } : {}),
    additionalProperties: false,
  };
}
