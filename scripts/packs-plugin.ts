import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { validatePack } from '../src/domain/packs/pack-schema.ts';

/** A pack file checked against the pack schema: the JSON the app is given, or what is wrong. */
export function checkedPack(promptsDir: string, name: string): { json: string } | { problems: string[] } {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(join(promptsDir, name), 'utf8'));
  } catch (error) {
    return { problems: [`not valid JSON (${(error as Error).message})`] };
  }
  const checked = validatePack(input);
  return checked.ok ? { json: JSON.stringify(checked.pack) } : { problems: checked.problems };
}

/**
 * Serves every content pack in `prompts/` at `/packs/<file>.json`, plus `/packs/index.json`
 * listing them, in dev and in the build. The app reads packs at run time, so adding a pack
 * is adding a file: no code changes, and the service worker precaches them with the rest.
 *
 * Each pack is checked against its schema here, not in the app: a broken pack stops the build
 * with its reasons (the development server names them in its log), and the app's first screen
 * is spared the schema and its library. The app is given the schema's output.
 */
export function contentPacks(promptsDir: string): Plugin {
  const packFiles = () =>
    readdirSync(promptsDir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  const indexJson = () => JSON.stringify({ packs: packFiles() });

  return {
    name: 'good-enough-content-packs',
    configureServer(server) {
      server.watcher.add(promptsDir);
      server.middlewares.use('/packs/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (name !== 'index.json' && !packFiles().includes(name)) return next();
        const checked = name === 'index.json' ? { json: indexJson() } : checkedPack(promptsDir, name);
        res.setHeader('Content-Type', 'application/json');
        if ('problems' in checked) {
          server.config.logger.error(`prompts/${name} is not a valid pack:\n  ${checked.problems.join('\n  ')}`);
          res.statusCode = 422;
          res.end(JSON.stringify({ problems: checked.problems }));
          return;
        }
        res.end(checked.json);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'packs/index.json', source: indexJson() });
      for (const name of packFiles()) {
        const checked = checkedPack(promptsDir, name);
        if ('problems' in checked) {
          this.error(`prompts/${name} is not a valid pack:\n  ${checked.problems.join('\n  ')}`);
        }
        this.emitFile({ type: 'asset', fileName: `packs/${name}`, source: checked.json });
      }
    },
  };
}
