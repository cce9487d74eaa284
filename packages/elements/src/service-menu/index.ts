import './define.js';
import { reportUnconfigured } from '../internal/unconfigured.js';

// No provider and no api-base: say so (console, error state, jg-error), not 加载中… forever.
reportUnconfigured();

export { JgServiceMenu } from './service-menu.js';
export type { JgServiceSelectEvent, ServiceLayout } from './service-menu.js';
export type { JgErrorEvent } from '../internal/events.js';
