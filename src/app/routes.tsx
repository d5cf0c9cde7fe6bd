import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { NotFoundRoute } from './routes/not-found';
import { TodayRoute } from './routes/today';

/*
 * Today, the first screen, is in the main bundle; every other screen is its own chunk,
 * loaded on first visit (and precached by the service worker, so offline is unaffected).
 * Each screen has its own error boundary, so one failing screen leaves the rest usable.
 * Each chunk's import is written once and shared by its screens: every `import()` costs the
 * first screen its own preload list, and the first screen's JavaScript has a budget.
 */
const journal = () => import('./routes/journal');
const experiments = () => import('./routes/experiments');
const questions = () => import('./routes/questions');
const about = () => import('./routes/about');

function lazyScreen(path: string, load: () => Promise<ComponentType>): RouteObject {
  return { path, lazy: async () => ({ Component: await load() }), errorElement: <RouteError /> };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError standalone />,
    children: [
      { index: true, element: <TodayRoute />, errorElement: <RouteError /> },
      lazyScreen('journal', async () => (await journal()).JournalRoute),
      lazyScreen('journal/search', async () => (await journal()).SearchRoute),
      lazyScreen('journal/calendar', async () => (await journal()).CalendarRoute),
      lazyScreen('journal/insights', async () => (await import('./routes/insights')).InsightsRoute),
      lazyScreen('journal/day/:day', async () => (await journal()).DayRoute),
      lazyScreen('journal/print', async () => (await journal()).PrintRoute),
      lazyScreen('journal/trash', async () => (await journal()).TrashRoute),
      lazyScreen('journal/:entryId', async () => (await import('./routes/entry')).EntryRoute),
      lazyScreen('experiments', async () => (await experiments()).ExperimentsRoute),
      lazyScreen('experiments/:experimentId', async () => (await experiments()).ExperimentRoute),
      lazyScreen('experiments/:experimentId/runs/:runId', async () => (await import('./routes/run')).RunRoute),
      lazyScreen('questions', async () => (await questions()).QuestionsRoute),
      lazyScreen('questions/session/:packId', async () => (await questions()).QuestionSessionRoute),
      lazyScreen('questions/:questionId', async () => (await questions()).QuestionRoute),
      lazyScreen('settings', async () => (await import('./routes/settings')).SettingsRoute),
      lazyScreen('about/:packId', async () => (await about()).AboutPackRoute),
      lazyScreen('about/:packId/:lessonId', async () => (await about()).LessonRoute),
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
