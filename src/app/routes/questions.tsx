import { useNavigate, useParams } from 'react-router';
import { PacksReady } from '../../features/packs/components/packs-ready';
import { findQuestion, usePacks } from '../../features/packs/hooks/use-packs';
import { QuestionDetail } from '../../features/questions/components/question-detail';
import { QuestionList } from '../../features/questions/components/question-list';
import { QuestionSession } from '../../features/questions/components/question-session';
import { useToasts } from '../../ui/toast-store';
import { Page } from '../../ui/page';
import { paths } from '../../ui/paths';
import { NotFoundRoute } from './not-found';

export function QuestionsRoute() {
  return (
    <Page title="Questions">
      <PacksReady>{(packs) => <QuestionList packs={packs} />}</PacksReady>
    </Page>
  );
}

export function QuestionRoute() {
  const { questionId = '' } = useParams();
  const state = usePacks();
  const found = state.status === 'ready' ? findQuestion(state.packs, questionId) : undefined;
  if (state.status === 'ready' && !found) return <NotFoundRoute />;
  return (
    <Page title={found?.question.text ?? 'Question'} eyebrow={found?.pack.title}>
      <PacksReady>{() => (found ? <QuestionDetail question={found.question} /> : null)}</PacksReady>
    </Page>
  );
}

export function QuestionSessionRoute() {
  const { packId = '' } = useParams();
  const state = usePacks();
  const navigate = useNavigate();
  const show = useToasts((toasts) => toasts.show);
  const pack = state.status === 'ready' ? state.packs.find((candidate) => candidate.id === packId) : undefined;
  if (state.status === 'ready' && !pack) return <NotFoundRoute />;
  return (
    <Page title="Questions, one at a time" eyebrow={pack?.title}>
      <PacksReady>
        {() =>
          pack ? (
            <QuestionSession
              pack={pack}
              onStop={() => {
                show("You can stop here. Next time, you'll pick up at this question.");
                navigate(paths.questions());
              }}
            />
          ) : null
        }
      </PacksReady>
    </Page>
  );
}
