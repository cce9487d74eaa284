import { html, type TemplateResult } from 'lit';
import { formatFen, mallEndpoints, type Product } from '@jiagong/contract';
import { JgDataElement } from '../internal/data-element.js';
import { formatNumber } from '../internal/localize.js';
import { baseStyles } from '../internal/theme.js';
import { messages, type MallMessages } from './messages.js';
import type { JgMallEventMap, MallView } from './events.js';
import { apiBaseOf } from '../content-shared/shared.js';
import styles from './mall.styles.js';

/**
 * What every element of the mall shares: its endpoints, one stylesheet, the messages, number
 * and price formatting, image URLs and the `jg-navigate` request.
 */
// Its listeners typed by the mall's events (JgElement's EventMap): `jg-navigate` is the mall's
// `{ view: MallView, productId? }`, where `HTMLElementEventMap` (what `document` gets) has every element's.
export class MallElement extends JgDataElement<JgMallEventMap> {
  static override endpoints = mallEndpoints;
  static override styles = [baseStyles, styles];

  constructor() {
    super();
    const back = () => document.hidden || this.back?.();
    this.addController({
      hostConnected: () => document.addEventListener('visibilitychange', back),
      hostDisconnected: () => document.removeEventListener('visibilitychange', back),
    });
  }

  /**
   * The page is in front again: the member may have redeemed or cancelled meanwhile in another
   * tab, app or phone, so the balance and stock on screen may be out of date.
   */
  protected back?(): void;

  /** The family's texts in the current locale. */
  protected get m(): MallMessages {
    return this.t.pick(messages);
  }

  protected num(value: number): string {
    return formatNumber(this.t.locale, value);
  }

  /** `1,200 积分` with the cash part (`+ ¥9.90`) when the product has one. */
  protected price(product: Product, quantity = 1): TemplateResult {
    return html`<strong>${this.num(product.pointsPrice * quantity)}</strong> ${this.m.unit}
      ${this.cash(product.cashPriceFen * quantity)}`;
  }

  /** `+ ¥9.90`, or nothing without a cash part. */
  protected cash(fen: number): string {
    return fen > 0 ? `+ ${formatFen(fen)}` : '';
  }

  /**
   * The API may answer root-relative image paths; they belong to the API's origin, not the
   * page's.
   */
  protected img(url: string): string {
    const base = url[0] === '/' && apiBaseOf(this);
    try {
      return base ? new URL(url, base).href : url;
    } catch {
      return url;
    }
  }

  /** Asks for another view; cancelable, so a host that routes itself can take over. */
  protected nav(view: MallView, productId?: string): boolean {
    return this.emit('jg-navigate', productId ? { view, productId } : { view }, {
      cancelable: true,
    });
  }
}
