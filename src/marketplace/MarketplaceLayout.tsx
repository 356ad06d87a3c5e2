import { NavLink, Outlet } from 'react-router';
import { useMe } from '../api-client';
import { Icon } from '../ui';

/**
 * Marketplace sections as tabs-like links; every section has its own URL. "Plugin folders" is for
 * administrators only (`isAdmin` of /auth/me); its route asks the API, which refuses anyone else.
 */
export function MarketplaceLayout() {
  const me = useMe();
  return (
    <div className="page marketplace">
      <nav className="sub-nav" aria-label="Marketplace">
        <NavLink to="/marketplace" end className="sub-nav__link">
          <Icon name="storefront" size={18} /> Browse
        </NavLink>
        <NavLink to="/marketplace/installed" className="sub-nav__link">
          <Icon name="extension" size={18} /> Installed
        </NavLink>
        <NavLink to="/marketplace/preview" className="sub-nav__link">
          <Icon name="link" size={18} /> Preview from URL
        </NavLink>
        <NavLink to="/marketplace/new" className="sub-nav__link">
          <Icon name="add" size={18} /> Create
        </NavLink>
        {me.data?.isAdmin ? (
          <NavLink to="/marketplace/folders" className="sub-nav__link">
            <Icon name="settings" size={18} /> Plugin folders
          </NavLink>
        ) : null}
      </nav>
      <Outlet />
    </div>
  );
}
