import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../src/domain/lock/passphrase-strength';

describe('passphrase strength hint', () => {
  it.each([
    ['', 'too-short'],
    ['abc123', 'too-short'],
    ['aaaaaaaaaaaa', 'weak'],
    ['password', 'weak'],
    ['kettle-gravel', 'fair'],
    ['kettle gravel orbit lantern', 'strong'],
    ['Tr0ub4dor&3xyz', 'strong'],
    ['сорок две чашки чая', 'strong'],
  ] as const)('%j reads as %s', (passphrase, strength) => {
    expect(passphraseStrength(passphrase)).toBe(strength);
  });
});
