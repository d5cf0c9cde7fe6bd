import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LineChart } from '../../src/ui/line-chart';

const runs = (count: number) => Array.from({ length: count }, (_, index) => `Run ${index + 1}`);

function chartOf(labels: string[], first: (number | null)[], second: (number | null)[]) {
  render(
    <LineChart
      title="Belief"
      xLabels={labels}
      first={{ label: 'Before', values: first }}
      second={{ label: 'After', values: second }}
      unit="%"
    />,
  );
  return screen.getByRole('img', { name: 'Belief' });
}

describe('a line chart', () => {
  it('draws its table only once "Show as a table" is opened, and the table holds every run', async () => {
    const user = userEvent.setup();
    const labels = runs(200);
    chartOf(
      labels,
      labels.map((_, index) => index % 100),
      labels.map(() => 40),
    );
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(screen.getByText('Show as a table'));
    const table = screen.getByRole('table', { name: 'Belief' });
    expect(within(table).getAllByRole('row')).toHaveLength(201);
    expect(within(table).getByRole('row', { name: 'Run 200 99% 40%' })).toBeInTheDocument();
    await user.click(screen.getByText('Show as a table'));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('marks each rated run with a dot while the dots stand apart', () => {
    const chart = chartOf(runs(5), [10, null, 30, 40, 50], [60, 70, 80, 90, null]);
    expect(chart.querySelectorAll('circle')).toHaveLength(8);
  });

  it('leaves out dots that would only thicken a long line, but keeps a rated run with no rated neighbour', () => {
    const labels = runs(200);
    const first = labels.map((_, index) => (index === 100 ? 70 : index > 98 && index < 102 ? null : 50));
    const chart = chartOf(
      labels,
      first,
      labels.map(() => 20),
    );
    const dots = [...chart.querySelectorAll('circle')];
    expect(dots).toHaveLength(1);
    expect(dots[0]!.getAttribute('class')).toBe('chart__dot--first');
    // Its spoken summary still says every value.
    expect(chart.querySelector('desc')!.textContent).toContain('Before: 50%, 50%');
  });
});
