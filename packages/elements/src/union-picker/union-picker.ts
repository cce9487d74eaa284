import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from '../inputs/live.js';
import type { JiagongClient } from '@jiagong/client';
import type { Union } from '@jiagong/contract';
import { FormAssociated, type Feedback } from '../inputs/form-associated.js';
import fieldStyles from '../inputs/field.styles.js';
import { JgPublicDataElement } from '../internal/data-element.js';
import { isolate } from '../internal/localize.js';
import { unionsTree } from '../internal/endpoints.js';
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
import { emitError, renderEmpty, renderError, renderSkeleton } from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { highlight } from './highlight.js';
import { unionPickerMessages, type UnionPickerMessages } from './messages.js';
import styles from './union-picker.styles.js';
import { loadUnionTree, searchUnions, type UnionTree } from './union-tree.js';

/** A union's name isolated inside our sentences and labels (none: none). */
const named = (name?: string) => name && isolate(name);

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
 * @cssprop --jg-input-border-color - Border of the field (shared with the `jg-*-input` elements; default `--jg-color-text-muted`).
 * @cssprop --jg-input-radius - Corner radius of the field.
 * @cssprop --jg-input-background - Background of the field.
 * @event change - The member chose or cleared a union (as with a native `<select>`).
 * @event jg-union-change - Same moment as `change`, with `detail.value`, `detail.union` and `detail.path`.
 * @event jg-error - Loading the union tree failed; `detail.error` is the typed client error.
 */
export class JgUnionPicker extends FormAssociated(JgPublicDataElement) {
  static override styles = [baseStyles, fieldStyles, styles];
  // Only the union tree: the catalogue's other endpoints would bring their schemas along.
  static override endpoints = { 'unions.tree': unionsTree };
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
  root: string | undefined;

  // Unset (falsy) until the list first opens: no initializer's bytes in every form.
  private _open?: boolean;
  /** What the member typed since the list opened (undefined: the input shows the value). */
  private _query?: string;
  /** The union whose children are listed (null: the top of the tree; undefined: not placed yet). */
  private _parent?: string | null;
  private _active = -1;
  /** Read by screen readers (changes only along with a state above). */
  private _announcement?: string;
  private _results?: [tree: UnionTree, key: string, found: Union[]];

  /**
   * The union tree loaded with `client` (`value`), or why loading failed (`error`); neither while
   * it loads. One request, so no `@lit/task`: a form with a picker carries no task library.
   */
  private readonly _tree: { client?: JiagongClient; value?: UnionTree; error?: unknown } = {};

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

