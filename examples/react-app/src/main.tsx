// A React 18/19 app using the Jiagong elements through @jiagong/react: props in, events out as
// `onJg…` callbacks. The member session comes from the partner's back end (token endpoint);
// the browser never sees a secret key.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const meta = (name: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App
      apiBase={meta('jiagong-api-base')}
      publishableKey={meta('jiagong-publishable-key')}
      tokenEndpoint="/api/jiagong-session"
    />
  </StrictMode>,
);
