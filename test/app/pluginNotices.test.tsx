/**
 * Notices of several plugins on one page: every plugin's snack bars and the host's toasts share one stack
 * (none drawn over another), and each says which plugin it comes from.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockDatabaseSeed } from '../../mocks/plugin-api';
import { createAppRoutes } from '../../src/app';
import { renderWithApp, setupMockApi } from './appTestHarness';

const api = setupMockApi();

const button = (label: string, onPressed: unknown) => ({
  type: 'filledButton',
  child: { type: 'text', data: label },
  onPressed,
});

const seed: MockDatabaseSeed = {
  plugins: [
    {
      id: 'greeter',
      name: 'Greeter',
      slot: 'dashboard_top',
      ui: button('Say hello', {
        actionType: 'showSnackBar',
        content: { type: 'text', data: 'Hello, <<user.name>>!' },
        duration: { seconds: 60 },
      }),
    },
    {
      id: 'auditor',
      name: 'Auditor',
      slot: 'dashboard_top',
      ui: button('Start audit', {
        actionType: 'multiAction',
        actions: [
          { actionType: 'invenicum_sdk', method: 'showAlert', params: { message: 'The audit has started.' } },
          {
            actionType: 'showSnackBar',
            content: { type: 'text', data: 'Checklist sent.' },
            duration: { seconds: 60 },
          },
        ],
      }),
    },
  ],
  installs: [
    { username: 'alice', pluginId: 'greeter' },
    { username: 'alice', pluginId: 'auditor' },
  ],
};

beforeEach(() => {
  api.reset(seed);
});

describe('notices from several plugins', () => {
  it('stack in one region, one below the other, each naming its plugin', async () => {
    const user = userEvent.setup();
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/' });
    await user.click(await screen.findByRole('button', { name: 'Say hello' }, { timeout: 15_000 }));
    await user.click(await screen.findByRole('button', { name: 'Start audit' }, { timeout: 15_000 }));

    const region = screen.getByRole('region', { name: 'Notifications' });
    const hello = await within(region).findByText(/Hello, Alice/);
    const checklist = await within(region).findByText('Checklist sent.');
    const alert = await within(region).findByText('The audit has started.');

    // No plugin draws its own fixed snack bar layer that could cover another's.
    expect(document.querySelector('[data-stac-snack-bars]')).toBeNull();
    // Three separate notices in the stack, each labelled with the plugin that sent it.
    const noticeOf = (element: HTMLElement) =>
      element.closest('[data-stac-snack-bar], .toast') as HTMLElement | null;
    const notices = [hello, checklist, alert].map(noticeOf);
    expect(new Set(notices).size).toBe(3);
    expect(notices[0]).toHaveTextContent(/^Greeter/);
    expect(notices[1]).toHaveTextContent(/^Auditor/);
    expect(notices[2]).toHaveTextContent(/^Auditor/);
  });

  it("shows one plugin's snack bars one at a time (queued), never two of them at once", async () => {
    const user = userEvent.setup();
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/' });
    const sayHello = await screen.findByRole('button', { name: 'Say hello' }, { timeout: 15_000 });
    await user.click(sayHello);
    await user.click(sayHello);
    const region = screen.getByRole('region', { name: 'Notifications' });
    await within(region).findByText(/Hello, Alice/);
    await waitFor(() => expect(within(region).getAllByText(/Hello, Alice/)).toHaveLength(1));
  });
});
