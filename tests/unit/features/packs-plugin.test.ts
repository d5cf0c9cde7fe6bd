import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPacks } from '../../../scripts/packs-plugin';

describe('the content packs build plugin', () => {
  it('publishes every JSON file in prompts/, so a new pack is a new file and no code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
    writeFileSync(join(dir, 'ditching-perfect.json'), '{"id":"a"}');
    writeFileSync(join(dir, 'second-pack.json'), '{"id":"b"}');
    writeFileSync(join(dir, 'README.md'), 'not a pack');

    const emitted: { fileName: string; source: string }[] = [];
    const plugin = contentPacks(dir);
    const generateBundle = plugin.generateBundle as unknown as (this: unknown) => void;
    generateBundle.call({ emitFile: (file: { fileName: string; source: string }) => emitted.push(file) });

    expect(emitted.map((file) => file.fileName)).toEqual([
      'packs/index.json',
      'packs/ditching-perfect.json',
      'packs/second-pack.json',
    ]);
    expect(JSON.parse(emitted[0]?.source ?? '')).toEqual({ packs: ['ditching-perfect.json', 'second-pack.json'] });
    expect(emitted[2]?.source).toBe('{"id":"b"}');
  });
});
