import { create } from 'zustand';

/**
 * Chromium offers installing through `beforeinstallprompt`, which can fire before React has
 * mounted anything. This small store starts listening as the app's code loads, keeps the
 * event, and tells the install button when it comes or goes.
 */

/** The part of Chromium's BeforeInstallPromptEvent we use (TypeScript's DOM types lack it). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
}

/** The offer Chromium made, if it made one and it has not been used. */
export const useInstallPrompt = create<{ saved: InstallPromptEvent | null }>(() => ({ saved: null }));
let listening = false;

const keepPrompt = (event: Event) => {
  // Chromium would otherwise show its own bar; the offer lives in Settings (and the welcome).
  event.preventDefault();
  useInstallPrompt.setState({ saved: event as InstallPromptEvent });
};

const forgetPrompt = () => useInstallPrompt.setState({ saved: null });

/** Called once as the app's code loads; calling it again does nothing. */
export function startCapturingInstallPrompt(target: Window = window): void {
  if (listening) return;
  listening = true;
  target.addEventListener('beforeinstallprompt', keepPrompt);
  target.addEventListener('appinstalled', forgetPrompt);
}

/** Shows Chromium's install dialog. An event can prompt only once, so the button goes either way. */
export async function promptToInstall(): Promise<void> {
  const event = useInstallPrompt.getState().saved;
  if (!event) return;
  forgetPrompt();
  await event.prompt().catch(() => undefined);
}
