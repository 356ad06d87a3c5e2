/**
 * docs/authoring.md keeps its promise: every ```json example is a document (or plugin file) that passes
 * strict validation and renders, against the page's own ```json scope, to HTML that shows the example's
 * texts with every binding filled in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderStacToString } from '../../src/renderer/ssr';
import { renderTemplate } from '../../src/renderer/template';
import { evaluateCondition } from '../../src/renderer/widgets';
import type { StacRenderProblem } from '../../src/renderer/contract';
import { readPluginManifest, validateStacFile } from '../../src/stac-schema';
import { validatePluginFile } from '../../src/plugin-host';

const DOC = resolve(import.meta.dirname, '../../docs/authoring.md');
const markdown = readFileSync(DOC, 'utf8');

interface Fence {
  info: string;
  body: string;
  line: number;
}

function fences(text: string): Fence[] {
  const found: Fence[] = [];
  const pattern = /^```([^\n]*)\n([\s\S]*?)^```\s*$/gm;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    found.push({
      info: match[1].trim(),
      body: match[2],
      line: text.slice(0, match.index).split('\n').length,
    });
  }
  return found;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface ShownText {
  source: string;
  /** The scope the text binds against: the page's, plus the variables of enclosing `setValue`s. */
  scope: Record<string, unknown>;
}

/**
 * What a reader sees on screen: texts and button labels; not what waits inside actions, the branch of a
 * `conditional` that is not taken (`hidden`), or a `visibility` replacement.
 */
function shownTexts(
  node: unknown,
  scope: Record<string, unknown>,
  out: { shown: ShownText[]; hidden: ShownText[] } = { shown: [], hidden: [] },
  hidden = false,
): { shown: ShownText[]; hidden: ShownText[] } {
  if (Array.isArray(node)) {
    node.forEach((child) => shownTexts(child, scope, out, hidden));
    return out;
  }
  if (!isRecord(node)) return out;
  if ('actionType' in node || ('method' in node && !('type' in node))) return out;
  const into = hidden ? out.hidden : out.shown;
  if (node.type === 'text' && typeof node.data === 'string') into.push({ source: node.data, scope });
  if (node.type === 'button' && typeof node.label === 'string') into.push({ source: node.label, scope });
  let inner = scope;
  if (node.type === 'setValue' && Array.isArray(node.values)) {
    inner = { ...scope };
    for (const entry of node.values)
      if (isRecord(entry) && typeof entry.key === 'string') inner[entry.key] = entry.value;
  }
  if (node.type === 'conditional' && typeof node.condition === 'string') {
    const taken = evaluateCondition(renderTemplate(node.condition, inner).text);
    shownTexts(node.ifTrue, inner, out, hidden || !taken);
    shownTexts(node.ifFalse, inner, out, hidden || taken);
    return out;
  }
  for (const [key, value] of Object.entries(node)) {
    if (node.type === 'visibility' && key === 'replacement') continue;
    shownTexts(value, inner, out, hidden);
  }
  return out;
}

/** Text content of server HTML: tags dropped, entities decoded (React escapes &, <, >, " and '). */
function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const all = fences(markdown);
const scopeFence = all.find((fence) => fence.info === 'json scope');
const examples = all.filter((fence) => fence.info === 'json');
const manifests = all.filter((fence) => fence.info === 'json manifest');
const jobExamples = all.filter((fence) => fence.info === 'json jobs');
const mcpExamples = all.filter((fence) => fence.info === 'json mcp');
const scope = JSON.parse(scopeFence?.body ?? '{}') as Record<string, unknown>;

