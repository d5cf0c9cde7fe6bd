import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
