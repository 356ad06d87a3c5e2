import { render, screen } from '@testing-library/react';
import { StacView, type StacRenderProblem } from '../../src/renderer';
import { renderStacToString } from '../../src/renderer/ssr';
import { DEFAULT_RENDER_BUDGET, DEFAULT_TEMPLATE_LIMITS } from '../../src/renderer/template';

/**
 * The worst plugins of the security audit: a 100,000-item array set by `setValue`, looped by many
 * `{{#each}}` text nodes. Valid under strict validation; before the render budget, 30 such nodes froze
 * Chromium for 5.3 s and 100 took 22.9 s to render on the server.
 */
function worstPlugin(eachNodes: number) {
  return {
    type: 'setValue',
    values: [{ key: 'items', value: Array.from({ length: 100_000 }, () => 7) }],
    child: {
      type: 'column',
      children: Array.from({ length: eachNodes }, (_, i) => ({
        type: 'text',
        data: `#${i}:{{#each items}}{{this}}{{/each}}`,
      })),
    },
  };
}

// Time is left out of these tests (a loaded machine is slow, not hostile): the step budgets decide.
const budget = { maxMillis: Number.MAX_SAFE_INTEGER };
// Each text loops up to its own template limit; the view's iterations cover this many of them.
const FULL_TEXTS = DEFAULT_RENDER_BUDGET.maxIterations / DEFAULT_TEMPLATE_LIMITS.maxIterations;

describe('the render budget of a view', () => {
  it('renders the first nodes, then a compact notice per skipped node in preview', () => {
    const problems: StacRenderProblem[] = [];
    render(
      <StacView
        document={worstPlugin(30)}
        mode="preview"
        renderBudget={budget}
        onProblem={(problem) => problems.push(problem)}
      />,
    );
    // 10,000 iterations per template (its own limit), 20,000 per view: two texts render, cut at their limit.
    const view = document.querySelector('.stac-view') as HTMLElement;
    const rendered = [...view.querySelectorAll('*')].filter((el) => /^#\d+:7/.test(el.textContent ?? ''));
    expect(rendered.length).toBeGreaterThan(0);
    const notices = screen
      .getAllByRole('note')
      .filter((note) => note.dataset.stacFallback === 'render_budget_exceeded');
    expect(notices).toHaveLength(30 - FULL_TEXTS);
    expect(notices[0].textContent).toMatch(/render budget \(20000 #each iterations\)/);
    expect(view.textContent?.length ?? 0).toBeLessThan(DEFAULT_RENDER_BUDGET.maxIterations + 30 * 300);
    const budgetProblems = problems.filter((problem) => problem.code === 'render_budget_exceeded');
    expect(budgetProblems).toHaveLength(30 - FULL_TEXTS);
    expect(budgetProblems[0]).toMatchObject({ path: `ui.child.children[${FULL_TEXTS}]`, widgetType: 'text' });
  });

  it('skips the over-budget nodes quietly in production and reports each through onProblem', () => {
    const problems: StacRenderProblem[] = [];
    render(
      <StacView
        document={worstPlugin(30)}
        renderBudget={budget}
        onProblem={(problem) => problems.push(problem)}
      />,
    );
    expect(screen.queryAllByRole('note')).toEqual([]);
    expect(problems.filter((problem) => problem.code === 'render_budget_exceeded')).toHaveLength(
      30 - FULL_TEXTS,
    );
  });

  it('holds on the server: 100 such nodes render at most the budget, and report the rest', () => {
    const problems: StacRenderProblem[] = [];
    const html = renderStacToString(worstPlugin(100), {
      renderBudget: budget,
      onProblem: (problem) => problems.push(problem),
    });
    expect(problems.filter((problem) => problem.code === 'render_budget_exceeded')).toHaveLength(
      100 - FULL_TEXTS,
    );
    // The view's iterations at most, plus markup.
    expect((html.match(/7/g) ?? []).length).toBeLessThanOrEqual(DEFAULT_RENDER_BUDGET.maxIterations + 200);
  });

  it('lets a host set a smaller budget', () => {
    const problems: StacRenderProblem[] = [];
    renderStacToString(worstPlugin(3), {
      renderBudget: { ...budget, maxIterations: 1_000 },
      onProblem: (problem) => problems.push(problem),
    });
    expect(problems.filter((problem) => problem.code === 'render_budget_exceeded')).toHaveLength(3);
  });

  it('renders an ordinary plugin in full', () => {
    const problems: StacRenderProblem[] = [];
    const html = renderStacToString(
      {
        type: 'column',
        children: [
          { type: 'text', data: '{{#each asset.tags}}{{this}} {{/each}}' },
          { type: 'text', data: 'Hello {{user.name}}' },
        ],
      },
      { scope: { asset: { tags: ['a', 'b'] }, user: { name: 'Alice' } }, onProblem: (p) => problems.push(p) },
    );
    expect(html).toContain('a b');
    expect(html).toContain('Hello Alice');
    expect(problems).toEqual([]);
  });
});
