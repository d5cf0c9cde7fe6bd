import './experiments.css';
import { useState } from 'react';
import type { NewRecordHandler } from '../../../db/autosaver';
import type { RunIdentity } from '../../../db/run-writes';
import type { Experiment } from '../../../domain/packs/pack-schema';
import { blankRunFields, type RunFields, runFieldsOf } from '../../../domain/experiments/run-fields';
import type { ExperimentRun } from '../../../domain/records';
import { BothVersionsKept } from '../../../ui/both-versions-kept';
import { SaveStatus } from '../../../ui/save-status';
import { useRunAutosave } from '../hooks/use-run-autosave';
import { RunAfter } from './run-after';
import { RunBefore } from './run-before';

interface RunFormProps {
  identity: RunIdentity;
  /** The experiment as the pack has it now; null if the pack no longer has it. */
  experiment: Experiment | null;
  /** The saved run, or null for a new one. */
  run: ExperimentRun | null;
  /** The run was written to the journal: its first words, or a copy kept after a conflict. */
  onNewRecord: NewRecordHandler;
  onDelete: () => void;
}

/** One run of an experiment, saved as it is written; "before" now, "afterwards" any time later. */
export function RunForm({ identity, experiment, run, onNewRecord, onDelete }: RunFormProps) {
  const packBelief = experiment?.belief ?? run?.belief ?? '';
  const [fields, setFields] = useState<RunFields>(() => (run ? runFieldsOf(run) : blankRunFields(packBelief)));
  const [exists, setExists] = useState(run !== null);
  const { state, forked, change, willDelete } = useRunAutosave(identity, packBelief, run?.rev ?? null, (id, reason) => {
    setExists(true);
    return onNewRecord(id, reason);
  });

  const update = (patch: Partial<RunFields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    change(next);
  };

  return (
    <form className="editor" onSubmit={(event) => event.preventDefault()}>
      {forked ? <BothVersionsKept what="run" /> : null}
      <RunBefore fields={fields} update={update} experiment={experiment} />
      <RunAfter fields={fields} update={update} experiment={experiment} />
      <div className="save-bar">
        <SaveStatus state={state} />
      </div>
      {exists ? (
        <div className="danger-zone">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              willDelete();
              onDelete();
            }}
          >
            Delete this run
          </button>
        </div>
      ) : null}
    </form>
  );
}
