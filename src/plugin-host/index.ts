/**
 * Public face of src/plugin-host: the React-free rules of hosting plugins. Which surfaces go where, what a
 * plugin is granted and how grants apply to its scope and host services, settings, dependency order and
 * startup checks, and validation with the host's rules. Used by slots, the marketplace and the server alike.
 */
export { HOST_VERSION, HOST_FEATURES, SERVER_HOST_METHODS } from './hostInfo';
export type { HostFeature } from './hostInfo';
export { pluginSurfaces, surfaceForSlot, pluginSlots } from './surfaces';
export {
  PERMISSIONS,
  describePermission,
  permissionForScopeRoot,
  grantsFor,
  withheldScopeRoots,
  grantedScope,
  addedPermissions,
  unconsented,
} from './permissions';
export type { PermissionInfo, PluginGrants } from './permissions';
export { guardHostServices } from './guardHostServices';
export type { GuardOptions } from './guardHostServices';
export { validateSettingValues, resolveSettingValues, missingRequiredSettings } from './settings';
export type { SettingValue, SettingValues, SettingError, SettingsValidation } from './settings';
export { activationOrder, dependencyProblems, activeDependentsOf, dependencyPresence } from './dependencies';
export type { DependencyErrorCode, DependencyProblem, DependencyNode, ActivationOrder } from './dependencies';
export { planPluginInstall } from './installPlan';
export type { InstallPlan } from './installPlan';
export { evaluateStartupChecks } from './startupChecks';
export type { StartupEnvironment, StartupFailure } from './startupChecks';
export { checkRequirements, loadRequirementChecks } from './requirementChecks';
export type { RequirementChecks, RequirementSubject } from './requirementChecks';
export { analyzePluginAccess, describeAction, describeActions } from './analyzePluginAccess';
export type { AccessAction, AccessUrl, AccessUrlKind, PluginAccessReport } from './analyzePluginAccess';
export { requiredPermissions, undeclaredAccessIssues } from './declaredAccess';
export type { RequiredPermission } from './declaredAccess';
export { validatePluginFile } from './validatePluginFile';
export { buildPluginScope } from './pluginScope';
export type { PluginScopeInput } from './pluginScope';
export { describeJobSchedule, jobSummary, bindJobParams, MAX_JOB_SUMMARY } from './jobs';
export {
  actionPlace,
  eventPermission,
  describeHostEvent,
  routeHostEvent,
  commandsFor,
  commandScope,
} from './hostEvents';
export type {
  ActionPlace,
  HostingPlugin,
  HostEventInput,
  EventDelivery,
  EventRouting,
  HostCommand,
} from './hostEvents';
export { activationVerdict } from './activation';
export type { ActivationVerdict, ActivationSubject } from './activation';
export {
  permissionList,
  dependencyRefusal,
  startupRefusal,
  consentRefusal,
  updateConsentRefusal,
  dependenciesRequired,
  pluginRequired,
  invalidSettings,
  installedMessage,
} from './hostingRefusals';
export type {
  HostingRefusal,
  HostingRefusalCode,
  ConsentRequest,
  MissingDependency,
} from './hostingRefusals';
