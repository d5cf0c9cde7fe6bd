import { join } from 'node:path';
import type { EngineSession, LaunchOptions } from '../../tools/engines/engine-session';
import { waitForActivatedWorker, waitForHeading, waitForText, waitUntil } from '../../tools/engines/page-checks';
import { IMPORT_SCENARIOS } from './scenarios-imports';
import type { PreviewServer } from '../../tools/preview-server';
import { UPDATE_SCENARIOS } from './scenarios-update';
import { LOCK_SCENARIOS } from './scenarios-lock';
import { INSTALL_SCENARIOS } from './scenarios-install';
import { SYNC_SCENARIOS } from './scenarios-sync';
import { CONNECTION_SCENARIOS } from './scenarios-connections';

/** A small, valid backup made for these scenarios. */
const BACKUP_FIXTURE = join(process.cwd(), 'tests/fixtures/engines-backup.json');

/**
 * The journeys that matter most for a person's data, written once and run in every engine
 * (tests/engines/engines.test.ts). They run in order in one browser session, as a person
 * would: the first visit installs the service worker that the offline ones rely on.
 */
export interface ScenarioContext {
  session: EngineSession;
  server: PreviewServer;
  /** Starts another session of the same engine, with empty storage (close it when done). */
  launch: (options?: LaunchOptions) => Promise<EngineSession>;
}

export interface Scenario {
  name: string;
  run(context: ScenarioContext): Promise<void>;
  /** Longer than the suite's 60 s, for a scenario that starts a browser of its own and more. */
  timeoutMs?: number;
}

/** Runs `work` with the server stopped (really offline), and always starts it again. */
async function whileOffline(server: PreviewServer, work: () => Promise<void>) {
  await server.stop();
  try {
    await work();
  } finally {
    await server.start();
  }
}

/** Writes an entry at /journal/new, waits until it is saved, reloads and finds it again. */
async function writeReloadAndFind(session: EngineSession, origin: string, words: string) {
  await session.goto(`${origin}/journal/new`);
  await waitUntil(session, `document.activeElement?.tagName === 'TEXTAREA'`, 'the cursor in the text');
  await session.type('textarea', words);
  await waitForText(session, 'Saved on this device');
  await waitUntil(session, `/^\\/journal\\/[0-9a-f-]{36}$/.test(location.pathname)`, "the entry's own address");
  await session.reload();
  await waitUntil(session, `document.querySelector('textarea')?.value === ${JSON.stringify(words)}`, 'the saved words');
  await session.goto(`${origin}/journal`);
  await waitForText(session, words);
}

interface InsightCounts {
  total: number;
  entries: number;
  experiments: number;
  answers: number;
}

/**
 * The words and answers the insights screen states, read from its sentences (every wording
 * describe-insights.ts has), once it has drawn them, and once `ready` holds.
 */
