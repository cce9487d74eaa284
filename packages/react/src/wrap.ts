/**
 * What `@lit/react`'s components lack, added around each wrapper.
 *
 * - **Ref cleanup (React 19).** A ref callback may return a cleanup function, which React 19
 *   calls when the element goes, instead of calling the ref with `null`. `@lit/react` calls the
 *   ref itself and drops what it returns: the cleanup never ran and the ref got `null`, so
 *   `ref={(el) => { el.addEventListener(…); return () => el.removeEventListener(…); }}` threw
 *   on unmount. Here the cleanup runs, and the ref gets `null` only when it returned none.
 * - **Controlled inputs.** `@lit/react` sets every element property on every render and leaves
 *   the dirty check to the element. An input's `value` set again writes the value's text into
 *   the box: the amount input turns the `1` being typed into `1.00` (its value is fen), the name
 *   input drops the space after `Li`, the phone input the one after `138`. A controlled input
 *   (`value={v} onInput={(e) => setV(e.currentTarget.value)}`) sets it back on every keystroke,
 *   and any input with a `value` prop on every render of its parent. For the inputs, `value` and
 *   `valueAsFen` are set only when they differ from the element's own, as React does for a
 *   native input: what the member types stays, and a new value from the app (a reset, a
 *   prefill) still replaces it.
 *   `value={undefined}` (or `valueAsFen`) is no value, as on React's `<input>`: the input is
 *   the member's (uncontrolled), not emptied at each render of its parent. The `value`
 *   attribute follows a controlled value, as React keeps a native input's: `form.reset()` (React
 *   19's after a form action) leaves the field at its value.
 * - **`defaultValue` on the inputs.** React's way to prefill an uncontrolled input: typed (from
 *   React's HTML attributes) but not the element's, so it did nothing and the field stayed
 *   empty. It is the `value` attribute now, as on a native input: the value until the member
 *   types, and what `form.reset()` goes back to. One that changes once the member has typed
 *   (a prefill arriving late) leaves what they typed, as on a native input.
 * - **`translate` and `draggable`.** React's values are the attribute's (`translate="no"`,
 *   `draggable="false"`); `@lit/react` assigned them to the element's boolean properties, where
 *   a string is true: `translate="no"` gave `translate="yes"`. They are given as booleans.
 * - **No handler after unmount.** `@lit/react` never removes its listeners: an event the
 *   removed element sent later (an answer arriving after the member left) reached the app's
 *   `on…` prop. It no longer does, as for a native element.
 * - **Properties set when their prop changes.** `@lit/react` assigns every element property on
 *   every render, so one the element changes itself went back to the prop at the parent's next
 *   render: `<JgMerchantList county="330402">` undid the member's pick of another county, and
 *   `<JgPointsMall view="orders" onJgNavigate={(e) => setLast(e.detail.view)}>` (a handler that
 *   renders) turned the member's tap on 商品 into nothing. As React does for a native element's
 *   (`<details open>`), a property is written when its prop changed since the last render: a prop
 *   unchanged gives `@lit/react` the element's own value, which it assigns with no effect.
 * - **`form` on the inputs.** As on a native input, `form="loan-form"` names the form an input
 *   outside it belongs to. The element's `form` property is that form, read only: `@lit/react`
 *   assigned the string to it, which threw ("has only a getter") and unmounted the tree, and the
 *   props' type wanted an `HTMLFormElement`. It is the attribute now, typed as a string.
 * @internal
 * @packageDocumentation
 */
'use client';
import * as React from 'react';

/** The value properties of the form inputs, dirty-checked against the element's. */
const VALUE_PROPS = ['value', 'valueAsFen'];

/** Props `@lit/react` gives React itself, not the element. */
const RESERVED = new Set(['children', 'localName', 'ref', 'style', 'className']);

/** The input wrappers that said they are controlled without onInput. */
const warned = new WeakSet<object>();

const onClient = typeof document !== 'undefined';

/** React 18 warns about a layout effect on the server; there is no element there anyway. */
const useClientLayoutEffect = onClient ? React.useLayoutEffect : React.useEffect;

type RefCallback = (node: HTMLElement | null) => void | (() => void);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any wrapper's props
type Wrapper = React.ForwardRefExoticComponent<any>;

/** The element a wrapper renders, from its `ref`. */
type ElementOf<C extends Wrapper> =
  NonNullable<React.ComponentPropsWithRef<C>['ref']> extends React.Ref<infer E> ? E : never;

