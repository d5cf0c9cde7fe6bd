import { describe, expect, it } from 'vitest';
import { stableId, type ImportedEntry, type ImportResult } from '../../../../src/domain/imports/imported-entry';
import { parseJrnl } from '../../../../src/domain/imports/jrnl';

function jrnlEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Sent the report with a typo.',
    body: 'Nobody said a word about it.\nI checked twice, then let it go. 🙂',
    date: '2024-03-31',
    time: '09:30',
    tags: ['@work', '@small-win'],
    starred: false,
    ...overrides,
  };
}

function jrnlExport(entries: unknown[]): Record<string, unknown> {
  return { tags: { '@work': 1, '@small-win': 1 }, entries };
}

function imported(result: ImportResult): ImportedEntry[] {
  if (!result.ok) throw new Error(`expected success, got: ${result.problem}`);
  return result.entries;
}

function problemOf(result: ImportResult): string {
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('parseJrnl: a normal export', () => {
  it('brings over title, body, tags and the written day', () => {
    const entry = jrnlEntry();
    expect(parseJrnl(jrnlExport([entry]))).toEqual({
      ok: true,
      notes: [],
      entries: [
        {
          id: stableId('jrnl', ['2024-03-31', '09:30', entry.title, entry.body].join('\u0000')),
          title: 'Sent the report with a typo.',
          text: 'Nobody said a word about it.\nI checked twice, then let it go. 🙂',
          tags: ['work', 'small-win'],
          day: '2024-03-31',
          timeZone: 'UTC',
          createdAt: Date.UTC(2024, 2, 31, 9, 30),
          updatedAt: Date.UTC(2024, 2, 31, 9, 30),
        },
      ],
    });
  });

  it('gives the same ids when the same file is imported twice, and different ids for different entries', () => {
    const file = jrnlExport([jrnlEntry(), jrnlEntry({ time: '09:31' }), jrnlEntry({ body: 'Other words.' })]);
    const first = imported(parseJrnl(file)).map((entry) => entry.id);
    expect(imported(parseJrnl(structuredClone(file))).map((entry) => entry.id)).toEqual(first);
    expect(new Set(first).size).toBe(3);
  });

  it('does not confuse where the title ends and the body begins', () => {
    const [a, b] = imported(
      parseJrnl(jrnlExport([jrnlEntry({ title: 'ab', body: 'c' }), jrnlEntry({ title: 'a', body: 'bc' })])),
    );
    expect(a?.id).not.toBe(b?.id);
  });

  it('keeps an empty title, multi-line bodies, emoji and HTML-looking text exactly', () => {
    const body = '  Line one\n\n- a list\n\t<b>not bold</b> <script>alert(1)</script> 👩🏽‍💻\n';
    const [entry] = imported(parseJrnl(jrnlExport([jrnlEntry({ title: '', body })])));
    expect(entry?.title).toBe('');
    expect(entry?.text).toBe(body);
  });

  it('accepts entries without tags, title or body, and exports without a tag summary', () => {
    const [entry] = imported(parseJrnl({ entries: [{ date: '2024-01-02', time: '23:59' }] }));
    expect(entry).toMatchObject({ title: '', text: '', tags: [], day: '2024-01-02' });
  });

  it('tidies tags: strips @ and #, and drops repeats ignoring case', () => {
    const [entry] = imported(
      parseJrnl(jrnlExport([jrnlEntry({ tags: ['@Work', '@work', '#home', '@@deep', '@', 'plain'] })])),
    );
    expect(entry?.tags).toEqual(['Work', 'home', 'deep', 'plain']);
  });

  it('ignores seconds if a hand-edited file has them', () => {
    const [entry] = imported(parseJrnl(jrnlExport([jrnlEntry({ time: '09:30:45' })])));
    expect(entry?.createdAt).toBe(Date.UTC(2024, 2, 31, 9, 30));
  });

  it('says so when there are no entries', () => {
    expect(parseJrnl({ tags: {}, entries: [] })).toEqual({
      ok: true,
      entries: [],
      notes: ['This jrnl export has no entries in it.'],
    });
  });

  it('brings over an exact copy once and says so', () => {
    const result = parseJrnl(jrnlExport([jrnlEntry(), jrnlEntry(), jrnlEntry({ title: 'Different' })]));
    expect(imported(result)).toHaveLength(2);
    expect(result.ok && result.notes).toEqual([
      '1 entry appeared more than once in the file; one copy of each was kept.',
    ]);
  });
});

describe('parseJrnl: time zones', () => {
  const createdIn = (zone: string | undefined, date: string, time: string) => {
    const result =
      zone === undefined
        ? parseJrnl(jrnlExport([jrnlEntry({ date, time })]))
        : parseJrnl(jrnlExport([jrnlEntry({ date, time })]), zone);
    const [entry] = imported(result);
    return { at: new Date(entry?.createdAt ?? NaN).toISOString(), day: entry?.day, timeZone: entry?.timeZone };
  };

  it('reads the wall-clock time as UTC by default', () => {
    expect(createdIn(undefined, '2024-03-31', '09:30')).toEqual({
      at: '2024-03-31T09:30:00.000Z',
      day: '2024-03-31',
      timeZone: 'UTC',
    });
  });

  it('reads it in the given zone across the London clock change', () => {
    expect(createdIn('Europe/London', '2024-03-30', '09:30').at).toBe('2024-03-30T09:30:00.000Z');
    expect(createdIn('Europe/London', '2024-03-31', '00:30').at).toBe('2024-03-31T00:30:00.000Z');
    expect(createdIn('Europe/London', '2024-03-31', '09:30').at).toBe('2024-03-31T08:30:00.000Z');
    // Clocks jumped from 01:00 to 02:00, so 01:30 is read as 02:30 BST.
    expect(createdIn('Europe/London', '2024-03-31', '01:30').at).toBe('2024-03-31T01:30:00.000Z');
  });

  it('reads it in New York, keeping the written date as the day even when UTC has moved on', () => {
    expect(createdIn('America/New_York', '2024-03-09', '22:15')).toEqual({
      at: '2024-03-10T03:15:00.000Z',
      day: '2024-03-09',
      timeZone: 'America/New_York',
    });
    expect(createdIn('America/New_York', '2024-03-10', '22:15').at).toBe('2024-03-11T02:15:00.000Z');
    expect(createdIn('America/New_York', '2024-11-03', '01:30').at).toBe('2024-11-03T05:30:00.000Z');
  });

  it('falls back to UTC for an unknown zone and says so', () => {
    const result = parseJrnl(jrnlExport([jrnlEntry()]), 'Middle/Earth');
    expect(imported(result)[0]).toMatchObject({ timeZone: 'UTC', createdAt: Date.UTC(2024, 2, 31, 9, 30) });
    expect(result.ok && result.notes).toEqual([
      'The time zone "Middle/Earth" isn\'t one this device knows, so times were read as UTC.',
    ]);
  });
});

describe('parseJrnl: files that are not jrnl exports', () => {
  it('refuses things that are not objects or have no entries', () => {
    expect(problemOf(parseJrnl(null))).toBe("This doesn't look like a jrnl export: it isn't a JSON object.");
    expect(problemOf(parseJrnl('hello'))).toBe("This doesn't look like a jrnl export: it isn't a JSON object.");
    expect(problemOf(parseJrnl({ tags: {} }))).toBe("This doesn't look like a jrnl export: it has no list of entries.");
    expect(problemOf(parseJrnl({ entries: 3 }))).toBe(
      "This doesn't look like a jrnl export: it has no list of entries.",
    );
  });

  it.each([
    ['missing', undefined],
    ['a number', 20240331],
    ['in another order', '31/03/2024'],
    ['not a real day', '2023-02-30'],
    ['month 13', '2024-13-01'],
  ])('names the entry whose date is %s', (_label, date) => {
    expect(problemOf(parseJrnl(jrnlExport([jrnlEntry(), jrnlEntry({ date })])))).toBe(
      "Entry 2 in this jrnl export has no date, or one that isn't written like 2024-03-31, so nothing was imported.",
    );
  });

  it.each([
    ['missing', undefined],
    ['24:00', '24:00'],
    ['9:30', '9:30'],
    ['09:60', '09:60'],
    ['half past nine', 'half past nine'],
  ])('names the entry whose time is %s', (_label, time) => {
    expect(problemOf(parseJrnl(jrnlExport([jrnlEntry({ time })])))).toBe(
      "Entry 1 in this jrnl export has no time, or one that isn't written like 09:30, so nothing was imported.",
    );
  });

  it('refuses wrong types for title, body and tags', () => {
    expect(problemOf(parseJrnl(jrnlExport([jrnlEntry({ title: 1 })])))).toMatch(/^Entry 1 .* title that isn't text/);
    expect(problemOf(parseJrnl(jrnlExport([jrnlEntry({ body: ['a'] })])))).toMatch(/^Entry 1 .* text that isn't text/);
    expect(problemOf(parseJrnl(jrnlExport([jrnlEntry({ tags: '@work' })])))).toMatch(/tags that aren't a list/);
  });
});

describe('parseJrnl: hostile input', () => {
  it('copies only known keys and pollutes no prototype', () => {
    const json = `{"__proto__": {"polluted": 1}, "entries": [{"title": "t", "body": "b", "date": "2024-01-01",
      "time": "08:00", "__proto__": {"polluted": 2, "isAdmin": true}, "constructor": {"prototype": {"polluted": 3}}}]}`;
    const [entry] = imported(parseJrnl(JSON.parse(json)));
    expect(Object.keys(entry ?? {}).sort()).toEqual(
      ['createdAt', 'day', 'id', 'tags', 'text', 'timeZone', 'title', 'updatedAt'].sort(),
    );
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect((entry as unknown as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
