import './define.js';

export { JgServiceMenu } from './service-menu.js';
export type { JgServiceSelectEvent, ServiceLayout } from './service-menu.js';
export { JgMerchantList } from './merchant-list.js';
export type { JgMemberCodeRequestEvent } from './merchant-list.js';
export * from '../union-picker/index.js';
export type { JgErrorEvent } from '../internal/events.js';
