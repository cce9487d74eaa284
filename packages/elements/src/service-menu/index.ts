import './define.js';

export { JgServiceMenu } from './service-menu.js';
export type { JgServiceSelectEvent, ServiceLayout } from './service-menu.js';
export type { JgErrorEvent } from '../internal/events.js';
