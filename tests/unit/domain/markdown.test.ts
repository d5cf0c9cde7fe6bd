import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fileName, journalAsMarkdown } from '../../../src/domain/backup/markdown';
import { blankRunFields } from '../../../src/domain/experiments/run-fields';
import type { Entry } from '../../../src/domain/records';
import { aRun, anEntry } from '../../helpers/records';

const entry = (overrides: Partial<Entry>): Entry =>
  anEntry({ createdAt: Date.UTC(2026, 10, 29, 21, 14), ...overrides }); // 21:14 in UTC, the entry's zone

function matter(content: string) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(content);
  if (!match?.[1]) throw new Error('no front matter');
  return parse(match[1]) as Record<string, unknown>;
}

describe('Markdown export', () => {
  it('writes one file per entry with front matter a YAML parser reads back exactly', () => {
    const tricky = entry({
      title: 'Colons: "quotes" and --- dashes',
      text: 'Line one\nLine two 🌱\n---\nnot front matter',
      tags: ['work', 'a: b', '#hash'],
      mood: 4,
    });
    const [file] = journalAsMarkdown([tricky], [], () => null);
    expect(file?.name).toBe(`entries/2026-11-29-${tricky.id.slice(0, 6)}.md`);
    expect(matter(file?.content ?? '')).toEqual({
      date: '2026-11-29',
      time: '21:14',
      tags: ['work', 'a: b', '#hash'],
      mood: 4,
    });
    expect(file?.content).toContain(
      '\n# Colons: "quotes" and --- dashes\n\nLine one\nLine two 🌱\n---\nnot front matter\n',
    );
  });

  it('gives the time on the clock where the entry was written, so it agrees with its date', () => {
    const inTokyo = entry({ createdAt: Date.UTC(2026, 10, 29, 23, 45), day: '2026-11-30', timeZone: 'Asia/Tokyo' });
    const [file] = journalAsMarkdown([inTokyo], [], () => null);
    expect(matter(file?.content ?? '')).toMatchObject({ date: '2026-11-30', time: '08:45' });
  });

  it('names the question an answer answers, and each experiment run', () => {
    const answer = entry({ kind: 'answer', text: 'Relief.', questionId: 'after-you-finish' });
    const run = aRun({
      ...blankRunFields('People will think less of me'),
      status: 'done',
      completedAt: 1,
      day: '2026-11-28',
      beliefBefore: 80,
      beliefAfter: 30,
      outcome: 'Nobody noticed.',
    });
    const files = journalAsMarkdown([answer], [run], (id) => (id === 'after-you-finish' ? 'What do you feel?' : null));
    expect(matter(files[0]?.content ?? '')).toMatchObject({ question: 'What do you feel?' });
    expect(files[1]?.name).toBe(`experiments/2026-11-28-${run.id.slice(0, 6)}.md`);
    expect(matter(files[1]?.content ?? '')).toEqual({
      date: '2026-11-28',
      experiment: 'Send it with a small typo',
      status: 'done',
      tags: ['experiment'],
    });
    expect(files[1]?.content).toContain('Believed: 80% before, 30% after.');
    expect(files[1]?.content).toContain('## What happened\n\nNobody noticed.');
  });

  it('never puts words in a file name: only the day and a short id, the title stays inside', () => {
    const words = entry({ id: '3f2a9c00-0000-4000-8000-000000000001', title: 'Private title', text: 'Private words' });
    const answer = entry({ kind: 'answer', questionId: 'q', text: 'Private answer' });
    const run = aRun({ id: '7b1e0d00-0000-4000-8000-000000000002', experimentTitle: 'Private experiment' });
    const files = journalAsMarkdown([words, answer], [run], () => 'Private question');
    expect(files.map((file) => file.name)).toEqual([
      'entries/2026-11-29-3f2a9c.md',
      `entries/2026-11-29-${answer.id.slice(0, 6)}.md`,
      'experiments/2026-11-29-7b1e0d.md',
    ]);
    for (const file of files) expect(file.name).not.toMatch(/Private/);
    expect(files[0]?.content).toContain('# Private title');
  });

  it('never gives two files the same name, even when two ids begin alike, and leaves trashed entries out', () => {
    const taken = new Set<string>();
    expect(fileName('2026-11-29', '3f2a9c11-0000-4000-8000-000000000001', taken)).toBe('2026-11-29-3f2a9c.md');
    expect(fileName('2026-11-29', '3F2A9C22-0000-4000-8000-000000000002', taken)).toBe('2026-11-29-3f2a9c2.md');
    expect(fileName('2026-11-30', '3f2a9c33-0000-4000-8000-000000000003', taken)).toBe('2026-11-30-3f2a9c.md');
    expect(journalAsMarkdown([entry({ deletedAt: 5 })], [], () => null)).toEqual([]);
  });

  it('names files so they sort by the day they were written', () => {
    const days = ['2026-12-01', '2025-01-31', '2026-11-29'];
    const files = journalAsMarkdown(
      days.map((day) => entry({ day })),
      [],
      () => null,
    );
    const sorted = files.map((file) => file.name).sort();
    expect(sorted.map((name) => name.slice('entries/'.length, 'entries/'.length + 10))).toEqual([
      '2025-01-31',
      '2026-11-29',
      '2026-12-01',
    ]);
  });

  it('zips into files that unzip to the same text', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const files = journalAsMarkdown([entry({ text: 'Zipped 🌱' })], [], () => null);
    const zip = zipSync(Object.fromEntries(files.map((file) => [file.name, strToU8(file.content)])));
    const back = unzipSync(zip);
    expect(strFromU8(back[files[0]?.name ?? ''] ?? new Uint8Array())).toBe(files[0]?.content);
  });
});
