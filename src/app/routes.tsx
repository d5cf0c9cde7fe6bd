import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { NotFoundRoute } from './routes/not-found';
import { TodayRoute } from './routes/today';

/**
 * Today, the first screen, is in the main bundle; every other screen is its own chunk,
 * loaded on first visit (and precached by the service worker, so offline is unaffected).
 * Each screen has its own error boundary, so one failing screen leaves the rest usable.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <TodayRoute />, errorElement: <RouteError /> },
      {
        path: 'journal',
        lazy: async () => ({ Component: (await import('./routes/journal')).JournalRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'journal/search',
        lazy: async () => ({ Component: (await import('./routes/journal')).SearchRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'journal/calendar',
        lazy: async () => ({ Component: (await import('./routes/journal')).CalendarRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'journal/insights',
        lazy: async () => ({ Component: (await import('./routes/insights')).InsightsRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'journal/day/:day',
        lazy: async () => ({ Component: (await import('./routes/journal')).DayRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'journal/print',
        lazy: async () => ({ Component: (await import('./routes/journal')).PrintRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'journal/trash',
        lazy: async () => ({ Component: (await import('./routes/journal')).TrashRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'journal/:entryId',
        lazy: async () => ({ Component: (await import('./routes/entry')).EntryRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'experiments',
        lazy: async () => ({ Component: (await import('./routes/experiments')).ExperimentsRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'experiments/:experimentId',
        lazy: async () => ({ Component: (await import('./routes/experiments')).ExperimentRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'experiments/:experimentId/runs/:runId',
        lazy: async () => ({ Component: (await import('./routes/run')).RunRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'questions',
        lazy: async () => ({ Component: (await import('./routes/questions')).QuestionsRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'questions/session/:packId',
        lazy: async () => ({ Component: (await import('./routes/questions')).QuestionSessionRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'questions/:questionId',
        lazy: async () => ({ Component: (await import('./routes/questions')).QuestionRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'settings',
        lazy: async () => ({ Component: (await import('./routes/settings')).SettingsRoute }),
        errorElement: <RouteError />,
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
