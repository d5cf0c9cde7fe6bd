/**
 * Writes the figures of bench/RESULTS.json into bench/RESULTS.md, README.md and bench/README.md
 * (between their markers), as `npm run bench` does at its end: for a results file made elsewhere.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderMarkdown, type Result, withSummary } from '../bench/report.ts';

const result = JSON.parse(readFileSync('bench/RESULTS.json', 'utf8')) as Result;
writeFileSync('bench/RESULTS.md', renderMarkdown(result));
for (const readme of ['README.md', 'bench/README.md']) {
  writeFileSync(readme, withSummary(readFileSync(readme, 'utf8'), result));
}
