// The client side of server rendering: hydrate support first (it patches LitElement before any
// element class is defined), then the element families the server rendered.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@jiagong/elements/provider';
import '@jiagong/elements/member-card';
import '@jiagong/elements/service-menu';
