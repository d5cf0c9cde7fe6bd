/**
 * Chromium offers installing through `beforeinstallprompt`, which can fire before React has
 * mounted anything. This small store starts listening as the app's code loads, keeps the
 * event, and tells the install button when it comes or goes.
 */

/** The part of Chromium's BeforeInstallPromptEvent we use (TypeScript's DOM types lack it). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
}

let saved: InstallPromptEvent | null = null;
let listening = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

const keepPrompt = (event: Event) => {
  // Chromium would otherwise show its own bar; the offer lives in Settings (and the welcome).
  event.preventDefault();
  saved = event as InstallPromptEvent;
  notify();
};

const forgetPrompt = () => {
  saved = null;
  notify();
};

/** Called once as the app's code loads; calling it again does nothing. */
export function startCapturingInstallPrompt(target: Window = window): void {
  if (listening) return;
  listening = true;
  target.addEventListener('beforeinstallprompt', keepPrompt);
  target.addEventListener('appinstalled', forgetPrompt);
}

export function savedInstallPrompt(): InstallPromptEvent | null {
  return saved;
}

export function subscribeToInstallPrompt(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows Chromium's install dialog. An event can prompt only once, so the button goes either way. */
export async function promptToInstall(): Promise<void> {
  const event = saved;
  if (!event) return;
  forgetPrompt();
  await event.prompt().catch(() => undefined);
}

export function resetInstallPromptForTests(): void {
  saved = null;
}
