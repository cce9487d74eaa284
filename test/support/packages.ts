// The packages we publish, by folder under packages/ (each is @jiagong/<folder>).
export const PUBLISHED_PACKAGES = ['contract', 'client', 'elements', 'react', 'sandbox'];
