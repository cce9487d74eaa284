// English texts of the courses: `import '@jiagong/elements/courses/en'`.
import { count } from '../internal/en.js';
import { localeLoaded } from '../internal/localize.js';
import { coursesMessages } from './messages.js';

coursesMessages.en = {
  label: 'Workers’ classroom',
  view: 'Show',
  views: { all: 'All courses', mine: 'My sign-ups' },
  filters: 'Filter courses',
  kind: 'Format',
  allKinds: 'All',
  kinds: { online: 'Online', offline: 'In person' },
  provider: 'Provider',
  allProviders: 'All providers',
  publicWelfare: 'Public-welfare courses only (我在嘉兴挺好的)',
  search: 'Search',
  searchPlaceholder: 'Course title or topic',
  welfareBadge: 'Free',
  details: 'About the course',
  time: 'When',
  selfPaced: 'Self-paced',
  venue: 'Where',
  duration: 'Length',
  durationText: (minutes, lessons) =>
    // Words, not 'h' and 'min': a screen reader says 'about 4 aitch', and the h went to a line
    // of its own on a phone.
    `${count(lessons, 'lesson')}, about ${minutes >= 60 ? count(Math.round(minutes / 6) / 10, 'hour') : count(minutes, 'minute')}`,
  seats: 'Seats',
  seatsLeft: (left, total) => `${left} of ${total} left`,
  unlimited: (n) => `Unlimited, ${n} signed up`,
  full: 'Full',
  signUp: 'Sign up',
  signUpElsewhere: 'You cannot sign up here for now. Contact the provider.',
  started: () => 'Started',
  signingUp: 'Signing up…',
  signedUp: 'Signed up',
  signedUpNow: (title) => `Signed up: ${title}`,
  cancelSignUp: 'Cancel sign-up',
  cancelAsk: (seats) => `Cancel your sign-up?${seats ? ' Your seat goes to another member.' : ''}`,
  cancelYes: 'Cancel sign-up',
  cancelNo: 'Keep it',
  cancelling: 'Cancelling…',
  cancelledNow: (title) => `Sign-up cancelled: ${title}`,
  openCourse: 'Open the course',
  empty: 'No courses yet',
  emptyDetail: 'New courses will appear here.',
  emptyFiltered: 'No course matches',
  clearFilters: 'Clear filters',
  emptyMine: 'You have not signed up for a course yet',
  emptyMineDetail: 'Pick one under “All courses”.',
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  allLoaded: 'All shown',
  loaded: (n) => `${count(n, 'course')} shown`,
};

localeLoaded();
