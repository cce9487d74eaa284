// English texts of the card benefits: `import '@jiagong/elements/card-benefits/en'`.
import { count } from '../internal/en.js';
import { localeLoaded } from '../internal/localize.js';
import { cardBenefitsMessages } from './messages.js';

cardBenefitsMessages.en = {
  groups: {
    protection: 'Protection & support',
    inclusive: 'Member services',
    financial: 'Financial services',
    other: 'Other benefits',
  },
  empty: 'No benefits available',
  emptyDetail: 'Benefits will appear here.',
  count: (n) => count(n, 'benefit'),
};

localeLoaded();
