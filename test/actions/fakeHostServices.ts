import type {
  ActionContext,
  ActionErrorEvent,
  DialogRequest,
  HostServices,
  NavigateRequest,
  SnackBarRequest,
  StacUser,
} from '../../src/actions';
import type { StacScope } from '../../src/renderer/contract';

/** Host services that record what a plugin asked for, the way a test wants to read it back. */
export interface RecordingServices extends HostServices {
  notes: string[];
  navigations: NavigateRequest[];
  dialogs: DialogRequest[];
  snackBars: SnackBarRequest[];
  signOuts: number;
  user: StacUser | null;
}

export function createRecordingServices(overrides: Partial<HostServices> = {}): RecordingServices {
  const services: RecordingServices = {
    notes: [],
    navigations: [],
    dialogs: [],
    snackBars: [],
    signOuts: 0,
    user: { username: 'ana', name: 'Ana García' },
    navigate(request) {
      services.navigations.push(request);
    },
    notify(message) {
      services.notes.push(message);
    },
    confirm: async () => true,
    showSnackBar(request) {
      services.snackBars.push(request);
    },
    async openDialog(request) {
      services.dialogs.push(request);
      return 'closed';
    },
    currentUser: () => services.user,
    signOut() {
      services.signOuts += 1;
    },
    fetch: (input, init) => globalThis.fetch(input, init),
    ...overrides,
  };
  return services;
}

/**
 * A plain binder for `{{a.b}}` / `<<a.b>>` over own properties, standing in for the renderer's template engine
 * so these tests exercise dispatch alone. A whole-string template keeps the value's type.
 */
export function bindForTest(value: unknown, scope: StacScope): unknown {
  if (typeof value !== 'string') return value;
  const read = (path: string): unknown =>
    path
      .trim()
      .split('.')
      .reduce<unknown>(
        (current, key) =>
          current !== null && typeof current === 'object' && Object.hasOwn(current, key)
            ? (current as Record<string, unknown>)[key]
            : undefined,
        scope,
      );
  const whole = /^(?:\{\{([^}]+)\}\}|<<([^>]+)>>)$/.exec(value);
  if (whole) return read(whole[1] ?? whole[2]);
  return value.replace(
    /\{\{([^}]+)\}\}|<<([^>]+)>>/g,
    (_match, a: string | undefined, b: string | undefined) => String(read(a ?? b ?? '') ?? ''),
  );
}

export interface TestContext extends ActionContext {
  services: RecordingServices;
  errors: ActionErrorEvent[];
  variableStore: Record<string, unknown>;
  formValues: Record<string, unknown>;
}

export function createTestContext(
  options: { scope?: StacScope; services?: Partial<HostServices>; form?: { valid?: boolean } | false } = {},
): TestContext {
  const errors: ActionErrorEvent[] = [];
  const variableStore: Record<string, unknown> = {};
  const formValues: Record<string, unknown> = { username: 'kminchelle', password: '0lelplR' };
  const formOptions = options.form === undefined ? {} : options.form;
  const ctx: TestContext = {
    scope: options.scope ?? { asset: { id: 42, name: 'Drill' } },
    services: createRecordingServices(options.services),
    bind: bindForTest,
    errors,
    variableStore,
    formValues,
    variables: {
      set: (values) => Object.assign(variableStore, values),
      get: (key) => variableStore[key],
    },
    onError: (event) => errors.push(event),
    path: 'ui.onPressed',
  };
  if (formOptions !== false) {
    ctx.form = {
      getValue: (id) => formValues[id],
      getValues: () => ({ ...formValues }),
      validate: () => formOptions.valid ?? true,
    };
  }
  return ctx;
}
