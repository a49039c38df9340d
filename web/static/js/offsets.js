// Offsets: the server counts code points (Python str indices), the textarea
// counts UTF-16 units. Reports are converted once on arrival, then shifted
// along with every edit so highlights stay on their words while the next
// check is on its way.

function codePointToUnit(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const units = [0];
  for (const char of text) units.push(units[units.length - 1] + char.length);
  return (offset) => units[Math.min(offset, units.length - 1)];
}

// Dismissal key: rule + matched text + occurrence among identical pairs, so a
// dismissed finding stays dismissed while the text changes elsewhere.
function withKeys(findings) {
  const seen = new Map();
  return findings.map((finding) => {
    const base = `${finding.rule}\u241f${finding.text || ''}`;
    const index = seen.get(base) || 0;
    seen.set(base, index + 1);
    return { ...finding, key: `${base}\u241f${index}` };
  });
}

// Findings and parts of `report` (checked on `text`) in UTF-16 offsets, keyed.
export function alignReport(report, text) {
  const unit = codePointToUnit(text);
  const move = (item) => ({ ...item, start: unit(item.start), end: unit(item.end) });
  return {
    findings: withKeys(report.findings.map(move)),
    parts: (report.parts || []).map(move),
  };
}

// Shift spans from `before` to `after` (one contiguous edit). Spans that end
// before the edit stay, spans after it move; a span the edit falls inside grows
// or shrinks with it; spans the edit cuts across are dropped until the next check.
export function remap(items, before, after) {
  if (before === after) return items;
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) suffix += 1;
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  const moved = [];
  for (const item of items) {
    if (item.end <= prefix) {
      moved.push(item);
    } else if (item.start >= editEnd) {
      moved.push({ ...item, start: item.start + delta, end: item.end + delta });
    } else if (item.start < prefix && item.end > editEnd) {
      moved.push({ ...item, end: item.end + delta });
    }
  }
  return moved;
}
