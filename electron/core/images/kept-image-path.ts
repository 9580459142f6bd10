// The path the UI asks for a kept image by; both hosts serve it (web host: with ?token=). In a file
// of its own so the Electron main process, which serves it, does not load the offline reader (and
// with it the store, Readability and the sanitizer) just to learn a string.
export const cachedImagePrefix = '/images/';
