import { noChange } from 'lit';
import { Directive, directive, type DirectiveResult, type PropertyPart } from 'lit/directive.js';
import { setCommittedValue } from 'lit/directive-helpers.js';

/**
 * Lit's `live`, for the property bindings of the forms (`.value`, `.checked`) only: a value is set
 * when it differs from the element's own (what the member typed or ticked), not only when it
 * differs from the last one rendered. Lit's carries the checks and messages of attribute and
 * boolean bindings too, in every form's bundle.
 */
// Typed by hand so its declaration names lit/directive.js, which the package declares, rather
// than lit-html, which it does not (a pnpm partner's tsc could not resolve that).
export const live: (value: unknown) => DirectiveResult = directive(
  class extends Directive {
    render(value: unknown): unknown {
      return value;
    }

    override update(part: PropertyPart, [value]: [unknown]): unknown {
      if (value === (part.element as unknown as Record<string, unknown>)[part.name])
        return noChange;
      // Set even when it equals the last value rendered: the element's own changed since.
      setCommittedValue(part);
      return value;
    }
  },
);
