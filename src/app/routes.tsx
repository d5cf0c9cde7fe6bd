import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { ExperimentRoute, ExperimentsRoute } from './routes/experiments';
import { EntryRoute } from './routes/entry';
import { JournalRoute } from './routes/journal';
import { NotFoundRoute } from './routes/not-found';
import { QuestionRoute, QuestionsRoute } from './routes/questions';
import { RunRoute } from './routes/run';
import { SettingsRoute } from './routes/settings';
import { TodayRoute } from './routes/today';

/** Each screen has its own error boundary, so one failing screen leaves the rest usable. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <TodayRoute />, errorElement: <RouteError /> },
      { path: 'journal', element: <JournalRoute />, errorElement: <RouteError /> },
      { path: 'journal/:entryId', element: <EntryRoute />, errorElement: <RouteError /> },
      { path: 'experiments', element: <ExperimentsRoute />, errorElement: <RouteError /> },
      { path: 'experiments/:experimentId', element: <ExperimentRoute />, errorElement: <RouteError /> },
      { path: 'experiments/:experimentId/runs/:runId', element: <RunRoute />, errorElement: <RouteError /> },
      { path: 'questions', element: <QuestionsRoute />, errorElement: <RouteError /> },
      { path: 'questions/:questionId', element: <QuestionRoute />, errorElement: <RouteError /> },
      { path: 'settings', element: <SettingsRoute />, errorElement: <RouteError /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
