// The answer to a view's question, first on the page: one plain sentence computed from the numbers the
// view shows (DESIGN §6, as Our World in Data writes its chart titles). The view computes the sentence;
// this only gives every view's answer the same place and look (and a mark the journeys look for).
// `live` announces a new sentence to a screen reader when the reader's own choices change it.
export function Takeaway({ children, live = false }: { children: React.ReactNode; live?: boolean }) {
  return (
    <p className="takeaway" data-takeaway="" aria-live={live ? 'polite' : undefined}>
      {children}
    </p>
  );
}
