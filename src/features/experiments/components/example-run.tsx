import './experiments.css';
import type { Experiment } from '../../../domain/packs/pack-schema';

const CAME_TRUE = { yes: 'Yes', partly: 'Partly', no: 'No' } as const;

/** One made-up run, filled in, to read before starting one's own. Folded away until opened. */
export function ExampleRun({ experiment }: { experiment: Experiment }) {
  const run = experiment.exampleRun;
  if (!run) return null;
  return (
    <section aria-labelledby="example-run-heading">
      <h2 id="example-run-heading" className="section-title">
        An example run
      </h2>
      <details className="details example-run">
        <summary>Read how someone else filled it in</summary>
        <p className="quiet">Made up, to show how a run can look. Yours can be shorter: every part is optional.</p>
        <dl className="example-run__list">
          <dt>The belief</dt>
          <dd>
            {experiment.belief} Believed: {run.beliefBefore}%.
          </dd>
          <dt>Prediction</dt>
          <dd>
            {run.prediction} If it happens, how bad: {run.badExpected} out of 100.
          </dd>
          <dt>Plan</dt>
          <dd>{run.plan}</dd>
          <dt>What I won&apos;t do this time</dt>
          <dd>{run.dropped}</dd>
          <dt>Discomfort before</dt>
          <dd>{run.discomfortBefore} out of 100</dd>
          <dt>What actually happened</dt>
          <dd>
            {run.outcome} Discomfort during: {run.discomfortDuring} out of 100.
          </dd>
          <dt>Did the prediction come true?</dt>
          <dd>{CAME_TRUE[run.cameTrue]}</dd>
          {run.coping ? (
            <>
              <dt>How I coped</dt>
              <dd>
                {run.coping}
                {run.badActual === undefined
                  ? null
                  : ` How bad it was: ${run.badActual} out of 100, where I had expected ${run.badExpected}.`}
              </dd>
            </>
          ) : null}
          <dt>Belief afterwards</dt>
          <dd>{run.beliefAfter}%</dd>
          <dt>What I learned</dt>
          <dd>{run.learned}</dd>
          {experiment.kinderRule ? (
            <>
              <dt>A kinder rule</dt>
              <dd>
                {experiment.kinderRule} Believed: {run.kinderRuleBelief}%.
              </dd>
            </>
          ) : null}
        </dl>
      </details>
    </section>
  );
}
