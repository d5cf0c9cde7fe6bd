import { useId, useState } from 'react';
import { addTag, suggestTags } from '../domain/tags';

interface TagInputProps {
  tags: string[];
  /** Tags used before, offered as suggestions. */
  known: string[];
  onChange: (tags: string[]) => void;
}

/** Tags as removable chips; Enter or a comma adds what was typed; used tags are suggested. */
export function TagInput({ tags, known, onChange }: TagInputProps) {
  const [typed, setTyped] = useState('');
  const id = useId();
  const suggestions = suggestTags(known, tags, typed, 6);
  const add = (raw: string) => {
    const next = addTag(tags, raw);
    if (next !== tags) onChange(next);
    setTyped('');
  };

  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Tags <span className="quiet">(optional)</span>
      </label>
      {tags.length > 0 ? (
        <ul className="tags" aria-label="Tags on this entry">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              <span>{tag}</span>
              <button
                type="button"
                className="tag__remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => onChange(tags.filter((existing) => existing !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        className="input"
        value={typed}
        autoComplete="off"
        enterKeyHint="done"
        placeholder="Add a tag"
        onChange={(event) => {
          const value = event.target.value;
          if (value.endsWith(',')) add(value.slice(0, -1));
          else setTyped(value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add(typed);
          }
        }}
        onBlur={() => typed && add(typed)}
      />
      {suggestions.length > 0 ? (
        <div className="tag-suggestions">
          <span className="quiet" id={`${id}-suggested`}>
            Used before:
          </span>
          {suggestions.map((tag) => (
            <button
              key={tag}
              type="button"
              className="chip-button"
              aria-describedby={`${id}-suggested`}
              onClick={() => add(tag)}
            >
              {tag}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