async function readInsights(
  session: EngineSession,
  origin: string,
  ready: (counts: InsightCounts) => boolean = () => true,
): Promise<InsightCounts> {
  await session.goto(`${origin}/journal/insights`);
  await waitForHeading(session, "What you've noticed");
  let counts: InsightCounts | null = null;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    counts = await session.run<InsightCounts | null>(`
      const text = document.body.innerText;
      const n = (value) => Number(value.replace(/,/g, ''));
      // An empty journal has a page of its own instead of the counts.
      if (text.includes('Nothing to notice yet')) return { total: 0, entries: 0, experiments: 0, answers: 0 };
      let words = null;
      if (text.includes('No words yet')) words = [0, 0, 0];
      let match = text.match(/You've written ([\\d,]+) words?: ([\\d,]+) in entries and answers, ([\\d,]+) in experiments\\./);
      if (match) words = [n(match[1]), n(match[2]), n(match[3])];
      match = text.match(/You've written ([\\d,]+) words? in your entries\\./);
      if (match) words = [n(match[1]), n(match[1]), 0];
      match = text.match(/You've written ([\\d,]+) words? in your experiments\\./);
      if (match) words = [n(match[1]), 0, n(match[1])];
      let answers = null;
      if (text.includes('No questions answered yet')) answers = 0;
      match = text.match(/You answered [^,]+, with ([\\d,]+) answers? in all\\./);
      if (match) answers = n(match[1]);
      if (words === null || answers === null) return null;
      return { total: words[0], entries: words[1], experiments: words[2], answers };`);
    if (counts && ready(counts)) return counts;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const said = await session.run<string>(`return document.querySelector('main')?.innerText ?? '';`);
  throw new Error(`${session.engine}: the insights screen never said its counts as expected: ${said.slice(0, 600)}`);
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'first visit: the welcome greets once, says the app now works offline, Today shows the pack, the worker activates',
    async run({ session, server }) {
      await session.goto(`${server.origin}/`);
      await waitForHeading(session, 'Welcome to Good Enough');
      // The worker registers a second after load and then copies the whole app; the note stays 6 s.
      await waitUntil(
        session,
        `document.body.innerText.includes('Good Enough now works offline, too.')`,
        'the note that the app now works offline',
        30_000,
      );
      await session.click('button[name="skip"]');
      await waitUntil(session, `location.pathname === '/journal/new'`, 'the new entry');
      await session.goto(`${server.origin}/`);
      await waitForText(session, 'Start where you are');
      await waitForActivatedWorker(session);
    },
  },
  {
    name: 'offline: a reload with the server stopped still opens the app and its content',
    async run({ session, server }) {
      await whileOffline(server, async () => {
        await session.reload();
        await waitForText(session, 'Start where you are');
        await waitUntil(session, `document.querySelectorAll('nav a').length === 5`, 'the bottom navigation');
      });
    },
  },
  {
    name: 'offline: a deep link to an experiment and to the questions opens with the server stopped',
    async run({ session, server }) {
      await whileOffline(server, async () => {
        await session.goto(`${server.origin}/experiments/say-i-dont-know`);
        await waitForHeading(session, 'Say "I don\'t know"');
        await waitForText(session, 'admit I don');
        await session.goto(`${server.origin}/questions`);
        // Two packs of ten questions each, as offline.spec.ts counts them in Chromium.
        await waitUntil(session, `document.querySelectorAll('main li').length === 20`, "both packs' 20 questions");
      });
    },
  },
  {
    name: 'settings says how the journal is kept, also where navigator.storage is missing',
    async run({ session, server }) {
      await session.goto(`${server.origin}/settings`);
      await waitUntil(
        session,
        `['persistent', 'best-effort', 'unknown'].includes(document.querySelector('[data-persistence]')?.dataset.persistence)`,
        'the storage status',
      );
      await waitForText(session, 'Everything you write is kept only in this browser');
    },
  },
  {
    name: 'the help path (Get help) opens and closes',
    async run({ session, server }) {
      await session.goto(`${server.origin}/journal`);
      await waitForHeading(session, 'Journal');
      await session.click('header button');
      await waitUntil(session, `document.querySelector('dialog')?.open === true`, 'the help path to open');
      await waitForText(session, 'not crisis care');
      await session.click('dialog button');
      await waitUntil(session, `document.querySelector('dialog')?.open === false`, 'the help path to close');
    },
  },
  {
    name: 'write an entry, reload, it is there',
    async run({ session, server }) {
      await writeReloadAndFind(session, server.origin, `Sent it with a typo in ${session.engine}. Nobody minded.`);
    },
  },
  {
    name: 'offline: write an entry with the server stopped, reload, it is there',
    async run({ session, server }) {
      await whileOffline(server, () =>
        writeReloadAndFind(session, server.origin, `Written offline in ${session.engine}, on the train.`),
      );
    },
  },
  {
    name: 'plan an experiment run, reload, it is there and waiting on Today',
    async run({ session, server }) {
      const prediction = `In ${session.engine}: two people will point out the typo.`;
      await session.goto(`${server.origin}/experiments/send-it-with-a-typo/runs/new`);
      await waitUntil(session, `document.querySelector('textarea[name="prediction"]')`, 'the run form');
      await session.type('textarea[name="prediction"]', prediction);
      await waitForText(session, 'Saved on this device');
      await waitUntil(session, `/\\/runs\\/[0-9a-f-]{36}$/.test(location.pathname)`, "the run's own address");
      await session.reload();
      await waitUntil(
        session,
        `document.querySelector('textarea[name="prediction"]')?.value === ${JSON.stringify(prediction)}`,
        'the saved prediction',
      );
      await session.goto(`${server.origin}/`);
      await waitForText(session, 'Waiting for you');
    },
  },
  {
    name: 'the question session: an answer and the place in the session survive a reload',
    async run({ session, server }) {
      const answer = `Answered in ${session.engine}: relief, then the urge to check it again.`;
      await session.goto(`${server.origin}/questions/session/ditching-perfect`);
      await waitForText(session, 'Question 1 of 10');
      await session.type('textarea[name="answer"]', answer);
      await waitForText(session, 'Saved on this device');
      await session.click('button[name="next"]');
      await waitForText(session, 'Question 2 of 10');
      await session.reload();
      await waitForText(session, 'Question 2 of 10');
      await session.click('button[name="back"]');
      await waitUntil(
        session,
        `document.querySelector('textarea[name="answer"]')?.value === ${JSON.stringify(answer)}`,
        'the saved answer',
      );
    },
  },
  {
    name: 'bring in a backup through the file picker: its entries appear',
    async run({ session, server }) {
      await session.goto(`${server.origin}/settings`);
      await waitUntil(session, `document.querySelector('input[type="file"]')`, 'the backup file picker');
      await session.upload('input[type="file"]', BACKUP_FIXTURE);
      await waitForText(session, 'Bring this in?');
      await session.click('button[name="confirm-import"]');
      await waitForText(session, 'Nothing in your journal was removed');
      await session.goto(`${server.origin}/journal`);
      await waitForText(session, 'From the engines backup fixture');
    },
  },
  {
    // Counts relative to what the screen says first, so it holds whatever ran before it.
    name: "insights count the words and answers written, with each engine's own word splitting",
    async run({ session, server }) {
      const before = await readInsights(session, server.origin);
      // Six words in an entry; four in a new answer, to the first question without one.
      await writeReloadAndFind(session, server.origin, `Six words written in ${session.engine} today.`);
      await session.goto(`${server.origin}/questions/session/ditching-perfect`);
      const answer = `document.querySelector('textarea[name="answer"]')`;
      await waitUntil(session, answer, 'a question to answer');
      for (let step = 0; step < 10 && (await session.run<string>(`return ${answer}.value;`)) !== ''; step += 1) {
        const place = await session.run<string>(`return document.body.innerText.match(/Question \\d+ of 10/)[0];`);
        await session.click('button[name="next"]');
        await waitUntil(
          session,
          `${answer} && !document.body.innerText.includes(${JSON.stringify(place)})`,
          'the next question',
        );
      }
      await session.type('textarea[name="answer"]', 'Four words, all mine.');
      await waitForText(session, 'Saved on this device');
      const expected: InsightCounts = {
        total: before.total + 10,
        entries: before.entries + 10,
        experiments: before.experiments,
        answers: before.answers + 1,
      };
      const after = await readInsights(session, server.origin, (now) => now.answers === expected.answers);
      const keys = ['total', 'entries', 'experiments', 'answers'] as const;
      if (keys.some((key) => after[key] !== expected[key])) {
        throw new Error(`${session.engine}: insights ${JSON.stringify(after)}, expected ${JSON.stringify(expected)}`);
      }
    },
  },
  ...IMPORT_SCENARIOS,
  ...INSTALL_SCENARIOS,
  {
    // Last: it leaves the journal locked.
    name: 'the privacy lock: nothing readable on disk, a wrong passphrase refused, the right one opens the journal',
    async run({ session, server }) {
      const passphrase = 'kettle gravel orbit lantern';
      await session.goto(`${server.origin}/settings`);
      await clickButton(session, 'Set a passphrase');
      await waitUntil(session, `document.querySelector('input[name="new-passphrase"]')`, 'the passphrase form');
      await session.type('input[name="new-passphrase"]', passphrase);
      await session.type('input[name="confirm-passphrase"]', passphrase);
      await clickButton(session, 'Lock my journal with this passphrase');
      await waitForText(session, 'Your journal is now locked with your passphrase.');
      const stored = await session.run<string>(`
        const open = indexedDB.open('good-enough');
        const db = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
        const entries = await new Promise((resolve) => {
          const request = db.transaction('entries').objectStore('entries').getAll();
          request.onsuccess = () => resolve(request.result);
        });
        db.close();
        return JSON.stringify(entries);`);
      if (!stored.includes('"sealed"') || stored.includes('Nobody minded')) {
        throw new Error('entries are not sealed on disk');
      }
      await session.reload();
      await waitForText(session, 'Your journal is locked.');
      await session.type('input[name="passphrase"]', 'not the passphrase');
      await session.click('button[type="submit"]');
      await waitForText(session, "That passphrase didn't open your journal");
      await session.type('input[name="passphrase"]', passphrase);
      await session.click('button[type="submit"]');
      await waitForText(session, 'Passphrase lock'); // back on Settings, unlocked
      await session.goto(`${server.origin}/journal`);
      await waitForText(session, 'Your journal is locked.');
      await session.type('input[name="passphrase"]', passphrase);
      await session.click('button[type="submit"]');
      await waitForText(session, 'Nobody minded');
    },
  },
  // In browsers of their own (they need an empty journal).
  ...LOCK_SCENARIOS,
  ...CONNECTION_SCENARIOS,
  // In a session of its own, with the run's one sync server (started by the first engine's).
  ...SYNC_SCENARIOS,
  // Last: while it runs, the scenario server serves another build of the app.
  ...UPDATE_SCENARIOS,
];

async function clickButton(session: EngineSession, text: string) {
  await waitUntil(
    session,
    `[...document.querySelectorAll('button')].some((button) => button.textContent.trim() === ${JSON.stringify(text)})`,
    `the "${text}" button`,
  );
  await session.run(
    `[...document.querySelectorAll('button')].find((button) => button.textContent.trim() === args[0]).click();`,
    [text],
  );
}
