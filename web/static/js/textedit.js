// Edits that keep the browser's own undo stack: select the range, then
// insertText; setRangeText is the fallback where execCommand is unavailable.

export function replaceRange(textarea, start, end, replacement) {
  textarea.focus();
  textarea.setSelectionRange(start, end);
  let done = false;
  try {
    done = document.execCommand('insertText', false, replacement);
  } catch {
    done = false;
  }
  if (!done) {
    textarea.setRangeText(replacement, start, end, 'end');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

// Keep a capital at the start of a sentence: "Middels" -> "Met".
export function matchCase(original, replacement) {
  const first = original.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
