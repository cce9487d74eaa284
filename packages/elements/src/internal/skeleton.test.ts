// The loading skeleton is on screen for as long as a slow network takes, on the phones least able
// to spare the main thread: its sheen must animate only what the compositor animates alone.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { renderSkeleton } from './states.js';
import { baseStyles } from './theme.js';
import { applyForcedColorRules, systemColor } from '../../test/support/forced-colors.js';

@customElement('jg-skeleton-probe')
class SkeletonProbe extends LitElement {
  static override styles = baseStyles;

  override render() {
    return renderSkeleton(3, '加载中…');
  }
}

// Properties Chromium animates on the compositor thread without a style recalc or paint per frame.
const COMPOSITED = new Set(['transform', 'opacity', 'translate', 'scale', 'rotate']);
const META = new Set(['offset', 'computedOffset', 'easing', 'composite']);

function skeletonAnimations(el: SkeletonProbe): Animation[] {
  const lines = [...el.shadowRoot!.querySelectorAll('.jg-skeleton__line')];
  expect(lines).to.have.length(3);
  return lines.flatMap((line) => line.getAnimations({ subtree: true }));
}

describe('loading skeleton', () => {
  it('shimmers by compositor-only properties (no repaint of every line at every frame)', async () => {
    const el = await fixture<SkeletonProbe>(html`<jg-skeleton-probe></jg-skeleton-probe>`);
    const animations = skeletonAnimations(el);
    expect(animations.length, 'one sheen per line').to.equal(3);
    for (const animation of animations) {
      const keyframes = (animation.effect as KeyframeEffect).getKeyframes();
      const animated = new Set(
        keyframes.flatMap((k) => Object.keys(k)).filter((p) => !META.has(p)),
      );
      expect(animated.size).to.be.greaterThan(0);
      for (const property of animated) {
        expect(COMPOSITED.has(property), `animates ${property}`).to.equal(true);
      }
    }
  });

  it('does not move under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<SkeletonProbe>(html`<jg-skeleton-probe></jg-skeleton-probe>`);
      expect(skeletonAnimations(el)).to.have.length(0);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('stays in sight in forced colours (Windows high contrast), which drop author backgrounds', async () => {
    const el = await fixture<SkeletonProbe>(html`<jg-skeleton-probe></jg-skeleton-probe>`);
    applyForcedColorRules(el.shadowRoot!);
    // Counted first: with no line found the loop below would check nothing and pass.
    const lines = el.shadowRoot!.querySelectorAll('.jg-skeleton__line');
    expect(lines).to.have.length(3);
    for (const line of lines) {
      expect(getComputedStyle(line).backgroundColor).to.equal(systemColor('GrayText'));
    }
  });
});
