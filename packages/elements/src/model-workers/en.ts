// English texts of the model workers' stories: `import '@jiagong/elements/model-workers/en'`.
import { count } from '../internal/en.js';
import { localeLoaded } from '../internal/localize.js';
import { modelWorkersMessages } from './messages.js';

modelWorkersMessages.en = {
  label: 'Model workers',
  filters: 'Filter model workers',
  level: 'Honour level',
  allLevels: 'All levels',
  levels: { national: 'National', provincial: 'Provincial', city: 'City' },
  search: 'Search',
  searchPlaceholder: 'Name, employer or job',
  portrait: (name) => `Portrait of ${name}`,
  read: 'Read the story',
  honours: 'Honours',
  employer: 'Employer',
  occupation: 'Job',
  county: 'Area',
  year: 'Year honoured',
  empty: 'No stories yet',
  emptyDetail: 'New stories will appear here.',
  back: 'Back to the model workers',
  gone: 'This story is not here',
  goneDetail: 'The link may be out of date. Go back to the list.',
  emptyFiltered: 'No model worker matches',
  clearFilters: 'Clear filters',
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  allLoaded: 'All shown',
  loaded: (n) => `${count(n, 'model worker')} shown`,
};

localeLoaded();
