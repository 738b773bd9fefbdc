// What the officials set for the document of one draft — the start of term and the att-clauses they
// rewrote — kept in the browser's localStorage under the draft's id, so it survives a reload. Read
// defensively: anything that is not what this module wrote is ignored (the generated text is used).
const PREFIX = 'kommunmodell.proposal:';
const MAX_CLAUSES = 60;
const MAX_CLAUSE_LENGTH = 2000;

export interface ProposalSettings {
  termStart?: string;
  clauses?: string[];
}

export function readProposalSettings(draftId: string): ProposalSettings {
  try {
    const raw = localStorage.getItem(PREFIX + draftId);
    if (!raw) return {};
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return {};
    const { termStart, clauses } = value as Record<string, unknown>;
    return {
      ...(typeof termStart === 'string' && /^\d{4}-01-01$/.test(termStart) ? { termStart } : {}),
      ...(Array.isArray(clauses) && clauses.every((c) => typeof c === 'string')
        ? { clauses: (clauses as string[]).slice(0, MAX_CLAUSES).map((c) => c.slice(0, MAX_CLAUSE_LENGTH)) }
        : {}),
    };
  } catch {
    return {};
  }
}

export function writeProposalSettings(draftId: string, settings: ProposalSettings): void {
  try {
    localStorage.setItem(PREFIX + draftId, JSON.stringify(settings));
  } catch {
    // A full or blocked storage only loses the document settings, never the draft.
  }
}
