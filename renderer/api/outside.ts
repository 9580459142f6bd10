// Leaving the app: web pages open in a new window (the system browser, in Electron), mail in the
// mail program, and text goes to the clipboard.
export function openLink(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}

/** A mailto: link followed by a click, so the browser (or Electron's navigation guard) hands it on. */
export function openMail(subject: string, body: string): void {
  const link = document.createElement('a');
  link.href = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  link.rel = 'noopener noreferrer';
  link.click();
}

export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // not allowed here (no focus, or a permission prompt): fall back below
    }
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  const copied = document.execCommand('copy');
  field.remove();
  if (!copied) throw new Error('the clipboard is not available here');
}
