// The words for a value's status and for a model's status as a whole (value-status.ts), and the legend
// under tables whose figures carry their own badges. Swedish first; `statusEn` has the same keys.
export const statusSv = {
  'status.own': 'Eget värde',
  'status.own.help': 'Värdet är skrivet i utkastet: varken belagt med en källa eller ett exempel från verktyget.',
  'status.partly': 'Delvis belagt',
  'status.partly.help': 'Några värden är belagda med en källa, andra är exempel. Varje siffra är märkt för sig.',
  'status.draft': 'Utkast',
  'status.draft.help': 'Ett utkast är aldrig belagt som helhet; värden som skrivits i utkastet märks som egna värden.',
  'status.legend': 'Siffror utan märkning är belagda; källorna står under Källor. ”Exempel” är exempelvärden, ”Eget värde” är skrivet i ett utkast.',
  'status.sources': 'Källa: {sources}',
  'status.lot': 'beror på lottning',
  'status.lot.help': 'Lika jämförelsetal avgörs genom lottning. Intervallet visar alla utfall som lotten kan ge.',
  'status.lot.range': '{min}–{max}',
  'status.lot.outcomes':
    'Lotten kan ge {count, plural, one {en fördelning} other {# olika fördelningar}} av platserna (alla är uträknade). Siffrorna visar en av dem; där det står ”beror på lottning” visar intervallet lägst–högst över alla.',
  'status.lot.tooMany':
    'Lotten kan ge fler än {limit} olika fördelningar av platserna, för många för att räkna upp. Siffrorna visar en av dem; intervallen visas inte.',
  'status.lot.bodies': 'Platser som lotten avgör, lägst–högst (ledamöter + ersättare):',
  'status.lot.body': '{body}: {parties}',
  'status.lot.party': '{party} {members} + {substitutes}',
  'status.lot.mark': '* = beror på lottning: lotten kan ge partiet ett annat antal platser i organet (intervallen står nedan).',
} as const;

export const statusEn: Record<keyof typeof statusSv, string> = {
  'status.own': 'Own value',
  'status.own.help': 'The value was typed in the draft: neither documented by a source nor an example from the tool.',
  'status.partly': 'Partly documented',
  'status.partly.help': 'Some values are documented by a source, others are examples. Each figure is labelled on its own.',
  'status.draft': 'Draft',
  'status.draft.help': 'A draft is never documented as a whole; values typed in the draft are labelled as own values.',
  'status.legend': 'Figures without a label are documented; the sources are listed under Sources. “Example” marks example values, “Own value” a value typed in a draft.',
  'status.sources': 'Source: {sources}',
  'status.lot': 'depends on a lot',
  'status.lot.help': 'Equal comparative figures are decided by lot. The range shows every outcome the lot can give.',
  'status.lot.range': '{min}–{max}',
  'status.lot.outcomes':
    'The lot can give {count, plural, one {one distribution} other {# different distributions}} of the seats (all are computed). The figures show one of them; where it says “depends on a lot” the range shows the lowest–highest over all.',
  'status.lot.tooMany':
    'The lot can give more than {limit} different distributions of the seats, too many to enumerate. The figures show one of them; no ranges are shown.',
  'status.lot.bodies': 'Seats the lot decides, lowest–highest (members + substitutes):',
  'status.lot.body': '{body}: {parties}',
  'status.lot.party': '{party} {members} + {substitutes}',
  'status.lot.mark': '* = depends on a lot: the lot can give the party a different number of seats on the body (the ranges are below).',
};
