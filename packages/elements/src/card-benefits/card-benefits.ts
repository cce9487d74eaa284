import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import type { JiagongClient } from '@jiagong/client';
import type { Benefit, BenefitGroup } from '@jiagong/contract';
import { apiUrl } from '../internal/api-url.js';
import { whenOnline } from '../internal/back-online.js';
import { headingLevel } from '../internal/heading-level.js';
import { JgDataElement } from '../internal/data-element.js';
import { cardBenefits } from '../internal/endpoints.js';
import {
  icon,
  iconBank,
  iconGift,
  iconChevron,
  iconHandHeart,
  iconShield,
  type IconPath,
} from '../internal/icons.js';
import { isolate } from '../internal/localize.js';
import {
  mayMoveFocus,
  renderEmpty,
  renderError,
  renderSkeleton,
  withErrorEvent,
} from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { hostResetStyles } from '../internal/host-reset.js';
import { cardBenefitsMessages } from './messages.js';
import styles from './card-benefits.styles.js';

/**
 * `jg-benefit-select`: the member chose a benefit's action. Cancel it (`preventDefault()`) to
 * route inside the host app; otherwise the benefit's link opens.
 */
export type JgBenefitSelectEvent = CustomEvent<{ benefit: Benefit }>;

/** Display order of the groups. */
export const benefitGroups: readonly BenefitGroup[] = ['protection', 'inclusive', 'financial'];

/** `other`: the benefits of groups a newer API added, which this version does not know. */
const groupIcons: Record<BenefitGroup | 'other', IconPath> = {
  protection: iconShield,
  inclusive: iconHandHeart,
  financial: iconBank,
  other: iconGift,
};

/**
 * Parses `groups="protection, financial"` (commas, full-width ones too, or spaces); unknown names
 * are ignored, none means all.
 */
export function parseGroups(value: string | undefined | null): BenefitGroup[] {
  const wanted = (value ?? '').split(/[\s,，]+/);
  const picked = benefitGroups.filter((group) => wanted.includes(group));
  return picked.length ? picked : [...benefitGroups];
}

/**
 * The 嘉工卡's benefits for the bank app, grouped 保障帮扶 / 普惠服务 / 金融服务, each with a title,
 * a short description and an action.
 *
 * @tag jg-card-benefits
 * @summary The member card's benefits, grouped, each with an action the host app can route.
 *
 * @csspart groups - The container of all groups.
 * @csspart group - One group section (also `group-protection`, `group-inclusive`, `group-financial`,
 *   or `group-other`: benefits of a group a newer API added, last, when no `groups` are picked).
 * @csspart group-title - A group's heading.
 * @csspart list - The list of benefits of a group.
 * @csspart benefit - One benefit.
 * @csspart benefit-title - A benefit's title.
 * @csspart benefit-description - A benefit's description.
 * @csspart action - A benefit's action link.
 * @csspart skeleton - Loading placeholder.
 * @csspart empty - Shown when no benefit matches.
 * @csspart error - Error state.
 * @csspart retry-button - The retry button of the error state.
 * @csspart icon - Every icon.
 *
 * @cssprop --jg-card-benefits-columns - Minimum column width of the benefit grid (default 240px).
 * @cssprop --jg-card-benefits-radius - Corner radius of a benefit (default `--jg-radius-md`).
 * @cssprop --jg-color-primary - Brand colour; every `--jg-*` design token applies.
 *
 * @event jg-benefit-select - A benefit's action was chosen; `detail.benefit`. Cancelable: call `preventDefault()` to stop the default navigation.
 * @event jg-error - Loading failed; `detail.error` is the typed client error.
 */
export class JgCardBenefits extends JgDataElement {
  static override styles = [baseStyles, hostResetStyles, styles];
  /** The one endpoint it calls: the card's other endpoints' schemas stay out of this entry. */
  static override endpoints = { 'me.card.benefits': cardBenefits };

