import { Link } from 'react-router';
import type { Pack } from '../../../domain/packs/pack-schema';
import { canResume } from '../../../domain/questions/session-progress';
import { paths } from '../../../ui/paths';
import { useSessionProgress } from '../hooks/use-session-progress';

/** "Begin the questions", or "Continue from question 4" when a session was left part-way. */
export function SessionLink({ pack }: { pack: Pack }) {
  const progress = useSessionProgress(pack.id);
  const total = pack.questions.length;
  const resume = canResume(progress ?? null, total);
  return (
    <p>
      <Link className="button" to={paths.questionSession(pack.id)}>
        {resume && progress ? `Continue from question ${progress.index + 1} of ${total}` : 'Answer them one at a time'}
      </Link>
    </p>
  );
}
