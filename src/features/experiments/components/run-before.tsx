import './experiments.css';
import type { Experiment } from '../../../domain/packs/pack-schema';
import type { RunFields } from '../../../domain/experiments/run-fields';
import type { Variation } from '../../../domain/records';
import { ChoiceGroup } from '../../../ui/choice-group';
import { InputField, TextAreaField } from '../../../ui/fields';
import { Rating } from '../../../ui/rating';

interface RunBeforeProps {
  fields: RunFields;
  update: (patch: Partial<RunFields>) => void;
  /** The experiment as the pack has it now; null if the pack no longer has it. */
  experiment: Experiment | null;
}

/** Belief, prediction, plan and discomfort now: what to write before doing it. */
export function RunBefore({ fields, update, experiment }: RunBeforeProps) {
  return (
    <section className="form-section" aria-labelledby="before-heading">
      <h2 id="before-heading" className="section-title">
        Before
      </h2>
      <TextAreaField
        label="The belief you're testing"
        hint={
          experiment && !experiment.belief
            ? 'Write the rule you hold yourself to, in your own words. For example: "If I say no, people will stop asking me."'
            : 'Change the words so they sound like you.'
        }
        value={fields.belief}
        name="belief"
        onChange={(belief) => update({ belief })}
        rows={3}
      />
      <Rating
        label="How strongly do you believe it right now?"
        unit="%"
        low="not at all"
        high="completely"
        value={fields.beliefBefore}
        onChange={(beliefBefore) => update({ beliefBefore })}
      />
      <TextAreaField
        label="What do you predict will happen?"
        hint="Make it concrete enough to check afterwards."
        placeholder={experiment ? `For example: ${experiment.examplePrediction}` : undefined}
        value={fields.prediction}
        name="prediction"
        onChange={(prediction) => update({ prediction })}
      />
      <Rating
        label="If it does happen, how bad do you expect it to be?"
        low="not bad at all"
        high="as bad as it gets"
        value={fields.badExpected}
        onChange={(badExpected) => update({ badExpected })}
      />
      <ChoiceGroup<Variation>
        legend="Which version will you try?"
        clearable={false}
        value={fields.variation}
        onChange={(variation) => update({ variation: variation ?? 'standard' })}
        choices={[
          { value: 'easier', label: 'Gentler', hint: experiment?.easier },
          { value: 'standard', label: 'The experiment', hint: experiment?.act },
          { value: 'harder', label: 'A step further', hint: experiment?.harder },
        ]}
      />
      <TextAreaField
        label="Your plan: what will you do?"
        value={fields.planWhat}
        name="planWhat"
        onChange={(planWhat) => update({ planWhat })}
        rows={3}
      />
      <InputField
        label="When?"
        type="date"
        value={fields.planWhen ?? ''}
        name="planWhen"
        onChange={(planWhen) => update({ planWhen: planWhen || null })}
      />
      <InputField
        label="Where?"
        value={fields.planWhere}
        autoComplete="off"
        name="planWhere"
        onChange={(planWhere) => update({ planWhere })}
      />
      <TextAreaField
        label="What will you not do this time?"
        hint={safetyHint(experiment)}
        value={fields.safetyBehaviours}
        name="safetyBehaviours"
        onChange={(safetyBehaviours) => update({ safetyBehaviours })}
        rows={3}
      />
      <Rating
        label="How uncomfortable do you feel about it now?"
        low="calm"
        high="as uncomfortable as it gets"
        value={fields.discomfortBefore}
        onChange={(discomfortBefore) => update({ discomfortBefore })}
      />
    </section>
  );
}

/**
 * Safety behaviours are the small things done to feel safe (an extra check, a sorry in
 * advance). Leaving them out is what lets the experiment show what really happens.
 */
function safetyHint(experiment: Experiment | null): string {
  const intro = 'The small things you might do to feel safe. Leaving them out lets you see what really happens.';
  const ideas = experiment?.safetyBehaviours;
  return ideas ? `${intro} For example: ${ideas.map((idea) => idea.toLowerCase()).join('; ')}.` : intro;
}
