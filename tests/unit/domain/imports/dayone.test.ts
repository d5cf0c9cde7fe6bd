import { describe, expect, it } from 'vitest';
import { parseDayOne } from '../../../../src/domain/imports/dayone';
import { stableId, type ImportedEntry, type ImportResult } from '../../../../src/domain/imports/imported-entry';

const UUID_A = 'F0E1D2C3B4A5968778695A4B3C2D1E0F';
const UUID_B = '0A1B2C3D4E5F60718293A4B5C6D7E8F9';

/** A Day One entry with the clutter real exports carry, which the importer must ignore. */
function dayOneEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    uuid: UUID_A,
    creationDate: '2023-05-01T21:14:03Z',
    modifiedDate: '2023-05-02T08:00:00Z',
    timeZone: 'Europe/London',
    text: 'A quiet evening\\. Nothing much\\!',
    tags: ['evening', 'Calm'],
    starred: true,
    duration: 0,
    isPinned: false,
    creationDevice: 'iPhone',
    location: { latitude: 51.5, longitude: -0.12, placeName: 'Home' },
    weather: { temperatureCelsius: 14, conditionsDescription: 'Cloudy' },
    photos: [{ identifier: 'P1', md5: 'abc', type: 'jpeg' }],
    richText: '{"contents":[]}',
    ...overrides,
  };
}

function dayOneExport(entries: unknown[]): Record<string, unknown> {
  return { metadata: { version: '1.0' }, entries };
}

function imported(result: ImportResult): ImportedEntry[] {
  if (!result.ok) throw new Error(`expected success, got: ${result.problem}`);
  return result.entries;
}

