import { useLiveData } from '../../../db/live';
import { getSetting } from '../../../db/settings-repository';
import { LOCK_AFTER_SETTING } from '../lock-settings-keys';

/** The chosen minutes before the lock comes back (null: never); undefined while reading. */
export function useLockAfter() {
  return useLiveData(() => getSetting(LOCK_AFTER_SETTING));
}
