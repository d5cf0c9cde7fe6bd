import './lock.css';
import { useCallback, useState } from 'react';

export interface Progress {
  label: string;
  done: number;
  total: number;
}

type Work = (onProgress: (done: number, total: number) => void) => Promise<void>;

/** Runs lock work that goes through every record, keeping its progress for a progress bar. */
export function useResealProgress() {
  const [progress, setProgress] = useState<Progress | null>(null);
  const track = useCallback(async (work: Work, quietUnlessWorking = false, label = 'Finishing the lock change') => {
    if (!quietUnlessWorking) setProgress({ label, done: 0, total: 0 });
    try {
      await work((done, total) => setProgress({ label, done, total }));
    } finally {
      setProgress(null);
    }
  }, []);
  return { progress, track };
}

export function ResealProgressLine({ progress, floating = false }: { progress: Progress; floating?: boolean }) {
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className={floating ? 'reseal reseal--floating' : 'reseal'} role="status">
      <p className="quiet">
        {progress.label}: {percent}%. Your journal stays safe if the app closes; it carries on next time.
      </p>
      <progress className="progress" max={100} value={percent} aria-label={progress.label} />
    </div>
  );
}
