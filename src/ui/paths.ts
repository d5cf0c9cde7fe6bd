import type { RecordTarget } from '../domain/records';

/*
 * Every address in the app, in one place. The route table (src/app/routes.tsx) is made from
 * `routePatterns`, and every link, button and redirect gets its address from `paths`, so the
 * two cannot disagree (tests/unit/ui/paths.test.ts matches each builder against its pattern).
 * Ids go through encodeURIComponent: an id with a slash or a space still lands on its screen.
 * Plain strings, no router import: the build's static shell reads the tabs' addresses too.
 */

export const routePatterns = {
  today: '/',
  journal: '/journal',
  search: '/journal/search',
  calendar: '/journal/calendar',
  insights: '/journal/insights',
  day: '/journal/day/:day',
  print: '/journal/print',
  trash: '/journal/trash',
  entry: '/journal/:entryId',
  experiments: '/experiments',
  experiment: '/experiments/:experimentId',
  run: '/experiments/:experimentId/runs/:runId',
  questions: '/questions',
  questionSession: '/questions/session/:packId',
  question: '/questions/:questionId',
  settings: '/settings',
  aboutPack: '/about/:packId',
  lesson: '/about/:packId/:lessonId',
} as const;

/** The id an editor's address holds before its new record has one of its own. */
export const NEW_RECORD_ID = 'new';

/**
 * Settings sections other screens open directly (`/settings#lock-heading`): the id is carried
 * by the section's heading and named by the links to it, both from here.
 */
export const settingsSections = { lock: 'lock-heading', reminder: 'reminder-heading' } as const;
export type SettingsSection = (typeof settingsSections)[keyof typeof settingsSections];

const part = encodeURIComponent;

export const paths = {
  today: () => routePatterns.today,
  journal: () => routePatterns.journal,
  search: () => routePatterns.search,
  calendar: () => routePatterns.calendar,
  insights: () => routePatterns.insights,
  day: (day: string) => `/journal/day/${part(day)}`,
  print: () => routePatterns.print,
  trash: () => routePatterns.trash,
  entry: (entryId: string) => `/journal/${part(entryId)}`,
  newEntry: (): string => paths.entry(NEW_RECORD_ID),
  experiments: () => routePatterns.experiments,
  experiment: (experimentId: string) => `/experiments/${part(experimentId)}`,
  run: (experimentId: string, runId: string): string => `${paths.experiment(experimentId)}/runs/${part(runId)}`,
  newRun: (experimentId: string): string => paths.run(experimentId, NEW_RECORD_ID),
  record: (target: RecordTarget): string =>
    target.type === 'entry' ? paths.entry(target.id) : paths.run(target.experimentId, target.id),
  questions: () => routePatterns.questions,
  questionSession: (packId: string) => `/questions/session/${part(packId)}`,
  question: (questionId: string) => `/questions/${part(questionId)}`,
  settings: (section?: SettingsSection) => (section ? `${routePatterns.settings}#${section}` : routePatterns.settings),
  aboutPack: (packId: string) => `/about/${part(packId)}`,
  lesson: (packId: string, lessonId: string): string => `${paths.aboutPack(packId)}/${part(lessonId)}`,
};
