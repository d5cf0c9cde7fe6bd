import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves every content pack in `prompts/` at `/packs/<file>.json`, plus `/packs/index.json`
 * listing them, in dev and in the build. The app reads packs at run time, so adding a pack
 * is adding a file: no code changes, and the service worker precaches them with the rest.
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
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0];
        const body =
          name === 'index.json'
            ? indexJson()
            : packFiles().includes(name ?? '')
              ? readFileSync(join(promptsDir, name ?? ''), 'utf8')
              : null;
        if (body === null) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(body);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'packs/index.json', source: indexJson() });
      for (const name of packFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `packs/${name}`,
          source: readFileSync(join(promptsDir, name), 'utf8'),
        });
      }
    },
  };
}
