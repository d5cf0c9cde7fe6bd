import type { ReactNode } from 'react';
import { promptToInstall } from '../install-prompt-store';
import type { InstallOffer } from '../hooks/use-install-offer';

interface InstallHelpProps {
  offer: InstallOffer;
  /** Safari on iPhone and iPad: a way to take the journal written here into the app. */
  move?: ReactNode;
}

/** The install button (Chromium) or the two Share steps (Safari on iPhone and iPad). */
export function InstallHelp({ offer, move }: InstallHelpProps) {
  if (offer === 'prompt') {
    return (
      <>
        <p>Installed, Good Enough opens from its own icon like any app, with or without a connection.</p>
        <p className="actions">
          <button type="button" className="button" onClick={() => void promptToInstall()}>
            Install Good Enough
          </button>
        </p>
      </>
    );
  }
  if (offer === 'ios-steps') {
    return (
      <>
        <p>
          Safari may clear what a website keeps on your phone if you haven&apos;t opened it for 7 days. What an app on
          your Home Screen keeps stays.
        </p>
        <p>
          On iPhone and iPad, the Home Screen app keeps its own journal, apart from Safari&apos;s. It opens empty: what
          you wrote here in Safari stays in Safari until you bring it across.
        </p>
        <ol className="install-steps">
          <li>
            Tap the <strong>Share</strong> button in Safari (a square with an arrow pointing up).
          </li>
          <li>
            Scroll down, tap <strong>Add to Home Screen</strong>, then <strong>Add</strong>.
          </li>
        </ol>
        <p className="quiet">Then open Good Enough from its new icon.</p>
        {move}
      </>
    );
  }
  return null;
}
