// The law paragraphs that the tool's rules rest on, each verified against a public text (see
// `verifiedFrom`). Validation issues point here by id; the About page lists them. Add a paragraph only
// after reading its text: a rule whose paragraph could not be verified carries no citation.
import type { Text } from './model-schema';

export interface LawCitation {
  id: string;
  /** SFS reference as Swedish officials write it. */
  reference: string;
  /** What the paragraph says, in our own short words. */
  says: Text;
  /** Where the wording was checked. */
  verifiedFrom: string;
}

export const LAW_CITATIONS = [
  {
    id: 'kl-3-1',
    reference: 'Kommunallag (2017:725) 3 kap. 1 §',
    says: {
      sv: 'I varje kommun och region finns en beslutande församling, ett fullmäktige.',
      en: 'Every municipality and region has one decision-making assembly, the council (fullmäktige).',
    },
    verifiedFrom: 'Prop. 2016/17:171, författningskommentar till 3 kap. (processratt.se)',
  },
  {
    id: 'kl-3-2',
    reference: 'Kommunallag (2017:725) 3 kap. 2 §',
    says: {
      sv: 'Fullmäktige får inrätta fullmäktigeberedningar för att bereda ett visst ärende eller en grupp av ärenden som fullmäktige ska avgöra.',
      en: 'The council may set up council drafting committees to prepare a given matter, or group of matters, that the council will decide.',
    },
    verifiedFrom: 'Prop. 2016/17:171, författningskommentar till 3 kap. (processratt.se)',
  },
  {
    id: 'kl-3-3',
    reference: 'Kommunallag (2017:725) 3 kap. 3 §',
    says: {
      sv: 'Fullmäktige ska tillsätta en styrelse (kommunstyrelsen).',
      en: 'The council must appoint an executive board (kommunstyrelse).',
    },
    verifiedFrom: 'Prop. 2016/17:171, författningskommentar till 3 kap. (processratt.se)',
  },
  {
    id: 'kl-5-5',
    reference: 'Kommunallag (2017:725) 5 kap. 5 §',
    says: {
      sv: 'Fullmäktige bestämmer antalet ledamöter i fullmäktige; antalet ska vara udda och minst ett lägsta antal som beror på antalet röstberättigade.',
      en: 'The council sets its own number of members; the number must be odd and at least a minimum that depends on the number of voters.',
    },
    // In KL 2017:725, 5 kap. 1 § lists the council's matters; the seat rule that the old KL 1991:900 had
    // in 5 kap. 1 § (Lawline's answer quotes that numbering) is 5 kap. 5 § in the present law.
    verifiedFrom:
      'Prop. 2016/17:171, författningskommentar till 5 kap. (processratt.se): 1 § räknar upp fullmäktiges ärenden; Lawline, "Kan man ha färre ledamöter i fullmäktige än vad kommunallagen anger?" (regelns innehåll)',
  },
  {
    id: 'kl-5-58',
    reference: 'Kommunallag (2017:725) 5 kap. 58 §',
    says: {
      sv: 'Val av ledamöter och ersättare i nämnder och beredningar ska vara proportionella under de förutsättningar som anges i lagen (2022:629) om proportionella val i kommuner och regioner.',
      en: 'Elections of members and substitutes to committees and drafting committees are proportional under the conditions set in the Act (2022:629) on proportional elections in municipalities and regions.',
    },
    verifiedFrom: 'SFS 2022:638, lag om ändring i kommunallagen (2017:725) (lagboken.se)',
  },
  {
    id: 'kl-6-1',
    reference: 'Kommunallag (2017:725) 6 kap. 1 §',
    says: {
      sv: 'Styrelsen ska leda och samordna förvaltningen av kommunens angelägenheter och ha uppsikt över övriga nämnders verksamhet.',
      en: "The executive board leads and coordinates the administration of the municipality's affairs and supervises the other committees.",
    },
    verifiedFrom: 'Prop. 2016/17:171, författningskommentar till 6 kap. (processratt.se); Vansbro kommun, "Ditt uppdrag i kommunstyrelse och nämnd"',
  },
  {
    id: 'kl-6-42',
    reference: 'Kommunallag (2017:725) 6 kap. 42 §',
    says: {
      sv: 'En nämnd får inrätta utskott och väljer utskottets ledamöter och ersättare bland nämndens egna ledamöter och ersättare.',
      en: "A committee may set up subcommittees and elects their members and substitutes among the committee's own members and substitutes.",
    },
    verifiedFrom: 'Semtante, "Kommunallagen proportionella val" (citerar att styrelse och nämnder bland sina ledamöter och ersättare väljer ett utskott enligt 6 kap. 42 §)',
  },
  {
    id: 'kl-11-12',
    reference: 'Kommunallag (2017:725) 11 kap. 12 §',
    says: {
      sv: 'Är balanskravsresultatet för ett år negativt ska det regleras under de närmast följande tre åren; fullmäktige antar en åtgärdsplan (balanskravet).',
      en: 'If the balanced-budget result of a year is negative, it must be made good within the following three years; the council adopts a plan for it (the balanced-budget requirement).',
    },
    verifiedFrom: 'SFS 2018:600, lag om ändring i kommunallagen (2017:725) (lagboken.se, lagar.nj.se)',
  },
  {
    id: 'kl-11-16',
    reference: 'Kommunallag (2017:725) 11 kap. 16 §',
    says: {
      sv: 'Fullmäktige ska behandla minst en delårsrapport enligt LKBR 13 kap. 1 §; styrelsen lämnar den till fullmäktige och revisorerna inom två månader efter periodens slut.',
      en: 'The council must deal with at least one interim report under LKBR ch. 13 § 1; the board hands it to the council and the auditors within two months of the period’s end.',
    },
    verifiedFrom: 'SFS 2018:600, lag om ändring i kommunallagen (2017:725) (lagboken.se)',
  },
  {
    id: 'lpv-2',
    reference: 'Lag (2022:629) om proportionella val i kommuner och regioner 2 §',
    says: {
      sv: 'Ett val ska vara proportionellt om minst så många väljande begär det som antalet närvarande ledamöter delat med antalet som ska väljas plus 1, avrundat uppåt.',
      en: 'An election is proportional if at least as many voters demand it as the number of members present divided by the number to be elected plus 1, rounded up.',
    },
    verifiedFrom: 'SKR, "Fördelning av platser i nämnder" (2022); SOU 2021:16 författningskommentar',
  },
] as const satisfies readonly LawCitation[];

export type LawCitationId = (typeof LAW_CITATIONS)[number]['id'];

export function findLawCitation(id: string): LawCitation | undefined {
  return LAW_CITATIONS.find((citation) => citation.id === id);
}
