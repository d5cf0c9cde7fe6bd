import { useState } from 'react';
import { Link } from 'react-router';
import type { Pack } from '../../../domain/packs/pack-schema';
import {
  canResume,
  freshProgress,
  isFinished,
  moveTo,
  type SessionProgress,
} from '../../../domain/questions/session-progress';
import { paths } from '../../../ui/paths';
import { useSaveProgress, useSessionProgress } from '../hooks/use-session-progress';
import { SessionStep } from './session-step';

/**
 * The pack's questions, one at a time. Every move is remembered, so stopping (or closing the
 * app) at question 4 means the next visit opens at question 4.
 */
export function QuestionSession({ pack, onStop }: { pack: Pack; onStop: () => void }) {
  const stored = useSessionProgress(pack.id);
  const save = useSaveProgress();
  const total = pack.questions.length;
  const [progress, setProgress] = useState<SessionProgress | null>(null);
  const [resumed, setResumed] = useState(false);

  if (progress === null && stored !== undefined) {
    setProgress(stored && !isFinished(stored, total) ? stored : freshProgress(pack.id));
    setResumed(canResume(stored, total));
  }
  if (progress === null) return null;

  const go = (next: SessionProgress) => {
    setProgress(next);
    void save(next);
  };

  if (isFinished(progress, total)) {
    return (
      <section className="stack" aria-labelledby="session-end">
        <h2 id="session-end" className="section-title">
          That's the end of the questions
        </h2>
        <p>{pack.session.closing}</p>
        <p>Your answers are in your journal, and each question keeps every answer you've given it.</p>
        <p className="actions">
          <Link className="button" to={paths.questions()}>
            See the questions
          </Link>
          <button type="button" className="button button--quiet" onClick={() => go(freshProgress(pack.id))}>
            Start again
          </button>
        </p>
      </section>
    );
  }

  const question = pack.questions[progress.index];
  if (!question) return null;
  return (
    <>
      {progress.index === 0 ? <p className="lead">{pack.session.intro}</p> : null}
      {resumed ? (
        <p className="quiet" role="status">
          Welcome back. This is where you stopped.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setResumed(false);
              go(freshProgress(pack.id));
            }}
          >
            Start from the first question
          </button>
        </p>
      ) : null}
      <SessionStep
        key={question.id}
        packId={pack.id}
        question={question}
        index={progress.index}
        total={total}
        answerId={progress.answers[question.id] ?? null}
        onAnswerId={(entryId) => go({ ...progress, answers: { ...progress.answers, [question.id]: entryId } })}
        onBack={progress.index > 0 ? () => go(moveTo(progress, progress.index - 1, total)) : null}
        onNext={() => {
          setResumed(false);
          go(moveTo(progress, progress.index + 1, total));
        }}
        onStop={onStop}
      />
    </>
  );
}
