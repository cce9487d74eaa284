import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { JiagongClient } from '@jiagong/client';
import { catalogueEndpoints, type Union } from '@jiagong/contract';
import { JgDataElement } from '../internal/data-element.js';
import {
  icon,
  iconCheck,
  iconCheckCircle,
  iconChevron,
  iconChevronDown,
  iconChevronLeft,
  iconClose,
  iconSearch,
} from '../internal/icons.js';
import { renderEmpty, renderError, renderSkeleton, withErrorEvent } from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { highlight } from './highlight.js';
import { unionPickerMessages, type UnionPickerMessages } from './messages.js';
import styles from './union-picker.styles.js';
import { loadUnionTree, searchUnions, type UnionTree } from './union-tree.js';

/** `jg-union-change`: the member chose (or cleared) a union. */
export type JgUnionChangeEvent = CustomEvent<{
  /** The chosen union's id, `''` when cleared. */
  value: string;
  union: Union | null;
  /** From the city union down to the chosen one. */
  path: Union[];
}>;

/** Search results shown at most; more terms narrow them down. */
const MAX_RESULTS = 50;

interface Option {
  kind: 'back' | 'self' | 'union';
  /** The union of the option; for `back`, where it leads (undefined: the top of the tree). */
  union?: Union;
  /** The union has unions below it. */
  branch: boolean;
}

// CustomStateSet took dashed idents (`:--x`) before `:state(x)` (Chrome < 125); accept both.
function setState(internals: ElementInternals, name: string, on: boolean): void {
  const states = internals.states as CustomStateSet | undefined;
  if (!states) return;
  for (const ident of [name, `--${name}`]) {
    try {
      if (on) states.add(ident);
      else states.delete(ident);
      return;
    } catch {
      // try the older syntax
    }
  }
}

/**
 * A picker for the four-level union tree (市总工会 → 县(市、区)总工会 → 镇(街道)总工会 →
 * 基层工会) as an editable combobox (WAI-ARIA APG): browse the tree one level at a time
 * (cascading) or type to search every level. It is a form control: its value is the chosen
 * union's id, submitted under `name`; `required` makes an empty picker invalid with a localized
 * message; `form.reset()` restores the `value` attribute; a disabled `<fieldset>` disables it;
 * `<label for>` labels it.
 *
 * Keyboard: ↓/↑ open the list and move; → opens the lower level of a union, ← goes back up;
 * Home/End jump to the first/last entry; Enter chooses (or opens a level whose unions are not
 * choosable themselves); Esc closes; typing searches.
 *
 * @tag jg-union-picker
 * @summary Cascading, searchable, form-associated picker of the union tree.
 * @csspart form-control - The wrapper of label, field, hint and feedback.
 * @csspart label - The visible label (with the `label` attribute).
 * @csspart base - The field around the input and its buttons.
 * @csspart input - The combobox text input.
 * @csspart clear-button - Clears the chosen union.
 * @csspart toggle - Opens or closes the list.
 * @csspart path - The chosen union's higher levels, under the field.
 * @csspart hint - Help text under the field.
 * @csspart feedback - Validation message.
 * @csspart popup - The drop-down panel.
 * @csspart listbox - The list of unions.
 * @csspart option - One entry of the list (also `option-back`, `option-self`, `option-active`, `option-selected`).
 * @csspart option-detail - Secondary text of an entry (number of lower unions, or path in search results).
 * @csspart match - Search terms highlighted in a result.
 * @csspart popup-note - Notes in the panel (no match, too many results, keyboard help).
 * @csspart skeleton - Loading placeholder (in the panel).
 * @csspart empty - Shown when there are no unions.
 * @csspart error - Loading failed (with `retry-button`).
 * @csspart retry-button - Loads the union tree again.
 * @csspart icon - Every icon.
 * @cssprop --jg-union-picker-popup-max-height - Height of the panel before it scrolls (default 320px).
 * @cssprop --jg-input-border-color - Border of the field (shared with the `jg-*-input` elements).
 * @cssprop --jg-input-radius - Corner radius of the field.
 * @cssprop --jg-input-background - Background of the field.
 * @event change - The member chose or cleared a union (as with a native `<select>`).
 * @event jg-union-change - Same moment as `change`, with `detail.value`, `detail.union` and `detail.path`.
 * @event jg-error - Loading the union tree failed; `detail.error` is the typed client error.
 */
