// An index of a long page's parts, right under its takeaway: one button per part that scrolls to it and
// moves the keyboard focus there, so a reader reaches "Robusthet" in two tab stops instead of forty. The
// links of a hash-routed app cannot be `#id` anchors (the hash is the route), hence buttons.
export interface IndexEntry {
  id: string;
  label: string;
}

export function SectionIndex({ label, entries }: { label: string; entries: readonly IndexEntry[] }) {
  const go = (id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return (
    <nav className="section-index" aria-label={label}>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <button type="button" onClick={() => go(entry.id)}>
              {entry.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
