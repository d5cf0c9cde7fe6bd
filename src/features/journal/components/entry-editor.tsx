import { useEffect, useId, useRef, useState } from 'react';
import type { Entry } from '../../../domain/records';
import { useEntryAutosave } from '../hooks/use-entry-autosave';
import { SaveStatus } from '../../../ui/save-status';

interface EntryEditorProps {
  entryId: string;
  /** The saved entry being edited, or null for a new one. */
  entry: Entry | null;
  /** Called once, when a new entry is first written to the journal. */
  onCreated: () => void;
}

/** Title and text, saved as they are typed. The cursor starts in the text. */
export function EntryEditor({ entryId, entry, onCreated }: EntryEditorProps) {
  const [title, setTitle] = useState(entry?.title ?? '');
  const [text, setText] = useState(entry?.text ?? '');
  const { state, change } = useEntryAutosave(entryId, entry?.rev ?? null, onCreated);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const area = textRef.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);

  return (
    <form className="editor" onSubmit={(event) => event.preventDefault()}>
      <label className="field-label" htmlFor={titleId}>
        Title <span className="quiet">(optional)</span>
      </label>
      <input
        id={titleId}
        className="input"
        value={title}
        autoComplete="off"
        onChange={(event) => {
          setTitle(event.target.value);
          change({ title: event.target.value, text });
        }}
      />
      <label className="field-label" htmlFor={textId}>
        Your words
      </label>
      <textarea
        id={textId}
        ref={textRef}
        className="input editor__text"
        value={text}
        rows={12}
        placeholder="Write whatever is here today. A line is enough."
        onChange={(event) => {
          setText(event.target.value);
          change({ title, text: event.target.value });
        }}
      />
      <SaveStatus state={state} />
    </form>
  );
}
