import { CareNoteText } from '../../features/care/components/care-note';
import { InstallNote } from '../../features/install/components/install-section';
import { Welcome } from '../../features/welcome/components/welcome';

/** The first-run welcome with the care note and install help composed in (its own chunk). */
export function WelcomeRoute() {
  return <Welcome care={<CareNoteText />} install={<InstallNote />} />;
}