  /** @internal The form was reset: back to the `value` attribute, the list closed. */
  override formResetCallback(): void {
    super.formResetCallback();
    this._close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.value == null) this.value = '';
    if (this._disabled) this._close();
    // The tree arrived while the list was open: place it now.
    if (this._open && this._parent === undefined && this._loaded) this._place();
    // Brings a moved `_active` back into range before the list renders.
    if (this._open) this._shown();
    super.willUpdate(changed);
  }

  protected override update(changed: PropertyValues<this>): void {
    // The client was resolved just now (the client controller's hostUpdate).
    if (this.api.client != this._tree.client) this._loadTree(this.api.client);
    super.update(changed);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Options are operated from the input (aria-activedescendant); a pointer picks them directly.
    // The second tap of a double tap does nothing: it would land on the entry of the level the
    // first one opened, and choose a union the member never read.
    this.renderRoot.addEventListener('click', (event) => {
      const item = (event.target as Element).closest('li');
      if (!item || (event as MouseEvent).detail > 1) return;
      this._active = +item.id.slice(7); // `option-N`
      this._activate(this._options()[this._active]!);
      this._input!.focus();
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Keeps the active entry in view as the keys move it (a no-op when it is visible).
    if (this._open) {
      this.renderRoot.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
    }
  }

  protected override _check(): Feedback | undefined {
    if (this.required && !this.value) return ['error', this._m.valueMissing, 'valueMissing'];
  }

  private get _loaded(): UnionTree | undefined {
    return this._tree.value;
  }

  /** Loads the tree (again, after a failure); the answer for a previous client is dropped. */
  private _loadTree(client = this._tree.client): void {
    const tree = this._tree;
    const settle = (value?: UnionTree, error?: unknown) => {
      if (tree.client != client) return;
      Object.assign(tree, { value, error });
      if (error) emitError(this, error);
      this.requestUpdate();
    };
    Object.assign(tree, { client, value: undefined, error: undefined });
    this.requestUpdate();
    if (client) {
      loadUnionTree(client).then(
        (value) => settle(value),
        (error: unknown) => settle(undefined, error),
      );
    }
  }

  private get _m(): UnionPickerMessages {
    return this.t.pick(unionPickerMessages);
  }

  private get _searching(): boolean {
    return !!this._query?.trim();
  }

  /** The highest union the picker offers (null: the top of the whole tree). */
  private get _top(): string | null {
    const tree = this._loaded!;
    if (tree.get(this.root)) return this.root!;
    const tops = tree.children(null);
    // A single top (the city union) is not worth a level of its own.
    return tops.length == 1 ? tops[0]!.id : null;
  }

  /** The names of the unions above `id`, from the top (`嘉兴市总工会 / 南湖区总工会`). */
  private _above(id: string): string {
    return (this._loaded?.path(id) ?? [])
      .slice(0, -1)
      .map((union) => union.name)
      .join(' / ');
  }

  private _inBounds(id: string): boolean {
    const top = this._top;
    return top === null || this._loaded!.isWithin(id, top);
  }

  /**
   * The entries of the list: the search results, or the unions under `_parent` after a way
   * back up and (`allow-branches`) the level itself. None before the tree has loaded.
   */
  private _options(): Option[] {
    const tree = this._loaded;
    if (!tree) return [];
    if (this._searching) {
      // Memoized per text and root: the list is asked for several times per keystroke.
      const key = `${this._query}\n${this.root}`;
      const [memoTree, memoKey, found] = this._results ?? [];
      const all =
        memoTree == tree && memoKey == key
          ? found!
          : (this._results = [
              tree,
              key,
              searchUnions(tree, this._query!, (u) => this._inBounds(u.id)),
            ])[2];
      return all.slice(0, MAX_RESULTS + 1).map((union) => ['union', union]);
    }
    const top = this._top;
    const parent = this._parent ?? null;
    const self = tree.get(parent);
    const options: Option[] = [];
    if (self && parent !== top) {
      const up = self.parentId;
      options.push(['back', tree.get(up !== null && this._inBounds(up) ? up : top)]);
    }
    if (self && this.allowBranches) options.push(['self', self]);
    for (const union of tree.children(parent)) options.push(['union', union]);
    return options;
  }

  /** Lists the unions under `parent`, with `focusId` (or the first union) active. */
  private _browse(parent: string | null, focusId?: string | null): void {
    const tree = this._loaded!;
    const m = this._m;
    this._parent = parent;
    const index = this._options().findIndex(
      ([kind, union]) => kind == 'union' && (!focusId || union!.id == focusId),
    );
    this._active = Math.max(index, 0);
    this._announcement = m.level(
      isolate(tree.get(parent)?.name ?? m.top),
      tree.children(parent).length,
    );
  }

  /** After typing: the results of the search, or the level again once the text is gone. */
  private _typed(): void {
    if (!this._searching) return this._browse(this._parent!);
    const found = this._options().length;
    const m = this._m;
    this._active = 0;
    this._announcement = found ? m.results(Math.min(found, MAX_RESULTS)) : m.noMatch;
  }

  private _openList(last?: boolean): void {
    if (this._disabled || this._open) return;
    this._open = true;
    this._parent = undefined;
    if (this._loaded) this._place(last);
  }

  /** Shows the level of the chosen union with it active, or the top level (or the search). */
  private _place(last?: boolean): void {
    const top = this._top;
    const chosen = this._loaded!.get(this.value);
    if (this._query != null) {
      this._parent = top;
      this._typed();
    } else if (chosen && chosen.id != top && this._inBounds(chosen.id)) {
      this._browse(chosen.parentId, chosen.id);
    } else {
      this._browse(top);
      if (last) this._active = -1;
    }
  }

  private _close(): void {
    this._open = false;
    this._query = undefined;
  }

  private _activate([kind, union]: Option): void {
    if (kind == 'back') return this._browse(union?.id ?? null, this._parent);
    // Browsing, a union with lower levels opens them (the cascade); `选择本级` chooses it itself.
    // A search result is chosen directly when it may be.
    if (
      kind == 'union' &&
      this._loaded!.hasChildren(union!.id) &&
      !(this._searching && this.allowBranches)
    ) {
      this._query = undefined;
      return this._browse(union!.id);
    }
    this._set(union);
  }

  /** Chooses `union` (none: clears) and tells the page when that changed the value. */
  private _set(union?: Union): void {
    const id = union?.id ?? '';
    this._close();
    if (union) this._announcement = this._m.selected(isolate(union.name));
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
    const open = this._open;
    const options = open ? this._shown() : [];
    const browsing = open && !this._searching;
    const option = options[this._active];
    // A key an IME takes (Enter picking a candidate, arrows among them) is not the list's:
    // browsers report it as keyCode 229, Safari even after the composition has ended.
    switch (event.keyCode != 229 && event.key) {
      case 'ArrowDown':
        if (!open) this._openList();
        else if (!event.altKey) this._active++;
        break;
      case 'ArrowUp':
        if (event.altKey) this._close();
        else if (!open) this._openList(true);
        else this._active = Math.max(this._active, 0) - 1;
        break;
      case 'ArrowRight':
        if (!browsing || option?.[0] != 'union' || !this._loaded!.hasChildren(option[1]!.id))
          return;
        this._browse(option[1]!.id);
        break;
      case 'ArrowLeft':
        if (!browsing || options[0]?.[0] != 'back') return;
        this._activate(options[0]);
        break;
      case 'Home':
      case 'End':
        if (!browsing) return;
        this._active = event.key == 'Home' ? 0 : -1;
        break;
      case 'Enter':
        // Closed, the Enter submits the form (on `keypress`, below).
        if (!open) return;
        if (option) this._activate(option);
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

  /**
   * The options shown (at most `MAX_RESULTS` search results), with `_active` brought into
   * their range: moving past either end wraps around, and -1 is the last one.
   */
  private _shown(): Option[] {
    const options = this._options().slice(0, MAX_RESULTS);
    const count = options.length;
    if (count) this._active = (this._active + count) % count;
    return options;
  }

  /** Typing, and the end of an IME composition: pinyin being composed is not searched for. */
  private _onInput(event: Event): void {
    if ((event as InputEvent).isComposing) return;
    this._query = (event.target as HTMLInputElement).value;
    this._customError = '';
    if (!this._open) this._openList();
    else if (this._loaded) this._typed();
  }
  protected override render(): TemplateResult {
    const m = this._m;
    const tree = this._loaded;
    const failed = !!this._tree.error;
    const open = this._open;
    const searching = this._searching;
    const options = open ? this._shown() : [];
    const expanded = options.length > 0;
    const active = expanded ? this._active : -1;
    const path = this._above(this.value);
    const disabled = this._disabled;
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
            aria-activedescendant=${expanded ? `option-${active}` : nothing}
            aria-label=${this._outerLabel()}
            aria-required=${this.required}
            aria-invalid=${this._shownInvalid}
            aria-describedby="path hint feedback"
            .value=${live(this._query ?? this.selectedUnion?.name ?? '')}
            placeholder=${this.value && !tree && !failed ? this.t.base.loading : this.placeholder || m.placeholder}
            ?disabled=${disabled}
            @input=${this._onInput}
            @compositionend=${this._onInput}
            @keydown=${this._onKeyDown}
            @keypress=${(event: KeyboardEvent) =>
              // Implicit submission, as Enter in a native text field does (see JgFormControl).
              event.keyCode == 13 && this.form?.requestSubmit()}
            @click=${(event: MouseEvent) =>
              // The second tap of a double tap leaves the list open (see the options' click).
              event.detail > 1 || (open && !searching ? this._close() : this._openList())}
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
            class="icon-button"
            part="toggle"
            tabindex="-1"
            aria-label=${m.toggle}
            aria-expanded=${expanded}
            aria-controls="listbox"
            ?disabled=${disabled}
            @mousedown=${keepFocus}
            @click=${() => {
              if (open) this._close();
              else this._openList();
              this._input!.focus();
            }}
          >
            ${icon(iconChevronDown)}
          </button>
        </div>
        <div class="popup" part="popup" ?hidden=${!open || failed} @mousedown=${keepFocus}>
          <ul
            id="listbox"
            role="listbox"
            part="listbox"
            class=${searching ? 'results' : ''}
            aria-label=${searching ? m.searchLabel : m.listLabel(named(tree?.get(this._parent)?.name))}
            ?hidden=${!expanded}
          >
            ${options.map((option, index) => this._renderOption(option, index, active))}
          </ul>
          ${
            !open
              ? nothing
              : !tree
                ? renderSkeleton(4, this.t.base.loading)
                : !expanded
                  ? searching
                    ? html`<p class="note" part="popup-note">${m.noMatch}</p>`
                    : renderEmpty(m.noUnions)
                  : html`${
                        this._options().length > MAX_RESULTS
                          ? html`<p class="note" part="popup-note">${m.tooMany(MAX_RESULTS)}</p>`
                          : nothing
                      }
                      <p class="note keys" part="popup-note" aria-hidden="true">
                        ${m.keyboardHint}
                      </p>`
          }
        </div>
        ${failed ? renderError(this._tree.error, this.t, () => this._loadTree()) : nothing}
        <div class="jg-visually-hidden" role="status">${this._announcement}</div>
      </div>`,
      nothing,
      html`<div id="path" part="path" class="hint" ?hidden=${!path}>
        ${path && html`<span class="jg-visually-hidden">${m.path}</span>${path}`}
      </div>`,
    );
  }

  private _renderOption([kind, union]: Option, index: number, active: number): TemplateResult {
    const tree = this._loaded!;
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
          ? this._above(union!.id)
          : branch
            ? m.lowerLevels(tree.children(union!.id).length)
            : '';
    return html`<li
      id="option-${index}"
      role="option"
      part="option ${kind == 'union' ? '' : `option-${kind}`} ${isActive ? 'option-active' : ''} ${
        current ? 'option-selected' : ''
      }"
      aria-selected=${isActive}
    >
      ${current ? html`<span class="current">${icon(iconCheck, m.current)}</span>` : nothing}
      ${kind == 'back' ? icon(iconChevronLeft) : kind == 'self' ? icon(iconCheckCircle) : nothing}
      <span class="name"
        >${
          kind == 'back'
            ? m.back(named(union?.name))
            : kind == 'self'
              ? m.chooseThis(isolate(union!.name))
              : searching
                ? highlight(union!.name, this._query!)
                : union!.name
        }</span
      >
      ${detail && html`<span class="detail" part="option-detail">${detail}</span>`}
      ${branch && !searching ? html`<span class="chevron">${icon(iconChevron)}</span>` : nothing}
    </li>`;
  }
}
