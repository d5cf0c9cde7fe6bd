import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

// Vitest runs from the repository root.
const promptsDir = join(process.cwd(), 'prompts/');

/** Reads packs the way the built app serves them, straight from prompts/ on disk. */
export async function readPackFromDisk(path: string): Promise<unknown> {
  const name = decodeURIComponent(path.split('/').pop() ?? '');
  if (name === 'index.json') {
    return {
      packs: readdirSync(promptsDir)
        .filter((file) => file.endsWith('.json'))
        .sort(),
    };
  }
  return JSON.parse(readFileSync(promptsDir + name, 'utf8'));
}

export function shippedPack(): Record<string, unknown> {
  return JSON.parse(readFileSync(`${promptsDir}ditching-perfect.json`, 'utf8'));
}

/**
 * Answers the app's requests for packs as the built app's server would, from `read` (by
 * default prompts/ on disk), for the rest of the test.
 */
export function servePacks(read: (path: string) => Promise<unknown> = readPackFromDisk): void {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => Response.json(await read(String(input))));
}
