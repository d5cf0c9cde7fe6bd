import { useId, useState } from 'react';
import type { NewRecordHandler } from '../../../db/autosaver';
import { MAX_WORDS_LENGTH } from '../../../domain/bounds';
import type { Entry } from '../../../domain/records';
import { BothVersionsKept } from '../../../ui/both-versions-kept';
import { SaveStatus } from '../../../ui/save-status';
import { useAnswerAutosave } from '../hooks/use-answer-autosave';

interface AnswerEditorProps {
  answerId: string;
  packId: string;
  questionId: string;
  /** The answer saved earlier in this session, or null. */
  saved: Entry | null;
  onNewRecord: NewRecordHandler;
  onTextChange: (hasText: boolean) => void;
}

export function AnswerEditor({ answerId, packId, questionId, saved, onNewRecord, onTextChange }: AnswerEditorProps) {
  const [text, setText] = useState(saved?.text ?? '');
  const { state, forked, change } = useAnswerAutosave(
    { id: answerId, packId, questionId, savedRev: saved?.rev ?? null },
    onNewRecord,
  );
  const id = useId();
  return (
    <div className="field">
      {forked ? <BothVersionsKept what="answer" /> : null}
      <label htmlFor={id} className="field-label">
        Your answer <span className="quiet">(optional)</span>
      </label>
      <textarea
        autoComplete="off"
        id={id}
        name="answer"
        className="input editor__text"
        rows={8}
        maxLength={MAX_WORDS_LENGTH}
        dir="auto"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onTextChange(event.target.value.trim().length > 0);
          change({ text: event.target.value });
        }}
      />
      <SaveStatus state={state} />
    </div>
  );
}
