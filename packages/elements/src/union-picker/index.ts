import './define.js';

export { JgUnionPicker } from './union-picker.js';
export type { JgUnionChangeEvent } from './union-picker.js';
