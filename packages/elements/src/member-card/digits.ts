/** `6217880000000009` → `6217 8800 0000 0009`: long numbers read and type more easily in fours. */
export const groupDigits = (value: string): string =>
  value.replace(/\s/g, '').replace(/(.{4})(?=.)/g, '$1 ');
