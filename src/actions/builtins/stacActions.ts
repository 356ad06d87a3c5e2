import { isPlainRecord, z } from '../../stac-schema';
import { defineAction, type ActionDefinition, type ActionRun } from '../defineAction';
import type { NavigateRequest } from '../types';
import { performRequest } from './performRequest';
import { resolveWidget } from './resolveWidget';
import {
  booleanLike,
  durationMs,
  numberLike,
  presentValue,
  stacRequestSchema,
  variableKey,
} from './paramSchemas';

const NAVIGATION_STYLES = [
  'push',
  'pop',
  'pushReplacement',
  'pushAndRemoveAll',
  'popAll',
  'pushNamed',
  'pushReplacementNamed',
  'pushNamedAndRemoveAll',
] as const;

export const navigateAction = defineAction(
  'navigate',
  z.object({
    navigationStyle: z.optional(z.enum(NAVIGATION_STYLES)),
    widgetJson: z.optional(z.unknown()),
    request: z.optional(stacRequestSchema),
    assetPath: z.optional(z.string()),
    routeName: z.optional(z.string()),
    result: z.optional(z.unknown()),
    arguments: z.optional(z.record(z.string(), z.unknown())),
  }),
  async (params, run) => {
    const style = params.navigationStyle ?? (params.routeName !== undefined ? 'pushNamed' : 'push');
    if (style === 'pop' || style === 'popAll') {
      return run.services.navigate({ kind: 'pop', result: params.result, all: style === 'popAll' });
    }
    if (params.routeName !== undefined || style.endsWith('Named') || style === 'pushNamedAndRemoveAll') {
      if (params.routeName === undefined)
        return run.fail('invalid_params', `navigationStyle "${style}" needs a routeName.`);
      return run.services.navigate(
        navigationToPath(params.routeName, run, {
          kind: style === 'pushReplacementNamed' || style === 'pushNamedAndRemoveAll' ? 'replace' : 'push',
          clearStack: style === 'pushNamedAndRemoveAll',
          arguments: params.arguments,
        }),
      );
    }
    if (params.widgetJson === undefined && params.request === undefined && params.assetPath === undefined) {
      return run.fail(
        'invalid_params',
        'navigate needs a target: give "widgetJson", "request", "assetPath" or "routeName".',
      );
    }
    const widgetJson = await resolveWidget(
      { widget: params.widgetJson, request: params.request, assetPath: params.assetPath },
      run,
    );
    return run.services.navigate({
      kind: 'widget',
      widgetJson,
      style: style === 'push' ? 'push' : 'replace',
      clearStack: style === 'pushAndRemoveAll',
    });
  },
);

/** Turns a route or URL from a plugin into a navigation request the URL policy allows, or fails. */
export function navigationToPath(
  target: string,
  run: ActionRun,
  options: { kind: 'push' | 'replace'; clearStack?: boolean; arguments?: Record<string, unknown> },
): NavigateRequest {
  const check = run.urlPolicy.checkNavigation(target);
  if (!check.ok) return run.fail('navigation_refused', `Navigation refused: ${check.reason}.`);
  if (check.kind === 'external') return { kind: 'external', url: check.url.href };
  const request: NavigateRequest = { kind: options.kind, path: check.path };
  if (options.clearStack) request.clearStack = true;
  if (options.arguments) request.arguments = options.arguments;
  return request;
}

export const showDialogAction = defineAction(
  'showDialog',
  z.object({
    widget: z.optional(z.unknown()),
    request: z.optional(stacRequestSchema),
    assetPath: z.optional(z.string()),
    barrierDismissible: z.optional(booleanLike),
    barrierLabel: z.optional(z.string()),
  }),
  async (params, run) => {
    const widget = await resolveWidget(params, run);
    return run.services.openDialog({
      widget,
      kind: 'dialog',
      dismissible: params.barrierDismissible ?? true,
      label: params.barrierLabel,
    });
  },
);

export const showModalBottomSheetAction = defineAction(
  'showModalBottomSheet',
  z.object({
    widget: z.optional(z.unknown()),
    request: z.optional(stacRequestSchema),
    assetPath: z.optional(z.string()),
    isDismissible: z.optional(booleanLike),
    barrierLabel: z.optional(z.string()),
  }),
  async (params, run) => {
    const widget = await resolveWidget(params, run);
    return run.services.openDialog({
      widget,
      kind: 'bottomSheet',
      dismissible: params.isDismissible ?? true,
      label: params.barrierLabel,
    });
  },
);

