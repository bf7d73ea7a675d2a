/** Schema validation errors (Ajv's, as Fastify passes them through) turned into one readable message and the field at fault. */
/** One schema validation error, as Ajv reports it (Fastify passes Ajv's errors through). */
export interface SchemaValidationError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Ajv's messages, naming the allowed values and the unexpected field where Ajv leaves them out (`schemaErrorFormatter`). */
export function formatSchemaErrors(errors: readonly SchemaValidationError[], dataVar: string): Error {
  // A failed anyOf comes with one error per branch: say once which types are accepted.
  const anyOfPaths = new Set(errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath));
  const branchTypes = (path: string) => errors.filter((error) => error.keyword === 'type' && error.instancePath === path).map((error) => String(error.params.type));
  const describe = (error: SchemaValidationError) => {
    const where = `${dataVar}${error.instancePath}`;
    const { allowedValues, additionalProperty } = error.params;
    if (error.keyword === 'anyOf' && branchTypes(error.instancePath).length > 0) return `${where} must be ${branchTypes(error.instancePath).join(' or ')}`;
    if (error.keyword === 'enum' && Array.isArray(allowedValues)) return `${where} must be one of ${allowedValues.join(', ')}`;
    if (error.keyword === 'additionalProperties' && typeof additionalProperty === 'string') return `${where} has an unknown field \`${additionalProperty}\``;
    return `${where} ${error.message ?? 'is invalid'}`;
  };
  const shown = errors.filter((error) => !(error.keyword === 'type' && anyOfPaths.has(error.instancePath)));
  return new Error(shown.map(describe).join('; '));
}

/** The request field the first schema error is about, as OpenAI names it: `messages[0].role`, `max_tokens`. */
export function schemaErrorParam(errors: readonly SchemaValidationError[]): string | null {
  const first = errors[0];
  if (first === undefined) return null;
  const segments = first.instancePath.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const { additionalProperty, missingProperty } = first.params;
  if (first.keyword === 'additionalProperties' && typeof additionalProperty === 'string') segments.push(additionalProperty);
  if (first.keyword === 'required' && typeof missingProperty === 'string') segments.push(missingProperty);
  return fieldPath(segments);
}

/** `['messages', '0', 'role']` -> `messages[0].role`; null for the body itself. */
export function fieldPath(segments: readonly (string | number)[]): string | null {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) path += `[${segment}]`;
    else path += path.length === 0 ? segment : `.${segment}`;
  }
  return path.length === 0 ? null : path;
}
