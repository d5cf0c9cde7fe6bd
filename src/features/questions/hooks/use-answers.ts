import { useLiveData } from '../../../db/live';
import { listAnswersTo } from '../../../db/entries-repository';

export function useAnswers(questionId: string) {
  return useLiveData(() => listAnswersTo(questionId), [questionId]);
}
