/**
 * Makes a journal as a backup file, the way a person's would look after years of use:
 * entries of about 600 characters spread over five years, with tags and moods, a tenth of
 * them answers to the pack's questions, and experiment runs. A fixed seed: the same size
 * always gives the same journal.
 */
/**
 * Words as a journal uses them: a few dozen common little words make up much of the text, and
 * a few thousand others follow a Zipf curve (a handful often, most rarely), so a searched-for
 * word is in some entries, not all. The rarer words are made from syllables, deterministically.
 */
const COMMON = (
  'i the and to a it was of in that my me but so not just for with is at on be had this felt ' +
  'about what all when then there have it was out up do did as like if how'
).split(' ');
const SYLLABLES = (
  'ka lo mi ne ru sa te vo bi da fe gu ha ji ko li ma no pe ru si tu ve wa yo ze ' +
  'bran cle dro fli gra ple stro tha wen mor sel tin pod ruk lam dis ver gan hol'
).split(' ');
const CONTENT = (() => {
  const seen = new Set<string>(
    'small mistake kind enough careful worry relief email typo friend walk morning tired proud messy garden coffee laugh honest rest draft meeting late slow breath sister kitchen noticed'.split(
      ' ',
    ),
  );
  // Two or three syllables chosen by a fixed scramble: spread out, like real words, so a
  // one-letter typo rarely turns one into another.
  for (let n = 1; seen.size < 3000; n += 1) {
    const mix = Math.imul(n, 2654435761) >>> 0;
    const parts = 2 + (mix % 2);
    let made = '';
    for (let part = 0; part < parts; part += 1) made += SYLLABLES[(mix >>> (part * 8 + 1)) % SYLLABLES.length];
    seen.add(made);
  }
  return [...seen];
})();
/** Cumulative Zipf weights (exponent 1) over CONTENT, for sampling by rank. */
const ZIPF = (() => {
  let total = 0;
  const cumulative = CONTENT.map((_, rank) => (total += 1 / (rank + 1)));
  return cumulative.map((value) => value / total);
})();

/** The worst case: a word nearly every entry has. */
export const COMMON_QUERY = 'the';

/**
 * Fifty searches drawn from the journal's own words: frequent, middling and rare words,
 * prefixes (as they are typed), two words, and little words nearly every entry has.
 */
export const SEARCH_QUERIES: string[] = [
  ...[0, 2, 4, 6, 8, 10, 12, 14, 16, 18].map((rank) => CONTENT[rank]!),
  ...[100, 150, 200, 250, 300, 350, 400, 450, 500, 550].map((rank) => CONTENT[rank]!),
  ...[2000, 2100, 2200, 2300, 2400, 2500, 2600, 2700, 2800, 2900].map((rank) => CONTENT[rank]!),
  ...[30, 40, 50, 60, 70, 80, 90, 110, 120, 130].map((rank) => CONTENT[rank]!.slice(0, 3)),
  ...[
    [1, 3],
    [5, 120],
    [100, 400],
    [7, 2000],
    [33, 66],
  ].map(([a, b]) => `${CONTENT[a!]} ${CONTENT[b!]}`),
  'the',
  'and',
  'was',
  'felt',
  'about',
];

const TAGS = [
  'work',
  'home',
  'family',
  'friends',
  'health',
  'creative',
  'study',
  'rest',
  'outside',
  'money',
  'calm',
  'proud',
];
const QUESTIONS = [
  'after-you-finish',
  'what-it-costs',
  'what-it-protects',
  'where-it-started',
  'lessons-about-mistakes',
  'perfect-parts-online',
  'words-for-a-friend',
  'good-enough-today',
  'glad-it-was-messy',
  'kinder-next-time',
];
const EXPERIMENTS = [
  ['send-it-with-a-typo', 'Send it with a small typo'],
  ['good-enough-chore', 'A good-enough chore'],
  ['stop-when-the-timer-rings', 'Stop when the timer rings'],
  ['say-i-dont-know', 'Say "I don\'t know"'],
  ['share-it-unfiltered', 'Share it unfiltered'],
  ['be-a-beginner-out-loud', 'Be a beginner out loud'],
  ['say-how-you-really-are', 'Say how you really are'],
] as const;

