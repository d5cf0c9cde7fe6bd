import { afterAll, beforeAll, describe, it } from 'vitest';
import { chromiumLauncher } from '../../tools/engines/chromium';
import type { EngineLauncher, EngineSession } from '../../tools/engines/engine-session';
import { firefoxLauncher } from '../../tools/engines/firefox';
import { webkitLauncher } from '../../tools/engines/webkit';
import { TEST_PORT } from '../../tools/browser.ts';
import { PreviewServer } from '../../tools/preview-server';
import { SCENARIOS } from './scenarios';
import { stopSyncServer } from './scenarios-sync';

const ALL: EngineLauncher[] = [chromiumLauncher, webkitLauncher, firefoxLauncher];
// ENGINES=webkit,firefox narrows a local run; npm test always runs all three.
const wanted = process.env.ENGINES?.split(',').map((name) => name.trim());
const engines = wanted ? ALL.filter((launcher) => wanted.includes(launcher.engine)) : ALL;
if (engines.length === 0) throw new Error(`ENGINES=${process.env.ENGINES} names no engine`);

// The sync scenarios share one server for the whole run (every engine syncs with it).
afterAll(() => stopSyncServer());

describe.each(engines)('$engine', (launcher) => {
  const server = new PreviewServer(TEST_PORT + 1);
  let session: EngineSession | null = null;

  beforeAll(async () => {
    await server.start();
    try {
      session = await launcher.launch();
    } catch (error) {
      // Never skip: an engine that cannot start fails the run, by name.
      throw new Error(
        `${launcher.engine} could not start (${String(error)}). It needs Debian's ${launcher.packages.join(', ')}.`,
      );
    }
  });

  afterAll(async () => {
    await session?.close();
    await server.stop();
  });

  for (const scenario of SCENARIOS) {
    it(
      scenario.name,
      async () => {
        if (!session) throw new Error(`${launcher.engine} did not start`);
        await scenario.run({ session, server, launch: (options) => launcher.launch(options) });
      },
      scenario.timeoutMs,
    );
  }
});
