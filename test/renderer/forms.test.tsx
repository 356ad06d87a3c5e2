import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod';
import { StacView } from '../../src/renderer/StacView';
import { createWidgetRegistry } from '../../src/renderer/registry';
import { createActionRegistry, defineAction } from '../../src/actions';
import { TestButton, TestColumn, TestText, TestTextField } from './testWidgets';

const registry = createWidgetRegistry({
  column: TestColumn,
  text: TestText,
  elevatedButton: TestButton,
  textFormField: TestTextField,
});

function signInForm(onPressed: unknown) {
  return {
    type: 'column',
    children: [
      {
        type: 'form',
        child: {
          type: 'column',
          children: [
            {
              type: 'textFormField',
              id: 'email',
              hintText: 'Email',
              validatorRules: [
                { rule: 'required', message: 'Email is required' },
                { rule: 'email', message: 'Enter a valid email' },
              ],
            },
            { type: 'textFormField', id: 'username', hintText: 'Username', initialValue: 'kminchelle' },
            { type: 'elevatedButton', child: { type: 'text', data: 'Sign in' }, onPressed },
          ],
        },
      },
      { type: 'text', data: 'Status: {{status}}' },
    ],
  };
}

describe('form collection and validation', () => {
  it('validateForm shows rule messages and runs isNotValid, then isValid once fixed', async () => {
    const document = signInForm({
      actionType: 'validateForm',
      isValid: { actionType: 'setValue', values: [{ key: 'status', value: 'valid' }] },
      isNotValid: { actionType: 'setValue', values: [{ key: 'status', value: 'invalid' }] },
    });
    render(<StacView document={document} registry={registry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Email is required')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Status: invalid')).toBeInTheDocument());

    await userEvent.type(screen.getByLabelText('Email'), 'ana@');
    // After a failed validation the field re-checks as the user types.
    expect(screen.getByText('Enter a valid email')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Email'), 'example.com');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByText('Status: valid')).toBeInTheDocument());
  });

  it('actions read field values by id through FormAccess (getFormValue / getValues)', async () => {
    const seen: unknown[] = [];
    const actions = createActionRegistry({
      actions: [
        defineAction('recordForm', z.object({}), (_params, run) => {
          seen.push(run.ctx.form?.getValues());
          seen.push(run.ctx.form?.getValue('username'));
        }),
      ],
    });
    render(
      <StacView document={signInForm({ actionType: 'recordForm' })} registry={registry} actions={actions} />,
    );
    await userEvent.type(screen.getByLabelText('Email'), 'ana@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[0]).toEqual({ email: 'ana@example.com', username: 'kminchelle' });
    expect(seen[1]).toBe('kminchelle');
  });

  it('the built-in getFormValue action returns the field value', async () => {
    const results: unknown[] = [];
    const actions = createActionRegistry({
      actions: [
        defineAction('readUser', z.object({}), async (_params, run) => {
          results.push(await run.run({ actionType: 'getFormValue', id: 'username' }));
        }),
      ],
    });
    render(
      <StacView document={signInForm({ actionType: 'readUser' })} registry={registry} actions={actions} />,
    );
    await userEvent.clear(screen.getByLabelText('Username'));
    await userEvent.type(screen.getByLabelText('Username'), 'ana');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(results).toEqual(['ana']));
  });

  it('fields outside any form widget are still collected by the view-level form', async () => {
    const seen: unknown[] = [];
    const actions = createActionRegistry({
      actions: [defineAction('record', z.object({}), (_p, run) => void seen.push(run.ctx.form?.getValues()))],
    });
    const document = {
      type: 'column',
      children: [
        { type: 'textFormField', id: 'note', hintText: 'Note', initialValue: 'hello' },
        {
          type: 'elevatedButton',
          child: { type: 'text', data: 'Save' },
          onPressed: { actionType: 'record' },
        },
      ],
    };
    render(<StacView document={document} registry={registry} actions={actions} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(seen).toEqual([{ note: 'hello' }]));
  });

  it('a view inside a form of another view opens its own form under it: each button reaches its nearest form', async () => {
    const seen: unknown[] = [];
    const actions = createActionRegistry({
      actions: [defineAction('record', z.object({}), (_p, run) => void seen.push(run.ctx.form?.getValues()))],
    });
    const save = (label: string) => ({
      type: 'elevatedButton',
      child: { type: 'text', data: label },
      onPressed: { actionType: 'record' },
    });
    const inner = {
      type: 'column',
      children: [
        { type: 'textFormField', id: 'inner', hintText: 'Inner', initialValue: 'in' },
        save('Save inner'),
      ],
    };
    const nestedRegistry = createWidgetRegistry({
      column: TestColumn,
      text: TestText,
      elevatedButton: TestButton,
      textFormField: TestTextField,
      nested: () => <StacView document={inner} registry={registry} actions={actions} />,
    });
    const outer = {
      type: 'form',
      child: {
        type: 'column',
        children: [
          { type: 'textFormField', id: 'outer', hintText: 'Outer', initialValue: 'out' },
          { type: 'nested' },
          save('Save outer'),
        ],
      },
    };
    render(<StacView document={outer} registry={nestedRegistry} actions={actions} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save inner' }));
    await waitFor(() => expect(seen).toEqual([{ inner: 'in' }]));
    await userEvent.click(screen.getByRole('button', { name: 'Save outer' }));
    await waitFor(() => expect(seen).toEqual([{ inner: 'in' }, { outer: 'out', inner: 'in' }]));
  });

  it('a view that shows another document forgets the fields of the one before', async () => {
    const seen: unknown[] = [];
    const actions = createActionRegistry({
      actions: [defineAction('record', z.object({}), (_p, run) => void seen.push(run.ctx.form?.getValues()))],
    });
    const withField = (id: string, hintText: string) => ({
      type: 'column',
      children: [
        { type: 'textFormField', id, hintText, initialValue: '' },
        {
          type: 'elevatedButton',
          child: { type: 'text', data: 'Save' },
          onPressed: { actionType: 'record' },
        },
      ],
    });
    const { rerender } = render(
      <StacView document={withField('note', 'Note')} registry={registry} actions={actions} />,
    );
    await userEvent.type(screen.getByLabelText('Note'), 'draft');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(seen).toEqual([{ note: 'draft' }]));

    rerender(<StacView document={withField('title', 'Title')} registry={registry} actions={actions} />);
    await userEvent.type(screen.getByLabelText('Title'), 'Q3');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(seen).toEqual([{ note: 'draft' }, { title: 'Q3' }]));
  });

  it('autovalidateMode: "always" checks at once, "onUserInteraction" once the user types', async () => {
    const document = {
      type: 'column',
      children: [
        {
          type: 'textFormField',
          id: 'a',
          hintText: 'Always',
          autovalidateMode: 'always',
          validatorRules: [{ rule: 'required', message: 'A is required' }],
        },
        {
          type: 'textFormField',
          id: 'b',
          hintText: 'Typed',
          autovalidateMode: 'onUserInteraction',
          validatorRules: [{ rule: 'minLength', value: 3, message: 'B is too short' }],
        },
      ],
    };
    render(<StacView document={document} registry={registry} />);
    expect(screen.getByText('A is required')).toBeInTheDocument();
    expect(screen.queryByText('B is too short')).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Typed'), 'ab');
    expect(screen.getByText('B is too short')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Typed'), 'c');
    expect(screen.queryByText('B is too short')).not.toBeInTheDocument();
  });
});
