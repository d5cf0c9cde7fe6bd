import { existsSync, readFileSync, writeFileSync } from 'node:fs';

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
  /** '100k': made by `npm run bench -- --tier 100k`. */
  tier?: '10k' | '100k';
  sizes: number[];
  figures: Figure[];
  minutes: number;
}

const table = (figures: Figure[]) =>
  [
    '| figure | value | budget | |',
    '|---|---|---|---|',
    ...figures.map((figure) => `| ${figure.name} | ${figure.value} | ${figure.budget} | ${mark(figure.met)} |`),
  ].join('\n');

/** The 100,000-entry tier's section of RESULTS.md, from its own run. */
function largeTier(result: Result): string {
  return `
## 100,000 entries

Made by \`npm run bench -- --tier 100k\` on ${result.when.slice(0, 10)}, in ${result.minutes.toFixed(1)} minutes.
Machine: ${result.machine}. A journal of 100,000 entries against an empty one, generated and
brought in as above; each timed figure the median of ${result.runs} runs (the full scans of search:
of the first visit only). Every run is in RESULTS-100k.json.

${table(result.figures)}
`;
}

export function renderMarkdown(result: Result, large: Result | null = null): string {
  return `# Benchmark results

Made by \`npm run bench\` on ${result.when.slice(0, 10)}, in ${result.minutes.toFixed(1)} minutes.
Machine: ${result.machine}. Journals of ${result.sizes.map((size) => size.toLocaleString()).join(', ')} entries
(generated with a fixed seed by bench/generate-journal.ts and brought in through the app's own import).
Each timed figure is the median of ${result.runs} runs, with the runs' min and max beside it where there is room
(Lighthouse: of 3${result.syncRuns ? `; sync: of ${result.syncRuns}, as a first sync of 10,000 entries both ways takes minutes` : ''}); every run is in RESULTS.json.
This machine is shared and noisy: compare ratios measured in the same run, not single times.

${table(result.figures)}
${large ? largeTier(large) : ''}
How each figure is taken, and why a budget is missed, is in [README.md](README.md).
`;
}

const START = '<!-- bench figures: made by bench/report.ts from bench/RESULTS.json; do not edit by hand -->';
const END = '<!-- end of bench figures -->';

/** The figures as a short list for a README: each one's value, budget and whether it was met. */
export function renderSummary(result: Result, large: Result | null = null): string {
  const list = (of: Result) => {
    const met = of.figures.filter((figure) => figure.met === true).length;
    const budgeted = of.figures.filter((figure) => figure.met !== null).length;
    const command = of.tier === '100k' ? 'npm run bench -- --tier 100k' : 'npm run bench';
    const lines = of.figures
      .filter((figure) => figure.met !== null)
      .map(
        (figure) =>
          `- ${figure.met ? 'met' : '**missed**'}: ${figure.name}: ${figure.value} (budget: ${figure.budget})`,
      );
    // Blank lines around each list, as Prettier keeps Markdown.
    return [`From \`${command}\` on ${of.when.slice(0, 10)} (${met} of ${budgeted} budgets met):`, '', ...lines, ''];
  };
  return [START, '', ...list(result), ...(large ? list(large) : []), END].join('\n');
}

/** Puts the summary between its markers in a README; the text around it stays as it is. */
export function withSummary(readme: string, result: Result, large: Result | null = null): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from === -1 || to < from) throw new Error('The README has no place marked for the bench figures.');
  return readme.slice(0, from) + renderSummary(result, large) + readme.slice(to + END.length);
}

/**
 * Writes RESULTS.md and the figures in README.md and bench/README.md from RESULTS.json and
 * (when a 100k tier was run) RESULTS-100k.json: the only way those figures are written.
 */
export function writeReports(dir = 'bench'): void {
  const read = (name: string) =>
    existsSync(`${dir}/${name}`) ? (JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as Result) : null;
  const result = read('RESULTS.json');
  if (!result) throw new Error('No bench/RESULTS.json yet: run `npm run bench` first.');
  const large = read('RESULTS-100k.json');
  writeFileSync(`${dir}/RESULTS.md`, renderMarkdown(result, large));
  for (const readme of ['README.md', `${dir}/README.md`]) {
    writeFileSync(readme, withSummary(readFileSync(readme, 'utf8'), result, large));
  }
}
