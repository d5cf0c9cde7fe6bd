import type { IconName } from '../ui/icons';

/** The main tabs, in order. Plain data: the static shell in index.html is made from it too. */
export const TABS: { to: string; label: string; icon: IconName }[] = [
  { to: '/', label: 'Today', icon: 'today' },
  { to: '/journal', label: 'Journal', icon: 'journal' },
  { to: '/experiments', label: 'Experiments', icon: 'experiments' },
  { to: '/questions', label: 'Questions', icon: 'questions' },
  { to: '/settings', label: 'Settings', icon: 'settings' },
];
