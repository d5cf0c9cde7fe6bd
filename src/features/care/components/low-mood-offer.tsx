import './help.css';
import { HelpButton } from './help-button';

/**
 * Shown beside the mood picker when the lowest mood is picked: a quiet note in the page,
 * never a pop-up, with the help path one tap away.
 */
export function LowMoodOffer() {
  return (
    <div className="low-mood-offer" role="note" aria-label="Help is here">
      <p>
        That sounds like a hard day. Writing it down is enough for now. If you want someone to talk to, help is here.
      </p>
      <HelpButton variant="inline" />
    </div>
  );
}
