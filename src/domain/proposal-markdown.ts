// The officials' proposal as Markdown (the command line's `proposal --format md`): headings, the
// att-clauses, lists with check boxes, and tables as pipe tables. Example values carry the marker in
// brackets after them, as in the Word and PDF forms. Charts are not drawn here; each chart's table is.
import type { Block, DocCell, Inline, ProposalDocument } from './proposal-document';

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function inline(part: Inline, marker: string): string {
  if (typeof part === 'string') return part;
  const text = part.strong ? `**${part.text.trim()}** ` : part.text;
  return part.example ? `${text} [${marker}]` : text;
}

function cell(c: DocCell, marker: string): string {
  return escapeCell(c.example ? `${c.text} [${marker}]` : c.text);
}

function block(b: Block, marker: string): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${b.text}`;
    case 'paragraph':
      return (b.tone === 'warning' ? '> **!** ' : b.tone === 'note' ? '> ' : '') + b.parts.map((p) => inline(p, marker)).join('');
    case 'list':
      return (b.lead ? `${b.lead.map((p) => inline(p, marker)).join('')}\n\n` : '') + b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${b.checklist ? '[ ] ' : ''}${item.map((p) => inline(p, marker)).join('')}`).join('\n');
    case 'clauses':
      return [`${b.intro}`, '', ...b.items.map((c) => `- ${c}`)].join('\n');
    case 'table': {
      const header = `| ${b.header.map((h, i) => escapeCell(b.headerExample?.[i] ? `${h} [${marker}]` : h)).join(' | ')} |`;
      const rule = `| ${b.header.map((_, i) => (i > 0 && b.numeric[i - 1] ? '---:' : '---')).join(' | ')} |`;
      const rows = b.rows.map((row) => `| ${row.map((c) => cell(c, marker)).join(' | ')} |`);
      return [`*${b.caption}*`, '', header, rule, ...rows].join('\n');
    }
    case 'chart':
      return `*${b.caption}*: ${b.alt}`;
  }
}

export function proposalMarkdown(doc: ProposalDocument): string {
  const head = [`*${doc.kicker}*`, '', `# ${doc.title}`, '', ...doc.meta.map((m) => `${m}  `)];
  return `${[...head, '', ...doc.blocks.map((b) => block(b, doc.exampleMarker)).flatMap((text) => [text, ''])].join('\n').trimEnd()}\n`;
}
