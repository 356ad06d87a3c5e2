import {
  answerSchemaOf,
  firstOf,
  listOf,
  nullable,
  optional,
  readBoolean,
  readFields,
  readFilledString,
  readId,
  readInstalledPluginRecord,
  readRecord,
  readString,
  type InstalledPlugin as InstalledPluginRecord,
  type ReadResult,
  type Reader,
} from '../stac-schema';

/**
 * The answers a page's plugin slots read (the installed list, the signed-in user, a toggle's result), read
 * without zod, so that the embed carries none. The one definition of each: the app's zod schemas of the same
 * answers (pluginResponses.ts, responseSchemas.ts) wrap these readers, so both read and refuse alike and say
 * the same words. `ui` stays `unknown`: it is validated by parseStacDocument when it is rendered.
 */

const readStringList = listOf(readString);

/** The fields the reference server adds to an installed list's item. */
const INSTALLED_EXTRAS = {
  /** Reference server: false when the author removed the plugin from the catalog. */
  inCatalog: optional(readBoolean),
  /** Reference server: the user's values of the declared settings. */
  settingValues: optional(readRecord),
  /** Reference server: what the user allowed the installed version (null: never asked). */
  consentedPermissions: optional(nullable(readStringList)),
  /** Reference server: what the latest version asks for beyond that consent. */
  updatePermissions: optional(readStringList),
  /** Reference server: whether the user's AI assistants see its MCP tools and resources (docs/mcp.md). */
  mcpEnabled: optional(readBoolean),
};

export type InstalledPlugin = InstalledPluginRecord & {
  inCatalog?: boolean;
  settingValues?: Record<string, unknown>;
  consentedPermissions?: string[] | null;
  updatePermissions?: string[];
  mcpEnabled?: boolean;
};

/** An item of `GET /plugins/installed`: the shared plugin record, then the reference server's fields. */
export const readInstalledPlugin: Reader<InstalledPlugin> = (input) => {
  const record = readInstalledPluginRecord(input);
  if (!record.ok) return record;
  const extras = readFields(record.value, INSTALLED_EXTRAS, false);
  return extras.ok ? { ok: true, value: { ...record.value, ...extras.value } } : extras;
};

export const readInstalledList: Reader<InstalledPlugin[]> = listOf(readInstalledPlugin);

export interface ApiUser {
  id?: string;
  username: string;
  name?: string;
  /** The e-mail a real Invenicum account signs in with (its user name may be unset). */
  email?: string;
  /** The linked GitHub handle (Invenicum): the author name of the plugins this user publishes. */
  githubHandle?: string | null;
  avatarUrl?: string | null;
  /** Reference server (`/auth/me`): listed in STAC_WEB_ADMINS, so the plugin folders report is theirs. */
  isAdmin?: boolean;
  [key: string]: unknown;
}

const USER_FIELDS = {
  id: optional(readId),
  username: readFilledString,
  name: optional(readString),
  email: optional(readString),
  githubHandle: optional(nullable(readString)),
  avatarUrl: optional(nullable(readString)),
  isAdmin: optional(readBoolean),
};

export const readUser = (input: unknown) => readFields(input, USER_FIELDS, true) as ReadResult<ApiUser>;

/** `/auth/me` answers `{ user }` on the reference server; a bare user object is accepted too. */
export const readMe: Reader<ApiUser> = (input) => {
  const read = firstOf<Record<string, unknown>>(input, [
    (value) => readFields(value, { user: readUser }, true),
    readUser,
  ]);
  if (!read.ok) return read;
  const value = read.value;
  return { ok: true, value: ('username' in value ? value : value.user) as ApiUser };
};

export interface ToggleResult {
  success?: boolean;
  isActive: boolean;
  [key: string]: unknown;
}

export const readToggleResult = (input: unknown) =>
  readFields(
    input,
    { success: optional(readBoolean), isActive: readBoolean },
    true,
  ) as ReadResult<ToggleResult>;

/** What the slots' client checks these answers with (requestJson takes them as it takes zod schemas). */
export const slotAnswers = {
  installedList: answerSchemaOf(readInstalledList),
  me: answerSchemaOf(readMe),
  toggleResult: answerSchemaOf(readToggleResult),
};
