/** Where the app is running, for choosing which install help (if any) to offer. */

interface NavigatorOnApple extends Navigator {
  /** Safari on iOS sets this when the page was opened from the Home Screen. */
  standalone?: boolean;
}

export function isRunningInstalled(nav: NavigatorOnApple = navigator, win: Window = window): boolean {
  if (nav.standalone === true) return true;
  if (typeof win.matchMedia !== 'function') return false;
  return ['standalone', 'fullscreen', 'minimal-ui', 'window-controls-overlay'].some(
    (mode) => win.matchMedia(`(display-mode: ${mode})`).matches,
  );
}

// Browsers on iOS other than Safari, and apps' built-in browsers, which name themselves.
const NOT_SAFARI = /CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|DuckDuckGo|GSA\/|FBAN|FBAV|Instagram|Line\//i;

/**
 * An iPhone or iPad, in any browser or as a Home Screen app. Since iPadOS 13 an iPad's Safari
 * says it is a Mac, so a "Mac" with a touch screen counts as an iPad.
 */
export function isAppleMobile(userAgent: string, maxTouchPoints: number): boolean {
  return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

/** Safari on an iPhone or iPad (a Home Screen app's web view names no Safari version). */
export function isIosSafari(userAgent: string, maxTouchPoints: number): boolean {
  return isAppleMobile(userAgent, maxTouchPoints) && /Safari\//.test(userAgent) && !NOT_SAFARI.test(userAgent);
}
