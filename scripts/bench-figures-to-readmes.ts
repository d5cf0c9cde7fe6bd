/**
 * Writes the figures of bench/RESULTS.json (and bench/RESULTS-100k.json, if there is one) into
 * bench/RESULTS.md, README.md and bench/README.md (between their markers), as `npm run bench`
 * does at its end: for a results file made elsewhere.
 */
import { writeReports } from '../bench/report.ts';

writeReports();
