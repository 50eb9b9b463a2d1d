/**
 * The shared vocabulary of Tally. Every module imports its types from here;
 * the names follow ../shared/corpus/ANNOTATION.md.
 */

/** What a count claim counts. */
export const CATEGORIES = ['killed', 'injured', 'detained', 'missing', 'displaced', 'participants', 'places', 'executed'] as const;
export type Category = (typeof CATEGORIES)[number];

/** How a figure is bounded in the text ("at least", "over", "about", "dozens"...). */
export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'about', 'up_to', 'fewer_than', 'range', 'vague'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * What a figure counts (ANNOTATION.md, "Scope"): the crisis-wide running total, a running
 * total confined to one place, a subgroup or phase of the victims, or an increment / one
 * incident. Only `total` figures can head a tally.
 */
export const SCOPES = ['total', 'local', 'part', 'new'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * Whether a figure revises its source's earlier one, as the text says ("revised the toll down
 * to", "corrected the figure to", "down from"): lowered, raised, or corrected without a stated
 * direction. Null for an ordinary figure. A source's downward revision or correction supersedes
 * its own earlier, higher totals in the tally; an upward one is an ordinary later total.
 */
export const REVISIONS = ['down', 'up', 'correction'] as const;
export type Revision = (typeof REVISIONS)[number];

/** A slice of a document's clean text: `text === clean.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** How precisely a resolved place is known. */
export type PlacePrecision = 'city' | 'region' | 'country';

/** A place resolved against the offline gazetteer. */
export interface ResolvedPlace {
  /** Stable gazetteer id: "country:IR", "admin1:IR-10", "city:<geonames id>". */
  id: string;
  /** Canonical name from the gazetteer ("Chabahar", "Khuzestan", "Iran"). */
  name: string;
  precision: PlacePrecision;
  /** ISO 3166-1 alpha-2 country code. */
  countryCode: string;
  countryName: string;
  /** Canonical admin-1 (province/state) name, when known. */
  admin1: string | null;
  lat: number;
  lon: number;
}

/** A place named in the text, with what it resolved to. */
export interface PlaceMention {
  /** The name as written ("Chahbahar"). */
  name: string;
  place: ResolvedPlace;
  span: Span;
}

export type DateKind = 'absolute' | 'relative' | 'crisis_day';

/** A date expression in the text, resolved against the published date. */
export interface DateMention {
  /** ISO date (YYYY-MM-DD) the expression refers to; the first day for periods. */
  date: string;
  /** Last day for periods ("next week"), else equal to `date`. */
  end: string;
  kind: DateKind;
  /** For "day 20 of the uprising": the crisis start this implies (ISO date). */
  crisisStart?: string;
  span: Span;
}

/** What a source is: a person, an organisation, an office or role, a group, a document, an outlet. */
export const SOURCE_KINDS = ['person', 'organisation', 'office', 'group', 'document', 'outlet'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Who asserts a figure, and the chain it reached the text through. */
export interface Source {
  /** The original asserter ("National Council of Resistance of Iran"). */
  name: string;
  /**
   * Relays between the asserter and the text, nearest to the asserter first:
   * Press TV reported by The New York Times -> { name: "Press TV", via: ["The New York Times"] }.
   */
  via: string[];
  /** What the asserter is: a person, an organisation, an office or role, a group, a document or an outlet. */
  kind?: SourceKind;
  /** ISO 3166-1 alpha-2 code of the country the source belongs to, when stated ("Kazakhstan's interior ministry" -> "KZ"). */
  country?: string | null;
  /** A person's role as written beside the name ("senior Iranian lawmaker"). */
  role?: string | null;
  /**
   * The other name the report gives the source: the acronym in brackets beside its name
   * ("National Institute for Human Rights (INDH)" -> "INDH"), or the name an acronym stands for.
   */
  alias?: string | null;
}

/**
 * Which named rules gave a claim its fields (`tally extract --explain`): each extraction rule
 * that decides a field records its name here. Optional: a claim from the store or the wire
 * carries none.
 */
export interface ClaimRules {
  scope?: string;
  category?: string;
  source?: string;
  /** How the as-of date was found: a stated date, the publication date, or earlier than the report. */
  asOf?: string;
  /** Which rule marked the figure as a revision (src/extract/revision.ts), when one did. */
  revision?: string;
}

/** One figure about people harmed, detained or involved, or places affected. */
export interface CountClaim {
  category: Category;
  /** Lower bound, or null when only an upper bound is stated. */
  low: number | null;
  /** Upper bound, or null when open-ended. */
  high: number | null;
  /** Conservative point value (ACLED): low when set, else high. */
  estimate: number;
  qualifier: Qualifier;
  /** "perhaps", "may have", "believed to", "feared"... */
  hedged: boolean;
  /** The victim or subject group as written, short ("protesters", "people"). */
  who: string;
  /** Null when the outlet itself states the figure. */
  source: Source | null;
  place: ResolvedPlace | null;
  /** ISO date the figure holds for, when derivable. */
  asOf: string | null;
  /** True for running totals ("the death toll surpassed 1,000"), false for event-level figures. */
  cumulative: boolean;
  /** What the figure counts: the crisis total, one place, a subgroup, or an increment. */
  scope: Scope;
  /** Whether the figure revises its source's earlier one (down, up, or a correction), else null. */
  revision: Revision | null;
  span: Span;
  /** The rules that decided scope, category and source, when extraction recorded them. */
  rules?: ClaimRules;
}

/** Reported speech in quotation marks. */
export interface Quote {
  speaker: string | null;
  role: string | null;
  span: Span;
}

/** A range of the input that cleaning removed as page noise. */
export interface BoilerplateRange {
  /** Offsets into the input text (plain text) or the text Readability returned (HTML). */
  start: number;
  end: number;
  text: string;
  reason: 'ad_slot' | 'duplicate_line' | 'byline' | 'widget' | 'markup';
}

export type InputFormat = 'text' | 'html';

/** What `extract` accepts. */
export interface ExtractInput {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  /** ISO date (YYYY-MM-DD or a full ISO timestamp). */
  published?: string;
}

export interface ReportDocument {
  title: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  published: string | null;
  url: string | null;
  format: InputFormat;
  /** The clean text every span points into. */
  text: string;
  removed: BoilerplateRange[];
}

/** The result of extraction over one document. */
export interface Report {
  document: ReportDocument;
  claims: CountClaim[];
  quotes: Quote[];
  places: PlaceMention[];
  dates: DateMention[];
}

/** A named collection of documents about one crisis. */
export interface Crisis {
  id: number;
  name: string;
  /** ISO date the crisis began, used to resolve "day N". */
  startDate: string | null;
  region: string | null;
}

/** Official bodies vs independent monitors vs the press: editable per source. */
export const SOURCE_TYPES = ['official', 'independent', 'media', 'opposition', 'unknown'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/**
 * A source's reliability on the Admiralty (NATO) scale: A completely reliable, B usually
 * reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.
 */
export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

/** Review state of a stored claim. */
export const REVIEW_STATUSES = ['unreviewed', 'accepted', 'edited', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
