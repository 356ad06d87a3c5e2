/**
 * The refusals of a Plugin API that hosts installs, in one place so that every host (the reference server,
 * the mock Plugin API of tests and stories) refuses with the same status, code, words and details. Each
 * says what to do next. Pure: a host wraps the result in its own error type.
 */
import type { DependencyErrorCode, DependencyProblem } from './dependencies';
import { describePermission, type PermissionInfo } from './permissions';
import type { SettingError } from './settings';
import type { StartupFailure } from './startupChecks';

export type HostingRefusalCode =
  | DependencyErrorCode
  | 'CONSENT_REQUIRED'
  | 'DEPENDENCIES_REQUIRED'
  | 'PLUGIN_REQUIRED'
  | 'STARTUP_CHECK_FAILED'
  | 'INVALID_SETTINGS';

export interface HostingRefusal {
  status: 409 | 422;
  code: HostingRefusalCode;
  message: string;
  details: Record<string, unknown>;
}

/** The permissions a user is asked to allow, each with the sentence the consent screen shows. */
export const permissionList = (permissions: readonly string[]): PermissionInfo[] =>
  permissions.map((permission) => describePermission(permission));

/** One plugin on the consent screen: the permissions of it the user has not allowed yet. */
export interface ConsentRequest {
  pluginId: string;
  name: string;
  version: string;
  permissions: PermissionInfo[];
}

/** A plugin the user is offered to install along with the one they chose. */
export interface MissingDependency {
  id: string;
  name: string;
  version: string;
  permissions: PermissionInfo[];
}

const them = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function dependencyRefusal(problems: readonly DependencyProblem[]): HostingRefusal {
  const first = problems[0]!;
  const more = problems.length === 1 ? '' : ` (and ${problems.length - 1} more)`;
  return { status: 409, code: first.code, message: `${first.message}${more}`, details: { problems } };
}

export function startupRefusal(name: string, failures: readonly StartupFailure[]): HostingRefusal {
  const first = failures[0]!;
  return {
    status: 409,
    code: 'STARTUP_CHECK_FAILED',
    message: `“${name}” cannot be switched on: ${first.title}${first.details ? ` — ${first.details}` : ''}`,
    details: { startupFailures: failures },
  };
}

/** Nothing is installed until the user has allowed every permission the plan declares. */
export function consentRefusal(needed: readonly ConsentRequest[], what: string): HostingRefusal {
  const list = needed.flatMap((entry) => entry.permissions.map((p) => p.permission));
  return {
    status: 409,
    code: 'CONSENT_REQUIRED',
    message: `${what} asks for permissions you have not allowed yet: ${list.join(', ')}. Show them to the user and send the allowed ones as "acceptPermissions".`,
    details: { consent: needed },
  };
}

/** An update that asks for more than the user allowed stays at the installed version until they allow it. */
export function updateConsentRefusal(
  next: { pluginId: string; name: string; version: string },
  installedVersion: string,
  added: readonly string[],
): HostingRefusal {
  return {
    status: 409,
    code: 'CONSENT_REQUIRED',
    message: `Version ${next.version} of “${next.name}” asks for more than you allowed: ${added.join(', ')}. It stays at ${installedVersion} until you allow ${them(added.length, 'it', 'them')} ("acceptPermissions").`,
    details: { consent: [{ ...next, permissions: permissionList(added) }], added: permissionList(added) },
  };
}

/** The plugins an install needs and the user has not installed: offered, installed first when allowed. */
export function dependenciesRequired(
  targetName: string,
  missing: readonly MissingDependency[],
  order: readonly string[],
): HostingRefusal {
  const names = missing.map((m) => `“${m.name}” ${m.version}`).join(', ');
  return {
    status: 409,
    code: 'DEPENDENCIES_REQUIRED',
    message: `“${targetName}” needs ${names}, not installed yet. Offer to install ${them(missing.length, 'it', 'them')} too and send "installDependencies": true.`,
    details: { missing, order },
  };
}

/**
 * Removing or switching off a plugin that switched-on plugins need: refused until the caller insists
 * (`force`), since those plugins stop too. `what` is the act: "removing it" or "switching it off".
 */
export function pluginRequired(
  name: string,
  dependents: readonly { id: string; name: string }[],
  what: string,
): HostingRefusal {
  const names = dependents.map((d) => `“${d.name}”`).join(', ');
  const one = dependents.length === 1;
  return {
    status: 409,
    code: 'PLUGIN_REQUIRED',
    message: `${names} need${one ? 's' : ''} “${name}”: ${what} switches ${one ? 'that plugin' : 'them'} off too. Confirm to go on (force).`,
    details: { dependents },
  };
}

export function invalidSettings(name: string, errors: readonly SettingError[]): HostingRefusal {
  return {
    status: 422,
    code: 'INVALID_SETTINGS',
    message: `Some settings of “${name}” are not valid: ${errors.map((e) => e.message).join(' ')}`,
    details: { errors, fieldErrors: Object.fromEntries(errors.map((e) => [e.key, e.message])) },
  };
}

/** The answer's message after an install: how many plugins came along, or why the chosen one stays off. */
export function installedMessage(
  installedCount: number,
  own?: { startupFailures: readonly StartupFailure[]; dependencyProblems: readonly DependencyProblem[] },
): string {
  if (own)
    return `Plugin installed, but it stays off: ${own.startupFailures[0]?.title ?? own.dependencyProblems[0]?.message}`;
  if (installedCount > 1)
    return `Plugin installed with ${installedCount - 1} plugin${installedCount > 2 ? 's' : ''} it needs`;
  return 'Plugin installed successfully';
}
