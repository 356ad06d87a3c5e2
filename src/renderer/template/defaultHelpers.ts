import type { TemplateHelper, TemplateHelperOptions, TemplateHelperRegistry } from './helperTypes';
import { readOwnValue } from './readOwnValue';
import { TemplateError } from './TemplateError';
import { isTemplateTruthy } from './truthiness';
import { valueToText } from './valueToText';

type Comparable = { kind: 'number'; value: number } | { kind: 'string'; value: string } | null;

function comparable(value: unknown): Comparable {
  if (typeof value === 'number' && !Number.isNaN(value)) return { kind: 'number', value };
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed !== '' && Number.isFinite(Number(trimmed))) return { kind: 'number', value: Number(trimmed) };
    return { kind: 'string', value };
  }
  return null;
}

/** Numbers (and numeric strings) compare as numbers, other strings by code units; anything else is false. */
function compare(args: readonly unknown[], test: (order: number) => boolean): boolean {
  const a = comparable(args[0]);
  const b = comparable(args[1]);
  if (!a || !b) return false;
  if (a.kind === 'number' && b.kind === 'number') return test(a.value - b.value);
  const left = String(a.value);
  const right = String(b.value);
  return test(left < right ? -1 : left > right ? 1 : 0);
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function hashString(options: TemplateHelperOptions, key: string): string | undefined {
  const value = options.hash[key];
  return typeof value === 'string' ? value : undefined;
}

function hashNumber(options: TemplateHelperOptions, key: string): number | undefined {
  const value = toNumber(options.hash[key]);
  return value === null ? undefined : value;
}

function hashBoolean(options: TemplateHelperOptions, key: string): boolean | undefined {
  const value = options.hash[key];
  return typeof value === 'boolean' ? value : undefined;
}

// Building an Intl formatter costs far more than using one; templates reuse a handful of option sets.
const formatterCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
const FORMATTER_CACHE_LIMIT = 200;

function cachedFormatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, create: () => T): T {
  const cached = formatterCache.get(key);
  if (cached) return cached as T;
  const formatter = create();
  if (formatterCache.size >= FORMATTER_CACHE_LIMIT) formatterCache.clear();
  formatterCache.set(key, formatter);
  return formatter;
}

/** `{{formatNumber value decimals?}}`; hash: decimals, style, currency, unit, notation, useGrouping, locale. */
const formatNumber: TemplateHelper = (args, options) => {
  const value = toNumber(args[0]);
  if (value === null) return isBlank(args[0]) ? '' : valueToText(args[0]);
  const decimals = toNumber(args[1]) ?? hashNumber(options, 'decimals');
  const locale = hashString(options, 'locale') ?? options.locale;
  if (decimals === undefined && Object.keys(options.hash).length === 0) {
    return cachedFormatter(`n|${locale ?? ''}`, () => new Intl.NumberFormat(locale)).format(value);
  }
  const formatOptions: Intl.NumberFormatOptions = {
    style: hashString(options, 'style') as Intl.NumberFormatOptions['style'],
    currency: hashString(options, 'currency'),
    unit: hashString(options, 'unit'),
    notation: hashString(options, 'notation') as Intl.NumberFormatOptions['notation'],
    useGrouping: hashBoolean(options, 'useGrouping'),
    minimumFractionDigits: decimals ?? hashNumber(options, 'minimumFractionDigits'),
    maximumFractionDigits: decimals ?? hashNumber(options, 'maximumFractionDigits'),
  };
  const key = `n|${locale ?? ''}|${Object.values(formatOptions).join('|')}`;
  return cachedFormatter(key, () => new Intl.NumberFormat(locale, formatOptions)).format(value);
};

const DATE_STYLES = new Set(['full', 'long', 'medium', 'short']);

