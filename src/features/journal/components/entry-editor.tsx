import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { NewRecordHandler } from '../../../db/autosaver';
import { MAX_WORDS_LENGTH } from '../../../domain/bounds';
import type { Entry } from '../../../domain/records';
import { MoodPicker } from '../../../ui/mood-picker';
import { BothVersionsKept } from '../../../ui/both-versions-kept';
import { SaveStatus } from '../../../ui/save-status';
import { TagInput } from '../../../ui/tag-input';
import { useKnownTags } from '../hooks/use-entry-actions';
import { type EntryFields, useEntryAutosave } from '../hooks/use-entry-autosave';

interface EntryEditorProps {
  entryId: string;
  /** The saved entry being edited, or null for a new one. */
  entry: Entry | null;
  /** A new entry was written to the journal: first words, or a copy kept after a conflict. */
  onNewRecord: NewRecordHandler;
  onDelete: (() => void) | null;
  /** Offered beside the mood picker, once, when the lowest mood is picked: the way to help. */
  lowMoodOffer?: ReactNode;
}

// Offered once per visit: the first time the lowest mood is picked, not every time after.
let lowMoodOffered = false;
function firstLowMoodThisVisit(): boolean {
  if (lowMoodOffered) return false;
  lowMoodOffered = true;
  return true;
}

/** Title, words, mood and tags, saved as they are typed. The cursor starts in the words. */
export function EntryEditor({ entryId, entry, onNewRecord, onDelete, lowMoodOffer }: EntryEditorProps) {
  const [fields, setFields] = useState<EntryFields>({
    title: entry?.title ?? '',
    text: entry?.text ?? '',
    mood: entry?.mood ?? null,
    tags: entry?.tags ?? [],
  });
  const { state, forked, change, willDelete } = useEntryAutosave({ id: entryId }, entry?.rev ?? null, onNewRecord);
  const knownTags = useKnownTags();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const textId = useId();
  const [offering, setOffering] = useState(false);
  const pickMood = (mood: EntryFields['mood']) => {
    if (mood === 1 && lowMoodOffer && firstLowMoodThisVisit()) setOffering(true);
    update({ mood });
  };
  const update = (patch: Partial<EntryFields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    change(next);
  };

  useEffect(() => {
    const area = textRef.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);

  return (
    <form className="editor" onSubmit={(event) => event.preventDefault()}>
      {forked ? <BothVersionsKept what="entry" /> : null}
      <label className="field-label" htmlFor={titleId}>
        Title <span className="quiet">(optional)</span>
      </label>
      <input
        id={titleId}
        name="title"
        className="input"
        value={fields.title}
        maxLength={MAX_WORDS_LENGTH}
        autoComplete="off"
        onChange={(event) => update({ title: event.target.value })}
      />
      <label className="field-label" htmlFor={textId}>
        Your words
      </label>
      <textarea
        autoComplete="off"
        id={textId}
        ref={textRef}
        name="text"
        className="input editor__text"
        value={fields.text}
        rows={12}
        maxLength={MAX_WORDS_LENGTH}
        dir="auto"
        placeholder="Write whatever is here today. A line is enough."
        onChange={(event) => update({ text: event.target.value })}
      />
      <SaveStatus state={state} />
      <MoodPicker value={fields.mood} onChange={pickMood} />
      {offering && fields.mood === 1 ? lowMoodOffer : null}
      <TagInput tags={fields.tags} known={knownTags} onChange={(tags) => update({ tags })} />
      {onDelete ? (
        <div className="danger-zone">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              willDelete();
              onDelete();
            }}
          >
            Delete this entry
          </button>
        </div>
      ) : null}
    </form>
  );
}