function problemOf(result: ImportResult): string {
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('parseDayOne: a normal export', () => {
  it('brings over words, tags, times and zone, and nothing else', () => {
    const result = parseDayOne(dayOneExport([dayOneEntry()]));
    expect(result).toEqual({
      ok: true,
      notes: [],
      entries: [
        {
          id: stableId('dayone', UUID_A),
          title: '',
          text: 'A quiet evening. Nothing much!',
          tags: ['evening', 'Calm'],
          day: '2023-05-01',
          timeZone: 'Europe/London',
          createdAt: Date.UTC(2023, 4, 1, 21, 14, 3),
          updatedAt: Date.UTC(2023, 4, 2, 8, 0, 0),
        },
      ],
    });
  });

  it('gives the same ids when the same file is imported twice', () => {
    const file = dayOneExport([dayOneEntry(), dayOneEntry({ uuid: UUID_B })]);
    const first = imported(parseDayOne(file)).map((entry) => entry.id);
    const second = imported(parseDayOne(structuredClone(file))).map((entry) => entry.id);
    expect(first).toEqual(second);
    expect(new Set(first).size).toBe(2);
  });

  it('puts each entry on the calendar day of its own time zone', () => {
    const entries = imported(
      parseDayOne(
        dayOneExport([
          dayOneEntry({ uuid: 'LA', creationDate: '2023-05-01T23:30:00Z', timeZone: 'America/Los_Angeles' }),
          dayOneEntry({ uuid: 'TOKYO', creationDate: '2023-05-01T00:30:00Z', timeZone: 'Asia/Tokyo' }),
          dayOneEntry({ uuid: 'LA-EARLY', creationDate: '2023-05-02T06:30:00Z', timeZone: 'America/Los_Angeles' }),
        ]),
      ),
    );
    expect(entries.map((entry) => [entry.day, entry.timeZone])).toEqual([
      ['2023-05-01', 'America/Los_Angeles'],
      ['2023-05-01', 'Asia/Tokyo'],
      ['2023-05-01', 'America/Los_Angeles'],
    ]);
  });

  it('uses UTC when the zone is missing, not text, or unknown', () => {
    const entries = imported(
      parseDayOne(
        dayOneExport([
          dayOneEntry({ uuid: '1', timeZone: undefined, creationDate: '2023-05-01T23:30:00Z' }),
          dayOneEntry({ uuid: '2', timeZone: 42 }),
          dayOneEntry({ uuid: '3', timeZone: 'Atlantis/Lost_City' }),
        ]),
      ),
    );
    expect(entries.map((entry) => entry.timeZone)).toEqual(['UTC', 'UTC', 'UTC']);
    expect(entries[0]?.day).toBe('2023-05-01');
  });

  it('keeps entries whose optional fields are missing, including empty ones', () => {
    const bare = { uuid: UUID_B, creationDate: '2023-05-01T10:00:00Z' };
    const [entry] = imported(parseDayOne({ entries: [bare] }));
    expect(entry).toEqual({
      id: stableId('dayone', UUID_B),
      title: '',
      text: '',
      tags: [],
      day: '2023-05-01',
      timeZone: 'UTC',
      createdAt: Date.UTC(2023, 4, 1, 10),
      updatedAt: Date.UTC(2023, 4, 1, 10),
    });
  });

  it('falls back to the creation time when the modified date is odd', () => {
    const [entry] = imported(parseDayOne(dayOneExport([dayOneEntry({ modifiedDate: 'yesterday-ish' })])));
    expect(entry?.updatedAt).toBe(entry?.createdAt);
  });

  it('accepts fractional seconds and explicit offsets', () => {
    const [entry] = imported(
      parseDayOne(dayOneExport([dayOneEntry({ creationDate: '2023-05-01T23:14:03.250+02:00' })])),
    );
    expect(entry?.createdAt).toBe(Date.UTC(2023, 4, 1, 21, 14, 3, 250));
  });

  it('tidies tags and drops repeats ignoring case', () => {
    const [entry] = imported(parseDayOne(dayOneExport([dayOneEntry({ tags: ['#Work', 'work', '  big   day ', ''] })])));
    expect(entry?.tags).toEqual(['Work', 'big day']);
  });

  it('says so when there are no entries at all', () => {
    expect(parseDayOne({ metadata: {}, entries: [] })).toEqual({
      ok: true,
      entries: [],
      notes: ['This Day One export has no entries in it.'],
    });
  });
});

describe('parseDayOne: text', () => {
  const textOf = (text: string) => imported(parseDayOne(dayOneExport([dayOneEntry({ text })])))[0]?.text;

  it('undoes every Markdown escape Day One adds', () => {
    const escaped =
      'Done\\. Yes\\! A\\-B \\(aside\\) \\#1 \\*not bold\\* snake\\_case \\[x\\] \\> quote 1\\+1 \\`code\\`';
    expect(textOf(escaped)).toBe('Done. Yes! A-B (aside) #1 *not bold* snake_case [x] > quote 1+1 `code`');
  });

  it('turns a double backslash into one and leaves other backslashes alone', () => {
    expect(textOf('C:\\\\Users\\\\me')).toBe('C:\\Users\\me');
    expect(textOf('\\\\\\.')).toBe('\\.');
    expect(textOf('a \\n b \\é \\')).toBe('a \\n b \\é \\');
  });

  it('keeps multi-line text, emoji and spacing exactly', () => {
    const text = 'First line\n\n  indented 🌧️☕\n\tTabbed, and "quoted"\\.\n';
    expect(textOf(text)).toBe('First line\n\n  indented 🌧️☕\n\tTabbed, and "quoted".\n');
  });

  it('keeps HTML-looking text as plain words without altering it', () => {
    const hostile = '<script>alert("hi")</script> <img src=x onerror=alert(1)> &amp; <b>bold</b>';
    expect(textOf(hostile)).toBe(hostile);
  });

  it('marks where each photo, video and audio clip was, and counts them in the notes', () => {
    const result = parseDayOne(
      dayOneExport([
        dayOneEntry({
          uuid: '1',
          text: 'Morning\\.\n![](dayone-moment://AAA111)\nand ![](dayone-moment://BBB222)\n![](dayone-moment:/video/CCC333)',
        }),
        dayOneEntry({ uuid: '2', text: '![](dayone-moment://DDD444) ![](dayone-moment:/audio/EEE555)' }),
      ]),
    );
    expect(imported(result).map((entry) => entry.text)).toEqual([
      'Morning.\n[Photo from Day One]\nand [Photo from Day One]\n[Video from Day One]',
      '[Photo from Day One] [Audio from Day One]',
    ]);
    expect(result.ok && result.notes).toEqual([
      '3 photos could not be brought over; a note marks where each one was.',
      '1 video could not be brought over; a note marks where it was.',
      '1 audio recording could not be brought over; a note marks where it was.',
    ]);
  });

  it('does not mistake escaped text that looks like a photo link for a photo', () => {
    expect(textOf('\\!\\[\\]\\(dayone-moment://XYZ\\)')).toBe('![](dayone-moment://XYZ)');
  });
});

describe('parseDayOne: duplicates', () => {
  it('keeps the first copy of a repeated uuid and says so', () => {
    const result = parseDayOne(
      dayOneExport([
        dayOneEntry({ text: 'first' }),
        dayOneEntry({ uuid: UUID_B, text: 'other' }),
        dayOneEntry({ text: 'second' }),
        dayOneEntry({ text: 'third' }),
      ]),
    );
    expect(imported(result).map((entry) => entry.text)).toEqual(['first', 'other']);
    expect(result.ok && result.notes).toEqual([
      '2 entries appeared more than once in the file; the first copy of each was kept.',
    ]);
  });
});

describe('parseDayOne: files that are not Day One exports', () => {
  it.each([
    ['null', null],
    ['a string', 'entries'],
    ['a number', 7],
  ])('refuses %s kindly', (_label, input) => {
    expect(problemOf(parseDayOne(input))).toBe("This doesn't look like a Day One export: it isn't a JSON object.");
  });

  it('refuses an object without a list of entries', () => {
    const expected = "This doesn't look like a Day One export: it has no list of entries.";
    expect(problemOf(parseDayOne({ metadata: {} }))).toBe(expected);
    expect(problemOf(parseDayOne({ entries: 'lots' }))).toBe(expected);
    expect(problemOf(parseDayOne({ entries: { 0: dayOneEntry() } }))).toBe(expected);
    // A bare list of entries is not how Day One exports, and guessing could import the wrong thing.
    expect(problemOf(parseDayOne([dayOneEntry()]))).toBe(expected);
  });

  it('names the entry that has no uuid', () => {
    const result = parseDayOne(dayOneExport([dayOneEntry(), dayOneEntry({ uuid: undefined })]));
    expect(problemOf(result)).toBe('Entry 2 in this Day One export has no id (uuid), so nothing was imported.');
    expect(problemOf(parseDayOne(dayOneExport([dayOneEntry({ uuid: 12 })])))).toMatch(/^Entry 1 .* no id/);
    expect(problemOf(parseDayOne(dayOneExport([dayOneEntry({ uuid: '' })])))).toMatch(/^Entry 1 .* no id/);
  });

  it('names the entry whose date cannot be read', () => {
    for (const creationDate of [undefined, 'not a date', '2023-13-45T99:99:99Z', '2023-05-01T21:14:03', 1682975643]) {
      const problem = problemOf(parseDayOne(dayOneExport([dayOneEntry({ creationDate })])));
      expect(problem).toBe(
        "Entry 1 in this Day One export has no date it was written, or one that can't be read, so nothing was imported.",
      );
    }
  });

  it('refuses entries whose text or tags have the wrong type', () => {
    expect(problemOf(parseDayOne(dayOneExport([dayOneEntry({ text: 5 })])))).toMatch(
      /^Entry 1 .* text that isn't text/,
    );
    expect(problemOf(parseDayOne(dayOneExport([dayOneEntry({ tags: 'work' })])))).toMatch(/tags that aren't a list/);
    expect(problemOf(parseDayOne(dayOneExport([dayOneEntry({ tags: ['ok', 3] })])))).toMatch(/tags that aren't a list/);
    expect(problemOf(parseDayOne(dayOneExport(['just words'])))).toBe(
      'Entry 1 in this Day One export has a part that cannot be read, so nothing was imported.',
    );
  });
});

describe('parseDayOne: hostile input', () => {
  const hostileJson = `{
    "__proto__": { "polluted": "top" },
    "constructor": { "prototype": { "polluted": "ctor" } },
    "metadata": { "__proto__": { "polluted": "meta" } },
    "entries": [{
      "uuid": "EVIL",
      "creationDate": "2023-05-01T21:14:03Z",
      "text": "fine",
      "__proto__": { "polluted": "entry", "isAdmin": true },
      "constructor": { "prototype": { "polluted": "entry-ctor" } },
      "tags": ["__proto__", "constructor"]
    }]
  }`;

  it('copies only known keys and pollutes no prototype', () => {
    const entries = imported(parseDayOne(JSON.parse(hostileJson)));
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(Object.keys(entry ?? {}).sort()).toEqual(
      ['createdAt', 'day', 'id', 'tags', 'text', 'timeZone', 'title', 'updatedAt'].sort(),
    );
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect(Object.hasOwn(entry ?? {}, '__proto__')).toBe(false);
    expect((entry as unknown as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
    // Words that happen to be special names are still just tags.
    expect(entry?.tags).toEqual(['__proto__', 'constructor']);
  });

  it('does not find entries hidden under __proto__', () => {
    const sneaky = JSON.parse('{"__proto__": {"entries": [{"uuid": "X", "creationDate": "2023-05-01T21:14:03Z"}]}}');
    expect(problemOf(parseDayOne(sneaky))).toBe("This doesn't look like a Day One export: it has no list of entries.");
  });
});
