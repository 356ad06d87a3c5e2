/** What a helper receives besides its positional arguments. */
export interface TemplateHelperOptions {
  /** The name the template called the helper by. */
  readonly name: string;
  /** `key=value` arguments; a null-prototype object. */
  readonly hash: Readonly<Record<string, unknown>>;
  /** BCP 47 locale for formatting helpers; `undefined` means the runtime's default. */
  readonly locale?: string;
  /** IANA time zone for date helpers; `undefined` means the runtime's default. */
  readonly timeZone?: string;
}

/**
 * A template helper: a pure function of already-evaluated values. It returns data (a returned function is
 * treated as missing). Throwing a `TemplateError` reports its code; any other throw is `helper_error`.
 */
export type TemplateHelper = (args: readonly unknown[], options: TemplateHelperOptions) => unknown;

/** helper name -> helper. Hosts build one with `createHelperRegistry(extra)`; plugins cannot add to it. */
export type TemplateHelperRegistry = Readonly<Record<string, TemplateHelper>>;
