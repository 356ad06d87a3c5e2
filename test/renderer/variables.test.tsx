import { render, screen, waitFor, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StacView } from '../../src/renderer/StacView';
import { createWidgetRegistry } from '../../src/renderer/registry';
import { useStacVariables } from '../../src/renderer/StacVariableScope';
import type { VariableAccess } from '../../src/actions/types';
import { TestButton, TestColumn, TestText } from './testWidgets';

let captured: VariableAccess | null = null;
function VariableProbe() {
  captured = useStacVariables();
  return null;
}

const registry = createWidgetRegistry({
  column: TestColumn,
  text: TestText,
  elevatedButton: TestButton,
  probe: VariableProbe,
});

describe('setValue variables', () => {
  it('the setValue widget gives its subtree variables readable as {{name}} (corpus variable_example)', () => {
    const document = {
      type: 'setValue',
      values: [
        { key: 'name', value: 'John Doe' },
        { key: 'age', value: 30 },
      ],
      child: {
        type: 'column',
        children: [
          { type: 'text', data: '{{name}}' },
          { type: 'text', data: 'Age <<age>>' },
        ],
      },
    };
    render(<StacView document={document} registry={registry} />);
    expect(screen.getByText('John Doe')).toBeInTheDocument();
    expect(screen.getByText('Age 30')).toBeInTheDocument();
  });

  it('variables are scoped: an inner setValue shadows, siblings outside do not see it', () => {
    const document = {
      type: 'setValue',
      values: [{ key: 'label', value: 'outer' }],
      child: {
        type: 'column',
        children: [
          { type: 'text', data: 'A={{label}}' },
          {
            type: 'setValue',
            values: [{ key: 'label', value: 'inner' }],
            child: { type: 'text', data: 'B={{label}}' },
          },
          { type: 'text', data: 'C={{label}}' },
        ],
      },
    };
    render(<StacView document={document} registry={registry} />);
    expect(screen.getByText('A=outer')).toBeInTheDocument();
    expect(screen.getByText('B=inner')).toBeInTheDocument();
    expect(screen.getByText('C=outer')).toBeInTheDocument();
  });

  it('setValue values may bind host data', () => {
    const document = {
      type: 'setValue',
      values: [{ key: 'title', value: 'Item: {{asset.name}}' }],
      child: { type: 'text', data: '{{title}}' },
    };
    const { rerender } = render(
      <StacView document={document} registry={registry} scope={{ asset: { name: 'Drill' } }} />,
    );
    expect(screen.getByText('Item: Drill')).toBeInTheDocument();
    rerender(<StacView document={document} registry={registry} scope={{ asset: { name: 'Saw' } }} />);
    expect(screen.getByText('Item: Saw')).toBeInTheDocument();
  });

  it('the setValue action writes the nearest layer and bound text updates', async () => {
    const document = {
      type: 'setValue',
      values: [{ key: 'count', value: 'none' }],
      child: {
        type: 'column',
        children: [
          { type: 'text', data: 'Count: {{count}}' },
          {
            type: 'elevatedButton',
            child: { type: 'text', data: 'Set' },
            onPressed: { actionType: 'setValue', values: [{ key: 'count', value: 'three' }] },
          },
        ],
      },
    };
    render(<StacView document={document} registry={registry} />);
    expect(screen.getByText('Count: none')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Set' }));
    await waitFor(() => expect(screen.getByText('Count: three')).toBeInTheDocument());
  });

  it('useStacVariables reads and writes the document-level variables', () => {
    render(
      <StacView
        document={{ type: 'column', children: [{ type: 'probe' }, { type: 'text', data: 'x={{x}}' }] }}
        registry={registry}
      />,
    );
    expect(screen.getByText('x=')).toBeInTheDocument();
    act(() => captured!.set({ x: 5 }));
    expect(captured!.get('x')).toBe(5);
    expect(screen.getByText('x=5')).toBeInTheDocument();
  });

  it('a new document starts with fresh variables', () => {
    const first = { type: 'column', children: [{ type: 'probe' }, { type: 'text', data: 'x={{x}}' }] };
    const { rerender } = render(<StacView document={first} registry={registry} />);
    act(() => captured!.set({ x: 'old' }));
    expect(screen.getByText('x=old')).toBeInTheDocument();
    const second = { type: 'column', children: [{ type: 'probe' }, { type: 'text', data: 'x={{x}}!' }] };
    rerender(<StacView document={second} registry={registry} />);
    expect(screen.getByText('x=!')).toBeInTheDocument();
    expect(captured!.get('x')).toBeUndefined();
  });
});
