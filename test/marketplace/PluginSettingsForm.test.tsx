import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { MockDatabaseSeed } from '../../mocks/plugin-api';
import { createAppRoutes } from '../../src/app';
import { renderWithApp, setupMockApi } from '../app/appTestHarness';

const api = setupMockApi();

const seed: MockDatabaseSeed = {
  plugins: [
    {
      id: 'weather',
      name: 'Weather',
      slot: 'dashboard_top',
      version: '1.0.0',
      ui: { type: 'text', data: 'Weather in <<settings.city>>' },
      settings: [
        { key: 'city', type: 'string', label: 'City', help: 'Where you work.', required: true },
        { key: 'units', type: 'enum', label: 'Units', options: ['metric', 'imperial'], default: 'metric' },
        { key: 'days', type: 'number', label: 'Days', min: 1, max: 7, default: 3 },
        { key: 'alerts', type: 'boolean', label: 'Storm alerts' },
      ],
    },
  ],
  installs: [{ username: 'alice', pluginId: 'weather' }],
};

async function openSettings() {
  renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/installed' });
  const row = await screen.findByRole('article', { name: 'Weather' });
  // A required setting that is empty: the row says what to fill in before the plugin shows anything.
  expect(within(row).getByText('Needs setting up: City.')).toBeInTheDocument();
  await userEvent.click(within(row).getByRole('button', { name: 'Settings' }));
  return { row, form: within(row).getByRole('form', { name: 'Settings of Weather' }) };
}

describe('the settings form of an installed plugin', () => {
  beforeEach(() => api.reset(seed));

  it('is generated from the declared settings: types, labels, help, defaults, bounds and required', async () => {
    const { form } = await openSettings();
    const city = within(form).getByRole('textbox', { name: 'City (required)' });
    expect(city).toBeRequired();
    expect(city).toHaveAccessibleDescription('Where you work.');
    expect(within(form).getByRole('combobox', { name: 'Units' })).toHaveValue('metric');
    const days = within(form).getByRole('spinbutton', { name: 'Days' });
    expect(days).toHaveValue(3);
    expect(days).toHaveAttribute('min', '1');
    expect(days).toHaveAttribute('max', '7');
    expect(within(form).getByRole('checkbox', { name: 'Storm alerts' })).not.toBeChecked();
  });

  it('is filled in with the keyboard, refuses what the rules refuse by field, and stores the rest per user', async () => {
    const user = userEvent.setup();
    const { form, row } = await openSettings();
    const city = within(form).getByRole('textbox', { name: 'City (required)' });
    await user.click(city);
    await user.keyboard('Lyon');
    await user.tab();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Units' }), 'imperial');
    const days = within(form).getByRole('spinbutton', { name: 'Days' });
    await user.clear(days);
    await user.type(days, '30');
    await user.click(within(form).getByRole('checkbox', { name: 'Storm alerts' }));
    await user.click(within(form).getByRole('button', { name: 'Save settings' }));

    expect(await within(form).findByText('Days must be at most 7.')).toBeInTheDocument();
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(days).toHaveFocus();
    expect(api.current().db.installs.get('1:weather')?.settingValues).toEqual({});

    await user.clear(days);
    await user.type(days, '5{Enter}');
    await waitFor(() =>
      expect(api.current().db.installs.get('1:weather')?.settingValues).toEqual({
        city: 'Lyon',
        units: 'imperial',
        days: 5,
        alerts: true,
      }),
    );
    await waitFor(() => expect(within(row).queryByText('Needs setting up: City.')).not.toBeInTheDocument());
  });

  it('shows what the server refuses next to its field', async () => {
    const user = userEvent.setup();
    api.current().server.use(
      http.put('*/api/v1/plugins/user/settings', () =>
        HttpResponse.json(
          {
            success: false,
            error: 'INVALID_SETTINGS',
            message: 'Some settings of “Weather” are not valid: City is not a city we know.',
            fieldErrors: { city: 'City is not a city we know.' },
          },
          { status: 422 },
        ),
      ),
    );
    const { form } = await openSettings();
    const city = within(form).getByRole('textbox', { name: 'City (required)' });
    await user.type(city, 'Atlantis');
    await user.click(within(form).getByRole('button', { name: 'Save settings' }));
    expect(await within(form).findByText('City is not a city we know.')).toBeInTheDocument();
    expect(within(form).getByRole('alert')).toHaveTextContent('not valid');
    expect(city).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(city).toHaveFocus());
  });
});
