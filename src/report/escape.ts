const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values for HTML and SVG: quotes come from documents and may hold anything. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Inline Markdown text: titles and quotes must not turn into emphasis, links or HTML.
 * "<" only starts HTML before a letter, "/", "!" or "?", and ">" inside a line is no
 * blockquote, so "< 10%" and "> 70%" stay as written and legible.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|]/g, '\\$&')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/\r?\n/g, ' ');
}

/** A path or code-like text as a code span; one with a backtick cannot be, so it is escaped. */
export function markdownCode(text: string): string {
  return text.includes('`') ? escapeMarkdown(text) : `\`${text}\``;
}
