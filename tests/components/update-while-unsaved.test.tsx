import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { useServiceWorkerStatus } from '../../src/app/service-worker';
import { UpdatePrompt } from '../../src/app/update-prompt';
import { Autosaver } from '../../src/db/autosaver';
import { DataError } from '../../src/domain/data-error';

// A page the app's service worker already controls, and a new version waiting (in the
// browser, the service worker says so; jsdom has none).
const updateServiceWorker = vi.fn(async () => {});
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: { onNeedRefresh: () => void }) => {
    options.onNeedRefresh();
    return updateServiceWorker;
  },
}));
Object.defineProperty(navigator, 'serviceWorker', {
  configurable: true,
  value: { controller: {}, ready: new Promise(() => {}), addEventListener: () => {} },
});

/** An open form's autosaver with words typed while the disk is full; `disk.full = false` makes room. */
function wordsOnAFullDisk() {
  const disk = { full: true };
  const saved: string[] = [];
  const saver = new Autosaver<{ text: string }>({
    id: crypto.randomUUID(),
    savedRev: null,
    create: (_id, fields) => {
      if (disk.full) return Promise.reject(new DataError('storage-full', 'save your words'));
      saved.push(fields.text);
      return Promise.resolve({ rev: 1 });
    },
    update: () => Promise.resolve({ rev: 2 }),
    isEmpty: (fields) => !fields.text,
    onNewRecord: () => {},
    onState: () => {},
  });
  saver.register();
  saver.change({ text: 'Words typed while the disk is full.' });
  return { disk, saved, saver };
}

it('loading a new version waits, and says why, while words typed in the form cannot be saved; it goes ahead once they are', async () => {
  const user = userEvent.setup();
  const { disk, saved, saver } = wordsOnAFullDisk();

  render(<UpdatePrompt />);
  await user.click(screen.getByRole('button', { name: 'Load new version' }));
  expect(await screen.findByText(/The new version will wait until your latest words are saved/)).toBeVisible();
  expect(updateServiceWorker).not.toHaveBeenCalled();

  // Room again: the next tap saves the words first, then loads the new version.
  disk.full = false;
  await user.click(screen.getByRole('button', { name: 'Load new version' }));
  await vi.waitFor(() => expect(updateServiceWorker).toHaveBeenCalledOnce());
  expect(saved).toEqual(['Words typed while the disk is full.']);
  expect(screen.getByText(/A new version of Good Enough is ready/)).toBeVisible();
  await saver.close();
});

it('once the held words are saved, the new version loads without another tap', async () => {
  updateServiceWorker.mockClear();
  const user = userEvent.setup();
  const { disk, saved, saver } = wordsOnAFullDisk();

  // The service worker registers once per page, and said so in the test before: say it again.
  useServiceWorkerStatus.setState({ newVersionWaiting: true });
  render(<UpdatePrompt />);
  await user.click(screen.getByRole('button', { name: 'Load new version' }));
  expect(await screen.findByText(/The new version will wait until your latest words are saved/)).toBeVisible();
  expect(updateServiceWorker).not.toHaveBeenCalled();

  // Room again, and the editor's own retry saves the words (flushed here rather than waited for).
  disk.full = false;
  await saver.flush();
  await vi.waitFor(() => expect(updateServiceWorker).toHaveBeenCalledOnce());
  expect(saved).toEqual(['Words typed while the disk is full.']);
  await saver.close();
});
