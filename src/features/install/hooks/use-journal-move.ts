import { countLiveEntries } from '../../../db/entries-repository';
import { useLiveData } from '../../../db/live';
import { listAllRuns } from '../../../db/runs-repository';
import { isAppleMobile, isIosSafari, isRunningInstalled } from '../platform';

/**
 * On iPhone and iPad a Home Screen app keeps its own storage, apart from Safari's: a journal
 * written in Safari is not in the app, which opens empty. So Safari holding words offers to
 * move them out ('move-out'), and the app opening with nothing in it offers to bring them in
 * ('bring-in'). Elsewhere (Android, desktop) the installed app shares the browser's storage,
 * and there is nothing to move. `undefined` while the journal is being counted.
 */
export type JournalMove = 'move-out' | 'bring-in' | 'none';

async function countWritten(): Promise<number> {
  const [entries, runs] = await Promise.all([countLiveEntries(), listAllRuns()]);
  return entries + runs.length;
}

export function useJournalMove(): JournalMove | undefined {
  const apple = isAppleMobile(navigator.userAgent, navigator.maxTouchPoints ?? 0);
  const installed = isRunningInstalled();
  const side = !apple
    ? null
    : installed
      ? 'app'
      : isIosSafari(navigator.userAgent, navigator.maxTouchPoints)
        ? 'safari'
        : null;
  const written = useLiveData(() => (side ? countWritten() : Promise.resolve(0)), [side]);
  if (side === null) return 'none';
  if (written === undefined) return undefined;
  if (side === 'app') return written === 0 ? 'bring-in' : 'none';
  return written > 0 ? 'move-out' : 'none';
}
