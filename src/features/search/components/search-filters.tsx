import './search.css';
import { useId } from 'react';
import type { Mood } from '../../../domain/records';
import type { SearchFilters as Filters } from '../../../domain/search/search-document';
import { MOODS } from '../../../ui/mood-picker';

interface SearchFiltersProps {
  filters: Filters;
  tags: string[];
  onChange: (filters: Filters) => void;
}

/** Narrow results by kind, tag, mood and dates. All optional. */
export function SearchFilters({ filters, tags, onChange }: SearchFiltersProps) {
  const id = useId();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <details className="details filters">
      <summary>Filters</summary>
      <div className="filters__grid">
        <label className="field">
          <span className="field-label">Kind</span>
          <select
            autoComplete="off"
            className="input"
            value={filters.kind ?? ''}
            onChange={(event) => set({ kind: (event.target.value || null) as Filters['kind'] })}
          >
            <option value="">Everything</option>
            <option value="entry">Entries</option>
            <option value="answer">Answers to questions</option>
            <option value="run">Experiment runs</option>
          </select>
        </label>
        <label className="field">
          <span className="field-label">Tag</span>
          <select
            autoComplete="off"
            className="input"
            value={filters.tag ?? ''}
            onChange={(event) => set({ tag: event.target.value || null })}
          >
            <option value="">Any tag</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Mood</span>
          <select
            autoComplete="off"
            className="input"
            value={filters.mood ?? ''}
            onChange={(event) => set({ mood: event.target.value ? (Number(event.target.value) as Mood) : null })}
          >
            <option value="">Any mood</option>
            {MOODS.map((mood) => (
              <option key={mood.value} value={mood.value}>
                {mood.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${id}-from`}>
          <span className="field-label">From</span>
          <input
            autoComplete="off"
            id={`${id}-from`}
            className="input"
            type="date"
            value={filters.from ?? ''}
            onChange={(event) => set({ from: event.target.value || null })}
          />
        </label>
        <label className="field" htmlFor={`${id}-to`}>
          <span className="field-label">To</span>
          <input
            autoComplete="off"
            id={`${id}-to`}
            className="input"
            type="date"
            value={filters.to ?? ''}
            onChange={(event) => set({ to: event.target.value || null })}
          />
        </label>
      </div>
    </details>
  );
}
