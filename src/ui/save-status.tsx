import type { SaveState } from '../domain/save-state';

const errorWords = {
  'storage-full':
    "This device is out of space, so your latest words aren't saved yet. They are still here on screen, and only here, so keep the app open if you can. Saving will try again by itself once there is room.",
  'storage-unavailable':
    "This browser isn't letting the journal save right now. Your words are still here on screen; please don't close the app yet.",
  conflict:
    'This entry was changed in another window or tab. What you see here is still on screen and has not been saved over the other version.',
  'not-found': 'This entry is no longer in your journal. Your words are still here on screen.',
  locked:
    "Your journal was locked, so your latest words aren't saved yet. They are still here on screen; unlock it to keep them.",
  'wrong-passphrase': "Your latest words aren't saved yet. They are still here on screen.",
  wait: "Your latest words aren't saved yet. They are still here on screen.",
  damaged: "Your latest words aren't saved yet. They are still here on screen.",
  'lock-state': "Your latest words aren't saved yet. They are still here on screen.",
  unknown: "Your latest words aren't saved yet. They are still here on screen, and saving will try again in a moment.",
} as const;

/** A quiet line that says whether the words are safe on this device. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.status === 'error'
      ? errorWords[state.code]
      : state.status === 'saving'
        ? 'Saving...'
        : state.status === 'saved'
          ? 'Saved on this device'
          : 'Saved as you type, only on this device';
  return (
    <p className={state.status === 'error' ? 'save-status save-status--problem' : 'save-status'} role="status">
      {text}
    </p>
  );
}
