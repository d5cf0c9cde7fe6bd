import './questions.css';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { NewRecordReason } from '../../../db/autosaver';
import type { Question } from '../../../domain/packs/pack-schema';
import { useAnswerOnce } from '../hooks/use-answer-once';
import { AnswerEditor } from './answer-editor';

interface SessionStepProps {
  packId: string;
  question: Question;
  /** 0-based position and the number of questions. */
  index: number;
  total: number;
  /** The id of the entry answering this question in this session, if one was chosen. */
  answerId: string | null;
  /** Remembers which entry answers this question (chosen up front, or a copy after a conflict). */
  onAnswerId: (entryId: string) => void;
  onBack: (() => void) | null;
  onNext: () => void;
  onStop: () => void;
}

/** One question at a time: its hint, an answer saved as it is typed, and the way on. */
export function SessionStep(props: SessionStepProps) {
  const { packId, question, index, total, answerId, onAnswerId, onBack, onNext, onStop } = props;
  // The answer's id is chosen and remembered before any word is typed, so going back and
  // forth always reopens the same answer, even if it was saved after this step closed.
  const [answerKey] = useState(() => answerId ?? crypto.randomUUID());
  const reserve = useEffectEvent(() => {
    if (answerId === null) onAnswerId(answerKey);
  });
  useEffect(() => {
    reserve();
  }, []);
  const loaded = useAnswerOnce(answerKey, answerId === null);
  const [hasText, setHasText] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (index > 0) heading.current?.focus();
  }, [index]);

  const saved = loaded.loading ? null : loaded.record;
  const written = hasText || Boolean(saved?.text.trim());
  return (
    <section className="stack" aria-labelledby="question-heading">
      <p className="quiet">
        Question {index + 1} of {total}
      </p>
      <progress className="progress" max={total} value={index + 1} aria-label={`Question ${index + 1} of ${total}`} />
      <h2 id="question-heading" ref={heading} tabIndex={-1} className="question-text">
        {question.text}
      </h2>
      <p className="hint">{question.hint}</p>
      {loaded.loading ? null : (
        <AnswerEditor
          answerId={answerKey}
          packId={packId}
          questionId={question.id}
          saved={saved}
          onNewRecord={(id: string, reason: NewRecordReason) => {
            if (reason === 'forked') onAnswerId(id);
          }}
          onTextChange={setHasText}
        />
      )}
      <div className="actions">
        {onBack ? (
          <button type="button" name="back" className="button button--quiet" onClick={onBack}>
            Back
          </button>
        ) : null}
        <button type="button" name="next" className="button" onClick={onNext}>
          {written ? (index + 1 === total ? 'Finish' : 'Next') : 'Skip'}
        </button>
        <button type="button" name="stop" className="button button--quiet" onClick={onStop}>
          Stop here for now
        </button>
      </div>
    </section>
  );
}
