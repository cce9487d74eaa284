/**
 * `@jiagong/elements/registry` — the one list of every `jg-` element: its tag, the family entry
 * that defines it, its class and the events it fires. The CDN loader (which chunk to load for a
 * tag), the React wrappers (`@jiagong/react`), the docs and the distribution tests all derive
 * from it, so a new element cannot be forgotten by any of them: a test fails when a `define.ts`
 * registers a tag missing here, or when this list disagrees with `custom-elements.json`.
 *
 * Plain data with no imports: importing it defines nothing and costs a few hundred bytes.
 * @packageDocumentation
 */

/**
 * The element families (source folders), in load order. Each is an entry point
 * `@jiagong/elements/<family>` except `union-picker`, which has none: its element comes with
 * `@jiagong/elements/inputs` (see {@link ElementInfo.alsoIn}).
 */
export const families = [
  'provider',
  'member-card',
  'card-benefits',
  'service-menu',
  'merchant-list',
  'union-picker',
  'points-mall',
  'loan-application',
  'inputs',
  'model-workers',
  'courses',
  'quiz',
  'consents',
] as const;

export type Family = (typeof families)[number];

/** One element as the distribution tooling sees it. */
export interface ElementInfo {
  /** The custom element name. */
  readonly tag: `jg-${string}`;
  /**
   * The family whose entry (`@jiagong/elements/<family>`) defines it; a family without an entry
   * (`union-picker`) names the entries that do in {@link ElementInfo.alsoIn}.
   */
  readonly family: Family;
  /** The exported class name (also the React component's name in `@jiagong/react`). */
  readonly className: `Jg${string}`;
  /** Every event it dispatches; React wrappers get one `on…` prop per event. */
  readonly events: readonly string[];
  /**
   * Other family entries that define it too (they import its define module) and may re-export
   * its class: the union picker in `inputs`. While the element's own family
   * has no entry, the CDN loader and the React wrappers use the first of them that exports it.
   */
  readonly alsoIn?: readonly Family[];
}

const dataEvents = ['jg-error'] as const;
const formEvents = ['input', 'change', 'invalid'] as const;

/** Every element, grouped by family. */
export const elements = [
  { tag: 'jg-provider', family: 'provider', className: 'JgProvider', events: [] },

  {
    tag: 'jg-member-card',
    family: 'member-card',
    className: 'JgMemberCard',
    events: [...dataEvents, 'jg-code-refresh', 'jg-card-reveal'],
  },
  {
    tag: 'jg-member-code',
    family: 'member-card',
    className: 'JgMemberCode',
    events: [...dataEvents, 'jg-code-refresh'],
  },
  {
    tag: 'jg-card-benefits',
    family: 'card-benefits',
    className: 'JgCardBenefits',
    events: [...dataEvents, 'jg-benefit-select'],
  },

  {
    tag: 'jg-service-menu',
    family: 'service-menu',
    className: 'JgServiceMenu',
    events: [...dataEvents, 'jg-service-select'],
  },
  {
    tag: 'jg-merchant-list',
    family: 'merchant-list',
    className: 'JgMerchantList',
    events: [...dataEvents, 'jg-member-code-request'],
  },

  {
    tag: 'jg-union-picker',
    family: 'union-picker',
    className: 'JgUnionPicker',
    events: [...dataEvents, 'change', 'jg-union-change'],
    alsoIn: ['inputs'],
  },

  {
    tag: 'jg-points-mall',
    family: 'points-mall',
    className: 'JgPointsMall',
    events: [...dataEvents, 'jg-navigate', 'jg-redeem', 'jg-order-created', 'jg-order-cancelled'],
  },
  {
    tag: 'jg-mall-product-grid',
    family: 'points-mall',
    className: 'JgMallProductGrid',
    events: [...dataEvents, 'jg-navigate'],
  },
  {
    tag: 'jg-mall-product',
    family: 'points-mall',
    className: 'JgMallProduct',
    events: [...dataEvents, 'jg-navigate', 'jg-redeem', 'jg-order-created'],
  },
  {
    tag: 'jg-mall-orders',
    family: 'points-mall',
    className: 'JgMallOrders',
    events: [...dataEvents, 'jg-navigate', 'jg-order-cancelled'],
  },
  {
    tag: 'jg-points-history',
    family: 'points-mall',
    className: 'JgPointsHistory',
    events: [...dataEvents],
  },

  {
    tag: 'jg-loan-application',
    family: 'loan-application',
    className: 'JgLoanApplication',
    events: [...dataEvents, 'jg-loan-step', 'jg-loan-submit', 'jg-loan-submitted'],
  },
  {
    tag: 'jg-loan-status',
    family: 'loan-application',
    className: 'JgLoanStatus',
    events: [...dataEvents, 'jg-loan-withdrawn', 'jg-loan-status-change'],
  },

  { tag: 'jg-id-input', family: 'inputs', className: 'JgIdInput', events: formEvents },
  { tag: 'jg-phone-input', family: 'inputs', className: 'JgPhoneInput', events: formEvents },
  { tag: 'jg-amount-input', family: 'inputs', className: 'JgAmountInput', events: formEvents },
  { tag: 'jg-uscc-input', family: 'inputs', className: 'JgUsccInput', events: formEvents },
  { tag: 'jg-name-input', family: 'inputs', className: 'JgNameInput', events: formEvents },

  {
    tag: 'jg-model-workers',
    family: 'model-workers',
    className: 'JgModelWorkers',
    events: [...dataEvents, 'jg-model-worker-select', 'jg-navigate'],
  },
  {
    tag: 'jg-courses',
    family: 'courses',
    className: 'JgCourses',
    events: [...dataEvents, 'jg-course-signed-up', 'jg-course-sign-up-cancelled'],
  },
  {
    tag: 'jg-quiz',
    family: 'quiz',
    className: 'JgQuiz',
    events: [...dataEvents, 'jg-quiz-start', 'jg-quiz-submitted', 'jg-navigate'],
  },

  {
    tag: 'jg-consents',
    family: 'consents',
    className: 'JgConsents',
    events: [...dataEvents, 'jg-consent-withdrawn'],
  },
] as const satisfies readonly ElementInfo[];

export type ElementEntry = (typeof elements)[number];
export type ElementTag = ElementEntry['tag'];

/** The entry of a tag, or undefined for a tag that is not ours. */
export function elementInfo(tag: string): ElementInfo | undefined {
  return (elements as readonly ElementInfo[]).find((e) => e.tag === tag);
}

/** The elements a family's entry defines. */
export function elementsOf(family: Family): readonly ElementInfo[] {
  return (elements as readonly ElementInfo[]).filter((e) => e.family === family);
}

/** `jg-code-refresh` → `onJgCodeRefresh`, `change` → `onChange`: the React prop of an event. */
export function eventPropName(event: string): string {
  return `on${event.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase())}`;
}
