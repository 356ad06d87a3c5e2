import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { usePageTitle } from '../ui';

/** Last line of defence for a route that crashed: a message and a way back, never a blank page. */
export function RouteErrorPage() {
  usePageTitle('Something went wrong');
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main id="main" className="page page--centered">
      <h1>Something went wrong</h1>
      <p>This page failed to load: {message}</p>
      <p>
        <Link to="/" className="button button--filled">
          Back to the dashboard
        </Link>{' '}
        <Link to="/?safe-mode" className="button button--text">
          Open in safe mode (no plugins)
        </Link>
      </p>
    </main>
  );
}
