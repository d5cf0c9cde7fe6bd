import { HelpContent } from '../../features/care/components/help-content';
import { InstallNote } from '../../features/install/components/install-section';
import { Welcome } from '../../features/welcome/components/welcome';
import { BringInOffer } from '../journal-move/bring-in-offer';

/**
 * The first-run welcome with the care note and install help composed in (its own chunk), and
 * for the iPhone or iPad Home Screen app opened empty, a way to bring in Safari's journal.
 */
export function WelcomeRoute() {
  return <Welcome care={<HelpContent headingLevel={2} />} install={<InstallNote />} bringIn={<BringInOffer />} />;
}
