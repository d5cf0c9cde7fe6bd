import type { RunFields } from '../../../domain/experiments/run-fields';
import type { NextStep, PredictionResult } from '../../../domain/records';
import { ChoiceGroup } from '../../../ui/choice-group';
import { TextAreaField } from '../../../ui/fields';
import { Rating } from '../../../ui/rating';

interface RunAfterProps {
  fields: RunFields;
  update: (patch: Partial<RunFields>) => void;
}

/** What happened, discomfort during, the prediction checked, the belief re-rated, the learning. */
export function RunAfter({ fields, update }: RunAfterProps) {
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
        placeholder="For example: Small mistakes are normal, and most people don't mind them."
        value={fields.kinderRule}
        name="kinderRule"
        onChange={(kinderRule) => update({ kinderRule })}
        rows={3}
      />
      <ChoiceGroup<NextStep>
        legend="What next?"
        value={fields.next}
        onChange={(next) => update({ next })}
        choices={[
          { value: 'repeat', label: 'Repeat it', hint: 'Practice makes the feeling smaller.' },
          { value: 'harder', label: 'Try a step further' },
          { value: 'rest', label: 'Rest for now', hint: 'That counts too.' },
        ]}
      />
    </section>
  );
}
