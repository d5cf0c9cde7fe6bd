import { expose } from 'comlink';
import { importCheck } from './import-check-api';

/** The worker the import check runs in: it answers the page (import-check.ts) and nothing else. */
expose(importCheck);
