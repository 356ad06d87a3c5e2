import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderStac } from '../renderStac';

describe('text fields', () => {
  it('labels the input and shows what the user types', async () => {
    renderStac({
      type: 'textField',
      decoration: { labelText: 'Asset name', hintText: 'e.g. Drill', helperText: 'Shown in lists' },
    });
    const input = screen.getByLabelText('Asset name');
    // As Flutter: the label rests in the field as its placeholder; the hint waits for focus.
    expect(input).not.toHaveAttribute('placeholder');
    await userEvent.click(input);
    expect(input).toHaveAttribute('placeholder', 'e.g. Drill');
    expect(input).toHaveAccessibleDescription('Shown in lists');
    await userEvent.type(input, 'Hammer');
    expect(input).toHaveValue('Hammer');
  });

  it('names a field by its hint when it has no label, and hides passwords', () => {
    renderStac({ type: 'textField', obscureText: true, decoration: { hintText: 'Password' } });
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
  });

  it('maps keyboard types and multiline fields', () => {
    renderStac({
      type: 'column',
      children: [
        { type: 'textField', keyboardType: 'emailAddress', decoration: { labelText: 'Email' } },
        { type: 'textField', keyboardType: 'number', decoration: { labelText: 'Count' } },
        { type: 'textField', maxLines: 4, decoration: { labelText: 'Notes' } },
      ],
    });
    expect(screen.getByLabelText('Email')).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('Count')).toHaveAttribute('inputmode', 'decimal');
    expect(screen.getByLabelText('Notes').tagName).toBe('TEXTAREA');
  });

  it('validates a textFormField with validatorRules as the user types', async () => {
    renderStac({
      type: 'textFormField',
      id: 'username',
      autovalidateMode: 'onUserInteraction',
      decoration: { hintText: 'Username' },
      validatorRules: [{ rule: '^[a-z]{8,}$', message: 'Add a valid username' }],
    });
    const input = screen.getByLabelText('Username');
    await userEvent.type(input, 'abc');
    expect(screen.getByRole('alert')).toHaveTextContent('Add a valid username');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(input, 'defghij');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a decoration errorText', () => {
    renderStac({ type: 'textField', decoration: { labelText: 'Code', errorText: 'Required' } });
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription('Required');
  });
});

describe('toggles and choices', () => {
  it('toggles a switch with role=switch and reports the value', async () => {
    const calls: unknown[] = [];
    renderStac(
      { type: 'switch', value: false, onChanged: { actionType: 'none' } },
      { onDispatch: (info) => calls.push(info) },
    );
    const toggle = screen.getByRole('switch');
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    toggle.focus();
    await userEvent.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(calls).toHaveLength(2);
  });

  it('checks a checkbox and cycles a tristate one through mixed', async () => {
    renderStac({
      type: 'row',
      children: [
        { type: 'checkBox', value: false, semanticLabel: 'Agree' },
        { type: 'checkBox', value: true, tristate: true, semanticLabel: 'Tri' },
      ],
    });
    const agree = screen.getByRole('checkbox', { name: 'Agree' });
    await userEvent.click(agree);
    expect(agree).toBeChecked();
    const tri = screen.getByRole('checkbox', { name: 'Tri' });
    await userEvent.click(tri);
    expect(tri).toHaveAttribute('aria-checked', 'mixed');
  });

  it('moves a slider within min, max and divisions', () => {
    renderStac({ type: 'slider', value: 20, max: 100, divisions: 5, semanticLabel: 'Volume' });
    const slider = screen.getByRole('slider', { name: 'Volume' });
    expect(slider).toHaveValue('20');
    expect(slider).toHaveAttribute('step', '20');
    fireEvent.change(slider, { target: { value: '60' } });
    expect(slider).toHaveValue('60');
  });

  it('selects one radio of a group, labelled by its list tile title', async () => {
    renderStac({
      type: 'radioGroup',
      child: {
        type: 'column',
        children: ['1', '2', '3'].map((value) => ({
          type: 'listTile',
          leading: { type: 'radio', value, groupValue: '1' },
          title: { type: 'text', data: `Option ${value}` },
        })),
      },
    });
    expect(screen.getByRole('radiogroup')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Option 1' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Option 3' }));
    expect(screen.getByRole('radio', { name: 'Option 3' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Option 1' })).not.toBeChecked();
  });

  it('offers dropdown entries in a native select with the initial selection', async () => {
    renderStac({
      type: 'dropdownMenu',
      hintText: 'Pick a letter',
      initialSelection: 'b',
      dropdownMenuEntries: [
        { label: 'A', value: 'a' },
        { label: 'B', value: 'b' },
      ],
    });
    const select = screen.getByRole('combobox', { name: 'Pick a letter' });
    expect(select).toHaveDisplayValue('B');
    await userEvent.selectOptions(select, 'A');
    expect(select).toHaveDisplayValue('A');
  });

  it('suggests autocomplete options and picks one with the keyboard', async () => {
    const calls: unknown[] = [];
    renderStac(
      {
        type: 'autocomplete',
        options: ['aardvark', 'bobcat', 'chameleon'],
        onSelected: { actionType: 'none' },
      },
      { onDispatch: (info) => calls.push(info) },
    );
    const box = screen.getByRole('combobox');
    await userEvent.type(box, 'a');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'aardvark',
      'bobcat',
      'chameleon',
    ]);
    await userEvent.type(box, 'm');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['chameleon']);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(box).toHaveValue('chameleon');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(calls).toHaveLength(1);
  });
});
