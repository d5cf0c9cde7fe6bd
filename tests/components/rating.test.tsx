import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Rating } from '../../src/ui/rating';

function Harness({ initial = null }: { initial?: number | null }) {
  const [value, setValue] = useState<number | null>(initial);
  return (
    <>
      <Rating label="How strongly?" unit="%" low="not at all" high="completely" value={value} onChange={setValue} />
      <p data-testid="stored">{value === null ? 'unset' : String(value)}</p>
    </>
  );
}

describe('the 0-100 rating', () => {
  it('starts unset, says so to screen readers, and is not zero', () => {
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: 'How strongly?' });
    expect(slider).toHaveAttribute('aria-valuetext', 'Not rated');
    expect(screen.getByText('Not rated')).toBeInTheDocument();
    expect(screen.getByTestId('stored')).toHaveTextContent('unset');
    expect(screen.queryByRole('button', { name: /Clear/ })).not.toBeInTheDocument();
  });

  it('is set by the keyboard and announces its value', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: 'How strongly?' });
    // Arrow keys on a native range step it; jsdom does not, so the change is what the browser would fire.
    slider.focus();
    fireEvent.change(slider, { target: { value: '55' } });
    expect(screen.getByTestId('stored')).toHaveTextContent('55');
    expect(slider).toHaveAttribute('aria-valuetext', '55%');
    expect(screen.getByText('55%')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear How strongly?' }));
    expect(screen.getByTestId('stored')).toHaveTextContent('unset');
    expect(slider).toHaveAttribute('aria-valuetext', 'Not rated');
  });

  it('can be set to zero, which is different from unset', () => {
    render(<Harness />);
    fireEvent.change(screen.getByRole('slider'), { target: { value: '0' } });
    expect(screen.getByTestId('stored')).toHaveTextContent('0');
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuetext', '0%');
  });

  it('is set by a tap on the thumb without moving it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('slider'));
    expect(screen.getByTestId('stored')).toHaveTextContent('50');
  });
});
