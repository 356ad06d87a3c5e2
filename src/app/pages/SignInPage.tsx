import { useId, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useDemoInfo, useLogin } from '../../api-client';
import { isAppPath } from '../../stac-schema';
import { useSessionToken } from '../SessionProvider';
import { useTheme } from '../ThemeProvider';
import { Icon, usePageTitle } from '../../ui';

/** Only same-app paths are followed after sign-in, never an absolute URL from the query string. */
function safeNext(next: string | null): string {
  if (!next || !isAppPath(next)) return '/';
  return next;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Sign-in failed. Try again.';
}

export function SignInPage() {
  usePageTitle('Sign in');
  const token = useSessionToken();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();
  const demo = useDemoInfo();
  const theme = useTheme();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const usernameId = useId();
  const passwordId = useId();
  const errorId = useId();
  const next = safeNext(params.get('next'));

  if (token && !login.isPending) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { username: username.trim(), password },
      { onSuccess: () => navigate(next, { replace: true }) },
    );
  };

  const demoUsers = demo.data?.enabled ? demo.data.users : [];

  return (
    <div className="sign-in">
      <button
        type="button"
        className="icon-button sign-in__theme"
        onClick={theme.toggle}
        aria-label={theme.mode === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
      >
        <Icon name={theme.mode === 'dark' ? 'lightMode' : 'darkMode'} />
      </button>
      <main id="main" className="sign-in__card">
        <div className="sign-in__brand">
          <Icon name="extension" size={40} />
          <h1>Sign in to stac-web</h1>
          <p className="muted">Plugins for your Invenicum inventory.</p>
        </div>
        <form
          onSubmit={submit}
          className="form"
          aria-describedby={login.isError ? errorId : undefined}
          noValidate
        >
          <div className="field">
            {/* An Invenicum account signs in with its e-mail; the reference server's with a user name. */}
            <label htmlFor={usernameId}>User name or e-mail</label>
            <input
              id={usernameId}
              name="username"
              autoComplete="username"
              required
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={passwordId}>Password</label>
            <input
              id={passwordId}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          {login.isError ? (
            <p id={errorId} className="form-error" role="alert">
              {errorMessage(login.error)}
            </p>
          ) : null}
          <button
            type="submit"
            className="button button--filled button--wide"
            disabled={login.isPending || !username.trim() || !password}
          >
            {login.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        {demoUsers.length > 0 ? (
          <section className="demo-users" aria-labelledby="demo-users-title">
            <h2 id="demo-users-title">Demo accounts</h2>
            <p className="muted">This server runs in demo mode. Pick an account to fill in the form.</p>
            <ul>
              {demoUsers.map((user) => (
                <li key={user.username}>
                  <button
                    type="button"
                    className="demo-user"
                    onClick={() => {
                      setUsername(user.username);
                      setPassword(user.password ?? '');
                    }}
                  >
                    <Icon name="person" />
                    <span>
                      <strong>{user.name ?? user.username}</strong>
                      <span className="muted"> {user.username}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </main>
    </div>
  );
}
