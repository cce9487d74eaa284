import './define.js';

export { JgMerchantList } from './merchant-list.js';
export type { JgMemberCodeRequestEvent } from './merchant-list.js';
export type { JgErrorEvent } from '../internal/events.js';
