// The server side: what a partner's Node server does to send the elements pre-rendered. Only
// presentation is rendered here (each element's first paint, e.g. its loading skeleton); member
// data is loaded by the browser with the member's own session, never baked into the HTML.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '@jiagong/elements/provider';
import '@jiagong/elements/member-card';
import '@jiagong/elements/service-menu';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface SsrPageOptions {
  apiBase: string;
  publishableKey: string;
  tokenEndpoint: string;
}

/** The elements as HTML with declarative shadow DOM. */
export async function renderElements(options: SsrPageOptions): Promise<string> {
  // Static attributes (server configuration, escaped): the page-level template has no bindings
  // to hydrate, each element hydrates its own shadow root.
  const attributes = unsafeStatic(
    `api-base="${escapeAttribute(options.apiBase)}" publishable-key="${escapeAttribute(
      options.publishableKey,
    )}" token-endpoint="${escapeAttribute(options.tokenEndpoint)}"`,
  );
  return collectResult(
    render(
      html`<jg-provider ${attributes}>
        <section aria-label="嘉工卡"><jg-member-card></jg-member-card></section>
        <section aria-label="工会服务">
          <jg-service-menu modules="mall,loan,ebook,medical"></jg-service-menu>
        </section>
      </jg-provider>`,
    ),
  );
}
