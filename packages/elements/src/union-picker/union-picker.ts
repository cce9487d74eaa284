import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { JiagongClient } from '@jiagong/client';
import { catalogueEndpoints, type Union } from '@jiagong/contract';
import { FormAssociated, type Feedback } from '../inputs/form-associated.js';
import fieldStyles from '../inputs/field.styles.js';
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

/**
 * An entry of the list: back up a level (to the union, or to the top of the tree without one),
 * choose the level shown itself (`allow-branches`), or a union.
 */
type Option = ['back' | 'self' | 'union', Union?];

// Focus stays in the input: pressing on the list or the buttons must not take it away.
const keepFocus = (event: Event) => event.preventDefault();

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
export class JgUnionPicker extends FormAssociated(JgDataElement) {
  static override styles = [baseStyles, fieldStyles, styles];
  static override endpoints = catalogueEndpoints;
  static override properties = {
    value: {},
    placeholder: {},
    allowBranches: { type: Boolean, attribute: 'allow-branches' },
    root: {},
    _open: { attribute: false },
    _query: { attribute: false },
    _parent: { attribute: false },
    _active: { attribute: false },
  };

  /**
   * The chosen union's id (`''` for none). The `value` attribute is the default that
   * `form.reset()` restores; the property does not reflect.
   */
  value = '';

  /** Placeholder of the input (default: localized "搜索或选择工会"). */
  placeholder = '';

  /**
   * Unions that have lower levels (市总, 县, 镇 unions) may be chosen too; by default only unions
   * without lower levels (基层工会) can be the value.
   */
  allowBranches = false;

  /** Id of a union to limit the picker to (it and the unions below it), e.g. `u_330402`. */
  root?: string;

  private _open = false;
  /** What the member typed since the list opened (undefined: the input shows the value). */
  private _query?: string;
  /** The union whose children are listed (null: the top of the tree; undefined: not placed yet). */
  private _parent?: string | null;
  private _active = -1;
  /** Read by screen readers (changes only along with a state above). */
  private _announcement = '';
  private _results?: [tree: UnionTree, key: string, found: Union[]];

  private readonly _tree = new Task(this, {
    args: () => [this.api.client] as const,
    task: withErrorEvent(this, async ([client]: readonly [JiagongClient | undefined]) =>
      client ? loadUnionTree(client) : initialState,
    ),
  });

  /** The chosen union, once the tree has loaded. */
  get selectedUnion(): Union | undefined {
    return this._loaded?.get(this.value);
  }

  /** From the top of the tree down to the chosen union (empty while nothing is chosen). */
  get selectedPath(): Union[] {
    return this._loaded?.path(this.value) ?? [];
  }

