import { create } from 'zustand';

/**
 * How this tab's connection to the journal stands when another tab runs a different version:
 * - `open`: as usual.
 * - `waiting-for-older-tab`: this tab's newer version must upgrade the journal, and a tab with
 *   an older version still holds it open.
 * - `stepping-back`: a newer version wants the journal; this tab is saving what is typed in it
 *   first (a save that can't go through yet keeps it waiting).
 * - `closed-for-newer-version`: this tab has let go for good; only a reload opens it again.
 * - `deleted-elsewhere`: another tab deleted the journal; likewise closed until a reload.
 */
export type ConnectionState =
  'open' | 'waiting-for-older-tab' | 'stepping-back' | 'closed-for-newer-version' | 'deleted-elsewhere';

export const useConnectionState = create<{ state: ConnectionState }>(() => ({ state: 'open' }));

export function setConnectionState(state: ConnectionState): void {
  useConnectionState.setState({ state });
}
