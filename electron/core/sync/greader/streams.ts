// The stream and tag names of the Google Reader API. Servers answer with `user/1/...` or
// `user/-/...`; we always send `user/-/...` and read either.

export const READING_LIST = 'user/-/state/com.google/reading-list';
export const READ = 'user/-/state/com.google/read';
export const STARRED = 'user/-/state/com.google/starred';

export function labelStream(name: string): string {
  return `user/-/label/${name}`;
}

/** `user/1/label/Tech` and `user/-/label/Tech` are both the label "Tech"; anything else is null. */
export function labelName(stream: string): string | null {
  const match = /^user\/[^/]+\/label\/(.+)$/.exec(stream);
  return match ? (match[1] as string) : null;
}

/** Whether a category names this state (`user/<anyone>/state/com.google/<state>`). */
export function isState(category: string, state: 'read' | 'starred' | 'reading-list'): boolean {
  return new RegExp(`^user/[^/]+/state/com\\.google/${state}$`).test(category);
}
