import { catalogueHandlers } from './catalogue.js';
import { contentHandlers } from './content.js';
import { fixtureHandlers } from './fixtures.js';
import { loanHandlers } from './loans.js';
import { memberHandlers } from './member.js';
import { orderHandlers } from './orders.js';
import { pointsHandlers } from './points.js';
import { sandboxHandlers } from './sandbox.js';
import type { HandlerMap } from './types.js';

/** One handler per endpoint of the contract; `HandlerMap` makes a missing one a type error. */
export const handlers: HandlerMap = {
  ...catalogueHandlers,
  ...memberHandlers,
  ...pointsHandlers,
  ...orderHandlers,
  ...loanHandlers,
  ...contentHandlers,
  ...sandboxHandlers,
  ...fixtureHandlers,
};
