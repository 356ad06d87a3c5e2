import { Link } from 'react-router';
import { StatusMessage, usePageTitle } from '../../ui';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="page">
      <h1 className="visually-hidden">Page not found</h1>
      <StatusMessage
        icon="warning"
        title="This page does not exist."
        action={
          <Link to="/" className="button button--tonal">
            Go to the dashboard
          </Link>
        }
      >
        Check the address, or use the navigation above.
      </StatusMessage>
    </div>
  );
}
