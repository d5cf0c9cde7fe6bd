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

export interface Result {
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
Each timed figure is the median of ${result.runs} runs, with the runs' min and max beside it where there is room
(Lighthouse: of 3${result.syncRuns ? `; sync: of ${result.syncRuns}, as a first sync of 10,000 entries both ways takes minutes` : ''}); every run is in RESULTS.json.
This machine is shared and noisy: compare ratios measured in the same run, not single times.

| figure | value | budget | |
|---|---|---|---|
${rows.join('\n')}

How each figure is taken, and why a budget is missed, is in [README.md](README.md).
`;
}

const START = '<!-- bench figures: made by bench/report.ts from bench/RESULTS.json; do not edit by hand -->';
const END = '<!-- end of bench figures -->';

/** The figures as a short list for a README: each one's value, budget and whether it was met. */
export function renderSummary(result: Result): string {
  const met = result.figures.filter((figure) => figure.met === true).length;
  const budgeted = result.figures.filter((figure) => figure.met !== null).length;
  const lines = result.figures
    .filter((figure) => figure.met !== null)
    .map(
      (figure) => `- ${figure.met ? 'met' : '**missed**'}: ${figure.name}: ${figure.value} (budget: ${figure.budget})`,
    );
  // Blank lines around the list, as Prettier keeps Markdown.
  return [
    START,
    '',
    `From \`npm run bench\` on ${result.when.slice(0, 10)} (${met} of ${budgeted} budgets met):`,
    '',
    ...lines,
    '',
    END,
  ].join('\n');
}

/** Puts the summary between its markers in a README; the text around it stays as it is. */
export function withSummary(readme: string, result: Result): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from === -1 || to < from) throw new Error('The README has no place marked for the bench figures.');
  return readme.slice(0, from) + renderSummary(result) + readme.slice(to + END.length);
}
