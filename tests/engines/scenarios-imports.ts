import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { waitForText, waitUntil } from '../../tools/engines/page-checks';
import type { Scenario } from './scenarios';

/** A Day One "All journals" zip: two journals and a photo, written to a temp file to pick. */
function allJournalsZip(): string {
  const journal = (uuid: string, text: string) =>
    strToU8(
      JSON.stringify({
        metadata: { version: '1.0' },
        entries: [{ uuid, creationDate: '2024-06-01T06:45:00Z', timeZone: 'Europe/London', text, tags: [] }],
      }),
    );
  const path = join(mkdtempSync(join(tmpdir(), 'good-enough-engines-')), `Export-All Journals.zip`);
  writeFileSync(
    path,
    zipSync({
      'Journal.json': journal('E1E1E1E1E1E1E1E1E1E1E1E1E1E1E1E1', 'Streamed from the first journal'),
      'Travel.json': journal('E2E2E2E2E2E2E2E2E2E2E2E2E2E2E2E2', 'Streamed from the travel journal'),
      'photos/0123456789abcdef0123456789abcdef.jpeg': new Uint8Array(256 * 1024).fill(0xd8),
    }),
  );
  return path;
}

export const IMPORT_SCENARIOS: Scenario[] = [
  {
    name: 'a Day One zip with two journals and a photo is read as a stream: both journals come in, counted',
    async run({ session, server }) {
      await session.goto(`${server.origin}/settings`);
      await waitUntil(session, `document.querySelector('input[type="file"]')`, 'the backup file picker');
      await session.upload('input[type="file"]', allJournalsZip());
      await waitForText(session, 'Travel: 1 entry');
      await waitForText(session, 'Journal: 1 entry');
      await session.click('button[name="confirm-import"]');
      await waitForText(session, 'Done. 2 added');
      await session.goto(`${server.origin}/journal/day/2024-06-01`);
      await waitForText(session, 'Streamed from the travel journal');
      await waitForText(session, 'Streamed from the first journal');
    },
  },
];
