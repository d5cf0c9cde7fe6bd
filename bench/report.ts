/** One row of the results: a figure, its budget, and whether the budget was met (null: reported only). */
export interface Figure {
  name: string;
  value: string;
  budget: string;
  met: boolean | null;
  detail?: unknown;
}

export function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN,
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
    runs: sorted.length,
  };
}

const mark = (met: boolean | null) => (met === null ? '' : met ? 'met' : 'MISSED');

export function renderTable(figures: Figure[]): string {
  const width = Math.max(...figures.map((figure) => figure.name.length));
  return figures
    .map((figure) => `${figure.name.padEnd(width)}  ${figure.value}  [${figure.budget}] ${mark(figure.met)}`)
    .join('\n');
}

interface Result {
  when: string;
  machine: string;
  runs: number;
  syncRuns?: number;
  sizes: number[];
  figures: Figure[];
  minutes: number;
}

export function renderMarkdown(result: Result): string {
  const rows = result.figures.map(
    (figure) => `| ${figure.name} | ${figure.value} | ${figure.budget} | ${mark(figure.met)} |`,
  );
  return `# Benchmark results

Made by \`npm run bench\` on ${result.when.slice(0, 10)}, in ${result.minutes.toFixed(1)} minutes.
Machine: ${result.machine}. Journals of ${result.sizes.map((size) => size.toLocaleString()).join(', ')} entries
(generated with a fixed seed by bench/generate-journal.ts and brought in through the app's own import).
Each time is the median of ${result.runs} runs (Lighthouse: of 3${result.syncRuns ? `; sync: of ${result.syncRuns}, with min and max in its rows` : ''}); min and max are in bench/results/.
This machine is shared and noisy: compare ratios measured in the same run, not single times.

| figure | value | budget | |
|---|---|---|---|
${rows.join('\n')}

How each figure is taken, and why a budget is missed, is in [README.md](README.md).
`;
}
