/**
 * A gentle hint about a passphrase, not a score. Length matters most: several unrelated
 * words are both strong and memorable. Deliberately simple and offline (no word lists).
 */
export type Strength = 'too-short' | 'weak' | 'fair' | 'strong';

export const MIN_PASSPHRASE_LENGTH = 8;

export function passphraseStrength(passphrase: string): Strength {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^\p{L}\d]/u, /[^\p{ASCII}]/u].filter((kind) => kind.test(passphrase)).length;
  const distinct = new Set(passphrase.toLowerCase()).size;
  const words = passphrase
    .trim()
    .split(/[\s\-_.]+/)
    .filter((word) => word.length >= 3).length;
  if (distinct < 5) return 'weak';
  if (length >= 20 || (words >= 4 && length >= 16) || (length >= 14 && kinds >= 3)) return 'strong';
  if (length >= 12 || (length >= 10 && kinds >= 3)) return 'fair';
  return 'weak';
}

export const STRENGTH_WORDS: Record<Strength, string> = {
  'too-short': `A little short: at least ${MIN_PASSPHRASE_LENGTH} characters, please.`,
  weak: 'This would be easy to guess. A few unrelated words together are stronger and easy to remember.',
  fair: 'Fair. One or two more words would make it much stronger.',
  strong: 'Strong. Keep it somewhere only you can find it.',
};
