// What a link held that could not be used, shown above a view: a heading and one line per problem, in an
// alert so a screen reader announces it. Every view that reads its state from the link uses this, so a
// broken or hostile link looks and reads the same everywhere; the view says what was wrong and what it
// used instead, and keeps what was valid.
export function LinkProblems({ heading, problems }: { heading: string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="error-panel link-problems">
      <p>
        <strong>{heading}</strong>
      </p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
