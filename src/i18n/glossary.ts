// One vocabulary for the whole tool: each term a reader meets, with a plain explanation, why it matters
// for the choice between organisations, and which way a figure points (more is better, less is better,
// or it depends on what the municipality wants). The UI shows it as a definition wherever the term appears
// (render/term.tsx), the About page lists it, slides and the command line use the same words. One term
// per thing: where the tool once used two words for one thing, `not` lists the words no longer used, and
// tests/unit/glossary.test.ts checks that no Swedish message uses them.
import type { Language } from './catalogue';

type Text = Record<Language, string>;

/** Which way a figure points: `lower`/`higher` is better, or `depends` (a trade-off the reader weighs). */
export type Direction = 'lower' | 'higher' | 'depends' | 'none';

export interface GlossaryEntry {
  term: Text;
  /** A symbol or abbreviation shown after the plain label, e.g. κ. */
  symbol?: string;
  explanation: Text;
  why: Text;
  direction: Direction;
  /** What the direction means for this figure, when there is one. */
  directionText?: Text;
  /** Swedish words that meant the same and are no longer used. */
  not?: readonly string[];
}

export const GLOSSARY = {
  budgetHolder: {
    term: { sv: 'Budgetansvarigt organ', en: 'Budget holder' },
    explanation: {
      sv: 'Ett politiskt organ som får en egen budgetram av fullmäktige och svarar för att hålla den.',
      en: 'A political body that the council gives its own budget frame and that answers for keeping it.',
    },
    why: {
      sv: 'Varje budgetansvarigt organ är ett eget rör: ett överskott där kan inte täcka ett underskott hos ett annat utan ett nytt beslut.',
      en: 'Each budget holder is a pipe of its own: a surplus there cannot cover a deficit elsewhere without a new decision.',
    },
    direction: 'depends',
    directionText: {
      sv: 'Färre betyder mer gemensam budget; fler betyder att fler politiker svarar för en egen ram.',
      en: 'Fewer means more of one common budget; more means more politicians answer for a frame of their own.',
    },
  },
  effectiveBudgetHolders: {
    term: { sv: 'Effektivt antal budgetansvariga', en: 'Effective number of budget holders' },
    explanation: {
      sv: 'Hur många lika stora budgetar kommunens pengar motsvarar. 1 betyder en enda gemensam budget; 3 betyder att pengarna är delade som i tre lika stora rör.',
      en: 'How many equal budgets the municipality’s money amounts to. 1 means one common budget; 3 means the money is split as if into three equal pipes.',
    },
    why: {
      sv: 'Ett mått på stuprör som tar hänsyn till hur stora ramarna är: en liten nämnd bredvid en stor delar mindre än två lika stora.',
      en: 'A measure of silos that counts how large the frames are: a small committee beside a large one splits less than two equal ones.',
    },
    direction: 'lower',
    directionText: {
      sv: 'Lägre betyder mer gemensam budget (1 är lägsta möjliga).',
      en: 'Lower means more of one common budget (1 is the lowest possible).',
    },
  },
  trappedSurplus: {
    term: { sv: 'Instängt överskott', en: 'Trapped surplus' },
    explanation: {
      sv: 'Pengar som ett organ räknar med att ha över samtidigt som ett annat organ går back, och som inte får flyttas dit utan ett nytt politiskt beslut.',
      en: 'Money one body expects to have left while another runs a deficit, and which cannot move there without a new political decision.',
    },
    why: {
      sv: 'Så mycket av kommunens pengar står still medan en annan verksamhet måste spara eller vänta på ett tilläggsanslag.',
      en: 'This much of the municipality’s money stands still while another service must save or wait for a supplementary appropriation.',
    },
    direction: 'lower',
    directionText: { sv: 'Mindre är bättre.', en: 'Less is better.' },
    not: ['inlåst', 'inlåsta'],
  },
  allocativeLoss: {
    term: { sv: 'Fördelningsförlust', en: 'Allocative loss' },
    explanation: {
      sv: 'Hur mycket nytta som går förlorad när ramarna fördelas efter vad organen äskar i stället för efter vad verksamheterna behöver, räknat i kronor.',
      en: 'How much benefit is lost when the frames are split by what the bodies request instead of by what the services need, counted in kronor.',
    },
    why: {
      sv: 'Visar vad det kostar att varje organ äskar för sig: pengarna hamnar snett redan när budgeten sätts.',
      en: 'Shows what it costs that every body requests on its own: the money lands unevenly as soon as the budget is set.',
    },
    direction: 'lower',
    directionText: { sv: 'Mindre är bättre (0 betyder den bästa fördelningen).', en: 'Less is better (0 means the best split).' },
    not: ['allokeringsförlust', 'allokeringsförlusten'],
  },
  silo: {
    term: { sv: 'Stuprör', en: 'Silo (downpipe)' },
    explanation: {
      sv: 'En verksamhet med egen budget som inte delar med sig: som ett stuprör, där vattnet i ett rör inte når ett annat.',
      en: 'A service with its own budget that does not share: like a downpipe, where the water in one pipe never reaches another.',
    },
    why: {
      sv: 'Frågan verktyget prövar är om en kommunstyrelse med utskott tar bort stuprören eller bara flyttar dem.',
      en: 'The question the tool tests is whether a board with subcommittees removes the silos or only moves them.',
    },
    direction: 'none',
  },
  communicatingVessels: {
    term: { sv: 'Kommunicerande kärl', en: 'Communicating vessels' },
    explanation: {
      sv: 'Rör som är förenade i botten: vattnet jämnar ut sig mellan dem. Så fungerar verksamheter med en gemensam budget.',
      en: 'Pipes joined at the bottom: the water levels out between them. That is how services with one common budget work.',
    },
    why: {
      sv: 'Med en gemensam budget täcker ett överskott i en verksamhet ett underskott i en annan utan nytt beslut.',
      en: 'With one common budget, a surplus in one service covers a deficit in another without a new decision.',
    },
    direction: 'none',
    not: ['förbundna kärl', 'sammankopplade kärl'],
  },
  interfaces: {
    term: { sv: 'Kontaktytor politik–förvaltning', en: 'Politics–administration interfaces' },
    explanation: {
      sv: 'Antalet par av politiskt organ och förvaltning som har med varandra att göra: organet håller ramen för, eller bereder ärenden om, en verksamhet som förvaltningen sköter.',
      en: 'The number of pairs of political body and department that deal with each other: the body holds the frame of, or prepares matters on, a service the department runs.',
    },
    why: {
      sv: 'Varje kontaktyta är en väg för frågor, underlag och beslut. Fler betyder mer samordning; färre betyder att färre politiker möter varje förvaltning.',
      en: 'Each interface is a path for questions, papers and decisions. More means more coordination; fewer means fewer politicians meet each department.',
    },
    direction: 'depends',
    directionText: {
      sv: 'Färre betyder mindre samordning men också färre politiker nära verksamheten.',
      en: 'Fewer means less coordination but also fewer politicians close to the service.',
    },
  },
  kappa: {
    term: { sv: 'Hur mycket ledamöterna ser till hela kommunen', en: 'How much members look to the whole municipality' },
    symbol: 'κ',
    explanation: {
      sv: 'Ett antagande mellan 0 och 1. 0: varje budgetansvarigt organ ser bara till sin egen verksamhet. 1: alla ser till hela kommunens budget.',
      en: 'An assumption between 0 and 1. 0: each budget holder looks only to its own service. 1: everyone looks to the whole municipality’s budget.',
    },
    why: {
      sv: 'Ett omstritt antagande som avgör mycket: ju lägre det är, desto mer betyder det vem som håller ramarna.',
      en: 'A contested assumption that decides a lot: the lower it is, the more it matters who holds the frames.',
    },
    direction: 'none',
  },
  omega: {
    term: { sv: 'Hur mycket ramen väger mot utskottet som bereder', en: 'How much the frame weighs against the preparing subcommittee' },
    symbol: 'ω',
    explanation: {
      sv: 'Ett antagande mellan 0 och 1. 1: det organ som håller ramen avgör hur verksamheten ses. 0: utskottet som bereder verksamheten driver den som en egen nämnd.',
      en: 'An assumption between 0 and 1. 1: the body holding the frame decides how the service is seen. 0: the subcommittee preparing it runs it as a committee of its own.',
    },
    why: {
      sv: 'Avgör om utskott blir nya stuprör: vid 0 beter sig ett utskott som en nämnd med egen budget.',
      en: 'Decides whether subcommittees become new silos: at 0 a subcommittee behaves like a committee with its own budget.',
    },
    direction: 'none',
  },
  lambda: {
    term: { sv: 'Vad en skattekrona är värd', en: 'What a tax krona is worth' },
    symbol: 'λ',
    explanation: {
      sv: 'Hur mycket ett organ väger en krona i skatt mot nyttan av att använda den. 1 är kalibrerat så att ett organ som håller hela budgeten begär precis intäkterna.',
      en: 'How much a body weighs a krona of tax against the use of spending it. 1 is calibrated so that a body holding the whole budget asks for exactly the revenue.',
    },
    why: {
      sv: 'Ändras bara för att pröva modellen; det påverkar hur mycket som äskas.',
      en: 'Changed only to test the model; it affects how much is requested.',
    },
    direction: 'none',
  },
  seed: {
    term: { sv: 'Startvärde för slumpen', en: 'Starting value for the random numbers' },
    symbol: 'slumpfrö',
    explanation: {
      sv: 'Ett heltal som bestämmer slumptalen. Samma startvärde ger samma exempelår i alla organisationer; ett annat ger ett annat år.',
      en: 'A whole number that fixes the random numbers. The same starting value gives the same example year in every organisation; another gives another year.',
    },
    why: {
      sv: 'Gör att varje siffra kan räknas fram igen, och att organisationerna prövas i samma år.',
      en: 'Means every figure can be computed again, and that the organisations are tested in the same year.',
    },
    direction: 'none',
  },
  request: {
    term: { sv: 'Äska', en: 'Request (budget)' },
    explanation: {
      sv: 'Att ett organ begär pengar i budgetprocessen, innan fullmäktige bestämmer ramen.',
      en: 'A body asking for money in the budget process, before the council sets the frame.',
    },
    why: {
      sv: 'När varje nämnd äskar för sig blir summan ofta större än intäkterna, och fullmäktige får skära.',
      en: 'When every committee requests on its own, the total often exceeds the revenue, and the council has to cut.',
    },
    direction: 'none',
    not: ['begärt', 'begärdes'],
  },
  supplementaryAppropriation: {
    term: { sv: 'Tilläggsanslag', en: 'Supplementary appropriation' },
    explanation: {
      sv: 'Extra pengar som fullmäktige beslutar om under året till ett organ som inte klarar sin ram.',
      en: 'Extra money the council decides during the year for a body that cannot keep its frame.',
    },
    why: {
      sv: 'Varje tilläggsanslag är ett ärende som tar tid, och pengarna tas från någon annan.',
      en: 'Each supplementary appropriation is a matter that takes time, and the money comes from someone else.',
    },
    direction: 'lower',
    directionText: { sv: 'Färre är bättre.', en: 'Fewer is better.' },
  },
  subcommittee: {
    term: { sv: 'Utskott', en: 'Subcommittee (utskott)' },
    explanation: {
      sv: 'En mindre grupp ledamöter ur kommunstyrelsen eller en nämnd som bereder ärenden inom ett område. Utskottet har ingen egen budget.',
      en: 'A smaller group of members of the executive board or a committee that prepares matters in one area. It has no budget of its own.',
    },
    why: {
      sv: 'I en kommunstyrelse med utskott bereder utskotten ärendena medan kommunstyrelsen håller den gemensamma budgeten.',
      en: 'In a board with subcommittees, the subcommittees prepare matters while the board holds the common budget.',
    },
    direction: 'none',
  },
  electoralCooperation: {
    term: { sv: 'Valteknisk samverkan', en: 'Electoral cooperation' },
    explanation: {
      sv: 'Partier som går samman när platserna i ett organ fördelas proportionellt, så att de räknas som ett parti (4 kap. 1 § lagen om proportionellt valsätt).',
      en: 'Parties joining forces when the seats of a body are shared out proportionally, so that they count as one party.',
    },
    why: {
      sv: 'Förklarar varför ett litet parti kan få en plats det inte hade fått ensamt, och ett annat parti förlora en.',
      en: 'Explains why a small party can win a seat it would not have won alone, and another party lose one.',
    },
    direction: 'none',
  },
  lot: {
    term: { sv: 'Lottning', en: 'Drawing of lots' },
    explanation: {
      sv: 'När två partier har exakt lika stort anspråk på den sista platsen avgörs den genom lottning.',
      en: 'When two parties have exactly the same claim to the last seat, it is decided by drawing lots.',
    },
    why: {
      sv: 'Visar vilka platser som är osäkra: en annan lottning ger ett annat parti platsen.',
      en: 'Shows which seats are uncertain: another draw gives the seat to another party.',
    },
    direction: 'none',
  },
  gallagher: {
    term: { sv: 'Avvikelse från proportionalitet (Gallaghers index)', en: 'Deviation from proportionality (Gallagher index)' },
    explanation: {
      sv: 'Hur mycket partiernas andelar av platserna i ett organ skiljer sig från deras andelar i fullmäktige, i procentenheter. 0 betyder exakt samma andelar.',
      en: 'How far the parties’ shares of a body’s seats differ from their shares of the council, in percentage points. 0 means exactly the same shares.',
    },
    why: {
      sv: 'Små organ kan inte spegla fullmäktige exakt; ett högt värde betyder att stora partier får mer än sin andel.',
      en: 'Small bodies cannot mirror the council exactly; a high value means large parties get more than their share.',
    },
    direction: 'lower',
    directionText: { sv: 'Lägre betyder mer proportionellt.', en: 'Lower means more proportional.' },
  },
  statechart: {
    term: { sv: 'Flödesbild över stegen', en: 'Diagram of the steps' },
    explanation: {
      sv: 'En bild av de steg ett ärende eller ett budgetår kan gå igenom, och vad som för det vidare från ett steg till nästa.',
      en: 'A picture of the steps a matter or a budget year can go through, and what moves it from one step to the next.',
    },
    why: {
      sv: 'Samma steg styr simuleringen, så bilden visar exakt vad siffrorna bygger på.',
      en: 'The same steps drive the simulation, so the picture shows exactly what the figures rest on.',
    },
    direction: 'none',
    not: ['tillståndsdiagram'],
  },
  derivedFacts: {
    term: { sv: 'Uppgifter räknade ur modellfilen', en: 'Figures computed from the model file' },
    explanation: {
      sv: 'Antal organ, platser, personer, budgetansvariga och sammanträden, räknade ur organisationens modellfil utan antaganden.',
      en: 'Numbers of bodies, seats, persons, budget holders and meetings, computed from the organisation’s model file without assumptions.',
    },
    why: {
      sv: 'De beror bara på hur organisationen ser ut, inte på någon simulering.',
      en: 'They depend only on how the organisation is built, not on any simulation.',
    },
    direction: 'none',
    not: ['härledda uppgifter'],
  },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryId = keyof typeof GLOSSARY;

/** A term as a label: the plain words first, then the symbol, e.g. "Hur mycket … hela kommunen (κ)". */
export function termLabel(id: GlossaryId, lang: Language): string {
  const entry: GlossaryEntry = GLOSSARY[id];
  return entry.symbol ? `${entry.term[lang]} (${entry.symbol})` : entry.term[lang];
}

/** The explanation, why it matters and the direction, as one text (a tooltip, the command line). */
export function termDefinition(id: GlossaryId, lang: Language): string {
  const entry: GlossaryEntry = GLOSSARY[id];
  return [entry.explanation[lang], entry.why[lang], entry.directionText?.[lang]].filter(Boolean).join(' ');
}
