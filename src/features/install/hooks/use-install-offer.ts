import { useInstallPrompt } from '../install-prompt-store';
import { isIosSafari, isRunningInstalled } from '../platform';

/**
 * Which install help fits this browser: Chromium's own prompt when it offered one, the
 * Share steps in Safari on iPhone and iPad, and nothing once the app runs installed
 * (or where the browser offers no way to install).
 */
export type InstallOffer = 'prompt' | 'ios-steps' | 'none';

export function useInstallOffer(): InstallOffer {
  const prompt = useInstallPrompt((state) => state.saved);
  if (isRunningInstalled()) return 'none';
  if (prompt) return 'prompt';
  if (isIosSafari(navigator.userAgent, navigator.maxTouchPoints)) return 'ios-steps';
  return 'none';
}
