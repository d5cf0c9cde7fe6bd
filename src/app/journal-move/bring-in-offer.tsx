import { lazy, Suspense, useState } from 'react';
import { useJournalMove } from '../../features/install/hooks/use-journal-move';

// The import's code loads only for the few who need it: an iPhone app opened empty.
const BringInFromSafari = lazy(() => import('./bring-in-from-safari'));

/** On the welcome: the iPhone or iPad Home Screen app, opened empty, can bring in Safari's journal. */
export function BringInOffer() {
  const move = useJournalMove();
  // Once offered it stays, through the import that fills the journal, to say how it went.
  const [offered, setOffered] = useState(false);
  if (move === 'bring-in' && !offered) setOffered(true);
  if (move === undefined && !offered) return null;
  if (move !== 'bring-in' && !offered) return <div hidden data-journal-move={move} />;
  return (
    <Suspense fallback={null}>
      <BringInFromSafari />
    </Suspense>
  );
}
