// Draws the officials' proposal (domain/proposal-document.ts) on screen and in print: headings, the
// att-clauses, paragraphs, check lists, tables with captions and the two charts. Example values carry
// the same bracketed marker as in the Word file, so what is printed says the same as what is sent.
import type { ReactNode } from 'react';
import type { Block, ChartKind, DocCell, Inline, ProposalDocument } from '@/domain/proposal-document';

function Marker({ marker }: { marker: string }) {
  return <span className="example-marker"> [{marker}]</span>;
}

function InlineParts({ parts, marker }: { parts: readonly Inline[]; marker: string }) {
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          <span key={i}>{part}</span>
        ) : (
          <span key={i}>
            {part.strong ? <strong>{part.text}</strong> : part.text}
            {part.example && <Marker marker={marker} />}
          </span>
        ),
      )}
    </>
  );
}

function Cell({ cell, marker }: { cell: DocCell; marker: string }) {
  return (
    <>
      {cell.text}
      {cell.example && <Marker marker={marker} />}
    </>
  );
}

function BlockView({ block, marker, chart }: { block: Block; marker: string; chart(kind: ChartKind): ReactNode }) {
  switch (block.kind) {
    case 'heading': {
      const Tag = block.level === 3 ? 'h4' : 'h3';
      return (
        <Tag id={`proposal-${block.id}`} className={`proposal-h${block.level}`} tabIndex={-1}>
          {block.text}
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p className={block.tone ? `proposal-${block.tone}` : undefined}>
          <InlineParts parts={block.parts} marker={marker} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          {block.checklist && (
            <span aria-hidden="true" className="checkbox-mark">
              ☐{' '}
            </span>
          )}
          <InlineParts parts={item} marker={marker} />
        </li>
      ));
      const className = block.checklist ? 'checklist' : 'proposal-list';
      const list = block.ordered ? <ol className={className}>{items}</ol> : <ul className={className}>{items}</ul>;
      if (!block.lead) return list;
      return (
        <div className="proposal-list-group">
          <p className="proposal-list-lead">
            <InlineParts parts={block.lead} marker={marker} />
          </p>
          {list}
        </div>
      );
    }
    case 'clauses':
      return (
        <div className="proposal-clauses">
          <p>{block.intro}</p>
          <ul>
            {block.items.map((clause, i) => (
              <li key={i}>{clause}</li>
            ))}
          </ul>
        </div>
      );
    case 'table': {
      const total = new Set(block.totalRows ?? []);
      return (
        // Focusable, so a table wider than the screen can be scrolled from the keyboard.
        <div className="table-scroll proposal-table" id={block.id} tabIndex={0} role="region" aria-label={block.caption}>
          <table>
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.header.map((text, i) => (
                  <th key={i} scope="col" className={i > 0 && block.numeric[i - 1] ? 'numeric' : undefined}>
                    {text}
                    {block.headerExample?.[i] && <Marker marker={marker} />}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r} className={total.has(r) ? 'total-row' : undefined}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row" style={{ whiteSpace: 'pre-wrap' }}>
                        <Cell cell={cell} marker={marker} />
                      </th>
                    ) : (
                      <td key={i} className={block.numeric[i - 1] ? 'numeric' : undefined}>
                        <Cell cell={cell} marker={marker} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case 'chart':
      return (
        <figure className={`proposal-chart proposal-chart-${block.chart}`} data-chart={block.chart}>
          <figcaption>{block.caption}</figcaption>
          {chart(block.chart)}
        </figure>
      );
  }
}

export function ProposalBlocks({ doc, chart }: { doc: ProposalDocument; chart(kind: ChartKind): ReactNode }) {
  return (
    <>
      {doc.blocks.map((block, i) => (
        <BlockView key={i} block={block} marker={doc.exampleMarker} chart={chart} />
      ))}
    </>
  );
}