const DAY = 24 * 3600 * 1000;
const FIVE_YEARS = 5 * 365 * DAY;

/** mulberry32: small, fast and well spread. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (at: number) => {
  const date = new Date(at);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};
/** A valid, unique version-4-shaped UUID from a kind and an index. */
const uuid = (kind: number, index: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

export interface GeneratedJournal {
  json: string;
  entries: number;
  runs: number;
  /** UTF-8 bytes of every private text (titles, texts, tags, run texts): the "raw text size". */
  textBytes: number;
}

export function generateJournal(
  entryCount: number,
  runCount: number,
  now = Date.UTC(2026, 10, 29, 12),
): GeneratedJournal {
  const random = seeded(20261129 + entryCount);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const word = () => {
    if (random() < 0.45) return pick(COMMON);
    const roll = random();
    let low = 0;
    let high = ZIPF.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ZIPF[middle]! < roll) low = middle + 1;
      else high = middle;
    }
    return CONTENT[low]!;
  };
  const sentence = (length: number) => {
    let text = '';
    while (text.length < length) text += `${word()} `;
    return text.trim();
  };
  let textBytes = 0;
  const count = (...texts: string[]) => {
    for (const text of texts) textBytes += Buffer.byteLength(text);
  };

  const entries = Array.from({ length: entryCount }, (_, index) => {
    const at = now - Math.floor((index / Math.max(1, entryCount)) * FIVE_YEARS) - Math.floor(random() * DAY);
    const answer = index % 10 === 3;
    const title = index % 6 === 0 ? sentence(24) : '';
    const text = `${sentence(590)} note${index}`;
    const tags = random() < 0.7 ? [pick(TAGS), ...(random() < 0.3 ? [pick(TAGS)] : [])] : [];
    count(title, text, ...tags);
    return {
      id: uuid(1, index),
      createdAt: at,
      updatedAt: at + (random() < 0.2 ? 3600_000 : 0),
      rev: 1,
      deletedAt: null,
      kind: answer ? 'answer' : 'free',
      title,
      text,
      mood: random() < 0.8 ? Math.ceil(random() * 5) : null,
      tags: [...new Set(tags)],
      packId: answer ? 'ditching-perfect' : null,
      questionId: answer ? pick(QUESTIONS) : null,
      day: dayOf(at),
      timeZone: 'UTC',
    };
  });

  const runs = Array.from({ length: runCount }, (_, index) => {
    const at = now - Math.floor((index / Math.max(1, runCount)) * FIVE_YEARS) - Math.floor(random() * DAY);
    const [experimentId, experimentTitle] = pick(EXPERIMENTS);
    const done = index >= 3; // a few still planned, waiting on Today
    const fields = {
      belief: sentence(60),
      prediction: sentence(80),
      planWhat: sentence(40),
      planWhere: sentence(12),
      outcome: done ? sentence(120) : '',
      learned: done ? sentence(80) : '',
      kinderRule: done ? sentence(50) : '',
    };
    count(...Object.values(fields));
    return {
      id: uuid(2, index),
      createdAt: at,
      updatedAt: at + (done ? 2 * DAY : 0),
      rev: done ? 2 : 1,
      deletedAt: null,
      packId: 'ditching-perfect',
      experimentId,
      experimentTitle,
      status: done ? 'done' : 'planned',
      ...fields,
      beliefBefore: Math.round(50 + random() * 50),
      planWhen: dayOf(at + DAY),
      variation: 'standard',
      discomfortBefore: Math.round(30 + random() * 60),
      discomfortDuring: done ? Math.round(10 + random() * 60) : null,
      predictionCameTrue: done ? pick(['yes', 'partly', 'no', 'no', 'no'] as const) : null,
      beliefAfter: done ? Math.round(10 + random() * 60) : null,
      next: done ? pick(['repeat', 'harder', 'rest'] as const) : null,
      completedAt: done ? at + 2 * DAY : null,
      day: dayOf(at),
      timeZone: 'UTC',
    };
  });

  const backup = {
    format: 'good-enough-backup',
    formatVersion: 1,
    appVersion: 'bench',
    exportedAt: new Date(now).toISOString(),
    tables: { entries, runs, drafts: [], settings: [] },
  };
  return { json: JSON.stringify(backup), entries: entryCount, runs: runCount, textBytes };
}
