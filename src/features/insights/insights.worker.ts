import { expose } from 'comlink';
import { insightsWorkInAWorker } from './insights-api';

/** The worker insights are worked out in while the insights screen opens; it answers that page only. */
expose(insightsWorkInAWorker);
