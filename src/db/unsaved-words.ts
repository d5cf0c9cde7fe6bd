/*
 * Which words typed in this tab are not saved yet, across every open form. Kept apart from
 * the Autosaver, which only the editors load: locking and updates ask here from any screen.
 */

/** An autosaver, as seen from here. */
export interface Saver {
  flush: () => Promise<void>;
  hasUnsavedWords: () => boolean;
}
const openSavers = new Set<Saver>();
/** Forms that just closed, with their last save. */
const closing = new Map<Saver, Promise<void>>();
/**
 * What the screen still has to do about a save that has landed: a new entry or run moving to
 * its own address (so a reload or an unlock reopens it there, not as an empty new page).
 */
const screenFollowUps = new Set<Promise<void>>();
/**
 * Told whenever a save ends: true when the words were written, false when the save failed (a
 * full disk, a lock change). A held reload goes ahead, and a waiting lock decides, without polling.
 */
const settledListeners = new Set<(saved: boolean) => void>();

/** Saves every pending change in this tab now (before the journal locks). */
export async function flushAllAutosavers(): Promise<void> {
  await Promise.all([...[...openSavers].map((saver) => saver.flush()), ...closing.values()]);
}

/**
 * Before the page goes away or the journal locks: saves every pending change, then waits for
 * the screen to catch up with what was saved (a new entry moving to its own address, so it
 * reopens there, not as an empty new page). Waits for those things themselves, never for a
 * set time: a slow phone takes as long as it takes. True when nothing is left unsaved.
 */
export async function saveEverythingBeforeLeaving(): Promise<boolean> {
  await flushAllAutosavers().catch(() => {});
  while (screenFollowUps.size > 0) await Promise.all([...screenFollowUps]);
  return !anyUnsavedWords();
}

/** True while some words typed in this tab are not saved (a save failed, or one is due). */
export function anyUnsavedWords(): boolean {
  return [...openSavers, ...closing.keys()].some((saver) => saver.hasUnsavedWords());
}

/** A form opened: flush it too before the journal locks or the page reloads. */
export function openedSaver(saver: Saver): void {
  openSavers.add(saver);
}

/** A form closed, its last save under way: still counted until that save ends. */
export function closedSaver(saver: Saver, lastSave: Promise<void>): void {
  openSavers.delete(saver);
  closing.set(saver, lastSave);
  void lastSave.finally(() => {
    closing.delete(saver);
    // Heard once the form is no longer counted, so listeners see what is left unsaved.
    saveSettled(!saver.hasUnsavedWords());
  });
}

/**
 * A save created a record and the screen now follows it (`done` settles once it has, or
 * once the form has closed): leaving waits for it.
 */
export function screenFollowsUp(done: Promise<void>): void {
  // Gone from the set by the time anyone awaiting it resumes.
  const followUp: Promise<void> = done
    .then(
      () => {},
      () => {},
    )
    .then(() => void screenFollowUps.delete(followUp));
  screenFollowUps.add(followUp);
}

/**
 * Hears the end of every save attempt in this tab (until the returned function is called):
 * true when the words were written, false when the save failed.
 */
export function onSaveSettled(listener: (saved: boolean) => void): () => void {
  settledListeners.add(listener);
  return () => settledListeners.delete(listener);
}

/** Called by an autosaver when a save it tried has ended. */
export function saveSettled(saved: boolean): void {
  for (const listener of [...settledListeners]) listener(saved);
}
