import './welcome.css';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths, settingsSections } from '../../../ui/paths';
import { HELLO, WELCOME_STEPS as STEPS } from '../hello-text';

interface WelcomeProps {
  /** The care note, as shown everywhere else. */
  care: ReactNode;
  /** Install help for this browser, if any; the welcome is its one appearance outside Settings. */
  install?: ReactNode;
  /** An installed app opened empty: a way to bring in a journal kept elsewhere (Safari's, on iPhone). */
  bringIn?: ReactNode;
}

/**
 * A first visit's short hello: what this is, the privacy promise, the care note, and two
 * optional offers, then straight to writing. Every step can be skipped. (Shown once: see
 * useWelcomeDue, which remembers it.)
 */
export function Welcome({ care, install, bringIn }: WelcomeProps) {
  const [step, setStep] = useState(0);
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);

  // Each step is a new screen for a screen reader: announce it by its heading.
  useEffect(() => heading.current?.focus(), [step]);

  const startWriting = () => navigate(paths.newEntry());
  const last = step === STEPS.length - 1;

  return (
    <article className="page welcome">
      <header className="page__header">
        <p className="page__eyebrow">
          Step {step + 1} of {STEPS.length}
        </p>
        <h1 className="page__title" tabIndex={-1} ref={heading}>
          {STEPS[step]}
        </h1>
      </header>
      {step === 0 ? (
        <>
          <Hello />
          {bringIn}
        </>
      ) : null}
      {step === 1 ? care : null}
      {step === 2 ? <Offers install={install} /> : null}
      <p className="actions welcome__actions">
        {last ? (
          <button type="button" name="start" className="button" onClick={startWriting}>
            Start writing
          </button>
        ) : (
          <>
            <button type="button" name="next" className="button" onClick={() => setStep(step + 1)}>
              Next
            </button>
            <button type="button" name="skip" className="button button--quiet" onClick={startWriting}>
              Skip
            </button>
          </>
        )}
      </p>
    </article>
  );
}

function Hello() {
  return (
    <div className="prose">
      <p>{HELLO.intro}</p>
      <p>
        <strong>{HELLO.promise}</strong> {HELLO.promiseMore}
      </p>
    </div>
  );
}

function Offers({ install }: { install?: ReactNode }) {
  return (
    <div className="stack">
      <p>Both are optional, and both wait in Settings whenever you want them.</p>
      <ul className="card-list">
        <li>
          <Link className="card" to={paths.settings(settingsSections.lock)}>
            <span className="card__title">Set a passphrase</span>
            <span className="card__text">So only you can open your journal on this device.</span>
          </Link>
        </li>
        <li>
          <Link className="card" to={paths.settings(settingsSections.reminder)}>
            <span className="card__title">Set a gentle reminder</span>
            <span className="card__text">Your own calendar can nudge you. Nothing counts the days you skip.</span>
          </Link>
        </li>
      </ul>
      {install}
    </div>
  );
}