describe('docs/authoring.md', () => {
  it('has a scope for its examples and at least eight examples', () => {
    expect(scopeFence, 'a ```json scope block').toBeDefined();
    expect(isRecord(scope.asset) && isRecord(scope.user)).toBe(true);
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples.map((fence) => [`line ${fence.line}`, fence] as const))(
    'example at %s is strictly valid and renders its texts',
    (_where, fence) => {
      const json: unknown = JSON.parse(fence.body);
      const validation = validateStacFile(json, { mode: 'strict' });
      expect(validation.issues, `issues of the example at line ${fence.line}`).toEqual([]);
      expect(validation.ok).toBe(true);

      const document = isRecord(json) && 'ui' in json ? json.ui : json;
      const problems: StacRenderProblem[] = [];
      const html = renderStacToString(document, { scope, onProblem: (problem) => problems.push(problem) });
      expect(problems, `render problems of the example at line ${fence.line}`).toEqual([]);

      const page = htmlText(html);
      const { shown, hidden } = shownTexts(document, scope);
      expect(shown.length).toBeGreaterThan(0);
      for (const text of shown) {
        const bound = renderTemplate(text.source, text.scope);
        expect(bound.unbound, `unbound paths in "${text.source}"`).toEqual([]);
        expect(bound.errors, `template errors in "${text.source}"`).toEqual([]);
        expect(bound.text).not.toMatch(/\{\{|<<|>>|\}\}/);
        expect(page).toContain(bound.text);
      }
      for (const text of hidden) expect(page).not.toContain(renderTemplate(text.source, text.scope).text);
    },
  );

  it.each(manifests.map((fence) => [`line ${fence.line}`, fence] as const))(
    'manifest example at %s passes strict publishing with the host rules',
    (_where, fence) => {
      const validation = validatePluginFile(JSON.parse(fence.body), { mode: 'strict' });
      expect(validation.issues, `issues of the manifest at line ${fence.line}`).toEqual([]);
      expect(validation).toMatchObject({ kind: 'plugin', ok: true });
      expect(validation.documents.length).toBeGreaterThan(1);
    },
  );

  it.each(mcpExamples.map((fence) => [`line ${fence.line}`, fence] as const))(
    'MCP example at %s passes strict publishing and offers a job tool, an action tool and resources',
    (_where, fence) => {
      const json: unknown = JSON.parse(fence.body);
      const validation = validatePluginFile(json, { mode: 'strict' });
      expect(validation.issues, `issues of the MCP example at line ${fence.line}`).toEqual([]);
      const { manifest } = readPluginManifest(json, { mode: 'strict' });
      expect(manifest.mcp.tools.map((tool) => tool.job ?? tool.action?.method)).toEqual([
        'stale',
        'inventoryValueSummary',
      ]);
      expect(manifest.mcp.resources.map((resource) => resource.data.kind)).toEqual([
        'inventory',
        'jobResult',
      ]);
    },
  );

  it.each(jobExamples.map((fence) => [`line ${fence.line}`, fence] as const))(
    'jobs example at %s passes strict publishing and declares what it shows',
    (_where, fence) => {
      const json: unknown = JSON.parse(fence.body);
      const validation = validatePluginFile(json, { mode: 'strict' });
      expect(validation.issues, `issues of the jobs example at line ${fence.line}`).toEqual([]);
      const { manifest } = readPluginManifest(json, { mode: 'strict' });
      expect(manifest.jobs.map((job) => job.trigger)).toEqual(['manual', 'scheduled']);
      expect(manifest.subscriptions).toHaveLength(1);
      expect(manifest.commands).toHaveLength(1);
    },
  );

  it('names the Storybook scripts, the CLI commands and the JSON Schema that exist', () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      bin: Record<string, string>;
    };
    expect(pkg.scripts.storybook).toBeDefined();
    expect(pkg.scripts['build-storybook']).toBeDefined();
    expect(pkg.bin['stac-web']).toBeDefined();
    expect(markdown).toContain('npx stac-web validate');
    expect(markdown).toContain('npx stac-web render');
    const schema = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../public/stac-plugin.schema.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(typeof schema.$schema).toBe('string');
    expect(markdown).toContain('"$schema": "../stac-plugin.schema.json"');
  });
});
