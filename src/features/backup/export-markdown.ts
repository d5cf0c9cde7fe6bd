import { format } from 'date-fns';
import { strToU8, zipSync } from 'fflate';
import { listAllLiveEntries } from '../../db/entries-repository';
import { listAllRuns } from '../../db/runs-repository';
import { journalAsMarkdown } from '../../domain/backup/markdown';

/** The whole journal as a zip of Markdown files, ready to share or download. */
export async function markdownZip(
  questionText: (questionId: string) => string | null,
  now = new Date(),
): Promise<File> {
  const [entries, runs] = await Promise.all([listAllLiveEntries(), listAllRuns()]);
  const files = journalAsMarkdown(entries, runs, questionText);
  const zip = zipSync(Object.fromEntries(files.map((file) => [file.name, strToU8(file.content)])));
  return new File([zip], `good-enough-markdown-${format(now, 'yyyy-MM-dd')}.zip`, { type: 'application/zip' });
}
