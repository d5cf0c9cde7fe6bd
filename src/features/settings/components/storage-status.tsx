import { usePersistenceStatus, useStorageUsed } from '../hooks/use-persistence-status';

const megabytes = (bytes: number) =>
  bytes < 100_000 ? 'less than 0.1 MB' : `about ${(bytes / 1_000_000).toFixed(1)} MB`;

const explanations = {
  checking: 'Checking how this browser keeps your journal...',
  persistent:
    'This browser has agreed to keep your journal until you delete it yourself. A backup is still a good idea.',
  'best-effort':
    'This browser keeps your journal, but may clear it if the device runs low on space or, on iPhone, if the app is not used for a while. Keeping a backup now and then protects your words.',
  unknown:
    "This browser doesn't say whether it will keep your journal for good. Your words are saved on this device; keeping a backup now and then is the safest way to be sure.",
} as const;

/** Says plainly whether the browser promised to keep the journal's storage. */
export function StorageStatus() {
  const status = usePersistenceStatus();
  const used = useStorageUsed();
  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading" className="section-title">
        Where your journal lives
      </h2>
      <p>Everything you write is kept only in this browser, on this device. Nothing is sent anywhere.</p>
      <p role="status" data-persistence={status}>
        {explanations[status]}
      </p>
      {used !== null ? <p>Good Enough uses {megabytes(used)} of space on this device.</p> : null}
    </section>
  );
}
