import { expose } from 'comlink';
import { makeSearchIndex } from './search-index-api';

/** The worker the search index lives in while the search screen is open; it answers that page only. */
expose(makeSearchIndex());