/** `{{formatDate value style?}}` with an ISO string, epoch milliseconds or a Date; hash: dateStyle, timeStyle, timeZone, locale. */
const formatDate: TemplateHelper = (args, options) => {
  const input = args[0];
  if (isBlank(input)) return '';
  const date =
    input instanceof Date
      ? input
      : typeof input === 'string' || typeof input === 'number'
        ? new Date(input)
        : null;
  if (!date || Number.isNaN(date.getTime())) return valueToText(input);
  const positionalStyle = typeof args[1] === 'string' && DATE_STYLES.has(args[1]) ? args[1] : undefined;
  const dateStyle = hashString(options, 'dateStyle') ?? positionalStyle;
  const timeStyle = hashString(options, 'timeStyle');
  const formatOptions: Intl.DateTimeFormatOptions = {
    dateStyle: (dateStyle ?? (timeStyle ? undefined : 'medium')) as Intl.DateTimeFormatOptions['dateStyle'],
    timeStyle: timeStyle as Intl.DateTimeFormatOptions['timeStyle'],
    timeZone: hashString(options, 'timeZone') ?? options.timeZone,
  };
  const locale = hashString(options, 'locale') ?? options.locale;
  const key = `d|${locale ?? ''}|${Object.values(formatOptions).join('|')}`;
  return cachedFormatter(key, () => new Intl.DateTimeFormat(locale, formatOptions)).format(date);
};

/** `{{lookup object key}}`: the same own-property rule as paths; forbidden keys are an error. */
const lookup: TemplateHelper = (args) => {
  const key = args[1];
  if (typeof key !== 'string' && typeof key !== 'number') return undefined;
  const found = readOwnValue(args[0], String(key));
  if (found.kind === 'refused') {
    throw new TemplateError(
      'refused_path',
      `lookup may not read "${found.key}". Use a field of your data instead.`,
    );
  }
  return found.kind === 'found' ? found.value : undefined;
};

const helperEntries: Record<string, TemplateHelper> = {
  eq: (args) => args[0] === args[1],
  ne: (args) => args[0] !== args[1],
  lt: (args) => compare(args, (order) => order < 0),
  lte: (args) => compare(args, (order) => order <= 0),
  gt: (args) => compare(args, (order) => order > 0),
  gte: (args) => compare(args, (order) => order >= 0),
  and: (args) => args.length > 0 && args.every((arg) => isTemplateTruthy(arg)),
  or: (args) => args.some((arg) => isTemplateTruthy(arg)),
  not: (args) => !isTemplateTruthy(args[0]),
  default: (args) => (isBlank(args[0]) ? args[1] : args[0]),
  formatNumber,
  formatDate,
  upper: (args) => valueToText(args[0]).toUpperCase(),
  lower: (args) => valueToText(args[0]).toLowerCase(),
  capitalize: (args) => {
    const text = valueToText(args[0]);
    return text.charAt(0).toUpperCase() + text.slice(1);
  },
  truncate: (args, options) => {
    const text = valueToText(args[0]);
    const length = toNumber(args[1]) ?? hashNumber(options, 'length');
    if (length === undefined || length < 0 || text.length <= length) return text;
    const suffix = typeof args[2] === 'string' ? args[2] : (hashString(options, 'suffix') ?? '…');
    return text.slice(0, Math.floor(length)) + suffix;
  },
  length: (args) => {
    const value = args[0];
    if (Array.isArray(value) || typeof value === 'string') return value.length;
    if (value !== null && typeof value === 'object') return Object.keys(value).length;
    return 0;
  },
  join: (args, options) => {
    const list = args[0];
    if (!Array.isArray(list)) return valueToText(list);
    const separator = typeof args[1] === 'string' ? args[1] : (hashString(options, 'separator') ?? ', ');
    return list.map((item) => valueToText(item)).join(separator);
  },
  lookup,
};

/** The helpers every template can call. Frozen; extend through `createHelperRegistry(extra)`. */
export const defaultHelpers: TemplateHelperRegistry = Object.freeze(
  Object.assign(Object.create(null) as Record<string, TemplateHelper>, helperEntries),
);
