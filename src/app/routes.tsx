import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { routePatterns as route } from '../ui/paths';
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
    path: route.today,
    element: <Layout />,
    errorElement: <RouteError standalone />,
    children: [
      { index: true, element: <TodayRoute />, errorElement: <RouteError /> },
      lazyScreen(route.journal, async () => (await journal()).JournalRoute),
      lazyScreen(route.search, async () => (await journal()).SearchRoute),
      lazyScreen(route.calendar, async () => (await journal()).CalendarRoute),
      lazyScreen(route.insights, async () => (await import('./routes/insights')).InsightsRoute),
      lazyScreen(route.day, async () => (await journal()).DayRoute),
      lazyScreen(route.print, async () => (await journal()).PrintRoute),
      lazyScreen(route.trash, async () => (await journal()).TrashRoute),
      lazyScreen(route.entry, async () => (await import('./routes/entry')).EntryRoute),
      lazyScreen(route.experiments, async () => (await experiments()).ExperimentsRoute),
      lazyScreen(route.experiment, async () => (await experiments()).ExperimentRoute),
      lazyScreen(route.run, async () => (await import('./routes/run')).RunRoute),
      lazyScreen(route.questions, async () => (await questions()).QuestionsRoute),
      lazyScreen(route.questionSession, async () => (await questions()).QuestionSessionRoute),
      lazyScreen(route.question, async () => (await questions()).QuestionRoute),
      lazyScreen(route.settings, async () => (await import('./routes/settings')).SettingsRoute),
      lazyScreen(route.aboutPack, async () => (await about()).AboutPackRoute),
      lazyScreen(route.lesson, async () => (await about()).LessonRoute),
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
