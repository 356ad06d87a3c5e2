import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import type { StacUser } from '../actions';
import { useLogout, useMe } from '../api-client';
import {
  isSafeModeSearch,
  PluginActionHost,
  PluginSlot,
  PluginSlotProvider,
  PluginStartupNotices,
} from '../slots';
import { useAuthSource } from './SessionProvider';
import { useTheme } from './ThemeProvider';
import { useAppHostServices } from './useAppHostServices';
import { Icon } from '../ui';

interface MeLike {
  id?: string | number;
  username?: string;
  name?: string;
  displayName?: string;
  avatarUrl?: string | null;
}

function toStacUser(me: unknown): StacUser | null {
  if (!me || typeof me !== 'object') return null;
  const record = me as MeLike;
  if (!record.username) return null;
  return {
    id: record.id === undefined ? undefined : String(record.id),
    username: record.username,
    name: record.name ?? record.displayName,
  };
}

const SAFE_MODE_KEY = 'stac-web.safe-mode';

function readSafeModeFlag(): boolean {
  try {
    return window.sessionStorage.getItem(SAFE_MODE_KEY) === '1';
  } catch {
    return false;
  }
}

function writeSafeModeFlag(on: boolean): void {
  try {
    if (on) window.sessionStorage.setItem(SAFE_MODE_KEY, '1');
    else window.sessionStorage.removeItem(SAFE_MODE_KEY);
  } catch {
    // Without storage, safe mode lasts as long as the query string.
  }
}

/** The signed-in shell: skip link, top bar, navigation, safe-mode banner, the page, and host slots. */
export function AppLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const theme = useTheme();
  const auth = useAuthSource();
  const me = useMe();
  const logout = useLogout();
  const user = useMemo(() => toStacUser(me.data), [me.data]);
  // `?safe-mode` lasts for the tab's session, so that the user can walk to the installed list and switch
  // the culprit off without plugins coming back on the way.
  const urlSafeMode = isSafeModeSearch(location.search);
  const [stickySafeMode, setStickySafeMode] = useState(readSafeModeFlag);
  // Derived in render (React's pattern for state that follows a prop); the effect only writes the storage.
  if (urlSafeMode && !stickySafeMode) setStickySafeMode(true);
  useEffect(() => {
    if (urlSafeMode) writeSafeModeFlag(true);
  }, [urlSafeMode]);
  const safeMode = urlSafeMode || stickySafeMode;
  const leaveSafeMode = () => {
    writeSafeModeFlag(false);
    setStickySafeMode(false);
    navigate(location.pathname, { replace: true });
  };

  const signOut = useCallback(async () => {
    try {
      await logout.mutateAsync();
    } catch {
      // Signing out locally is what matters; the server session expires on its own.
    }
    auth.setToken(null);
    navigate('/sign-in');
  }, [logout, auth, navigate]);

  const services = useAppHostServices({ user, signOut });

  // After an in-app navigation, keyboard and screen-reader users continue from the new page's content
  // rather than from the link they activated (which may no longer exist).
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(location.pathname);
  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo?.(0, 0);
  }, [location.pathname]);

  return (
    <PluginSlotProvider services={services} user={user} safeMode={safeMode} theme={theme.mode}>
      <PluginStartupNotices />
      <PluginActionHost>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <header className="top-bar">
          <Link to="/" className="top-bar__brand">
            <Icon name="extension" size={26} />
            <span>stac-web</span>
          </Link>
          <nav className="top-bar__nav" aria-label="Main">
            <NavLink to="/" end className="nav-link">
              <Icon name="dashboard" />
              <span>Dashboard</span>
            </NavLink>
            <NavLink to="/assets" className="nav-link">
              <Icon name="inventory" />
              <span>Assets</span>
            </NavLink>
            <NavLink to="/marketplace" className="nav-link">
              <Icon name="storefront" />
              <span>Marketplace</span>
            </NavLink>
          </nav>
          <div className="top-bar__actions">
            <button
              type="button"
              className="icon-button"
              onClick={theme.toggle}
              aria-label={theme.mode === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
              title={theme.mode === 'dark' ? 'Light theme' : 'Dark theme'}
            >
              <Icon name={theme.mode === 'dark' ? 'lightMode' : 'darkMode'} />
            </button>
            {user ? (
              <span className="top-bar__user" title={user.username}>
                <Icon name="person" />
                <span className="top-bar__user-name">{user.name ?? user.username}</span>
              </span>
            ) : null}
            <button type="button" className="button button--text" onClick={signOut}>
              <Icon name="logout" />
              <span>Sign out</span>
            </button>
          </div>
        </header>
        {safeMode ? (
          <div className="safe-mode-banner" role="status">
            <Icon name="shield" />
            <span>Safe mode: plugins are not shown on this page.</span>
            <button type="button" className="button button--text button--small" onClick={leaveSafeMode}>
              Leave safe mode
            </button>
          </div>
        ) : null}
        <div className="app-body">
          <PluginSlot name="left_sidebar" className="app-sidebar" label="Plugins: sidebar" skeleton={false} />
          <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
            <Outlet />
          </main>
        </div>
        <PluginSlot
          name="floating_action_button"
          className="app-fab"
          label="Plugins: floating actions"
          skeleton={false}
        />
      </PluginActionHost>
    </PluginSlotProvider>
  );
}
