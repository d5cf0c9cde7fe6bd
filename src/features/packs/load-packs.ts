import type { Pack } from '../../domain/packs/pack-schema';

/**
 * Loads every content pack listed in `/packs/index.json` (made at build time from the files
 * in `prompts/`). One broken pack does not hide the others: its problems are reported by
 * file name, and the screens say so kindly.
 *
 * The packs were checked against their schema when the app was built (scripts/packs-plugin.ts),
 * and what is served is that check's output. So here a file is only looked at for the shape
 * the screens rely on: what fails that is a file from elsewhere, never a pack with a typo.
 */

export interface PackProblem {
  file: string;
  problems: string[];
}

export interface LoadedPacks {
  packs: Pack[];
  broken: PackProblem[];
}

type FetchJson = (path: string) => Promise<unknown>;

const packsBase = () => `${import.meta.env.BASE_URL}packs/`;

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

export async function loadPacks(read: FetchJson = fetchJson): Promise<LoadedPacks> {
  let files: string[];
  try {
    const index = (await read(`${packsBase()}index.json`)) as { packs?: unknown };
    if (!Array.isArray(index.packs) || !index.packs.every((file) => typeof file === 'string')) {
      throw new Error('no list of packs');
    }
    files = index.packs;
  } catch {
    return { packs: [], broken: [{ file: 'index.json', problems: ['The list of content packs could not be read.'] }] };
  }

  const results = await Promise.all(files.map((file) => loadOne(file, read)));
  const packs: Pack[] = [];
  const broken: PackProblem[] = [];
  for (const result of results) {
    if ('pack' in result) packs.push(result.pack);
    else broken.push(result);
  }
  if (files.length === 0) broken.push({ file: 'index.json', problems: ['No content packs were found.'] });
  return { packs, broken };
}

async function loadOne(file: string, read: FetchJson): Promise<{ pack: Pack } | PackProblem> {
  let json: unknown;
  try {
    json = await read(`${packsBase()}${encodeURIComponent(file)}`);
  } catch {
    return { file, problems: ['The file could not be read, or it is not valid JSON.'] };
  }
  return looksLikePack(json)
    ? { pack: json }
    : { file, problems: ['This file is not a content pack this version of the app can read.'] };
}

function looksLikePack(json: unknown): json is Pack {
  const pack = json as Partial<Record<keyof Pack, unknown>> | null;
  return (
    typeof pack === 'object' &&
    pack !== null &&
    pack.format === 'good-enough-pack' &&
    pack.formatVersion === 1 &&
    typeof pack.id === 'string' &&
    [pack.intro, pack.experiments, pack.questions].every(Array.isArray) &&
    typeof pack.session === 'object' &&
    pack.session !== null &&
    (pack.lessons === undefined || Array.isArray(pack.lessons))
  );
}
