import './help.css';
import { useId, useState } from 'react';
import { longDay } from '../../../domain/dates';
import {
  ALL_HELP_REGIONS,
  HELPLINE_DIRECTORY,
  type HelpRegion,
  helpRegionById,
  pickHelpRegion,
  telLink,
} from '../../../domain/care/regions';
import { CareNoteText } from './care-note';

// A region chosen by hand is kept on this device, like the theme: someone away from home who
// picked where they are should not have to pick it again when it matters most. It is not
// journal words, and must be readable on the unlock and no-storage screens, so localStorage.
const CHOSEN_REGION_KEY = 'good-enough:help-region';

function chosenRegionId(): string | null {
  try {
    return localStorage.getItem(CHOSEN_REGION_KEY);
  } catch {
    return null;
  }
}

function rememberRegion(id: string): void {
  try {
    localStorage.setItem(CHOSEN_REGION_KEY, id);
  } catch {
    // Storage refused: the choice holds while this screen is open.
  }
}

function deviceLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

interface HelpContentProps {
  /** The level of this block's own headings, under whatever heads it. */
  headingLevel: 2 | 3;
}

/**
 * The help path: what to do in danger now, who to call to talk now, the numbers for where
 * the person is (from the device's languages, or chosen), a directory for everywhere else,
 * when to see a professional, and what this app is and is not. All of it works offline.
 */
export function HelpContent({ headingLevel }: HelpContentProps) {
  const [region, setRegion] = useState<HelpRegion>(() => {
    // A region a later version no longer lists falls back to the device's languages.
    const chosen = ALL_HELP_REGIONS.find((candidate) => candidate.id === chosenRegionId());
    return chosen ?? pickHelpRegion(deviceLanguages());
  });
  const chooserId = useId();
  const Heading = `h${headingLevel}` as const;
  const [firstLine] = region.helplines;
  const checked = region.emergency[0]?.checked ?? HELPLINE_DIRECTORY.checked;

  return (
    <div className="prose help">
      <p className="help__lead">
        If you are in danger now, call <Numbers numbers={region.emergency.map((entry) => entry.number)} />.
      </p>
      <p className="help__lead">
        {firstLine ? (
          <>
            If you want to talk to someone now, call {firstLine.name} on <TelLink number={firstLine.number} />.
          </>
        ) : (
          <>
            If you want to talk to someone now, <DirectoryLink>find a helpline where you are</DirectoryLink>.
          </>
        )}
      </p>
      <div className="help__region">
        <label className="field-label" htmlFor={chooserId}>
          Numbers for
        </label>
        <select
          id={chooserId}
          className="input help__chooser"
          value={region.id}
          onChange={(event) => {
            rememberRegion(event.target.value);
            setRegion(helpRegionById(event.target.value));
          }}
        >
          {ALL_HELP_REGIONS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      {region.helplines.length > 0 ? (
        <ul className="help__lines">
          {region.helplines.map((line) => (
            <li key={line.number}>
              <strong>{line.name}</strong>: <TelLink number={line.number} />. {line.how}
            </li>
          ))}
        </ul>
      ) : (
        <p>Your local emergency number works best. On many mobile phones, 112 works too.</p>
      )}
      <p className="quiet">
        Numbers checked on {longDay(checked)}. Somewhere else?{' '}
        <DirectoryLink>Find a helpline in your country</DirectoryLink> (needs a connection).
      </p>
      <Heading className="help__heading">When to talk to a professional</Heading>
      <p>A doctor or a counsellor can help, and you don&apos;t have to wait for a crisis. Reach out if:</p>
      <ul>
        <li>checking, fixing or redoing things takes hours of your day</li>
        <li>your eating or your sleep is suffering</li>
        <li>you have thoughts of harming yourself. Then please don&apos;t wait: call a number above now.</li>
      </ul>
      <Heading className="help__heading">What this app is</Heading>
      <CareNoteText />
    </div>
  );
}

function TelLink({ number }: { number: string }) {
  return (
    <a className="help__tel" href={telLink(number)}>
      {number}
    </a>
  );
}

function Numbers({ numbers }: { numbers: string[] }) {
  return numbers.map((number, index) => (
    <span key={number}>
      {index > 0 ? ' or ' : null}
      <TelLink number={number} />
    </span>
  ));
}

/** A plain link the person opens in their browser; the app itself never fetches it. */
function DirectoryLink({ children }: { children: string }) {
  return (
    <a href={HELPLINE_DIRECTORY.url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
