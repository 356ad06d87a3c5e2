/**
 * Template binding: Handlebars syntax with `<<…>>` or `{{…}}` delimiters, parsed by our own parser of
 * Handlebars' syntax (templateParser.ts, checked against Handlebars' in the tests) and evaluated by our own interpreter (never compiled to code). See docs in translateDelimiters.ts for the
 * delimiter rules and bindValue.ts for how values keep their type.
 */
export {
  parseTemplate,
  hasTemplate,
  clearTemplateCache,
  templateCacheSize,
  TEMPLATE_CACHE_SIZE,
} from './parseTemplate';
export type { TemplateProgram, ParseTemplateOptions } from './parseTemplate';
export { loadTemplateGrammar } from './templateGrammar';
export { templateGrammarMissing } from './templateGrammarMissing';
export { renderTemplate } from './renderTemplate';
export type { RenderTemplateOptions, RenderTemplateResult } from './renderTemplate';
export { bindValue } from './bindValue';
export { bindPlanOf, bindWithPlan, DocumentPlans, nodeTemplatesOf, staticDerivedOf } from './bindPlan';
export type { BindPlan, PlannedBinding } from './bindPlan';
export type { BindValueOptions, BindValueResult } from './bindValue';
export { createHelperRegistry, BUILTIN_BLOCK_HELPERS } from './createHelperRegistry';
export { defaultHelpers } from './defaultHelpers';
export type { TemplateHelper, TemplateHelperOptions, TemplateHelperRegistry } from './helperTypes';
/** Alias of `TemplateHelperRegistry` (the name the renderer core uses). */
export type { TemplateHelperRegistry as HelperRegistry } from './helperTypes';
export { TemplateError, isTemplateError } from './TemplateError';
export type { TemplateErrorCode } from './TemplateError';
export { DEFAULT_TEMPLATE_LIMITS } from './limits';
export { RenderBudget, BudgetMeter, DEFAULT_RENDER_BUDGET, SPENT, SPENT_IN } from './renderBudget';
export type { BudgetSlot, RenderBudgetLimits, RenderUsage } from './renderBudget';
export type { TemplateLimits } from './limits';
export { readsAffectedBy } from './reads';
export { isTemplateTruthy } from './truthiness';
export type { TemplateDelimiter } from './translateDelimiters';