export class JgUnionPicker extends JgDataElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles = [baseStyles, styles];
  static override endpoints = catalogueEndpoints;

  /** Name under which the chosen union id is submitted with the form. */
  @property({ reflect: true }) name = '';

  /**
   * The chosen union's id (`''` for none). The `value` attribute is the default that
   * `form.reset()` restores; the property does not reflect.
   */
  @property() value = '';

  /** Visible label; alternatively point a `<label for>` at this element. */
  @property() label = '';

  /** Help text under the field. */
  @property() hint = '';

  /** Placeholder of the input (default: localized "搜索或选择工会"). */
  @property() placeholder = '';

  /** The form cannot be submitted without a chosen union. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Not focusable, not submitted. A disabled `<fieldset>` has the same effect. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * Unions that have lower levels (市总, 县, 镇 unions) may be chosen too; by default only unions
   * without lower levels (基层工会) can be the value.
   */
  @property({ type: Boolean, attribute: 'allow-branches' }) allowBranches = false;

  /** Id of a union to limit the picker to (it and the unions below it), e.g. `u_330402`. */
  @property() root?: string;

  @state() private _open = false;
  @state() private _query = '';
  /** The member has typed since the list opened: the input shows their text, not the value. */
  @state() private _editing = false;
  /** The union whose children are listed while browsing (null: the top of the tree). */
  @state() private _parent: string | null = null;
  @state() private _active = -1;
  @state() private _announcement = '';
  @state() private _touched = false;
  @state() private _submitted = false;
  @state() private _customError = '';
  @state() private _fieldsetDisabled = false;

  @query('input') private readonly _input!: HTMLInputElement | null;

  private readonly _internals: ElementInternals;
  /** The open list has been placed at the chosen union (needs the tree). */
  private _placed = false;
  private _results?: { tree: UnionTree; query: string; root?: string; found: Union[] };

  private readonly _tree = new Task(this, {
    args: () => [this.api.client] as const,
    task: withErrorEvent(this, async ([client]: readonly [JiagongClient | undefined]) =>
      client ? loadUnionTree(client) : initialState,
    ),
  });

  constructor() {
    super();
    this._internals = this.attachInternals();
    this.addEventListener('invalid', () => {
      this._submitted = true;
    });
  }

  /** The `<form>` this control belongs to. */
  get form(): HTMLFormElement | null {
    return this._internals.form;
  }

  /** The `<label>` elements pointing at this control. */
  get labels(): NodeList {
    return this._internals.labels;
  }

  get validity(): ValidityState {
    this._sync();
    return this._internals.validity;
  }

  get validationMessage(): string {
    this._sync();
    return this._internals.validationMessage;
  }

  get willValidate(): boolean {
    return this._internals.willValidate;
  }

  /** The chosen union, once the tree has loaded. */
  get selectedUnion(): Union | undefined {
    return this.value ? this._loadedTree?.get(this.value) : undefined;
  }

  /** From the top of the tree down to the chosen union (empty while nothing is chosen). */
  get selectedPath(): Union[] {
    return this.value ? (this._loadedTree?.path(this.value) ?? []) : [];
  }

  checkValidity(): boolean {
    this._sync();
    return this._internals.checkValidity();
  }

  /** Like the native method; also shows the inline message. */
  reportValidity(): boolean {
    this._sync();
    this._submitted = true;
    return this._internals.reportValidity();
  }

  /** Marks the picker invalid with `message` (e.g. a server rejection); `''` clears it. */
  setCustomValidity(message: string): void {
    this._customError = message;
    if (message) this._submitted = true;
    this._sync();
  }

  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this._customError = '';
    this._touched = false;
    this._submitted = false;
    this._close();
    this._sync();
  }

  formDisabledCallback(disabled: boolean): void {
    // Kept apart from `disabled`: a fieldset enabling again must not clear the element's own attribute.
    this._fieldsetDisabled = disabled;
    if (disabled) this._close();
  }

  formStateRestoreCallback(restored: string | File | FormData | null): void {
    if (typeof restored === 'string') this.value = restored;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value') && this.value == null) this.value = '';
    const tree = this._loadedTree;
    if (this._open && !this._placed && tree) {
      // The tree arrived while the list was open: place it now.
      if (!this._editing) this._place(tree);
      else {
        this._placed = true;
        this._parent = this._top(tree);
        this._active = this._options(tree).length ? 0 : -1;
      }
    }
    this._sync();
  }

  protected override firstUpdated(): void {
    // The validation anchor exists now.
    this._sync();
    // Options are operated from the input (aria-activedescendant); a pointer picks them directly.
    this.renderRoot.addEventListener('click', (event) => this._onOptionClick(event));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const shown = this._showInvalid;
    setState(this._internals, 'user-invalid', shown);
    this.toggleAttribute('data-user-invalid', shown);
    if (this._open && (changed.has('_active') || changed.has('_parent'))) {
      this.renderRoot
        .querySelector('[part~="option-active"]')
        ?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  private get _loadedTree(): UnionTree | undefined {
    return this._tree.status === TaskStatus.COMPLETE ? (this._tree.value as UnionTree) : undefined;
  }

  private get _messages(): UnionPickerMessages {
    return this.t.pick(unionPickerMessages);
  }

  private get _disabled(): boolean {
    return this.disabled || this._fieldsetDisabled;
  }

  private get _searching(): boolean {
    return this._query.trim() !== '';
  }

  private get _message(): string {
    if (this._customError) return this._customError;
    return this.required && !this.value ? this._messages.valueMissing : '';
  }

  private get _showInvalid(): boolean {
    return !!this._message && (this._submitted || this._touched);
  }

  /** Pushes value and validity to the form. Cheap and idempotent. */
  private _sync(): void {
    this._internals.setFormValue(this.value || null);
    const message = this._message;
    const flags: ValidityStateFlags = !message
      ? {}
      : this._customError
        ? { customError: true }
        : { valueMissing: true };
    this._internals.setValidity(flags, message, this._input ?? undefined);
  }

  /** The highest union the picker offers (null: the top of the whole tree). */
  private _top(tree: UnionTree): string | null {
    if (this.root && tree.get(this.root)) return this.root;
    const tops = tree.children(null);
    // A single top (the city union) is not worth a level of its own.
    return tops.length === 1 && tops[0] ? tops[0].id : null;
  }

  private _inBounds(tree: UnionTree, id: string): boolean {
    const top = this._top(tree);
    return top === null || tree.isWithin(id, top);
  }

  private _selectable(tree: UnionTree, union: Union): boolean {
    return this.allowBranches || !tree.hasChildren(union.id);
  }

  /** Every union matching the typed text within the picker's bounds (memoized per text). */
  private _found(tree: UnionTree): Union[] {
    const cached = this._results;
    if (
      cached &&
      cached.tree === tree &&
      cached.query === this._query &&
      cached.root === this.root
    ) {
      return cached.found;
    }
    const found = searchUnions(tree, this._query, (union) => this._inBounds(tree, union.id));
    this._results = { tree, query: this._query, root: this.root, found };
    return found;
  }

  private _options(tree: UnionTree): Option[] {
    if (this._searching) {
      return this._found(tree)
        .slice(0, MAX_RESULTS)
        .map((union) => ({ kind: 'union', union, branch: tree.hasChildren(union.id) }));
    }
    const top = this._top(tree);
    const parent = this._parent;
    const options: Option[] = [];
    if (parent !== null && parent !== top) {
      const up = tree.get(parent)?.parentId ?? null;
      const target = up !== null && this._inBounds(tree, up) && up !== top ? up : top;
      options.push({
        kind: 'back',
        union: target === null ? undefined : tree.get(target),
        branch: true,
      });
    }
    const self = parent === null ? undefined : tree.get(parent);
    if (self && this.allowBranches) options.push({ kind: 'self', union: self, branch: true });
    for (const union of tree.children(parent)) {
      options.push({ kind: 'union', union, branch: tree.hasChildren(union.id) });
    }
    return options;
  }

  private _browse(tree: UnionTree, parent: string | null, focusId?: string): void {
    this._parent = parent;
    const options = this._options(tree);
    const index = focusId
      ? options.findIndex((o) => o.kind === 'union' && o.union?.id === focusId)
      : options.findIndex((o) => o.kind === 'union');
    this._active = index >= 0 ? index : options.length ? 0 : -1;
    const m = this._messages;
    const name = parent === null ? m.top : (tree.get(parent)?.name ?? '');
    this._announcement = m.level(name, tree.children(parent).length);
  }

  private _openList(last = false): void {
    if (this._disabled || this._open) return;
    this._open = true;
    this._placed = false;
    const tree = this._loadedTree;
    if (tree) this._place(tree, last);
  }

  /** Shows the level of the chosen union with it active, or the top level. */
  private _place(tree: UnionTree, last = false): void {
    this._placed = true;
    const top = this._top(tree);
    const chosen = this.value ? tree.get(this.value) : undefined;
    if (chosen && this._inBounds(tree, chosen.id) && chosen.id !== top) {
      this._browse(tree, chosen.parentId, chosen.id);
    } else {
      this._browse(tree, top);
      if (last) this._active = this._options(tree).length - 1;
    }
  }

  private _close(): void {
    this._open = false;
    this._editing = false;
    this._query = '';
    this._active = -1;
  }

  private _move(tree: UnionTree, to: number | 'first' | 'last', by = 0): void {
    const count = this._options(tree).length;
    if (!count) return;
    if (to === 'first') this._active = 0;
    else if (to === 'last') this._active = count - 1;
    else this._active = (((to + by) % count) + count) % count;
  }

  private _activate(tree: UnionTree, option: Option | undefined): void {
    if (!option) return;
    if (option.kind === 'back') {
      const from = this._parent ?? undefined;
      this._browse(tree, option.union?.id ?? null, from);
      return;
    }
    const union = option.union;
    if (!union) return;
    if (option.kind === 'self') {
      this._choose(tree, union);
      return;
    }
    // Browsing, a union with lower levels opens them (the cascade); `选择本级` chooses it itself.
    // A search result is chosen directly when it may be.
    if (option.branch && (!this._searching || !this._selectable(tree, union))) {
      this._query = '';
      this._editing = false;
      this._browse(tree, union.id);
      return;
    }
    this._choose(tree, union);
  }

  private _choose(tree: UnionTree, union: Union): void {
    const changed = union.id !== this.value;
    this.value = union.id;
    // A custom error was about the previous choice.
    if (changed) this._customError = '';
    this._close();
    this._announcement = this._messages.selected(union.name);
    if (changed) this._emitChange(tree);
  }

  /** Clears the chosen union, as the member would with the clear button. */
  clear(): void {
    if (!this.value) return;
    this.value = '';
    this._customError = '';
    this._close();
    this._emitChange(this._loadedTree);
  }

  private _emitChange(tree: UnionTree | undefined): void {
    this._sync();
    // `change` as a native control fires it: bubbling, not composed (the host is the control).
    this.dispatchEvent(new Event('change', { bubbles: true }));
    const union = (this.value && tree?.get(this.value)) || null;
    this.emit('jg-union-change', {
      value: this.value,
      union,
      path: union && tree ? tree.path(union.id) : [],
    });
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const tree = this._loadedTree;
    const open = this._open;
    const options = tree && open ? this._options(tree) : [];
    const browsing = open && !this._searching;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        if (!open) this._openList();
        else if (event.altKey) break;
        else if (tree) this._move(tree, this._active, 1);
        break;
      case 'ArrowUp':
        if (event.altKey) this._close();
        else if (!open) this._openList(true);
        else if (tree) this._move(tree, this._active < 0 ? 0 : this._active, -1);
        break;
      case 'ArrowRight': {
        const option = options[this._active];
        if (browsing && tree && option?.kind === 'union' && option.branch && option.union) {
          this._browse(tree, option.union.id);
        } else handled = false;
        break;
      }
      case 'ArrowLeft': {
        const back = options[0];
        if (browsing && tree && back?.kind === 'back') this._activate(tree, back);
        else handled = false;
        break;
      }
      case 'Home':
      case 'End':
        if (browsing && tree) this._move(tree, event.key === 'Home' ? 'first' : 'last');
        else handled = false;
        break;
      case 'Enter':
        if (open && tree && this._active >= 0) this._activate(tree, options[this._active]);
        else if (!open) {
          // Implicit submission, as Enter in a native text field does.
          const form = this.form;
          if (form) form.requestSubmit();
          else handled = false;
        }
        break;
      case 'Escape':
        if (open) this._close();
        else handled = false;
        break;
      case 'Tab':
        this._close();
        handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      // An Esc handled here must not also close a dialog around the picker.
      event.stopPropagation();
    }
  }

  private _onInput(event: Event): void {
    this._query = (event.target as HTMLInputElement).value;
    this._editing = true;
    this._customError = '';
    const tree = this._loadedTree;
    if (!this._open) {
      this._open = true;
      this._placed = !!tree;
      if (tree) this._parent = this._top(tree);
    }
    if (!tree) return;
    const m = this._messages;
    if (this._searching) {
      const found = this._options(tree).length;
      this._active = found ? 0 : -1;
      this._announcement = found ? m.results(found) : m.noMatch;
    } else {
      this._browse(tree, this._parent);
    }
  }

  private _onInputClick(): void {
    if (this._open && !this._searching) this._close();
    else this._openList();
  }

  private _onToggle(): void {
    if (this._open) this._close();
    else this._openList();
    this._input?.focus();
  }

  private _onBlur(): void {
    this._touched = true;
    this._close();
  }

  private _onOptionClick(event: Event): void {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = Number(option?.dataset.index);
    const tree = this._loadedTree;
    if (!tree || !Number.isInteger(index)) return;
    this._active = index;
    this._activate(tree, this._options(tree)[index]);
    this._input?.focus();
  }

  /** The outer `<label for>` text (or the host's aria-label), as the inner input's name. */
  private _outerLabel(): string | undefined {
    if (this.label) return undefined;
    const own = this.getAttribute('aria-label');
    if (own) return own;
    const text = Array.from(this._internals.labels ?? [], (label) =>
      (label.textContent ?? '').replace(/\s+/g, ' ').trim(),
    )
      .filter(Boolean)
      .join(' ');
    return text || undefined;
  }

  protected override render(): TemplateResult {
    const m = this._messages;
    const tree = this._loadedTree;
    const failed = this._tree.status === TaskStatus.ERROR;
    const chosen = this.selectedUnion;
    const path = this.selectedPath.slice(0, -1);
    const options = tree && this._open ? this._options(tree) : [];
    const expanded = this._open && options.length > 0;
    const active = expanded && this._active >= 0 ? this._active : -1;
    const invalid = this._showInvalid;
    const disabled = this._disabled;
    const text = this._open && this._editing ? this._query : (chosen?.name ?? '');
    const loadingValue = !!this.value && !tree && !failed;
    return html`
      <div class="control" part="form-control">
        ${
          this.label
            ? html`<label part="label" for="input"
                >${this.label}${
                  this.required
                    ? html`<span class="required" aria-hidden="true">*</span
                        ><span class="jg-visually-hidden">${m.required}</span>`
                    : nothing
                }</label
              >`
            : nothing
        }
        <div class="anchor">
          <div class="field" part="base">
            <span class="lead">${icon(iconSearch)}</span>
            <input
              id="input"
              part="input"
              type="text"
              role="combobox"
              autocomplete="off"
              spellcheck="false"
              aria-autocomplete="list"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls="listbox"
              aria-activedescendant=${ifDefined(active >= 0 ? `option-${active}` : undefined)}
              aria-label=${ifDefined(this._outerLabel())}
              aria-required=${this.required ? 'true' : 'false'}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby="path hint feedback"
              .value=${live(text)}
              placeholder=${loadingValue ? this.t.base.loading : this.placeholder || m.placeholder}
              ?disabled=${disabled}
              @input=${this._onInput}
              @keydown=${this._onKeyDown}
              @click=${this._onInputClick}
              @blur=${this._onBlur}
            />
            ${
              this.value && !disabled
                ? html`<button
                    type="button"
                    class="icon-button"
                    part="clear-button"
                    aria-label=${m.clear}
                    @mousedown=${(event: Event) => event.preventDefault()}
                    @click=${() => {
                      this.clear();
                      this._input?.focus();
                    }}
                  >
                    ${icon(iconClose)}
                  </button>`
                : nothing
            }
            <button
              type="button"
              class="icon-button toggle"
              part="toggle"
              tabindex="-1"
              aria-label=${m.toggle}
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls="listbox"
              ?disabled=${disabled}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${this._onToggle}
            >
              ${icon(iconChevronDown)}
            </button>
          </div>
          ${this._open ? this._renderPopup(tree, options, active) : this._renderHiddenList()}
        </div>
        <div id="path" part="path" class="path" ?hidden=${!path.length}>
          ${
            path.length
              ? html`<span class="jg-visually-hidden">${m.path}</span>${path
                    .map((union) => union.name)
                    .join(' / ')}`
              : nothing
          }
        </div>
        <div id="hint" part="hint" class="hint" ?hidden=${!this.hint}>${this.hint}</div>
        <div
          id="feedback"
          part="feedback"
          class="feedback"
          data-level=${ifDefined(invalid ? 'error' : undefined)}
          aria-live="polite"
        >
          ${invalid ? this._message : nothing}
        </div>
        ${
          failed
            ? renderError(this._tree.error, this.t, () => {
                void this._tree.run();
              })
            : nothing
        }
        <div class="jg-visually-hidden" role="status">${this._announcement}</div>
      </div>
    `;
  }

  /** `aria-controls` must point at an element even while the list is closed. */
  private _renderHiddenList(): TemplateResult {
    return html`<ul
      id="listbox"
      role="listbox"
      part="listbox"
      aria-label=${this._messages.listLabel(undefined)}
      hidden
    ></ul>`;
  }

  private _renderPopup(
    tree: UnionTree | undefined,
    options: Option[],
    active: number,
  ): TemplateResult {
    const m = this._messages;
    let body: TemplateResult;
    if (this._tree.status === TaskStatus.ERROR) {
      return this._renderHiddenList();
    }
    if (!tree) {
      body = html`${this._renderHiddenList()}${renderSkeleton(4, this.t.base.loading)}`;
    } else if (!options.length) {
      body = html`${this._renderHiddenList()}${
        this._searching
          ? html`<p class="note" part="popup-note">${m.noMatch}</p>`
          : renderEmpty(m.noUnions)
      }`;
    } else {
      const parent = this._parent === null ? undefined : tree.get(this._parent);
      const listLabel = this._searching ? m.searchLabel : m.listLabel(parent?.name);
      const found = this._searching ? this._found(tree).length : 0;
      body = html`
        <ul id="listbox" role="listbox" part="listbox" aria-label=${listLabel}>
          ${options.map((option, index) => this._renderOption(tree, option, index, active))}
        </ul>
        ${
          found > MAX_RESULTS
            ? html`<p class="note" part="popup-note">${m.tooMany(MAX_RESULTS)}</p>`
            : nothing
        }
        <p class="note keys" part="popup-note" aria-hidden="true">${m.keyboardHint}</p>
      `;
    }
    // Focus stays in the input (mousedown is cancelled; options are reached with
    // aria-activedescendant). The listbox itself scrolls, as a combobox popup may.
    return html`<div
      class="popup"
      part="popup"
      @mousedown=${(event: Event) => event.preventDefault()}
    >
      ${body}
    </div>`;
  }

  private _renderOption(
    tree: UnionTree,
    option: Option,
    index: number,
    active: number,
  ): TemplateResult {
    const m = this._messages;
    const union = option.union;
    const isActive = index === active;
    const isValue = option.kind !== 'back' && !!union && union.id === this.value;
    const parts = [
      'option',
      option.kind === 'union' ? '' : `option-${option.kind}`,
      isActive ? 'option-active' : '',
      isValue ? 'option-selected' : '',
    ]
      .filter(Boolean)
      .join(' ');
    let content: TemplateResult;
    if (option.kind === 'back') {
      content = html`${icon(iconChevronLeft)}<span class="name">${m.back(union?.name)}</span>`;
    } else if (option.kind === 'self') {
      content = html`${icon(iconCheckCircle)}<span class="name"
          >${m.chooseThis(union?.name ?? '')}</span
        >`;
    } else {
      const count = union ? tree.children(union.id).length : 0;
      const detail = this._searching
        ? tree
            .path(union?.id ?? '')
            .slice(0, -1)
            .map((node) => node.name)
            .join(' / ')
        : option.branch
          ? m.lowerLevels(count)
          : '';
      content = html`
        <span class="name"
          >${this._searching ? highlight(union?.name ?? '', this._query) : union?.name}</span
        >
        ${detail ? html`<span class="detail" part="option-detail">${detail}</span>` : nothing}
        ${option.branch && !this._searching ? html`<span class="chevron">${icon(iconChevron)}</span>` : nothing}
      `;
    }
    return html`<li
      id=${`option-${index}`}
      role="option"
      part=${parts}
      class=${`option${isActive ? ' active' : ''}${this._searching ? ' result' : ''}`}
      aria-selected=${isActive ? 'true' : 'false'}
      data-index=${index}
    >
      ${isValue ? html`<span class="current">${icon(iconCheck, m.current)}</span>` : nothing}${content}
    </li>`;
  }
}
