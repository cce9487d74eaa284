// English texts of the service menu: `import '@jiagong/elements/service-menu/en'`.
import '../internal/en.js';
import { localeLoaded } from '../internal/localize.js';
import { serviceMenuMessages } from './messages.js';

serviceMenuMessages.en = {
  label: 'Services',
  new: 'New',
  unavailable: 'Unavailable',
  unavailableReason: 'This service is not available yet',
  unavailableAnnouncement: (name) => `${name} is not available yet`,
  empty: 'No services available',
  emptyDetail: 'No service is open to you now',
};

localeLoaded();
