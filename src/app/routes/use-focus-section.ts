import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * `/settings#lock-heading` (from the welcome's offers) opens Settings at that section: its
 * heading is scrolled to and focused, so a screen reader starts there too.
 */
export function useFocusSectionInAddress() {
  const { hash } = useLocation();
  useEffect(() => {
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (!target) return;
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'start' });
  }, [hash]);
}
