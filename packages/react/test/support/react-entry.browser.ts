// What the browser tests of @jiagong/react get from the harness bundle (react-harness.mjs builds
// it once per React version): that React, its client renderer, the wrappers (which define the
// elements) and the element registry to enumerate them.
import * as React from 'react';
// The suite sets locale="en": the elements show English only once its texts are loaded.
import '@jiagong/elements/locales/en';

export { React };
export { createRoot, hydrateRoot } from 'react-dom/client';
export { flushSync, version as reactDomVersion } from 'react-dom';
export * as wrappers from '@jiagong/react';
export { elements, eventPropName, type ElementInfo } from '@jiagong/elements/registry';
