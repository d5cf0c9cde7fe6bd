import 'fake-indexeddb/auto';
import './reset-stores';
import { pinClock } from './pin-clock';
import { pinnedMoment } from './moments';

// Every test file starts at the same pinned moment, never at today's date (see moments.ts).
pinClock(pinnedMoment());
