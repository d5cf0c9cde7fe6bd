import './experiments.css';
import { predictionHappened, type RunFields } from '../../../domain/experiments/run-fields';
import type { Experiment } from '../../../domain/packs/pack-schema';
import type { NextStep, PredictionResult, SafetyUse } from '../../../domain/records';
import { ChoiceGroup } from '../../../ui/choice-group';
import { TextAreaField } from '../../../ui/fields';
import { Rating } from '../../../ui/rating';

interface RunAfterProps {
  fields: RunFields;
  update: (patch: Partial<RunFields>) => void;
  /** The experiment as the pack has it now; null if the pack no longer has it. */
  experiment: Experiment | null;
}

/** What happened, discomfort during, the prediction checked, the belief re-rated, the learning. */
export function RunAfter({ fields, update, experiment }: RunAfterProps) {
  return (
    <section className="form-section" aria-labelledby="after-heading">
      <h2 id="after-heading" className="section-title">
        Afterwards
      </h2>
      <p className="quiet">
        Come back when you've done it, today or another day. Fill in as much or as little as you like.
      </p>
      <TextAreaField
        label="What actually happened?"
        value={fields.outcome}
        name="outcome"
        onChange={(outcome) => update({ outcome })}
      />
      <Rating
        label="How uncomfortable was it while you did it?"
        low="calm"
        high="as uncomfortable as it gets"
        value={fields.discomfortDuring}
        onChange={(discomfortDuring) => update({ discomfortDuring })}
      />
      <ChoiceGroup<PredictionResult>
        legend="Did your prediction come true?"
        value={fields.predictionCameTrue}
        onChange={(predictionCameTrue) => update({ predictionCameTrue })}
        choices={[
          { value: 'yes', label: 'Yes' },
          { value: 'partly', label: 'Partly' },
          { value: 'no', label: 'No' },
        ]}
      />
      {predictionHappened(fields) ? <IfItHappened fields={fields} update={update} /> : null}
      <ChoiceGroup<SafetyUse>
        legend="Did you do any of the things you planned not to do?"
        value={fields.safetyBehavioursUsed}
        onChange={(safetyBehavioursUsed) => update({ safetyBehavioursUsed })}
        choices={[
          { value: 'no', label: 'No' },
          { value: 'some', label: 'A little' },
          { value: 'yes', label: 'Yes', hint: 'That happens. Next time, try leaving out one more.' },
        ]}
      />
      <Rating
        label="How strongly do you believe it now?"
        unit="%"
        low="not at all"
        high="completely"
        value={fields.beliefAfter}
        onChange={(beliefAfter) => update({ beliefAfter })}
      />
      <TextAreaField
        name="learned"
        label="What did you learn?"
        value={fields.learned}
        onChange={(learned) => update({ learned })}
      />
      <TextAreaField
        label="A kinder, more flexible rule"
        placeholder={experiment?.kinderRule ? `For example: ${experiment.kinderRule}` : undefined}
        value={fields.kinderRule}
        name="kinderRule"
        onChange={(kinderRule) => update({ kinderRule })}
        rows={3}
      />
      <Rating
        label="How much do you believe the kinder rule?"
        unit="%"
        low="not at all"
        high="completely"
        value={fields.kinderRuleBelief}
        onChange={(kinderRuleBelief) => update({ kinderRuleBelief })}
      />
      <ChoiceGroup<NextStep>
        legend="What next?"
        value={fields.next}
        onChange={(next) => update({ next })}
        choices={[
          { value: 'repeat', label: 'Repeat it', hint: 'Your runs will show what changes, if anything.' },
          { value: 'harder', label: 'Try a step further' },
          { value: 'rest', label: 'Rest for now', hint: 'That counts too.' },
        ]}
      />
    </section>
  );
}

/** The feared thing came true, wholly or in part: how did you cope, and how bad was it, beside what you expected? */
function IfItHappened({ fields, update }: Pick<RunAfterProps, 'fields' | 'update'>) {
  return (
    <div className="form-subsection">
      <TextAreaField
        label="How did you cope?"
        hint="Anything counts: what you said, what you did, or just getting through it."
        value={fields.coping}
        name="coping"
        onChange={(coping) => update({ coping })}
        rows={3}
      />
      <Rating
        label="How bad was it, really?"
        low="not bad at all"
        high="as bad as it gets"
        value={fields.badActual}
        onChange={(badActual) => update({ badActual })}
      />
      <p className="quiet">
        {fields.badExpected === null
          ? 'Before, you didn’t say how bad you expected it to be.'
          : `Before, you expected it to be ${fields.badExpected} out of 100.`}
      </p>
    </div>
  );
}
