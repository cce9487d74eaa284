import { normaliseBankCard } from './bank-card.js';
import { normaliseMobile } from './mobile.js';
import { normaliseName } from './name.js';
import { normaliseResidentId } from './resident-id.js';

// Masks are display helpers: they accept raw or normalised input, never throw, and for input
// that is not a recognisable value they reveal less, never more (DOMAIN §6). One `*` per hidden
// character, except the bank card, whose fixed prefix also hides the card's length.

const stars = (n: number): string => '*'.repeat(n);

/** Reveal the last 4 code points only when at least 8 stay hidden; otherwise hide everything. */
function maskAllButLast4(s: string): string {
  const chars = [...s];
  if (chars.length < 12) return stars(chars.length);
  return stars(chars.length - 4) + chars.slice(-4).join('');
}

/** `110***********002X`: first 3 + 11 `*` + last 4, so the birth date is always hidden. */
export function maskResidentId(s: string): string {
  const id = normaliseResidentId(s);
  if (/^\d{17}[\dX]$/.test(id)) return id.slice(0, 3) + stars(11) + id.slice(14);
  // A 15-digit first-generation number (or a typo) has the birth date elsewhere: hide it all.
  return stars([...id.replace(/\s/g, '')].length);
}

/** `138****1234`. */
export function maskMobile(s: string): string {
  const mobile = normaliseMobile(s);
  if (/^1\d{10}$/.test(mobile)) return mobile.slice(0, 3) + '****' + mobile.slice(7);
  return maskAllButLast4(mobile);
}

/** `**** **** **** 0009`: last 4 only, whatever the card length. */
export function maskBankCard(s: string): string {
  const card = [...normaliseBankCard(s)];
  if (card.length < 12) return stars(card.length);
  return '**** **** **** ' + card.slice(-4).join('');
}

/**
 * Keep the first character, `*` for every other one, keep `·` and spaces:
 * `张*`, `欧***`, `阿*·****`, `J*** *****`. A one-character input is fully hidden, because
 * keeping its first character would reveal all of it.
 */
export function maskName(s: string): string {
  const chars = [...normaliseName(s)];
  if (chars.length <= 1) return stars(chars.length);
  return chars.map((c, i) => (i === 0 || c === '·' || c === ' ' ? c : '*')).join('');
}
