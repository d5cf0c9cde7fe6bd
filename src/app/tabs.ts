import type { IconName } from '../ui/icons';
// With its extension: Vite's config loader reads this file too (scripts/shell-plugin.ts).
import { paths } from '../ui/paths.ts';

/** The main tabs, in order. Plain data: the static shell in index.html is made from it too. */
export const TABS: { to: string; label: string; icon: IconName }[] = [
  { to: paths.today(), label: 'Today', icon: 'today' },
  { to: paths.journal(), label: 'Journal', icon: 'journal' },
  { to: paths.experiments(), label: 'Experiments', icon: 'experiments' },
  { to: paths.questions(), label: 'Questions', icon: 'questions' },
  { to: paths.settings(), label: 'Settings', icon: 'settings' },
];
