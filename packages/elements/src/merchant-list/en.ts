// English texts of the merchant list: `import '@jiagong/elements/merchant-list/en'`.
import { count } from '../internal/en.js';
import { localeLoaded } from '../internal/localize.js';
// The QR dialog shows <jg-member-code>, whose English comes with the member card's.
import '../member-card/en.js';
import { merchantListMessages } from './messages.js';

merchantListMessages.en = {
  label: 'Partner merchants',
  filters: 'Filter merchants',
  county: 'Area',
  allCounties: 'All areas',
  category: 'Category',
  allCategories: 'All categories',
  search: 'Search merchants',
  searchPlaceholder: 'Name, address or offer',
  categories: {
    dining: 'Dining',
    retail: 'Shopping',
    health: 'Health',
    education: 'Education',
    travel: 'Travel',
    services: 'Services',
  },
  address: 'Address',
  phone: 'Phone',
  discount: 'Member offer',
  colon: ': ',
  showCode: 'Show member code',
  codeTitle: 'Member code',
  codeHint: (merchant) => `Show this code at ${merchant} for the member offer`,
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  loaded: (shown, more) => `${count(shown, 'merchant')} shown${more ? ', more available' : ''}`,
  allLoaded: 'All merchants shown',
  empty: 'No partner merchants yet',
  emptyFiltered: 'No merchant matches',
  clearFilters: 'Clear filters',
  close: 'Close',
};

localeLoaded();
