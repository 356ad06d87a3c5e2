/**
 * Metadata for the JSON Schema export (`id`, `description`, `examples`...) on zod/mini schemas, which have
 * no `.meta()` method: like zod's own `.meta()`, it registers a copy in zod's global registry, so the
 * schema it was made from stays undescribed where it is reused.
 */
import { z } from './zodConfig';

export function withMeta<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  const described = schema.clone();
  z.globalRegistry.add(described, meta);
  return described;
}
