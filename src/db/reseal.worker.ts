import { expose } from 'comlink';
import { resealWork } from './reseal-work';

/** The worker the lock's re-encryption runs in (reseal-off-page.ts); it answers that page only. */
expose(resealWork);
