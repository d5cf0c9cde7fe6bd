import { act, render, renderHook, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useReadOnce } from '../../../src/db/read-once';
import { useRecordOnce } from '../../../src/db/use-record-once';
import type { Entry } from '../../../src/domain/records';

/** A read the test answers by hand, to choose what arrives when. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>caught: {String(this.state.error)}</p> : this.props.children;
  }
}

describe('useReadOnce', () => {
  it('is undefined until the read answers, and does not read again while its deps stay', async () => {
    const read = vi.fn(() => Promise.resolve(['a', 'b']));
    const { result, rerender } = renderHook(() => useReadOnce(read));
    expect(result.current).toBeUndefined();
    await act(async () => {});
    expect(result.current).toEqual(['a', 'b']);
    rerender();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('drops an answer that arrives after the deps changed, and shows nothing read for other deps', async () => {
    const reads = { one: deferred<string>(), two: deferred<string>() };
    const { result, rerender } = renderHook(
      ({ id }: { id: 'one' | 'two' }) => useReadOnce(() => reads[id].promise, [id]),
      {
        initialProps: { id: 'one' },
      },
    );
    rerender({ id: 'two' });
    await act(async () => reads.one.resolve('late'));
    expect(result.current).toBeUndefined();
    await act(async () => reads.two.resolve('two'));
    expect(result.current).toBe('two');
    rerender({ id: 'one' });
    expect(result.current).toBeUndefined();
  });

  it('throws a failed read while rendering, for the nearest error boundary', async () => {
    const read = deferred<string>();
    function Reader() {
      return <p>{useReadOnce(() => read.promise) ?? 'reading'}</p>;
    }
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <Boundary>
        <Reader />
      </Boundary>,
    );
    expect(screen.getByText('reading')).toBeTruthy();
    await act(async () => read.reject(new Error('no')));
    expect(screen.getByText('caught: Error: no')).toBeTruthy();
  });
});

describe('useRecordOnce', () => {
  const entry = (id: string, deletedAt: number | null = null) => ({ id, deletedAt }) as unknown as Entry;

  it('is ready at once for a new record, and does not read it when its first save makes it not new', async () => {
    const read = vi.fn((id: string) => Promise.resolve(entry(id)));
    const { result, rerender } = renderHook(({ isNew }) => useRecordOnce('a', isNew, read), {
      initialProps: { isNew: true },
    });
    expect(result.current).toEqual({ loading: false, record: null });
    rerender({ isNew: false });
    await act(async () => {});
    expect(result.current).toEqual({ loading: false, record: null });
    expect(read).not.toHaveBeenCalled();
  });

  it('reads a saved record once, and a trashed one as missing', async () => {
    const read = vi.fn((id: string) => Promise.resolve(id === 'gone' ? entry(id, 1) : entry(id)));
    const { result, rerender } = renderHook(({ id }) => useRecordOnce(id, false, read), {
      initialProps: { id: 'kept' },
    });
    expect(result.current).toEqual({ loading: true });
    await act(async () => {});
    expect(result.current).toEqual({ loading: false, record: entry('kept') });
    rerender({ id: 'gone' });
    expect(result.current).toEqual({ loading: true });
    await act(async () => {});
    expect(result.current).toEqual({ loading: false, record: null });
    expect(read).toHaveBeenCalledTimes(2);
  });
});
