import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDayOf } from '../../../src/domain/dates';
import { NOW_CHECK_MS, useNow } from '../../../src/features/today/hooks/use-now';

describe('useNow', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date(2026, 2, 10, 23, 59, 40) }));
  afterEach(() => vi.useRealTimers());

  it('moves on to the new day by itself when the app is left open past midnight', () => {
    const { result } = renderHook(() => useNow());
    expect(localDayOf(result.current)).toBe('2026-03-10');
    act(() => vi.advanceTimersByTime(NOW_CHECK_MS));
    expect(localDayOf(result.current)).toBe('2026-03-11');
  });

  it('does not re-render while the day and the part of the day stay the same', () => {
    vi.setSystemTime(new Date(2026, 2, 10, 14, 0, 0));
    const { result } = renderHook(() => useNow());
    const first = result.current;
    act(() => vi.advanceTimersByTime(NOW_CHECK_MS * 4));
    expect(result.current).toBe(first);
  });

  it('catches up at once when the app comes back to the front after the clock jumped', () => {
    const { result } = renderHook(() => useNow());
    // A clock put right (or a phone asleep): no timer fires, but the page becomes visible.
    vi.setSystemTime(new Date(2026, 2, 12, 9, 0, 0));
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(localDayOf(result.current)).toBe('2026-03-12');
  });
});
