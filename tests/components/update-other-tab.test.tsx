import { act, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { Autosaver } from '../../src/db/autosaver';
import { DataError } from '../../src/domain/data-error';

// jsdom has no service worker: this stands in for the browser's, already controlling the page,
// and lets the test say when a new version takes control (as when another tab accepted it).
vi.mock('virtual:pwa-register', () => ({ registerSW: () => async () => {} }));
const controllerChange = new EventTarget();
Object.defineProperty(navigator, 'serviceWorker', {
  configurable: true,
  value: {
    controller: {},
    ready: new Promise(() => {}),
    addEventListener: (type: string, listener: EventListener) => controllerChange.addEventListener(type, listener),
  },
});
const reload = vi.fn();
Object.defineProperty(window, 'location', { configurable: true, value: { ...window.location, reload } });

afterEach(() => vi.useRealTimers());

it('a new version taking over from another tab waits, and says why, while words here cannot be saved; it reloads once they are', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  let diskFull = true;
  const saved: string[] = [];
  const saver = new Autosaver<{ text: string }>({
    id: crypto.randomUUID(),
    savedRev: null,
    create: (_id, fields) => {
      if (diskFull) return Promise.reject(new DataError('storage-full', 'save your words'));
      saved.push(fields.text);
      return Promise.resolve({ rev: 1 });
    },
    update: () => Promise.resolve({ rev: 2 }),
    isEmpty: (fields) => !fields.text,
    onNewRecord: () => {},
    onState: () => {},
  });
  saver.register();
  saver.change({ text: 'Words typed in this tab while the disk is full.' });

  const { UpdatePrompt } = await import('../../src/app/update-prompt');
  render(<UpdatePrompt />);
  await act(async () => void controllerChange.dispatchEvent(new Event('controllerchange')));

  expect(await screen.findByRole('status')).toHaveTextContent(
    'this tab will switch to it once your latest words are saved; the note under your writing says why',
  );
  expect(reload).not.toHaveBeenCalled();

  // Room again: the autosaver's own retry saves the words, and only then does the tab reload.
  diskFull = false;
  await act(async () => void (await vi.advanceTimersByTimeAsync(5_000)));
  await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
  expect(saved).toEqual(['Words typed in this tab while the disk is full.']);
  await saver.close();
});
