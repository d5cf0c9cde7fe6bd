import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * `/settings#lock-heading` (from the welcome's offers) opens Settings at that section: its
 * heading is scrolled to and focused, so a screen reader starts there too. The layout's top
 * bar is sticky, and as tall as the text size makes it: the heading stops just below it, not
 * under it. (Only this heading gets the margin: scroll padding on the whole page upset how
 * WebKit's test driver scrolls buttons into view.)
 */
export function useFocusSectionInAddress() {
  const { hash } = useLocation();
  useEffect(() => {
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (!target) return;
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    const bar = document.querySelector<HTMLElement>('.topbar');
    target.style.scrollMarginTop = `${(bar?.offsetHeight ?? 0) + 8}px`;
    target.scrollIntoView?.({ block: 'start' });
  }, [hash]);
}
