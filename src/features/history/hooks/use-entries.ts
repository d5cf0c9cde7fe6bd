import { listDaysWithEntries, listEntriesBetween, listEntriesOnDays } from '../../../db/entries-repository';
import { useLiveData } from '../../../db/live';
import type { LocalDay } from '../../../domain/records';

// Each of these is undefined while reading, then follows every change.

export function useDaysWithEntries(from: LocalDay, to: LocalDay) {
  return useLiveData(() => listDaysWithEntries(from, to), [from, to]);
}

export function useEntriesBetween(from: LocalDay, to: LocalDay) {
  return useLiveData(() => listEntriesBetween(from, to), [from, to]);
}

export function useEntriesOnDays(days: LocalDay[]) {
  // A new array each render, the same days: read again only when the days change.
  return useLiveData(() => listEntriesOnDays(days), [days.join()]);
}
