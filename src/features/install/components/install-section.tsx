import { type ReactNode, useState } from 'react';
import { useInstallOffer } from '../hooks/use-install-offer';
import { InstallHelp } from './install-help';

/**
 * Settings: how to keep the app on this phone. Nothing at all once it runs installed. `move`
 * (composed by the app) takes a journal written in Safari into the Home Screen app.
 */
export function InstallSection({ move }: { move?: ReactNode }) {
  const offer = useInstallOffer();
  if (offer === 'none') return null;
  return (
    <section aria-labelledby="install-heading" className="stack">
      <h2 id="install-heading" className="section-title">
        Keep it on your phone
      </h2>
      <InstallHelp offer={offer} move={move} />
    </section>
  );
}

/** The same help inside the welcome, with a way to put it aside. The welcome itself shows once. */
export function InstallNote({ move }: { move?: ReactNode }) {
  const offer = useInstallOffer();
  const [dismissed, setDismissed] = useState(false);
  if (offer === 'none' || dismissed) return null;
  return (
    <section aria-labelledby="install-note-heading" className="notice notice--calm stack">
      <h2 id="install-note-heading" className="notice__title">
        Keep it on your phone
      </h2>
      <InstallHelp offer={offer} move={move} />
      <p className="actions">
        <button type="button" className="button button--quiet" onClick={() => setDismissed(true)}>
          Not now
        </button>
      </p>
    </section>
  );
}
