import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { HelpButton } from '../features/care/components/help-button';
import { LockButton } from '../features/lock/components/lock-button';
import { Icon } from '../ui/icons';
import { paths } from '../ui/paths';
import { Toaster } from '../ui/toaster';
import { TABS as tabs } from './tabs';
import { LaterUpdatePrompt } from './later-update-prompt';

export function Layout() {
  useFocusHeadingOnNavigation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="topbar__name">Good Enough</span>
        <span className="topbar__actions">
          <LockButton />
          <HelpButton />
        </span>
      </header>
      <main id="main" className="main">
        <Outlet />
      </main>
      <nav className="tabbar" aria-label="Main">
        {tabs.map((tab) => (
          <NavLink key={tab.to} to={tab.to} end={tab.to === paths.today()} className="tabbar__link">
            <Icon name={tab.icon} />
            <span>{tab.label}</span>
          </NavLink>
        ))}
      </nav>
      <Toaster />
      <LaterUpdatePrompt />
    </div>
  );
}

/** After moving to another screen, put focus on its heading so screen readers announce it. */
function useFocusHeadingOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.querySelector('main');
    // A screen that placed the cursor itself (e.g. in the editor) keeps it.
    if (main?.contains(document.activeElement)) return;
    main?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
}
