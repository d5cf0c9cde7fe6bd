import { useSuggestionsEnabled } from '../hooks/use-backup-suggestion';

export function SuggestionToggle() {
  const [enabled, setEnabled] = useSuggestionsEnabled();
  return (
    <label className="choice">
      <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
      <span>Suggest a backup now and then (every two weeks at most, only after changes)</span>
    </label>
  );
}
