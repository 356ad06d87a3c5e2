/**
 * Built-in widgets render without a Suspense boundary of their own on the server (they render validated
 * props and are written not to throw). Should one throw anyway, the view's root boundary holds: the server
 * render of the page does not fail, and the problem is reported. The text widget is made to throw here.
 */
import type { StacRenderProblem, StacWidgetProps } from '../../src/renderer/contract';

vi.mock('../../src/renderer/widgets/text/index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/renderer/widgets/text/index')>();
  const Original = original.textWidgets.text;
  function TextThatMayThrow(props: StacWidgetProps) {
    if (props.node.data === 'boom') throw new Error('a bug in a built-in widget');
    return <Original {...props} />;
  }
  return { ...original, textWidgets: { ...original.textWidgets, text: TextThatMayThrow } };
});

const { renderStacToString } = await import('../../src/renderer/ssr');

describe('a built-in widget that throws on the server', () => {
  it('leaves the page render standing and reports the view as failed', () => {
    const problems: StacRenderProblem[] = [];
    const render = () =>
      renderStacToString(
        {
          type: 'column',
          children: [
            { type: 'text', data: 'fine' },
            { type: 'text', data: 'boom' },
          ],
        },
        { mode: 'preview', onProblem: (p) => problems.push(p) },
      );
    let html = '';
    expect(() => (html = render())).not.toThrow();
    expect(html).toContain('class="stac-view"');
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'render_error',
        path: 'ui',
        message: 'The document failed to render on the server.',
      }),
    );
  });

  it('renders the same document without the bug as usual', () => {
    const html = renderStacToString({
      type: 'column',
      children: [
        { type: 'text', data: 'fine' },
        { type: 'text', data: 'also fine' },
      ],
    });
    expect(html).toContain('>fine</span>');
    expect(html).toContain('>also fine</span>');
  });
});
