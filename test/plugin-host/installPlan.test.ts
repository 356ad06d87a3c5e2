import { planPluginInstall, type DependencyNode } from '../../src/plugin-host';

const node = (
  id: string,
  version: string,
  dependencies: DependencyNode['dependencies'] = [],
): DependencyNode => ({
  id,
  name: id,
  version,
  dependencies,
});
const needs = (id: string, range = '*', optional = false) => ({ id, range, optional });

describe('planPluginInstall', () => {
  it('orders what is missing before what needs it, transitively, and skips what is installed', () => {
    const catalog = new Map([
      ['charts', node('charts', '2.1.0', [needs('core', '^1.0.0')])],
      ['core', node('core', '1.4.0')],
      ['theme', node('theme', '1.0.0')],
    ]);
    const target = node('dashboard', '1.0.0', [needs('charts', '^2.0.0'), needs('theme')]);
    const installed = new Map([['theme', { ...node('theme', '1.0.0'), active: true }]]);
    const plan = planPluginInstall(target, installed, (id) => catalog.get(id));
    expect(plan).toMatchObject({ ok: true });
    if (!plan.ok) return;
    expect(plan.order.map((entry) => entry.id)).toEqual(['core', 'charts', 'dashboard']);
    expect(plan.missing.map((entry) => entry.id)).toEqual(['core', 'charts']);
  });

  it('never installs an optional dependency on the plugin’s behalf', () => {
    const plan = planPluginInstall(node('a', '1.0.0', [needs('extra', '*', true)]), new Map(), () =>
      node('extra', '1.0.0'),
    );
    expect(plan).toEqual({ ok: true, order: [expect.objectContaining({ id: 'a' })], missing: [] });
  });

  it('refuses unmet ranges of installed and available plugins and unknown plugins, one problem each', () => {
    const installed = new Map([['core', { ...node('core', '1.0.0'), active: true }]]);
    const plan = planPluginInstall(
      node('a', '1.0.0', [needs('core', '^2.0.0'), needs('charts', '>=3'), needs('ghost')]),
      installed,
      (id) => (id === 'charts' ? node('charts', '2.0.0') : undefined),
    );
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.problems.map((problem) => [problem.code, problem.dependencyId])).toEqual([
      ['DEPENDENCY_VERSION', 'core'],
      ['DEPENDENCY_VERSION', 'charts'],
      ['DEPENDENCY_MISSING', 'ghost'],
    ]);
    expect(plan.problems[0]!.message).toContain('version 1.0.0 is installed');
  });

  it('finds a cycle, also one that closes through an installed plugin', () => {
    const catalog = new Map([['b', node('b', '1.0.0', [needs('a')])]]);
    const direct = planPluginInstall(node('a', '1.0.0', [needs('b')]), new Map(), (id) => catalog.get(id));
    expect(direct).toMatchObject({ ok: false, problems: [{ code: 'DEPENDENCY_CYCLE' }] });
    if (!direct.ok) expect(direct.problems[0]!.message).toMatch(/a → b → a|b → a → b/);

    const installed = new Map([['c', { ...node('c', '1.0.0', [needs('d')]), active: true }]]);
    const through = planPluginInstall(node('d', '1.0.0', [needs('c')]), installed, () => undefined);
    expect(through).toMatchObject({ ok: false, problems: [{ code: 'DEPENDENCY_CYCLE' }] });
  });
});
