// Plain text (Atom type="text", JSON Feed content_text, Media RSS descriptions) as HTML, so every
// item's content is HTML from here on: escaped, blank lines to paragraphs, newlines to <br>.

export function plainToHtml(text: string): string {
  if (text === '') return '';
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.trim().replace(/\n/g, '<br>')}</p>`)
    .join('');
}
