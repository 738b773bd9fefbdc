import { writeFileSync } from 'node:fs';
import { describeStatechart, layoutStatechart } from '@/layout/statechart-layout';
import { matterMachine } from '@/machines/matter';
import { budgetYearMachine } from '@/machines/budget-year';
import { deviationMachine } from '@/machines/deviation';
import { reorganisationMachine } from '@/machines/reorganisation';
let html = '<html><body style="font-family:sans-serif">';
for (const m of [matterMachine, budgetYearMachine, deviationMachine, reorganisationMachine]) {
  const g = describeStatechart(m);
  const l = layoutStatechart(g, { title: (s) => s.label?.sv ?? s.key, detail: (s) => s.children.length ? '' : 'Socialnämnden', transition: (t) => [t.event ?? 'automatiskt', t.guard ? 'om ' + t.guard : t.otherwise ? 'annars' : ''] });
  let svg = `<svg width="${l.width}" height="${l.height}" style="border:1px solid #ccc"><defs><marker id="a" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0L10,5L0,10z"/></marker></defs>`;
  for (const s of l.states) {
    const c = s.compound;
    svg += `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="8" fill="${c ? '#f3f5f7' : '#fff'}" stroke="#555"/>`;
    s.titleLines.forEach((line, i) => svg += `<text x="${c ? s.textBox.x + 9 : s.textBox.x + s.textBox.width/2}" y="${s.textBox.y + 9+ 14 + i*19}" font-size="15" text-anchor="${c?'start':'middle'}" font-weight="600">${line}</text>`);
    s.detailLines.forEach((line, i) => svg += `<text x="${c ? s.textBox.x + 9 : s.textBox.x + s.textBox.width/2}" text-anchor="${c?'start':'middle'}" y="${s.textBox.y + 9 + 15 + s.titleLines.length*19 + i*17}" font-size="13">${line}</text>`);
    for (const ch of s.chips) { svg += `<rect x="${ch.x}" y="${ch.y}" width="${ch.width}" height="${ch.height}" fill="#eef" stroke="#99c"/>`; ch.lines.forEach((line,i)=> svg += `<text x="${ch.x+4}" y="${ch.y+4+13+i*17}" font-size="13">${line}</text>`); }
  }
  for (const t of l.transitions) {
    svg += `<polyline points="${t.points.map(p=>p.x+','+p.y).join(' ')}" fill="none" stroke="#333" ${t.eventless?'stroke-dasharray="5 4"':''} marker-end="url(#a)"/>`;
    svg += `<rect x="${t.label.x}" y="${t.label.y}" width="${t.label.width}" height="${t.label.height}" fill="#fffbe6" stroke="#cc9"/>`;
    t.label.lines.forEach((line,i)=> svg += `<text x="${t.label.x+4}" y="${t.label.y+4+13+i*17}" font-size="13">${line}</text>`);
  }
  for (const i of l.initials) { svg += `<circle cx="${i.dot.x}" cy="${i.dot.y}" r="6"/><polyline points="${i.points.map(p=>p.x+','+p.y).join(' ')}" fill="none" stroke="#000" marker-end="url(#a)"/>`; }
  svg += '</svg>';
  html += `<h2>${m.id} ${l.width}×${l.height}</h2>` + svg;
}
writeFileSync('/tmp/statechart-probe.html', html + '</body></html>');
