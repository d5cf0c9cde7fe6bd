// @vitest-environment node
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths, routePatterns, settingsSections } from '../../../src/ui/paths';

/** The route table's shape, made from the same patterns, so ranking works as in the app. */
const table = Object.entries(routePatterns).map(([name, path]) => ({ id: name, path }));

function landsOn(address: string) {
  const [pathname = '', hash] = address.split('#');
  const match = matchRoutes(table, pathname)?.at(-1);
  return { route: match?.route.id, params: { ...match?.params }, hash };
}

describe('the paths module', () => {
  it('builds every address so it lands on its own route with the ids it was given', () => {
    expect(landsOn(paths.today())).toEqual({ route: 'today', params: {}, hash: undefined });
    expect(landsOn(paths.journal()).route).toBe('journal');
    expect(landsOn(paths.search()).route).toBe('search');
    expect(landsOn(paths.calendar()).route).toBe('calendar');
    expect(landsOn(paths.insights()).route).toBe('insights');
    expect(landsOn(paths.print()).route).toBe('print');
    expect(landsOn(paths.trash()).route).toBe('trash');
    expect(landsOn(paths.day('2026-12-02'))).toMatchObject({ route: 'day', params: { day: '2026-12-02' } });
    expect(landsOn(paths.entry('e1'))).toMatchObject({ route: 'entry', params: { entryId: 'e1' } });
    expect(landsOn(paths.newEntry())).toMatchObject({ route: 'entry', params: { entryId: 'new' } });
    expect(landsOn(paths.experiments()).route).toBe('experiments');
    expect(landsOn(paths.experiment('x1'))).toMatchObject({ route: 'experiment', params: { experimentId: 'x1' } });
    expect(landsOn(paths.run('x1', 'r1'))).toMatchObject({ route: 'run', params: { experimentId: 'x1', runId: 'r1' } });
    expect(landsOn(paths.newRun('x1'))).toMatchObject({ route: 'run', params: { runId: 'new' } });
    expect(landsOn(paths.questions()).route).toBe('questions');
    expect(landsOn(paths.question('q1'))).toMatchObject({ route: 'question', params: { questionId: 'q1' } });
    expect(landsOn(paths.questionSession('p1'))).toMatchObject({ route: 'questionSession', params: { packId: 'p1' } });
    expect(landsOn(paths.aboutPack('p1'))).toMatchObject({ route: 'aboutPack', params: { packId: 'p1' } });
    expect(landsOn(paths.lesson('p1', 'l1'))).toMatchObject({
      route: 'lesson',
      params: { packId: 'p1', lessonId: 'l1' },
    });
  });

  it('opens a record from the kind and ids the domain hands over', () => {
    expect(paths.record({ type: 'entry', id: 'e1' })).toBe('/journal/e1');
    expect(paths.record({ type: 'run', id: 'r1', experimentId: 'x1' })).toBe('/experiments/x1/runs/r1');
  });

  it('encodes ids, so one with a slash, a space or a hash still reaches its own screen', () => {
    const odd = 'a/b c#d?e';
    expect(landsOn(paths.entry(odd))).toMatchObject({ route: 'entry', params: { entryId: odd } });
    expect(landsOn(paths.run(odd, odd))).toMatchObject({ route: 'run', params: { experimentId: odd, runId: odd } });
    expect(landsOn(paths.lesson(odd, odd))).toMatchObject({ route: 'lesson', params: { packId: odd, lessonId: odd } });
  });

  it('opens Settings at a section by the id its heading carries', () => {
    expect(landsOn(paths.settings(settingsSections.lock))).toEqual({
      route: 'settings',
      params: {},
      hash: 'lock-heading',
    });
    expect(paths.settings(settingsSections.reminder)).toBe('/settings#reminder-heading');
    expect(paths.settings()).toBe('/settings');
  });
});