  static override properties: PropertyDeclarations = {
    groups: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Comma-separated groups to show (`protection`, `inclusive`, `financial`); all when empty. */
  groups: string | undefined;

  /** Heading level (2–6) of the group titles, to fit the host page's outline. */
  headingLevel = 3;

  private readonly benefits = new Task(this, {
    args: () => [this.api.client] as const,
    task: withErrorEvent(
      this,
      // No client yet: no benefits, and the skeleton stays.
      async ([client]: readonly [JiagongClient | undefined], { signal }) =>
        client && (await client.me.card.benefits({}, { signal })).data,
    ),
  });

  constructor() {
    super();
    // Back online after failing (for want of network: a tunnel, a lift), the benefits load again
    // without a tap. (Status 3: failed.)
    whenOnline(this, () => this.benefits.status > 2 && this.benefits.run());
  }

  protected override render() {
    const { benefits } = this;
    // One path for the task's states (3: failed): while loading again, the benefits shown. The
    // retry leaves with the error: the focus goes on to the first benefit's link, or to the
    // retry again, not to the page's start; only while the focus is still in the element or on the
    // page's body (where it fell with the retry), not when the member has put it elsewhere while
    // the benefits loaded.
    return benefits.status > 2
      ? renderError(benefits.error, this.t, () =>
          benefits
            .run()
            .then(() => this.updateComplete)
            .then(
              () =>
                mayMoveFocus(this) &&
                this.renderRoot.querySelector<HTMLElement>('a,button')?.focus(),
            ),
        )
      : benefits.value
        ? this._list(benefits.value)
        : renderSkeleton(4, this.t.base.loading);
  }

  private _list(benefits: readonly Benefit[]): TemplateResult {
    const m = this.t.pick(cardBenefitsMessages);
    const level = headingLevel(this.headingLevel, 3);
    // The contract lets only http(s) URLs and paths through as links (never `javascript:`).
    const base = this.apiBase ?? this.settings.apiBase;
    const picked = parseGroups(this.groups);
    const groups = [
      ...picked.map((group) => ({
        group,
        items: benefits.filter((benefit) => benefit.group == group),
      })),
      // Benefits of a group a newer API added: last, under 其他权益, unless the page picked groups.
      {
        group: 'other' as const,
        // (`picked` has all three groups, in order, exactly when it has a third.)
        items: picked[2]
          ? benefits.filter((benefit) => !(picked as string[]).includes(benefit.group))
          : [],
      },
    ].filter(({ items }) => items.length);
    if (!groups.length) return renderEmpty(m.empty, m.emptyDetail);
    // Each action is named with its benefit (申请补助 职工医疗互助): a screen reader's list of
    // links held 了解详情 three times. Its own label first, as voice control matches it; both API
    // strings isolated, so a right-to-left title cannot reorder the label's words.
    return html`<div part="groups">
      ${groups.map(
        ({ group, items }) =>
          html`<section part="group group-${group}" aria-labelledby=${group}>
            <div id=${group} part="group-title" role="heading" aria-level=${level}>
              ${icon(groupIcons[group])}<span>${m.groups[group]}</span>
              <span>${m.count(items.length)}</span>
            </div>
            <ul part="list">
              ${items.map(
                (benefit) =>
                  html`<li part="benefit">
                    <p part="benefit-title">${benefit.title}</p>
                    <p part="benefit-description">${benefit.description}</p>
                    <a
                      part="action"
                      class="jg-button"
                      href=${apiUrl(benefit.url, base)}
                      rel="noopener"
                      aria-label="${isolate(benefit.actionLabel)} ${isolate(benefit.title)}"
                      @click=${(event: MouseEvent) => {
                        if (!this.emit('jg-benefit-select', { benefit }, { cancelable: true })) {
                          event.preventDefault();
                        }
                      }}
                      >${benefit.actionLabel}${icon(iconChevron)}</a
                    >
                  </li>`,
              )}
            </ul>
          </section>`,
      )}
    </div>`;
  }
}
