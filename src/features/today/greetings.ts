import type { partOfDay } from '../../domain/dates';

/**
 * Today's heading by the part of the day. Plain strings: the build writes them into index.html
 * too (scripts/shell-plugin.ts), and scripts/first-paint.js picks one before the first paint.
 */
export const GREETINGS: Record<ReturnType<typeof partOfDay>, string> = {
  morning: 'Good morning',
  afternoon: 'Good afternoon',
  evening: 'Good evening',
  night: 'Hello, night owl',
};
