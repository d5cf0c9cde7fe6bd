import type { Moment } from './moments';

/**
 * Moves `Date` to the given moment, once per test file, and lets it run on from there as
 * time passes. Only `Date` changes: timers, `performance` and IndexedDB keep real time, so
 * a test that wants its own fake timers (`vi.useFakeTimers`) builds them on this clock and
 * returns to it with `vi.useRealTimers`.
 */
export function pinClock(moment: Moment): void {
  if (process.env.TZ !== moment.timeZone) process.env.TZ = moment.timeZone;
  const RealDate = globalThis.Date;
  const offset = Date.parse(moment.now) - RealDate.now();
  const now = () => RealDate.now() + offset;
  // A subclass keeps `instanceof Date`, parsing, and every method; only "now" moves.
  class PinnedDate extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(now());
      else super(...(args as ConstructorParameters<DateConstructor>));
    }
    static override now(): number {
      return now();
    }
  }
  globalThis.Date = PinnedDate as DateConstructor;
}
