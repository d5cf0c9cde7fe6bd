import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPacks } from '../../../scripts/packs-plugin';
import { validatePack } from '../../../src/domain/packs/pack-schema';

const SHIPPED = join(process.cwd(), 'prompts');
const shipped = () => JSON.parse(readFileSync(join(SHIPPED, 'ditching-perfect.json'), 'utf8'));

/** Runs the plugin's build step over `dir`: what it emits, or the error that stops the build. */
function build(dir: string) {
  const emitted: { fileName: string; source: string }[] = [];
  const generateBundle = contentPacks(dir).generateBundle as unknown as (this: unknown) => void;
  generateBundle.call({
    emitFile: (file: { fileName: string; source: string }) => emitted.push(file),
    error: (message: string) => {
      throw new Error(message);
    },
  });
  return emitted;
}

describe('the content packs build plugin', () => {
  it('publishes every JSON file in prompts/, so a new pack is a new file and no code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
    copyFileSync(join(SHIPPED, 'ditching-perfect.json'), join(dir, 'ditching-perfect.json'));
    writeFileSync(join(dir, 'second-pack.json'), JSON.stringify({ ...shipped(), id: 'second-pack' }));
    writeFileSync(join(dir, 'README.md'), 'not a pack');

    const emitted = build(dir);
    expect(emitted.map((file) => file.fileName)).toEqual([
      'packs/index.json',
      'packs/ditching-perfect.json',
      'packs/second-pack.json',
    ]);
    expect(JSON.parse(emitted[0]?.source ?? '')).toEqual({ packs: ['ditching-perfect.json', 'second-pack.json'] });
    expect(JSON.parse(emitted[2]?.source ?? '').id).toBe('second-pack');
  });

  it('gives the app the schema’s output: what the app reads is a checked pack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
    const pack = shipped();
    writeFileSync(join(dir, 'spaced.json'), JSON.stringify({ ...pack, title: `  ${pack.title}  ` }));
    const served = JSON.parse(build(dir)[1]?.source ?? '');
    expect(served.title).toBe(pack.title);
    expect(validatePack(served)).toEqual({ ok: true, pack: served });
  });

  it('stops the build on a broken pack, naming the file and every reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...shipped(), title: ' ', questions: 'none' }));
    expect(() => build(dir)).toThrow(
      /prompts\/broken\.json is not a valid pack:\n {2}title: The pack title is empty\n {2}questions: The questions should be a list/,
    );
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    expect(() => build(dir)).toThrow(/prompts\/broken\.json is not a valid pack:\n {2}not valid JSON/);
  });
});
