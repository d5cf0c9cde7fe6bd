import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createEntry, trashEntry } from '../../../src/db/entries-repository';
import { createRunFromFields } from '../../../src/db/run-writes';
import { blankRunFields } from '../../../src/domain/experiments/run-fields';
import { markdownZip } from '../../../src/features/backup/export-markdown';
import { withFreshDatabase } from '../../helpers/fresh-database';

withFreshDatabase();

async function unzip(file: File): Promise<Record<string, string>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('the Markdown zip', () => {
  it('names every file by day and short id: no title, words, question or experiment reach a file name', async () => {
    const day = new Date(2026, 10, 29, 21, 14);
    const titled = await createEntry({ title: 'Secret title', text: 'Secret words' }, day);
    const untitled = await createEntry({ text: 'Secret first line\nmore' }, day);
    const answer = await createEntry({ text: 'Secret answer', questionId: 'q' }, day);
    const gone = await createEntry({ title: 'Secret trashed' }, day);
    await trashEntry(gone.id);
    const run = await createRunFromFields(
      { id: crypto.randomUUID(), packId: 'p', experimentId: 'e', experimentTitle: 'Secret experiment' },
      { ...blankRunFields('Secret belief'), outcome: 'Secret outcome' },
      day,
    );

    const files = await unzip(await markdownZip(() => 'Secret question', day));
    const short = (id: string) => id.slice(0, 6);
    expect(Object.keys(files).sort()).toEqual(
      [
        ...[titled, untitled, answer].map((entry) => `entries/2026-11-29-${short(entry.id)}.md`),
        `experiments/2026-11-29-${short(run.id)}.md`,
      ].sort(),
    );
    for (const name of Object.keys(files)) expect(name).not.toMatch(/secret/i);
    expect(files[`entries/2026-11-29-${short(titled.id)}.md`]).toContain('# Secret title\n\nSecret words');
    expect(files[`entries/2026-11-29-${short(answer.id)}.md`]).toContain('# Secret question');
    expect(files[`experiments/2026-11-29-${short(run.id)}.md`]).toContain('# Secret experiment');
  });
});
