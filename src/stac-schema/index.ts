/**
 * Public face of src/stac-schema: validation of STAC documents and plugin records. Pure data, no React,
 * no imports from the rest of the project; the server validates with the very same code.
 */
// First: zod configured (no eval, English messages), the `z` every schema of the project is built with.
export { z } from './zodConfig';
export * from './types';
export * from './values';

export {
  parseStacDocument,
  parseJsonText,
  parseStacTheme,
  isStacThemeDocument,
  WIDGET_TYPES,
  ACTION_TYPES,
} from './parseStacDocument';
export { validateStacFile, BARE_ROOT_PATH } from './validateStacFile';
export { chunkLoader, type ChunkLoader } from './chunkLoader';
export type { StacFileKind, StacFileValidation, ValidateStacFileOptions } from './validateStacFile';
export {
  PERMISSIONS,
  PLUGIN_ID_PATTERN,
  SETTING_TYPES,
  SETTING_KEY_PATTERN,
  isPluginPermission,
  isVersionRange,
  versionSatisfies,
  loadRequirementReaders,
  declaresRequirements,
  surfacesOf,
  readPluginManifest,
  readHostingManifest,
  settingValueProblem,
} from './manifest';
export type {
  FixedPermission,
  PluginPermission,
  SettingType,
  SettingField,
  PluginDependency,
  StartupCondition,
  StartupCheck,
  PluginSurface,
  PluginManifest,
  HostingManifest,
  ReadManifestOptions,
  ReadManifestResult,
} from './manifest';
export { STORED_MANIFEST_FIELDS, pickManifestFields } from './manifestFields';
export type { StoredManifest, StoredManifestField } from './manifestFields';
export {
  parseJobSchedule,
  HOST_EVENTS,
  COMMAND_PLACES,
  JOB_TRIGGERS,
  JOB_ID_PATTERN,
  MIN_SCHEDULE_INTERVAL_MS,
  DEFAULT_JOB_SCHEDULE,
} from './jobManifest';
export type {
  PluginJob,
  PluginSubscription,
  PluginCommand,
  JobSchedule,
  JobTrigger,
  HostEvent,
  CommandPlace,
  ScheduleParse,
} from './jobManifest';
export { MCP_NAME_PATTERN, MCP_INPUT_TYPES, MAX_MCP_ENTRIES, mcpToolJobId } from './mcpManifest';
export type {
  PluginMcp,
  McpTool,
  McpResource,
  McpResourceData,
  McpInputSchema,
  McpInputField,
  McpInputType,
} from './mcpManifest';
export type { JsonTextResult } from './parseStacDocument';
export { DEFAULT_LIMITS, jsonTextDepth } from './limits';
export { childPath } from './issues';
export { isPlainRecord, isRecord } from './isRecord';
export { coerceWidgetProps } from './coerceWidgetProps';
export { isTemplateString } from './template';
export { checkUrl, checkUrlText, sanitizeUrl, MAX_URL_LENGTH, MAX_DATA_IMAGE_BYTES } from './urlPolicy';
export { isAppPath } from './isAppPath';
export type { UrlKind, UrlVerdict, SanitizeUrlOptions } from './urlPolicy';
export { HOST_METHODS, SDK_METHODS } from './actionSpecs';
export { widgetSchemas, actionSchemas, stacNodeSchema, stacActionSchema } from './widgetSchemas';
export {
  KNOWN_SLOTS,
  SLOT_PATTERN,
  isSemver,
  unwrapPluginUi,
  parsePluginRecord,
  readPluginRecord,
  readInstalledPluginRecord,
} from './pluginRecord';
export type {
  KnownSlot,
  PluginRecord,
  CommunityPlugin,
  InstalledPlugin,
  ParsePluginRecordResult,
} from './pluginRecord';
export {
  pluginSchema,
  communityPluginSchema,
  installedPluginSchema,
  pluginCreateSchema,
  pluginUpdateSchema,
  zodIssuesToStacIssues,
  zodOfReader,
} from './plugin';
export type { PluginCreateBody, PluginUpdateBody } from './plugin';
export {
  answerSchemaOf,
  firstOf,
  listOf,
  nullable,
  optional,
  readBoolean,
  readFields,
  readFilledString,
  readId,
  readRecord,
  readString,
  typeIssue,
} from './valueReaders';
export type { AnswerSchema, FieldReaders, ReadIssue, ReadResult, Reader } from './valueReaders';
export { pluginJsonSchema, pluginFileSchema, PLUGIN_SCHEMA_PATH } from './pluginJsonSchema';
export { WIDGET_SPECS_BY_CATEGORY, type WidgetCategory } from './widgetSpecs';
export { WIDGET_TYPES_BY_FAMILY, widgetFamilyOf, widgetFamiliesIn, type WidgetFamily } from './widgetTypes';
export { addWidgetSpecs } from './widgetSpecLookup';
export type { ObjectShape } from './shapes';
// One module per family, so that the embed's chunk of a family carries that family's specs alone.
export { coreSpecs } from './widgets/coreSpecs';
export { layoutSpecs } from './widgets/layoutSpecs';
export { textSpecs } from './widgets/textSpecs';
export { buttonsSpecs } from './widgets/buttonsSpecs';
export { inputsSpecs } from './widgets/inputsSpecs';
export { displaySpecs } from './widgets/displaySpecs';
export { mediaSpecs } from './widgets/mediaSpecs';
export { navigationSpecs } from './widgets/navigationSpecs';
export { scrollingSpecs } from './widgets/scrollingSpecs';
export { dataSpecs } from './widgets/dataSpecs';
