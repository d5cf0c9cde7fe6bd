/*
 * The welcome's first step in plain strings: the app draws it (components/welcome.tsx), and the
 * build writes the same words into index.html (scripts/shell-plugin.ts), so a first visit
 * paints them before any script runs, and React's copy lands on exactly the same lines.
 */
export const WELCOME_STEPS = ['Welcome to Good Enough', 'A note of care', 'If you like'] as const;

export const HELLO = {
  intro:
    'A quiet place to write, and to test, one small step at a time, the rules you hold yourself to. A line is enough. There is no right way to do it, and nothing here keeps score.',
  promise: 'Everything you write stays on this device.',
  promiseMore: 'No account, no server, nobody else reading.',
} as const;
