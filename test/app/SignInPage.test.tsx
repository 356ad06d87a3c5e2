import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppRoutes } from '../../src/app';
import { renderWithApp, setupMockApi } from './appTestHarness';

const api = setupMockApi();

describe('sign-in', () => {
  beforeEach(() => {
    api.reset();
  });

  it('sends a signed-out visitor to the sign-in page, lists the demo accounts, and signs in to the page asked for', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp({
      db: api.current().db,
      user: null,
      routes: createAppRoutes(),
      path: '/assets',
    });

    expect(await screen.findByRole('heading', { name: 'Sign in to stac-web' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(document.title).toBe('Sign in · stac-web');

    await user.click(await screen.findByRole('button', { name: /Alice/ }));
    expect(screen.getByLabelText('User name or e-mail')).toHaveValue('alice');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Assets' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/assets');
  });

  it('says what went wrong on a wrong password and stays on the page', async () => {
    const user = userEvent.setup();
    renderWithApp({ db: api.current().db, user: null, routes: createAppRoutes(), path: '/sign-in' });

    await user.type(await screen.findByLabelText('User name or e-mail'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText(/wrong/i)).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('heading', { name: 'Sign in to stac-web' })).toBeInTheDocument();
  });

  it('signs out from the top bar and lands back on the sign-in page', async () => {
    const user = userEvent.setup();
    const { router, auth } = renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(auth.getToken()).toBeNull();
  });
});
