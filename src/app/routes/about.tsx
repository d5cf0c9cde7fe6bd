import { useParams } from 'react-router';
import { AboutPack, PackLesson } from '../../features/packs/components/about-pack';
import { usePacks } from '../../features/packs/hooks/use-packs';
import { Page } from '../../ui/page';
import { NotFoundRoute } from './not-found';

/** `/about/:packId`: the pack's introduction and lessons. */
export function AboutPackRoute() {
  const { packId = '' } = useParams();
  const packs = usePacks();
  if (packs.status === 'loading') return null;
  const pack = packs.packs.find((candidate) => candidate.id === packId);
  if (!pack) return <NotFoundRoute />;
  return (
    <Page title="About this pack" eyebrow={pack.title}>
      <AboutPack pack={pack} />
    </Page>
  );
}

/** `/about/:packId/:lessonId`: one lesson, one screen. */
export function LessonRoute() {
  const { packId = '', lessonId = '' } = useParams();
  const packs = usePacks();
  if (packs.status === 'loading') return null;
  const pack = packs.packs.find((candidate) => candidate.id === packId);
  const lesson = pack?.lessons?.find((candidate) => candidate.id === lessonId);
  if (!pack || !lesson) return <NotFoundRoute />;
  return (
    <Page title={lesson.title} eyebrow={pack.title}>
      <PackLesson pack={pack} lessonId={lesson.id} />
    </Page>
  );
}
