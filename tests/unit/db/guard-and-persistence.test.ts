import { afterEach, describe, expect, it, vi } from 'vitest';
import { countLiveEntries, createEntry, listAllLiveEntries } from '../../../src/db/entries-repository';
import { markWelcomeSeen } from '../../../src/db/settings-repository';
import { guard } from '../../../src/db/guard';
import { persistenceStatus } from '../../../src/db/storage-persistence';
import { DataError } from '../../../src/domain/data-error';
import { withFreshDatabase } from '../../helpers/fresh-database';

withFreshDatabase();

describe('guard', () => {
  it('turns a full disk into a storage-full error that names the operation, not the text', async () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    const error = await guard('save', () =>
      Promise.reject(Object.assign(new Error('wrapped'), { name: 'AbortError', inner: quota })),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ code: 'storage-full', message: 'Could not save' });
  });

  it('marks anything else as unknown', async () => {
    await expect(guard('save', () => Promise.reject(new Error('secret journal words')))).rejects.toMatchObject({
      code: 'unknown',
      message: 'Could not save',
    });
  });
});

describe('persistent storage', () => {
  const original = Object.getOwnPropertyDescriptor(navigator, 'storage');

  afterEach(() => {
    if (original) Object.defineProperty(navigator, 'storage', original);
    else Reflect.deleteProperty(navigator, 'storage');
  });

  function fakeStorageManager(grant: boolean) {
    let persisted = false;
    const manager = {
      persisted: vi.fn(async () => persisted),
      persist: vi.fn(async () => {
        persisted = grant;
        return grant;
      }),
    };
    Object.defineProperty(navigator, 'storage', { value: manager, configurable: true });
    return manager;
  }

  it('asks the browser once, after the first save, and not before', async () => {
    const manager = fakeStorageManager(true);
    let savedWhenAsked: number | null = null;
    const grant = manager.persist.getMockImplementation();
    manager.persist.mockImplementation(async () => {
      savedWhenAsked = await countLiveEntries();
      return (await grant?.()) ?? false;
    });
    // Everything that happens before a first save: the journal opens and is read, the welcome is marked seen.
    expect(await listAllLiveEntries()).toEqual([]);
    expect(await countLiveEntries()).toBe(0);
    await markWelcomeSeen();
    // Asking begins with persisted(), called at once (not after a wait) by whatever asks.
    expect(manager.persisted).not.toHaveBeenCalled();
    expect(manager.persist).not.toHaveBeenCalled();

    await createEntry({ text: 'first' });
    await vi.waitFor(() => expect(savedWhenAsked).not.toBeNull());
    expect(savedWhenAsked, 'asked once the first entry was on disk').toBe(1);
    expect(manager.persist).toHaveBeenCalledTimes(1);
    await createEntry({ text: 'second' });
    expect(manager.persisted, 'not asked again by the second save').toHaveBeenCalledTimes(1);
    expect(await persistenceStatus()).toBe('persistent');
  });

  it('reports best-effort when the browser declines', async () => {
    fakeStorageManager(false);
    await createEntry({ text: 'first' });
    await vi.waitFor(async () => expect(await persistenceStatus()).toBe('best-effort'));
  });

  it('says unknown, without failing, where the browser has no storage manager', async () => {
    Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
    await expect(createEntry({ text: 'still saved' })).resolves.toMatchObject({ text: 'still saved' });
    expect(await persistenceStatus()).toBe('unknown');
  });
});
