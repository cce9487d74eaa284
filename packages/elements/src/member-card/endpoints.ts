import { cardEndpoints } from '@jiagong/contract';

/**
 * The card endpoints the card and its member code call: without `me.get` and the benefits
 * (`<jg-card-benefits>`, its own entry), so their schemas stay out of this entry. One table for
 * both elements, so a provider builds them one client.
 */
export const memberCardEndpoints = {
  'me.card.get': cardEndpoints['me.card.get'],
  'me.card.reveal': cardEndpoints['me.card.reveal'],
  'me.card.verificationCode': cardEndpoints['me.card.verificationCode'],
};
