// English texts of the union picker: `import '@jiagong/elements/union-picker/en'`.
import { count } from '../internal/en.js';
import { localeLoaded } from '../internal/localize.js';
import { unionPickerMessages } from './messages.js';

unionPickerMessages.en = {
  placeholder: 'Search or choose a union',
  valueMissing: 'Choose your union',
  toggle: 'Show unions',
  clear: 'Clear the chosen union',
  listLabel: (parent) => (parent ? `Unions under ${parent}` : 'Unions'),
  searchLabel: 'Search results',
  back: (to) => (to ? `Back to ${to}` : 'Back'),
  top: 'All unions',
  chooseThis: (name) => `Choose ${name} itself`,
  lowerLevels: (count) => `${count} below`,
  results: (n) => `${count(n, 'union')} found`,
  tooMany: (shown) => `Showing the first ${shown}; type more to narrow down`,
  noMatch: 'No union matches',
  noUnions: 'No unions available',
  level: (name, n) => `${name}: ${count(n, 'union')} below`,
  selected: (name) => `${name} chosen`,
  path: 'Part of',
  current: 'current choice',
  keyboardHint: 'Up and down to move, right to open a level, left to go back, Enter to choose',
};

localeLoaded();
