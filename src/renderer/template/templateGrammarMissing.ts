import { parseTemplate } from './parseTemplate';
import { TemplateError } from './TemplateError';
import { fullTemplateParser } from './templateGrammar';

/**
 * Whether a JSON value (a document, an action's widget, a fetched widget) holds a template that needs the full
 * grammar while the grammar is not loaded, which happens only in the embed (templateGrammar.lazy.ts). Every
 * string that may be a template counts, wherever it sits, so a dialog's templates are found in the button that
 * opens it. Each is parsed through parseTemplate's cache, which the render then reuses. Walks with an explicit
 * stack and gives up past `maxObjects` objects, as widgetFamiliesIn does.
 */
export function templateGrammarMissing(value: unknown, maxObjects = 100_000): boolean {
  if (fullTemplateParser()) return false;
  const stack: unknown[] = [value];
  let seen = 0;
  while (stack.length > 0 && seen < maxObjects) {
    const current = stack.pop();
    if (typeof current === 'string') {
      if (needsFullGrammar(current)) return true;
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    seen += 1;
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
      continue;
    }
    for (const key of Object.keys(current)) stack.push((current as Record<string, unknown>)[key]);
  }
  return false;
}

function needsFullGrammar(source: string): boolean {
  if (!source.includes('{{') && !source.includes('<<')) return false;
  try {
    parseTemplate(source);
    return false;
  } catch (error) {
    // Any other problem is the template's own: validation reports it.
    return error instanceof TemplateError && error.code === 'grammar_not_loaded';
  }
}
