import { Notice } from './notice';

/**
 * Said when another tab or window saved the same record while this one was being written:
 * these words were kept as a copy instead of overwriting that version.
 */
export function BothVersionsKept({ what }: { what: 'entry' | 'answer' | 'run' }) {
  return (
    <Notice tone="warm" role="alert" title="Both versions are kept">
      <p>
        This {what} was also changed in another tab or window. Nothing is lost: what you see here is now saved as a
        separate {what}, and the other version is kept as it was.
      </p>
    </Notice>
  );
}
