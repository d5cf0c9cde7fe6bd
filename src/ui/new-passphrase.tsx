import { useState } from 'react';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength, STRENGTH_WORDS } from '../domain/lock/passphrase-strength';
import { PassphraseField } from './passphrase-field';

interface NewPassphraseLabels {
  label: string;
  againLabel: string;
  name: string;
  againName: string;
  /** Shown under the first field while it is empty. */
  emptyHint: string;
}

/**
 * A new passphrase typed twice, with a gentle strength hint. `passphrase` is null until it
 * is long enough and both fields match.
 */
export function useNewPassphrase({ label, againLabel, name, againName, emptyHint }: NewPassphraseLabels) {
  const [first, setFirst] = useState('');
  const [again, setAgain] = useState('');
  const strength = passphraseStrength(first);
  const ready = strength !== 'too-short' && first === again;
  const fields = (
    <>
      <PassphraseField
        label={label}
        name={name}
        autoComplete="new-password"
        value={first}
        onChange={setFirst}
        hint={first ? STRENGTH_WORDS[strength] : emptyHint}
      />
      <PassphraseField
        label={againLabel}
        name={againName}
        autoComplete="new-password"
        value={again}
        onChange={setAgain}
        hint={again && again !== first ? "These two don't match yet." : undefined}
      />
    </>
  );
  return { passphrase: ready ? first : null, fields };
}

export const AT_LEAST = `At least ${MIN_PASSPHRASE_LENGTH} characters.`;
