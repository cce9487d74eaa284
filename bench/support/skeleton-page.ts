// The page script of bench/skeleton.bench.ts (bundled with esbuild, production Lit): elements
// that show the SDK's loading skeleton (`renderSkeleton` with the elements' shared `baseStyles`),
// and the same markup shimmering by `background-position`, the usual CSS skeleton (and the SDK's
// own until it moved the sheen by transform), as the baseline.
import { css, html, LitElement, render, type CSSResultGroup } from 'lit';
import { renderSkeleton } from '../../packages/elements/src/internal/states.js';
import { baseStyles } from '../../packages/elements/src/internal/theme.js';

class SdkSkeleton extends LitElement {
  static override styles: CSSResultGroup = baseStyles;
  override render() {
    return renderSkeleton(3, '加载中…');
  }
}

class BackgroundSkeleton extends SdkSkeleton {
  static override styles = [
    baseStyles,
    css`
      .jg-skeleton__line {
        background: linear-gradient(90deg, #e5e7eb, #f3f4f6, #e5e7eb);
        background-size: 200% 100%;
        animation: jg-bench-shimmer 1.4s ease-in-out infinite;
      }
      .jg-skeleton__line::after {
        content: none;
      }
      @keyframes jg-bench-shimmer {
        from {
          background-position: 100% 0;
        }
        to {
          background-position: -100% 0;
        }
      }
    `,
  ];
}

customElements.define('jg-bench-sdk-skeleton', SdkSkeleton);
customElements.define('jg-bench-bg-skeleton', BackgroundSkeleton);

const tags = { sdk: 'jg-bench-sdk-skeleton', background: 'jg-bench-bg-skeleton' } as const;

Object.assign(globalThis, {
  /** Shows `count` elements of one kind in their loading state (and nothing else). */
  __jgShowSkeletons(kind: keyof typeof tags, count: number): void {
    const tag = tags[kind];
    render(
      html`${Array.from({ length: count }, () => document.createElement(tag))}`,
      document.body,
    );
  },
  __jgReady: true,
});