type IfEquals<X, Y, A, B> =
  (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;

/**
 * The element's members that are not props: its read-only properties (`step`, `balance`,
 * `validationMessage`, `effectiveLocale` …), which `@lit/react` would assign anyway ("Cannot set
 * property … which has only a getter": React unmounts the tree), its methods (`submit`,
 * `refresh` …, which a prop would replace) and Lit's update state. `getSessionToken` is the one
 * function that is a prop.
 */
type NotProps<E> = {
  [K in keyof E]-?: K extends 'getSessionToken'
    ? never
    : K extends 'isUpdatePending' | 'hasUpdated'
      ? K
      : E[K] extends (...args: never[]) => unknown
        ? K
        : IfEquals<{ [Q in K]: E[K] }, { -readonly [Q in K]: E[K] }, never, K>;
}[Exclude<keyof E, keyof HTMLElement>];

/**
 * A wrapper's props: the element's writable properties, React's HTML attributes and its `on…`
 * event props. Event props and the element's flags (`senior`, `qr`, `required` …) take
 * `undefined` too (no listener; off), as React's own do: a strict project
 * (`exactOptionalPropertyTypes`) may pass a handler it may not have, or
 * `senior={settings.senior}` from an optional setting.
 */
export type Props<C extends Wrapper> = {
  [
    K in keyof React.ComponentPropsWithRef<C> as K extends NotProps<ElementOf<C>> ? never : K
  ]: K extends `on${string}`
    ? React.ComponentPropsWithRef<C>[K] | undefined
    : boolean extends React.ComponentPropsWithRef<C>[K]
      ? React.ComponentPropsWithRef<C>[K] | undefined
      : React.ComponentPropsWithRef<C>[K];
};

/**
 * A form input's props: `form` is the id of its form, as on a native input; `value` and
 * `valueAsFen` take `undefined` too, which leaves the input to the member (uncontrolled), as on
 * React's `<input>`: a strict project (`exactOptionalPropertyTypes`) may pass
 * `value={prefill ? v : undefined}`.
 */
export type InputProps<C extends Wrapper> = Omit<Props<C>, 'form' | 'value' | 'valueAsFen'> & {
  /** The `id` of the `<form>` the input belongs to, when it is not inside it. */
  form?: string | undefined;
} & {
  [K in Extract<'value' | 'valueAsFen', keyof Props<C>>]?: Props<C>[K] | undefined;
};

/** Wraps a `createComponent` wrapper: ref cleanups. */
export function wrap<C extends Wrapper>(Component: C): React.ForwardRefExoticComponent<Props<C>> {
  return wrapWith(Component, false) as React.ForwardRefExoticComponent<Props<C>>;
}

/**
 * Wraps a form input's `createComponent` wrapper: ref cleanups, its values and `form`. `typed`:
 * the member types the value (it follows `input` events), as opposed to choosing it
 * (`<jg-union-picker>`, whose value changes with `change`).
 */
export function wrapInput<C extends Wrapper>(
  Component: C,
  typed = true,
): React.ForwardRefExoticComponent<InputProps<C>> {
  return wrapWith(Component, true, typed) as React.ForwardRefExoticComponent<InputProps<C>>;
}

function wrapWith(Component: Wrapper, input: boolean, typed = false): unknown {
  const Wrapped = React.forwardRef<HTMLElement, Record<string, unknown>>((props, ref) => {
    const element = React.useRef<HTMLElement | null>(null);
    const cleanup = React.useRef<(() => void) | undefined>(undefined);
    const formSet = React.useRef(false);
    /** The element's value as the wrapper last left it: another one is the member's. */
    const ours = React.useRef<unknown>(undefined);
    const mounted = React.useRef(false);
    const latest = React.useRef(props);
    const handlers = React.useRef<Record<string, (event: Event) => void>>({});
    /** The props of the last render committed: a property whose prop is the same stays as is. */
    const committed = React.useRef<Record<string, unknown> | undefined>(undefined);
    useClientLayoutEffect(() => {
      committed.current = props;
    });
    useClientLayoutEffect(() => {
      mounted.current = true;
      return () => {
        mounted.current = false;
      };
    }, []);
    const rest: Record<string, unknown> = { ...props };
    // `@lit/react` adds the element's listeners and never removes them on unmount: an event the
    // removed element sent later (an answer arriving after the member left the page) called the
    // app's handler, which React never does for a native element. Each on… prop is given as a
    // handler of its own that calls the latest prop while the wrapper is mounted only.
    latest.current = props;
    for (const name in rest) {
      if (/^on[A-Z]/.test(name) && typeof rest[name] === 'function') {
        rest[name] = handlers.current[name] ??= (event: Event) => {
          const handler = latest.current[name];
          if (mounted.current && typeof handler === 'function') handler(event);
        };
      }
    }
    // HTML attributes whose DOM property is a boolean: `@lit/react` sets the property, and
    // translate="no" (a truthy string) made translate="yes", draggable="false" draggable. The
    // server renders the attribute as written.
    if (onClient) {
      if (typeof rest.translate === 'string') rest.translate = rest.translate !== 'no';
      if (typeof rest.draggable === 'string') rest.draggable = rest.draggable === 'true';
    }
    const values: [name: string, value: unknown][] = [];
    for (const name of input ? [...VALUE_PROPS, 'form', 'defaultValue'] : []) {
      if (name in rest) {
        values.push([name, rest[name]]);
        delete rest[name];
      }
    }
    // `@lit/react` assigns every element property at every render, and the element's own changes
    // (the member's county, the mall's view) went back to the prop. A prop unchanged since the last
    // render gives the element's value, which assigning changes nothing (Lit compares), as React
    // writes a native element's property only when its prop changed.
    const el = element.current as unknown as Record<string, unknown> | null;
    const before = committed.current;
    if (el && before) {
      for (const name in rest) {
        if (
          !(name in handlers.current) &&
          !RESERVED.has(name) &&
          name in el &&
          name in before &&
          Object.is(before[name], props[name])
        ) {
          rest[name] = el[name];
        }
      }
    }
    // React's idiom, value={v} onChange={…}, is not one here: onChange is the element's change
    // event, fired when the member leaves the field, so a render before that (the parent's state
    // changing for any reason) puts v back over what is being typed. Said once per component,
    // of a field the member types in: not a read-only or disabled one (as React's own warning),
    // nor the union picker, whose `change` comes with the choice (it has no `input` to follow).
    const controlled = values.some(
      ([name, value]) => VALUE_PROPS.includes(name) && value !== undefined,
    );
    if (
      typed &&
      controlled &&
      !props.onInput &&
      !props.readonly &&
      !props.disabled &&
      !warned.has(Wrapped)
    ) {
      warned.add(Wrapped);
      console.warn(
        `[jiagong] <${String(Component.displayName)}> has a value but no onInput: a render puts ` +
          'the value back over what the member is typing (onChange fires only when they leave ' +
          'the field). Update it in onInput: value={v} onInput={(e) => setV(e.currentTarget.value)}',
      );
    }
    // Runs after the inner component's own (children first), which sets the other properties.
    useClientLayoutEffect(() => {
      const el = element.current as unknown as (HTMLElement & Record<string, unknown>) | null;
      if (!el || !input) return;
      const attribute = (name: string) => values.find(([prop]) => prop === name)?.[1];
      // Removed only when it was ours: an attribute set another way stays.
      const form = attribute('form');
      if (form != null) el.setAttribute('form', String(form));
      else if (formSet.current) el.removeAttribute('form');
      formSet.current = form != null;
      // Only when it changed, and not over what the member typed: the element takes the
      // attribute as its value, and a prefill arriving late (defaultValue={profile?.name})
      // replaced the name being typed. A native input's value, once edited, stays too.
      const defaultValue = attribute('defaultValue');
      let wrote = ours.current === undefined;
      if (
        defaultValue != null &&
        el.getAttribute('value') !== String(defaultValue) &&
        (wrote || el.value === ours.current)
      ) {
        el.setAttribute('value', String(defaultValue));
        wrote = true;
      }
      for (const [name, value] of values) {
        // `value={undefined}` leaves the input to the member, as on React's <input>: setting ''
        // emptied what was typed each time the parent rendered (a prefill not known yet).
        if (name === 'form' || name === 'defaultValue' || value === undefined) continue;
        // The element's own form: `value` is a string, `valueAsFen` a number or null.
        const next = name === 'value' ? (value == null ? '' : String(value)) : value;
        // As React does for a native controlled input, the value attribute (the default a form
        // reset restores) follows the value: React 19 resets a form after its action, which
        // emptied a controlled field while the state still held its value.
        const text = next == null ? '' : String(next);
        if (defaultValue == null && el.getAttribute('value') !== text) {
          el.setAttribute('value', text);
        }
        if (el[name] !== next) {
          el[name] = next;
          wrote = true;
        }
      }
      if (wrote) ours.current = el.value;
    });
    const setRef = React.useCallback(
      (node: HTMLElement | null) => {
        element.current = node;
        if (typeof ref === 'function') {
          const done = cleanup.current;
          cleanup.current = undefined;
          if (node) {
            const returned = (ref as RefCallback)(node);
            if (typeof returned === 'function') cleanup.current = returned;
          } else if (done) done();
          else ref(null);
        } else if (ref) ref.current = node;
      },
      [ref],
    );
    return React.createElement(Component, { ...rest, ref: setRef });
  });
  Wrapped.displayName = Component.displayName;
  return Wrapped;
}
