import { getEntry } from '../../../db/entries-repository';
import { useRecordOnce } from '../../../db/use-record-once';

/** The answer being written, read once (a new answer is ready at once). */
export function useAnswerOnce(answerId: string, isNew: boolean) {
  return useRecordOnce(answerId, isNew, getEntry);
}
