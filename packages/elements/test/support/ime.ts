// Typing through Chromium's own IME path, with the DevTools protocol (the `jg-cdp` command of
// web-test-runner.config.mjs): the page gets the browser's composition events, with their
// `isComposing`, keyCode 229 and order, rather than a test's guess at them.
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * One thing an IME does in the focused field: `compose` shows the underlined text being composed
 * (pinyin), `commit` replaces it with the candidate the member picked (ending the composition),
 * `keydown` is a key the IME takes (Chrome reports keyCode 229), `keyup` its release.
 */
export type ImeStep =
  readonly ['compose' | 'commit', string] | readonly ['keydown' | 'keyup', 'Enter'];

function toCdp([kind, text]: ImeStep): [string, Record<string, unknown>] {
  if (kind == 'compose') {
    const end = text.length;
    return ['Input.imeSetComposition', { text, selectionStart: end, selectionEnd: end }];
  }
  if (kind == 'commit') return ['Input.insertText', { text }];
  const up = kind == 'keyup';
  return [
    'Input.dispatchKeyEvent',
    {
      type: up ? 'keyUp' : 'rawKeyDown',
      key: text,
      code: text,
      windowsVirtualKeyCode: up ? 13 : 229,
    },
  ];
}

/** Runs IME steps against the focused field, e.g. `ime(['compose', 'shen'], ['commit', '沈'])`. */
export async function ime(...steps: ImeStep[]): Promise<void> {
  await executeServerCommand('jg-cdp', steps.map(toCdp));
}

/** Each growing prefix of `pinyin` as the composition, as a member types it letter by letter. */
export const spell = (pinyin: string): ImeStep[] =>
  Array.from(pinyin, (_, i) => ['compose', pinyin.slice(0, i + 1)] as const);

/** Picks a candidate with Enter, as on a desktop pinyin IME: the keydown comes first. */
export const enterPicks = (committed: string): ImeStep[] => [
  ['keydown', 'Enter'],
  ['commit', committed],
  ['keyup', 'Enter'],
];
