/**
 * Tells other open tabs that the lock changed (turned on, off, or a new passphrase) or that
 * the journal was locked with the Lock button, so they save what they hold and ask for the
 * passphrase again. Carries no data at all: each tab reads the lock row to see what changed.
 */
const CHANNEL = 'good-enough-lock';

let channel: BroadcastChannel | null = null;
const open = () => (channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL));

export function announceLockChange(): void {
  open()?.postMessage('changed');
}

export function onLockChangeElsewhere(listener: () => void): () => void {
  const current = open();
  if (!current) return () => {};
  const handle = () => listener();
  current.addEventListener('message', handle);
  return () => current.removeEventListener('message', handle);
}
