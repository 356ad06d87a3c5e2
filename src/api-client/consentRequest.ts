/**
 * What a `409 CONSENT_REQUIRED` asks the user to allow. The server puts it at the top level of the error
 * body (`consent`, and `added` on an update), which ApiError keeps in `data`: untrusted, so it is checked
 * here once instead of cast where it is read. Entries that do not have the documented shape are dropped, so
 * a consent screen never shows garbage, and never allows more than it showed.
 */
import { z } from '../stac-schema';
// Sets zod's jitless mode before the schemas below are built: built first, they would probe `new Function`
// and a strict CSP reports it.
import '../stac-schema';
import { isApiError } from './ApiError';

const permissionSchema = z.object({
  permission: z.string().check(z.minLength(1)),
  title: z.optional(z.string()),
});

/** Keeps the entries of a list that have the shape; anything else becomes an empty list. */
function listOf<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.catch(z.array(z.unknown()), []),
    z.transform((entries) =>
      entries.flatMap((entry) => {
        const checked = item.safeParse(entry);
        return checked.success ? [checked.data as z.output<T>] : [];
      }),
    ),
  );
}

const consentGroupSchema = z.object({
  pluginId: z.optional(z.string()),
  name: z.catch(z.string().check(z.minLength(1)), 'This plugin'),
  version: z.catch(z.optional(z.nullable(z.string())), undefined),
  permissions: listOf(permissionSchema),
});

const consentBodySchema = z.object({
  consent: z.optional(listOf(consentGroupSchema)),
  added: z.optional(listOf(permissionSchema)),
});

export interface ConsentPermission {
  permission: string;
  /** The server's sentence for it, when it sent one. */
  title?: string;
}

export interface ConsentRequestGroup {
  pluginId?: string;
  name: string;
  version?: string | null;
  permissions: ConsentPermission[];
}

export interface ConsentRequest {
  /** Each plugin of the install (dependencies included) with what it asks beyond the user's consent. */
  groups: ConsentRequestGroup[];
  /** On an update: the permissions the new version adds. */
  added: ConsentPermission[];
}

/** The consent a refused install or update asks for, or null when `error` is not a CONSENT_REQUIRED. */
export function consentRequestOf(error: unknown): ConsentRequest | null {
  if (!isApiError(error) || error.code !== 'CONSENT_REQUIRED') return null;
  const checked = consentBodySchema.safeParse(error.data);
  if (!checked.success) return { groups: [], added: [] };
  const groups = (checked.data.consent ?? []).filter((group) => group.permissions.length > 0);
  return { groups, added: checked.data.added ?? [] };
}