export const showSnackBarAction = defineAction(
  'showSnackBar',
  z.object({
    content: presentValue,
    duration: z.optional(durationMs),
    backgroundColor: z.optional(z.string()),
    action: z.optional(
      z.object({
        label: z.string(),
        textColor: z.optional(z.string()),
        onPressed: z.optional(z.unknown()),
      }),
    ),
  }),
  (params, run) => {
    const onPressed = params.action?.onPressed;
    // The gallery's snack bar buttons carry `onPressed: {}`: a button that only closes the snack bar.
    const hasAction =
      onPressed !== undefined && !(isPlainRecord(onPressed) && Object.keys(onPressed).length === 0);
    run.services.showSnackBar({
      content: params.content,
      durationMs: params.duration,
      backgroundColor: params.backgroundColor,
      actionLabel: params.action?.label,
      onAction: hasAction ? () => void run.dispatchLater(onPressed, run.scope) : undefined,
    });
    return undefined;
  },
);

export const setValueAction = defineAction(
  'setValue',
  z.object({
    values: z._default(z.array(z.object({ key: variableKey, value: z.unknown() })), []),
    action: z.optional(z.unknown()),
  }),
  async (params, run) => {
    const values = Object.fromEntries(params.values.map(({ key, value }) => [key, value]));
    run.ctx.variables?.set(values);
    if (params.action === undefined || params.action === null) return values;
    // The renderer's store updates on its next render; the nested action must see the values right away.
    return run.run(params.action, { ...run.scope, ...values });
  },
);

export const multiAction = defineAction(
  'multiAction',
  z.object({ actions: z.array(z.unknown()), sync: z.optional(booleanLike) }),
  async (params, run) => {
    if (params.actions.length > run.remainingSteps()) {
      run.fail(
        'limit_exceeded',
        `multiAction asks for ${params.actions.length} steps; one tap may run at most ${run.limits.maxSteps}. Split the work or move it to the server.`,
      );
    }
    if (params.sync) {
      const values: unknown[] = [];
      for (const action of params.actions) values.push(await run.run(action));
      return values;
    }
    // The first failure is reported at once; the other steps (an open dialog, say) keep going.
    return Promise.all(params.actions.map((action) => run.run(action)));
  },
);

export const delayAction = defineAction(
  'delay',
  z.object({ milliseconds: z._default(z.pipe(numberLike, z.number().check(z.int()).check(z.gte(0))), 1000) }),
  (params, run) => {
    if (params.milliseconds > run.limits.maxDelayMs) {
      run.fail(
        'limit_exceeded',
        `delay of ${params.milliseconds} ms is longer than the ${run.limits.maxDelayMs} ms allowed.`,
      );
    }
    return sleep(params.milliseconds, run.signal);
  },
);

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export const noneAction = defineAction('none', z.object({}), () => undefined);

export const validateFormAction = defineAction(
  'validateForm',
  z.object({ isValid: z.optional(z.unknown()), isNotValid: z.optional(z.unknown()) }),
  async (params, run) => {
    const form = run.ctx.form;
    if (!form)
      return run.fail('handler_failed', 'validateForm found no form: put the button inside a "form" widget.');
    const valid = form.validate();
    const next = valid ? params.isValid : params.isNotValid;
    if (next !== undefined && next !== null) await run.run(next);
    return valid;
  },
);

export const getFormValueAction = defineAction(
  'getFormValue',
  z.object({ id: z.string().check(z.minLength(1, 'getFormValue needs the id of a form field')) }),
  (params, run) => {
    const form = run.ctx.form;
    if (!form)
      return run.fail('handler_failed', `getFormValue("${params.id}") found no form around the button.`);
    return form.getValue(params.id);
  },
);

export const networkRequestAction = defineAction(
  'networkRequest',
  z.extend(stacRequestSchema, {
    results: z.optional(
      z.array(z.object({ statusCode: z.pipe(numberLike, z.number().check(z.int())), action: z.unknown() })),
    ),
  }),
  async (params, run) => {
    const outcome = await performRequest(params, run);
    const result = params.results?.find((candidate) => candidate.statusCode === outcome.statusCode);
    if (result && result.action !== undefined && result.action !== null) {
      await run.run(result.action, {
        ...run.scope,
        response: { statusCode: outcome.statusCode, data: outcome.data },
      });
      return outcome;
    }
    if (!outcome.ok) {
      run.fail(
        'request_failed',
        `${params.url} answered with status ${outcome.statusCode}; no result in "results" handles it.`,
      );
    }
    return outcome;
  },
);

export const stacActions: readonly ActionDefinition[] = [
  navigateAction,
  showDialogAction,
  showModalBottomSheetAction,
  showSnackBarAction,
  setValueAction,
  multiAction,
  delayAction,
  noneAction,
  validateFormAction,
  getFormValueAction,
  networkRequestAction,
];
