import { clockTimeIn } from '../time-written';
import type { Entry, ExperimentRun } from '../records';

/**
 * The journal as Markdown files, one per entry and per experiment run, with YAML front
 * matter (date, tags, mood, question or experiment) that Obsidian and similar tools read.
 * Values are written as JSON strings, which YAML reads as double-quoted scalars, so no
 * journal text can break the front matter.
 */
export interface MarkdownFile {
  name: string;
  content: string;
}

const yaml = (value: string) => JSON.stringify(value);
const rated = (value: number | null, unit = '') => (value === null ? 'not rated' : `${value}${unit}`);

function frontMatter(fields: Record<string, string | number | string[] | null>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) =>
      Array.isArray(value)
        ? `${key}: [${value.map(yaml).join(', ')}]`
        : `${key}: ${typeof value === 'number' ? value : yaml(String(value))}`,
    );
  return `---\n${lines.join('\n')}\n---\n`;
}

export function entryMarkdown(entry: Entry, questionText: string | null): string {
  const matter = frontMatter({
    date: entry.day,
    // The time on the clock where it was written, so it agrees with `date` (fixed there too).
    time: clockTimeIn(entry.createdAt, entry.timeZone),
    tags: entry.tags,
    mood: entry.mood,
    question: questionText,
  });
  const heading = entry.title ? `\n# ${entry.title}\n` : questionText ? `\n# ${questionText}\n` : '';
  return `${matter}${heading}\n${entry.text}\n`;
}

export function runMarkdown(run: ExperimentRun): string {
  const matter = frontMatter({
    date: run.day,
    experiment: run.experimentTitle,
    status: run.status,
    tags: ['experiment'],
  });
  const section = (title: string, body: string) => (body.trim() ? `\n## ${title}\n\n${body.trim()}\n` : '');
  return [
    matter,
    `\n# ${run.experimentTitle || 'Experiment'}\n`,
    section(
      'The belief',
      `${run.belief}\n\nBelieved: ${rated(run.beliefBefore, '%')} before, ${rated(run.beliefAfter, '%')} after.`,
    ),
    section('Prediction', run.prediction),
    section(
      'Plan',
      [run.planWhat, run.planWhen ? `When: ${run.planWhen}` : '', run.planWhere ? `Where: ${run.planWhere}` : '']
        .filter(Boolean)
        .join('\n\n'),
    ),
    section('What I would not do this time', run.safetyBehaviours ?? ''),
    section('Discomfort', `Before: ${rated(run.discomfortBefore)}. During: ${rated(run.discomfortDuring)}.`),
    section('What happened', run.outcome),
    section('Did the prediction come true?', run.predictionCameTrue ?? ''),
    section(
      'How bad',
      run.badExpected == null && run.badActual == null
        ? ''
        : `Expected: ${rated(run.badExpected ?? null)}. Actually: ${rated(run.badActual ?? null)}.`,
    ),
    section('How I coped', run.coping ?? ''),
    section('Did I do any of them anyway?', run.safetyBehavioursUsed ?? ''),
    section('What I learned', run.learned),
    section(
      'A kinder rule',
      run.kinderRule.trim() && run.kinderRuleBelief != null
        ? `${run.kinderRule}\n\nBelieved: ${rated(run.kinderRuleBelief, '%')}.`
        : run.kinderRule,
    ),
    section('Next', run.next ?? ''),
  ].join('');
}

/**
 * "2026-11-29-3f2a9c.md": the day first, so files sort by day, then the start of the record's
 * id, lengthened until no other file has it. Never the title or any words: a file name shows
 * in share sheets, file lists and cloud drives, where the journal's words must not.
 */
export function fileName(day: string, id: string, taken: Set<string>): string {
  const idChars = id.toLowerCase().replace(/[^0-9a-z]/g, '') || 'entry';
  const named = (length: number) => `${day}-${idChars.slice(0, length)}`;
  let length = 6;
  while (taken.has(`${named(length)}.md`) && length < idChars.length) length += 1;
  let name = `${named(length)}.md`;
  // Only ids that are not UUIDs can still collide here: number them.
  for (let copy = 2; taken.has(name); copy += 1) name = `${named(length)}-${copy}.md`;
  taken.add(name);
  return name;
}

export function journalAsMarkdown(
  entries: Entry[],
  runs: ExperimentRun[],
  questionText: (questionId: string) => string | null,
): MarkdownFile[] {
  const taken = new Set<string>();
  const files: MarkdownFile[] = [];
  for (const entry of entries) {
    if (entry.deletedAt !== null) continue;
    const question = entry.questionId ? questionText(entry.questionId) : null;
    files.push({ name: `entries/${fileName(entry.day, entry.id, taken)}`, content: entryMarkdown(entry, question) });
  }
  for (const run of runs) {
    if (run.deletedAt !== null) continue;
    files.push({ name: `experiments/${fileName(run.day, run.id, taken)}`, content: runMarkdown(run) });
  }
  return files;
}