  /** Clears the chosen union, as the member would with the clear button. */
  clear(): void {
    if (this.value) this._set();
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this._close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.value == null) this.value = '';
    if (this._disabled) this._close();
    // The tree arrived while the list was open: place it now.
    const tree = this._loaded;
    if (this._open && this._parent === undefined && tree) this._place(tree);
    super.willUpdate(changed);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Options are operated from the input (aria-activedescendant); a pointer picks them directly.
    this.renderRoot.addEventListener('click', (event) => this._onOptionClick(event));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('_active') || changed.has('_parent')) {
      this.renderRoot
        .querySelector('[part~="option-active"]')
        ?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  protected override _check(): Feedback | undefined {
    return this.required && !this.value
      ? ['error', this._m.valueMissing, 'valueMissing']
      : undefined;
  }

  private get _loaded(): UnionTree | undefined {
    return this._tree.status == TaskStatus.COMPLETE ? (this._tree.value as UnionTree) : undefined;
  }

  private get _m(): UnionPickerMessages {
    return this.t.pick(unionPickerMessages);
  }

  private get _searching(): boolean {
    return !!this._query?.trim();
  }

  /** The highest union the picker offers (null: the top of the whole tree). */
  private _top(tree: UnionTree): string | null {
    if (tree.get(this.root)) return this.root!;
    const tops = tree.children(null);
    // A single top (the city union) is not worth a level of its own.
    return tops.length == 1 ? tops[0]!.id : null;
  }

  private _inBounds(tree: UnionTree, id: string): boolean {
    const top = this._top(tree);
    return top === null || tree.isWithin(id, top);
  }

  /** Every union matching the typed text within the picker's bounds (memoized per text). */
  private _found(tree: UnionTree): Union[] {
    const key = `${this._query}\n${this.root}`;
    const [memoTree, memoKey, found] = this._results ?? [];
    if (memoTree == tree && memoKey == key) return found!;
    this._results = [
      tree,
      key,
      searchUnions(tree, this._query!, (u) => this._inBounds(tree, u.id)),
    ];
    return this._results[2];
  }

  private _options(tree: UnionTree): Option[] {
    if (this._searching)
      return this._found(tree)
        .slice(0, MAX_RESULTS)
        .map((u) => ['union', u]);
    const top = this._top(tree);
    const parent = this._parent ?? null;
    const self = tree.get(parent);
    const options: Option[] = [];
    if (self && parent !== top) {
      const up = self.parentId;
      options.push(['back', tree.get(up !== null && this._inBounds(tree, up) ? up : top)]);
    }
    if (self && this.allowBranches) options.push(['self', self]);
    for (const union of tree.children(parent)) options.push(['union', union]);
    return options;
  }

  /** Lists the unions under `parent`, with `focusId` (or the first union) active. */
  private _browse(tree: UnionTree, parent: string | null, focusId?: string | null): void {
    this._parent = parent;
    const options = this._options(tree);
    const index = options.findIndex(
      ([kind, u]) => kind == 'union' && (!focusId || u!.id == focusId),
    );
    this._active = options.length ? Math.max(index, 0) : -1;
    const m = this._m;
    this._announcement = m.level(tree.get(parent)?.name ?? m.top, tree.children(parent).length);
  }

  /** After typing: the results of the search, or the level again once the text is gone. */
  private _typed(tree: UnionTree): void {
    if (!this._searching) return this._browse(tree, this._parent!);
    const found = this._options(tree).length;
    this._active = found ? 0 : -1;
    this._announcement = found ? this._m.results(found) : this._m.noMatch;
  }

  private _openList(last?: boolean): void {
    if (this._disabled || this._open) return;
    this._open = true;
    this._parent = undefined;
    const tree = this._loaded;
    if (tree) this._place(tree, last);
  }

  /** Shows the level of the chosen union with it active, or the top level (or the search). */
  private _place(tree: UnionTree, last?: boolean): void {
    const top = this._top(tree);
    const chosen = tree.get(this.value);
    if (this._query != null) {
      this._parent = top;
      this._typed(tree);
    } else if (chosen && chosen.id != top && this._inBounds(tree, chosen.id)) {
      this._browse(tree, chosen.parentId, chosen.id);
    } else {
      this._browse(tree, top);
      if (last) this._active = this._options(tree).length - 1;
    }
  }

  private _close(): void {
    this._open = false;
    this._query = undefined;
    this._active = -1;
  }

  private _activate(tree: UnionTree, [kind, union]: Option): void {
    if (kind == 'back') return this._browse(tree, union?.id ?? null, this._parent);
    // Browsing, a union with lower levels opens them (the cascade); `选择本级` chooses it itself.
    // A search result is chosen directly when it may be.
    if (
      kind == 'union' &&
      tree.hasChildren(union!.id) &&
      !(this._searching && this.allowBranches)
    ) {
      this._query = undefined;
      return this._browse(tree, union!.id);
    }
    this._set(union);
  }

  /** Chooses `union` (none: clears) and tells the page when that changed the value. */
  private _set(union?: Union): void {
    const id = union?.id ?? '';
    this._close();
    if (union) this._announcement = this._m.selected(union.name);
    if (id == this.value) return;
    this.value = id;
    // A custom error was about the previous choice.
    this._customError = '';
    this._sync();
    // `change` as a native control fires it: bubbling, not composed (the host is the control).
    this.dispatchEvent(new Event('change', { bubbles: true }));
    this.emit('jg-union-change', {
      value: id,
      union: this.selectedUnion ?? null,
      path: this.selectedPath,
    });
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const tree = this._loaded;
    const open = this._open;
    const options = open && tree ? this._options(tree) : [];
    const browsing = open && !this._searching;
    const option = options[this._active];
    const count = options.length;
    // Moves the active entry, wrapping around (-1 is the last).
    const go = (index: number) => count && (this._active = (index + count) % count);
    switch (event.key) {
      case 'ArrowDown':
        if (!open) this._openList();
        else if (!event.altKey) go(this._active + 1);
        break;
      case 'ArrowUp':
        if (event.altKey) this._close();
        else if (!open) this._openList(true);
        else go(Math.max(this._active, 0) - 1);
        break;
      case 'ArrowRight':
        if (!browsing || option?.[0] != 'union' || !tree!.hasChildren(option[1]!.id)) return;
        this._browse(tree!, option[1]!.id);
        break;
      case 'ArrowLeft':
        if (!browsing || options[0]?.[0] != 'back') return;
        this._activate(tree!, options[0]);
        break;
      case 'Home':
      case 'End':
        if (!browsing) return;
        go(event.key == 'Home' ? 0 : -1);
        break;
      case 'Enter':
        if (open) {
          if (option) this._activate(tree!, option);
        } else if (this.form) {
          // Implicit submission, as Enter in a native text field does.
          this.form.requestSubmit();
        } else return;
        break;
      case 'Escape':
        if (!open) return;
        this._close();
        break;
      case 'Tab':
        this._close();
        return;
      default:
        return;
    }
    event.preventDefault();
    // An Esc handled here must not also close a dialog around the picker.
    event.stopPropagation();
  }

  private _onInput(event: Event): void {
    this._query = (event.target as HTMLInputElement).value;
    this._customError = '';
    const tree = this._loaded;
    if (!this._open) this._openList();
    else if (tree) this._typed(tree);
  }

  private _onOptionClick(event: Event): void {
    const tree = this._loaded;
    const item = (event.target as Element).closest('li');
    if (!tree || !item) return;
    this._active = Number(item.dataset.index);
    this._activate(tree, this._options(tree)[this._active]!);
    this._input!.focus();
  }

  protected override render(): TemplateResult {
    const m = this._m;
    const tree = this._loaded;
    const failed = this._tree.status == TaskStatus.ERROR;
    const searching = this._searching;
    const options = this._open && tree ? this._options(tree) : [];
    const expanded = options.length > 0;
    const active = expanded ? this._active : -1;
    const path = this.selectedPath.slice(0, -1);
    const disabled = this._disabled;
    const list = html`<ul
      id="listbox"
      role="listbox"
      part="listbox"
      class=${searching ? 'results' : ''}
      aria-label=${searching ? m.searchLabel : m.listLabel(tree?.get(this._parent)?.name)}
      ?hidden=${!expanded}
    >
      ${options.map((option, index) => this._renderOption(tree!, option, index, active))}
    </ul>`;
    return this._frame(
      html`<div class="anchor">
        <div class="field" part="base">
          <span class="affix">${icon(iconSearch)}</span>
          <input
            id="input"
            part="input"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${expanded}
            aria-controls="listbox"
            aria-activedescendant=${ifDefined(active < 0 ? undefined : `option-${active}`)}
            aria-label=${ifDefined(this._outerLabel())}
            aria-required=${this.required}
            aria-invalid=${this._shownInvalid}
            aria-describedby="path hint feedback"
            .value=${live(this._query ?? this.selectedUnion?.name ?? '')}
            placeholder=${this.value && !tree && !failed ? this.t.base.loading : this.placeholder || m.placeholder}
            ?disabled=${disabled}
            @input=${this._onInput}
            @keydown=${this._onKeyDown}
            @click=${() => (this._open && !searching ? this._close() : this._openList())}
            @blur=${() => {
              this._touched = true;
              this._close();
            }}
          />
          ${
            this.value && !disabled
              ? html`<button
                  type="button"
                  class="icon-button"
                  part="clear-button"
                  aria-label=${m.clear}
                  @mousedown=${keepFocus}
                  @click=${() => {
                    this.clear();
                    this._input!.focus();
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
            aria-expanded=${expanded}
            aria-controls="listbox"
            ?disabled=${disabled}
            @mousedown=${keepFocus}
            @click=${() => {
              if (this._open) this._close();
              else this._openList();
              this._input!.focus();
            }}
          >
            ${icon(iconChevronDown)}
          </button>
        </div>
        ${
          this._open && !failed
            ? html`<div class="popup" part="popup" @mousedown=${keepFocus}>
                ${list}
                ${
                  !tree
                    ? renderSkeleton(4, this.t.base.loading)
                    : expanded
                      ? html`${
                            searching && this._found(tree).length > MAX_RESULTS
                              ? html`<p class="note" part="popup-note">
                                  ${m.tooMany(MAX_RESULTS)}
                                </p>`
                              : nothing
                          }
                          <p class="note keys" part="popup-note" aria-hidden="true">
                            ${m.keyboardHint}
                          </p>`
                      : searching
                        ? html`<p class="note" part="popup-note">${m.noMatch}</p>`
                        : renderEmpty(m.noUnions)
                }
              </div>`
            : list
        }
        ${failed ? renderError(this._tree.error, this.t, () => void this._tree.run()) : nothing}
        <div class="jg-visually-hidden" role="status">${this._announcement}</div>
      </div>`,
      html`<div id="path" part="path" class="hint" ?hidden=${!path.length}>
          ${
            path.length
              ? html`<span class="jg-visually-hidden">${m.path}</span>${path
                    .map((union) => union.name)
                    .join(' / ')}`
              : nothing
          }
        </div>
        <div id="hint" part="hint" class="hint" ?hidden=${!this.hint}>${this.hint}</div>`,
    );
  }

  private _renderOption(
    tree: UnionTree,
    [kind, union]: Option,
    index: number,
    active: number,
  ): TemplateResult {
    const m = this._m;
    const searching = this._searching;
    const isActive = index == active;
    const current = kind != 'back' && union?.id == this.value;
    const branch = kind == 'union' && tree.hasChildren(union!.id);
    // In search results, the union's higher levels; browsing, how many unions lie below.
    const detail =
      kind != 'union'
        ? ''
        : searching
          ? tree
              .path(union!.id)
              .slice(0, -1)
              .map((node) => node.name)
              .join(' / ')
          : branch
            ? m.lowerLevels(tree.children(union!.id).length)
            : '';
    return html`<li
      id="option-${index}"
      role="option"
      part="option ${kind == 'union' ? '' : `option-${kind}`} ${isActive ? 'option-active' : ''} ${
        current ? 'option-selected' : ''
      }"
      class="option"
      aria-selected=${isActive}
      data-index=${index}
    >
      ${current ? html`<span class="current">${icon(iconCheck, m.current)}</span>` : nothing}
      ${kind == 'back' ? icon(iconChevronLeft) : kind == 'self' ? icon(iconCheckCircle) : nothing}
      <span class="name"
        >${
          kind == 'back'
            ? m.back(union?.name)
            : kind == 'self'
              ? m.chooseThis(union!.name)
              : searching
                ? highlight(union!.name, this._query!)
                : union!.name
        }</span
      >
      ${detail ? html`<span class="detail" part="option-detail">${detail}</span>` : nothing}
      ${branch && !searching ? html`<span class="chevron">${icon(iconChevron)}</span>` : nothing}
    </li>`;
  }
}
