/**
 * xAIF's `text` (the analysed source, beside `AIF`) as the map's source text. OVA writes it as
 * HTML, the source wrapped in `<span id="node…">` highlights and `<p>`/`<br>` breaks; what a reader
 * of the map expects is the text itself, so HTML is turned into plain text (tags removed, entities
 * decoded, one line per paragraph) with a warning, while plain text is kept exactly as it is. OVA
 * versions that write `{"txt": …}` are read too.
 */
import { htmlToPlainText, isHtml } from './aif-text.ts';

export function xaifSourceText(value: unknown, warnings: string[]): string | null {
  const raw =
    typeof value === 'string'
      ? value
      : typeof value === 'object' && value !== null && typeof (value as { txt?: unknown }).txt === 'string'
        ? (value as { txt: string }).txt
        : null;
  if (raw === null || raw.trim() === '') return null;
  if (!isHtml(raw)) return raw;
  const text = htmlToPlainText(raw);
  warnings.push(
    text
      ? 'document: its xAIF "text" is HTML; kept as the map\'s source text in plain text (tags removed, entities decoded, one line per paragraph)'
      : 'document: its xAIF "text" is HTML with no text in it; the map has no source text',
  );
  return text || null;
}
