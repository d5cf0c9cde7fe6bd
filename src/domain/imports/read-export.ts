import * as v from 'valibot';
import { countOf, type ImportedEntry } from './imported-entry';

/**
 * The steps every importer shares. An export is a JSON object with a list of entries; the list
 * is checked against the format's schema for one entry and refused whole, in one plain sentence,
 * when any entry cannot be read; an entry that appears twice is brought over once; and notes say
 * what was left out. Each importer keeps only what is its own: the entry schema, turning one
 * entry into an ImportedEntry, and notes about its format.
 */
export interface ExportFormat<Item> {
  /** The app's name as people know it: "Day One". */
  appName: string;
  entrySchema: v.GenericSchema<unknown, Item>;
  /** For each field of an entry, what is wrong when it cannot be read: "has no id (uuid)". */
  fieldProblems: Record<string, string>;
}

/**
 * Turns the first validation issue into one plain sentence. Entry problems name the entry by
 * its position (counting from 1) and never quote its text.
 */
function describeIssue(
  issue: v.BaseIssue<unknown> | undefined,
  appName: string,
  fieldProblems: Record<string, string>,
): string {
  const keys = (issue?.path ?? []).map((item) => item.key);
  const notThisApp = `This doesn't look like a ${appName} export`;
  if (keys.length === 0) return `${notThisApp}: it isn't a JSON object.`;
  if (keys.length === 1) return `${notThisApp}: it has no list of entries.`;
  const position = typeof keys[1] === 'number' ? keys[1] + 1 : '?';
  const field = typeof keys[2] === 'string' ? keys[2] : '';
  const problem = (Object.hasOwn(fieldProblems, field) && fieldProblems[field]) || 'has a part that cannot be read';
  return `Entry ${position} in this ${appName} export ${problem}, so nothing was imported.`;
}

/** The export's entries as its schema reads them, or why the file cannot be imported. */
export function readExportEntries<Item>(
  json: unknown,
  format: ExportFormat<Item>,
): { ok: true; entries: Item[] } | { ok: false; problem: string } {
  // valibot's object schemas copy known keys alone, so unknown and hostile keys never get through.
  const parsed = v.safeParse(v.object({ entries: v.array(format.entrySchema) }), json);
  if (!parsed.success) {
    return { ok: false, problem: describeIssue(parsed.issues[0], format.appName, format.fieldProblems) };
  }
  return { ok: true, entries: parsed.output.entries };
}

/** The first item with each key, in order, and how many later repeats were dropped. */
export function keepFirstOfEach<Item>(
  items: readonly Item[],
  keyOf: (item: Item) => string,
): { kept: Item[]; repeats: number } {
  const seen = new Set<string>();
  const kept: Item[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(item);
  }
  return { kept, repeats: items.length - kept.length };
}

/**
 * Notes on what an import left out: an empty export, and entries seen more than once (`kept`
 * says which copy stayed: "the first copy" when copies can differ, "one copy" when they cannot).
 */
export function leftOutNotes(
  appName: string,
  entries: readonly ImportedEntry[],
  repeats: number,
  kept: 'the first copy' | 'one copy',
): string[] {
  const notes: string[] = [];
  if (entries.length === 0) notes.push(`This ${appName} export has no entries in it.`);
  if (repeats > 0) {
    notes.push(
      `${countOf(repeats, 'entry', 'entries')} appeared more than once in the file; ${kept} of each was kept.`,
    );
  }
  return notes;
}
