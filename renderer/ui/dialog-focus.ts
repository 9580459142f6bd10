// Where focus goes in a modal dialog. showModal() focuses the first focusable element, which is
// the header's × button, and it runs after React has already tried the field's autoFocus (a
// closed <dialog> cannot take focus): typing then pressed ×, and the rest of the words ran as
// shortcuts (issue #19). So the dialog places focus itself, after showModal(), and keeps Tab
// inside itself.

const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

const fieldSelector = 'input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), select:not([disabled])';

const shown = (element: HTMLElement): boolean => element.getClientRects().length > 0;

/** Tab stops at one radio button of a group: the checked one, when the group has one. */
function isTabStop(element: HTMLElement, all: readonly HTMLElement[]): boolean {
  if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || element.checked || !element.name) return true;
  return !all.some((other) => other instanceof HTMLInputElement && other.type === 'radio' && other.name === element.name && other.checked);
}

/** What Tab can reach inside the dialog, in order. */
export function focusablesIn(dialog: HTMLElement): HTMLElement[] {
  const all = [...dialog.querySelectorAll<HTMLElement>(focusableSelector)].filter(shown);
  return all.filter((element) => isTabStop(element, all));
}

/** The first field, else the primary button, else the first control of the body, else the × button. */
export function initialFocusIn(dialog: HTMLElement, body: HTMLElement | null): HTMLElement | null {
  const inside = body ?? dialog;
  const pick = (selector: string) => [...inside.querySelectorAll<HTMLElement>(selector)].find(shown);
  return pick(fieldSelector) ?? pick('button.primary:not([disabled]), button[type="submit"]:not([disabled])') ?? focusablesIn(inside)[0] ?? focusablesIn(dialog)[0] ?? null;
}

/** Tab past the last control comes back to the first, Shift+Tab before the first goes to the last. */
export function keepTabInside(event: KeyboardEvent, dialog: HTMLElement): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const all = focusablesIn(dialog);
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const at = document.activeElement;
  const inside = at instanceof HTMLElement && all.includes(at);
  if (event.shiftKey && (!inside || at === first)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (!inside || at === last)) {
    event.preventDefault();
    first.focus();
  }
}
