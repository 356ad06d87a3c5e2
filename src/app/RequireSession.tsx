import { Navigate, Outlet, useLocation } from 'react-router';
import { useSessionToken } from './SessionProvider';

/** Routes below need a signed-in user; others go to the sign-in page and come back afterwards. */
export function RequireSession() {
  const token = useSessionToken();
  const location = useLocation();
  if (!token) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  // A 401 anywhere clears the token in the API client, which lands here and back on the sign-in page.
  return <Outlet />;
}
