/**
 * Where someone is in a pack's question session, so they can stop at any question and
 * resume exactly there. Holds ids and a position only, never answer text.
 */
export interface SessionProgress {
  packId: string;
  /** The question on screen, 0-based; equal to the number of questions once finished. */
  index: number;
  /** questionId -> the entry that answers it in this session. */
  answers: Record<string, string>;
}

export const progressKey = (packId: string) => `question-session:${packId}` as const;

export function freshProgress(packId: string): SessionProgress {
  return { packId, index: 0, answers: {} };
}

/** Moves to another question, never before the first or past the end screen. */
export function moveTo(progress: SessionProgress, index: number, total: number): SessionProgress {
  return { ...progress, index: Math.max(0, Math.min(total, index)) };
}

export function isFinished(progress: SessionProgress, total: number): boolean {
  return progress.index >= total;
}

/** A saved position is worth resuming when it is part-way through. */
export function canResume(progress: SessionProgress | null, total: number): progress is SessionProgress {
  return progress !== null && progress.index > 0 && progress.index < total;
}

/** Reads stored progress defensively: anything malformed starts afresh. */
export function parseProgress(value: unknown, packId: string): SessionProgress | null {
  if (typeof value !== 'object' || value === null) return null;
  const { index, answers } = value as Partial<SessionProgress>;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) return null;
  if (typeof answers !== 'object' || answers === null) return null;
  const clean: Record<string, string> = {};
  for (const [questionId, entryId] of Object.entries(answers)) {
    if (typeof entryId === 'string') clean[questionId] = entryId;
  }
  return { packId, index, answers: clean };
}
