// What the React 18 server-rendering test gets from react18/dist/server.mjs (react-harness.mjs
// bundles @jiagong/react into it; `react` and `react-dom/server` resolve from the fixture).
import * as React from 'react';

export { React };
export { renderToStaticMarkup, renderToString, version as reactDomVersion } from 'react-dom/server';
export * as wrappers from '@jiagong/react';
