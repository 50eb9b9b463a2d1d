/**
 * The blind sets (test/extract/invented/holdout-reports*.jsonl): whole reports written from
 * ANNOTATION.md alone by writers who never ran the extractor nor read its rules — invented
 * crises, then real crises retold in our own words (Iran 2019 as outlets, bodies and regional
 * sites published it; dozens of other crises in wire, NGO, UN and live-page styles). Each was first
 * measured before any rule read it; afterwards only the misses of its tune part (the split of
 * src/eval/split.ts) were read. The floors sit a little below today's figures, so a change that
 * loses what they measure fails here.
 */
import { describe, it } from 'vitest';
import { expectFloors } from './score-invented.js';

describe('blind sets', () => {
  // [file, reports, F1, attribution, scope floors]
  // (Scope floors of sets 8, 13, 14, 19 and 27 lowered by 0.01 on 3 December (eighth session): a place's running toll is the crisis's unless
  // the report says its crisis reaches beyond that place, which gains 16 scopes over all sets, 4 in the never-read ones.)
  it.each([
    ['holdout-reports.jsonl', 20, 0.94, 0.93, 0.75],
    ['holdout-reports-2.jsonl', 15, 0.94, 0.9, 0.79],
    ['holdout-reports-3.jsonl', 15, 0.93, 0.66, 0.83],
    ['holdout-reports-4.jsonl', 16, 0.94, 0.86, 0.71],
    ['holdout-reports-5.jsonl', 16, 0.89, 0.83, 0.87],
    ['holdout-reports-6.jsonl', 16, 0.9, 0.83, 0.78],
    ['holdout-reports-7.jsonl', 16, 0.9, 0.82, 0.71],
    // (Set 8's scope floor 0.82 since 5 December, eighteenth session: the executions of men arrested during the protests are
    // found now, F1 0.943 → 0.956, and their scopes, wrong, enter the ratio.)
    ['holdout-reports-8.jsonl', 16, 0.92, 0.88, 0.82],
    // Written on 1 December (afternoon) and never read: measured only.
    ['holdout-reports-9.jsonl', 14, 0.89, 0.74, 0.81],
    ['holdout-reports-10.jsonl', 14, 0.91, 0.72, 0.61],
    // Written on 1 December (evening): Iran 2019 once more, and seven crises of 2010–2022; only their tune parts' misses were read.
    ['holdout-reports-11.jsonl', 15, 0.91, 0.84, 0.85],
    // (Set 12's attribution floor 0.76: a figure found since, "at 10 and says", has a source of its own the rules miss.)
    ['holdout-reports-12.jsonl', 16, 0.88, 0.76, 0.72],
    // Written on 2 December: sixteen invented crises in real countries (a release, a live blog, a page with its furniture, a revision down).
    ['holdout-reports-13.jsonl', 16, 0.91, 0.95, 0.81],
    // Written on 2 December (morning): sixteen real crises of 2019–2024 none of the others retold (a release, a live page, a UN summary, a page with its furniture).
    ['holdout-reports-14.jsonl', 16, 0.91, 0.85, 0.72],
    // Written on 2 December (afternoon): sixteen real crises of 2020–2025 none of the others retold (a rights body's statement, an OCHA-style update, an explainer, a revision down).
    ['holdout-reports-15.jsonl', 16, 0.92, 0.8, 0.72],
    // Written on 2 December (evening): sixteen real crises of 2020–2025 none of the others retold, disasters among them (a flash update, a live page, a page with its furniture, two undated briefs, a revision down); first measured F1 0.93, attribution 0.81, scope 0.67, then only its tune part's misses were read.
    ['holdout-reports-16.jsonl', 16, 0.93, 0.87, 0.76],
    // Written on 2 December (night): sixteen real crises of 2019–2024 none of the others retold, single events among them (a bombing, a crush, a fire, a massacre in one village); first measured F1 0.87, attribution 0.81, scope 0.59, then only its tune part's misses were read.
    // (Attribution floor 0.87 since 4 December: two more claims of its check part found (a hyphenated person noun; a share "of them" with a phrase after it, whose source is not the gold's).)
    ['holdout-reports-17.jsonl', 16, 0.91, 0.87, 0.67],
    // Written on 2 December (night) and never read: sixteen more real crises, two undated briefs; measured only (the code before and after that night's session alike: F1 0.89, attribution 0.84, scope 0.69).
    ['holdout-reports-18.jsonl', 16, 0.88, 0.87, 0.67],
    // Written on 3 December and never read: sixteen real crises of 2005–2024 (five single events, three undated; a Q&A, an explainer);
    // measured only: F1 0.91, attribution 0.76, scope 0.77 on the session's starting code; 0.91 / 0.77 / 0.77 after its rules.
    ['holdout-reports-19.jsonl', 16, 0.89, 0.75, 0.74],
    // Written on 3 December (afternoon) by two writers who read only ANNOTATION.md: twelve invented events in real places each
    // (wire, releases in an NGO's voice, live pages, explainers, OCHA-style updates; features, transcripts, contested tolls);
    // first measured on the session's starting code at F1 0.89 / 0.88, attribution 0.87 / 0.72, scope 0.69 / 0.59, then only
    // their tune parts' misses were read.
    ['holdout-reports-20.jsonl', 12, 0.9, 0.87, 0.67],
    ['holdout-reports-21.jsonl', 12, 0.87, 0.71, 0.57],
    // Written on 3 December (evening) by two more such writers: twelve invented events each (a press-conference transcript,
    // a radio transcript, a situation report with a table by province, a correction, a weekly round-up, a feature);
    // first measured at F1 0.92 / 0.93, attribution 0.84 / 0.72, scope 0.73 / 0.71, then only their tune parts' misses were read.
    ['holdout-reports-22.jsonl', 12, 0.92, 0.86, 0.74],
    ['holdout-reports-23.jsonl', 12, 0.91, 0.83, 0.69],
    // Written at the end of that session: set 24 first measured at F1 0.91, attribution 0.73, scope 0.66, then its tune
    // part's misses read; set 25 never read (the session's starting code and its end alike: F1 0.87 / 0.88, attribution
    // 0.68, scope 0.67).
    ['holdout-reports-24.jsonl', 12, 0.89, 0.75, 0.64],
    ['holdout-reports-25.jsonl', 12, 0.85, 0.65, 0.64],
    // Written on 3 December (night) by four more writers who read only ANNOTATION.md. Sets 26 and 27: twelve invented
    // events each (a trial, an annual report's chapter, a fact check, a timeline, a mine collapse, a prison riot; a
    // situation report, a live page, a stampede, a siege); first measured at F1 0.91 / 0.91, attribution 0.74 / 0.68,
    // scope 0.75 / 0.72. Sets 28 and 29: twelve real crises of 2010–2025 each, retold as news pages; first measured at
    // F1 0.92 / 0.91, attribution 0.86 / 0.80, scope 0.72 / 0.64. Only the tune parts of 26 and 28 were read; 27 and 29
    // never were.
    ['holdout-reports-26.jsonl', 12, 0.91, 0.82, 0.71],
    ['holdout-reports-27.jsonl', 12, 0.89, 0.65, 0.69],
    ['holdout-reports-28.jsonl', 12, 0.9, 0.86, 0.69],
    ['holdout-reports-29.jsonl', 12, 0.89, 0.78, 0.61],
    // Written on 3 December (late night) by four more writers who read only ANNOTATION.md. Sets 30 and 32: twelve invented
    // events each (an updated wire story, an inquiry's findings, a hospital director's interview, a monitor's monthly bulletin,
    // a correction; a landslide, a ferry capsizing, a stadium crush, a commission's interim report, a "what we know" list);
    // sets 31 and 33: twelve real crises of 2005–2024 each, retold (a UNHCR update, a Q&A, a timeline, a live page, a fact
    // check). First measured on the session's starting code at F1 0.83 / 0.86 / 0.88 / 0.90, attribution 0.78 / 0.83 /
    // 0.83 / 0.86, scope 0.68 / 0.70 / 0.73 / 0.65. Only the tune parts of 30 and 31 were read; 32 and 33 never were.
    ['holdout-reports-30.jsonl', 12, 0.82, 0.84, 0.68],
    ['holdout-reports-31.jsonl', 12, 0.86, 0.87, 0.66],
    ['holdout-reports-32.jsonl', 12, 0.87, 0.81, 0.73],
    ['holdout-reports-33.jsonl', 12, 0.89, 0.84, 0.62],
    // Written on 3 December (eighth session) by two more writers who read only ANNOTATION.md: set 34 twelve invented events (an NGO release,
    // an OCHA-style update, a live blog, a hospital director's interview, a rebuttal, a revised toll), set 35 twelve real
    // crises of 2008–2024 retold. First measured on the session's starting code at F1 0.93 / 0.91, attribution 0.79 /
    // 0.79, scope 0.64 / 0.71. Only set 34's tune part was read; 35 never was.
    ['holdout-reports-34.jsonl', 12, 0.91, 0.79, 0.65],
    ['holdout-reports-35.jsonl', 12, 0.89, 0.77, 0.7],
    // Written on 5 December (seventeenth session) by four more writers who read only ANNOTATION.md: sets 36 and 38 twelve
    // invented events each (an updated wire story with its note to editors, a ministry's statement quoted at length, a
    // correction, a mine collapse; roles named before their holders, relayed and contradictory counts), sets 37 and 39
    // twelve real crises of 1998–2024 each, retold (a stampede, a siege, a UN flash update; running totals beside one
    // place's, one day's and one incident's counts). First measured on the session's starting code at F1 0.88 / 0.94 /
    // 0.93 / 0.96, attribution 0.76 / 0.84 / 0.72 / 0.92, scope 0.78 / 0.71 / 0.69 / 0.71. Only the tune parts of 36, 38
    // and 39 were read; 37 never was.
    ['holdout-reports-36.jsonl', 12, 0.89, 0.79, 0.77],
    ['holdout-reports-37.jsonl', 12, 0.92, 0.82, 0.7],
    ['holdout-reports-38.jsonl', 12, 0.92, 0.78, 0.71],
    ['holdout-reports-39.jsonl', 12, 0.96, 0.9, 0.7],
    // Written on 5 December (eighteenth session) by four more writers who read only ANNOTATION.md: sets 40 and 42 twelve
    // invented events each (a press-briefing transcript, a radio bulletin, a weekly round-up, a monitor's bulletin with a
    // list by division, a correction, a toll revised down; multi-day crises followed by a tally), sets 41 and 43 twelve
    // real events of 1998–2024 each, retold (a crush, a collapse, a shipwreck, a siege, riots, a court's verdict, an
    // anniversary piece). First measured on the session's starting code at F1 0.94 / 0.94 / 0.94 / 0.97, attribution
    // 0.88 / 0.90 / 0.79 / 0.76, scope 0.82 / 0.74 / 0.76 / 0.61. Only the tune parts of 40, 42 and 43 were read; 41 never was.
    ['holdout-reports-40.jsonl', 12, 0.97, 0.9, 0.79],
    ['holdout-reports-41.jsonl', 12, 0.93, 0.89, 0.73],
    ['holdout-reports-42.jsonl', 12, 0.93, 0.8, 0.76],
    ['holdout-reports-43.jsonl', 12, 0.97, 0.75, 0.61],
    // Written on 5 December (nineteenth session) by four more writers who read only ANNOTATION.md: sets 44 and 46 twelve
    // invented events each (an interview in "Q:"/"A:" form, a minister's statement read out and then a transcript of
    // questions, a rights group's release, a live page, three crises followed day by day by a state agency, an exile
    // outlet, a wire and a monitor's bulletin), sets 45 and 47 twelve real events of 1990–2024 each, retold (an election
    // crisis, a stampede, a prison massacre, floods, an earthquake across a border; massacres, sieges, abductions, a court's
    // ruling, executions). First measured on the session's starting code at F1 0.90 / 0.93 / 0.90 / 0.85, attribution
    // 0.80 / 0.69 / 0.69 / 0.77, scope 0.79 / 0.82 / 0.71 / 0.64. Only the tune parts of 44, 45 and 46 were read; 47 never was.
    ['holdout-reports-44.jsonl', 12, 0.9, 0.86, 0.77],
    ['holdout-reports-45.jsonl', 12, 0.93, 0.74, 0.8],
    ['holdout-reports-46.jsonl', 12, 0.9, 0.72, 0.76],
    ['holdout-reports-47.jsonl', 12, 0.84, 0.76, 0.63],
    // Written on 5 December (twentieth session) by four more writers who read only ANNOTATION.md: sets 48 and 50 twelve
    // invented events each in real countries (a monitor's monthly bulletin with a table by region, a parliamentary record,
    // a court's statement of facts, a fact check, a podcast transcript, a government's flood release, a UN situation
    // report; an updated wire story, a flash update, a TV transcript, a correction, a weekly digest), sets 49 and 51
    // twelve real events of 1994–2023 each, retold (a timeline, a Q&A, a tribunal's release, an inquiry's findings, a live
    // page, undated briefs). First measured on the session's starting code at F1 0.89 / 0.90 / 0.91 / 0.92, attribution
    // 0.75 / 0.89 / 0.82 / 0.88, scope 0.78 / 0.79 / 0.74 / 0.56. Only the tune parts of 48, 49 and 50 were read; 51 never was.
    // (Set 48's attribution floor went to 0.75 in the forty-sixth session: a missing count more found, its teller not the gold's.)
    ['holdout-reports-48.jsonl', 12, 0.9, 0.75, 0.79],
    // (Set 49's scope floor 0.82 since 7 December, forty-second session: one facility's intake of a single day is the
    // facility's count, as ANNOTATION.md's hospital example reads, which gains 14 scopes over all sets, 4 net in unread parts.)
    ['holdout-reports-49.jsonl', 12, 0.9, 0.88, 0.82],
    ['holdout-reports-50.jsonl', 12, 0.92, 0.88, 0.75],
    ['holdout-reports-51.jsonl', 12, 0.91, 0.87, 0.57],
    // Written on 5 December (twenty-first session) by two more writers who read only ANNOTATION.md: 52 invented events in real
    // countries (a wire, a release in its body's voice, a live page, a flash update, a Q&A, a radio transcript, a page with its
    // furniture, a correction, a weekly round-up, a feature, a morgue's report, an undated brief), 53 real events of 2005–2024
    // retold (a timeline, a parliamentary record, a revision down, a retrospective). First measured on the session's starting
    // code at F1 0.95 / 0.92, attribution 0.88 / 0.82, scope 0.84 / 0.71; only their tune parts' misses were read.
    ['holdout-reports-52.jsonl', 12, 0.95, 0.89, 0.83],
    ['holdout-reports-53.jsonl', 12, 0.93, 0.85, 0.72],
    // Written on 5 December (twenty-second session) by two more writers who read only ANNOTATION.md: 54 invented events in real
    // countries (a wire updated twice, a situation report with a table by district, a release in its body's voice, a live page,
    // a trial, a Q&A explainer, a hospital feature, a toll revised down, a page with its furniture, a radio interview, a weekly
    // round-up, an undated brief), 55 real events of 2004–2021 retold (a wire, a UN update, an NGO statement, a live page, a
    // retrospective, a timeline, a revised toll, a hospital report, a page with its furniture, a transcript, a fact check, an
    // undated brief). First measured on the session's starting code at F1 0.91 / 0.93, attribution 0.70 / 0.74, scope
    // 0.60 / 0.70; only their tune parts' misses were read (at the session's end 0.91 / 0.93, 0.70 / 0.76, 0.61 / 0.70).
    ['holdout-reports-54.jsonl', 12, 0.9, 0.69, 0.59],
    ['holdout-reports-55.jsonl', 12, 0.92, 0.75, 0.69],
    // Written on 5 December (twenty-third session) by two more writers who read only ANNOTATION.md: 56 invented events in real
    // countries (a wire updated with a higher toll, a release in its body's voice, a flash update with bullets, a live page
    // newest first, a hospital feature, a state agency's figures against a monitor's, a what-we-know explainer, a weekly
    // round-up, a "says N killed" headline, sources named in full then by surname or "the group", a court story, a page with its
    // furniture), 57 real events of 2008–2022 retold (a wire, an NGO statement, a UN update, a live page, a retrospective, a
    // timeline, a revised toll, a hospital report, a page with its furniture, a radio transcript, a fact check, an undated
    // brief). First measured on the session's starting code at F1 0.95 / 0.86, attribution 0.87 / 0.77, scope 0.80 / 0.71;
    // only their tune parts' misses were read (at the session's end 0.96 / 0.88, 0.93 / 0.81, 0.80 / 0.74).
    ['holdout-reports-56.jsonl', 12, 0.95, 0.91, 0.79],
    ['holdout-reports-57.jsonl', 12, 0.87, 0.79, 0.72],
    // Written on 5 December (evening) by two writers who read only ANNOTATION.md: 58 invented events in real countries (a
    // committee's findings, a doctor's Q&A, a digest of short items, a correction, a comparison of four bodies' counts, a
    // council's statement, a verdict, a cluster bulletin by district, a morning briefing, a family feature, a wire updated
    // through the day, a page with its furniture), 59 real events of 1995–2015 retold (wires, a release, a situation report,
    // a radio bulletin, an analysis, a retrospective, a dispatch, a ministry briefing, a live page, an open letter, a brief).
    // First measured on the session's starting code at F1 0.90 / 0.96, attribution 0.68 / 0.73, scope 0.76 / 0.73; only
    // their tune parts' misses were read (at the session's end 0.90 / 0.97, 0.73 / 0.80, 0.76 / 0.74).
    ['holdout-reports-58.jsonl', 12, 0.89, 0.71, 0.75],
    ['holdout-reports-59.jsonl', 12, 0.96, 0.79, 0.72],
    // Written on 5 December (night) by two more writers who read only ANNOTATION.md: 60 invented events in real places (an
    // updated wire, a release relaying monitors and a hospital, a live page, a district situation report, a three-way
    // comparison, a morgue director's interview, a radio bulletin, a families feature, one city's paper, a fact check, a
    // parliamentary debate, a page with its furniture), 61 real crises of 2005–2021 retold. First measured on the session's
    // starting code at F1 0.955 / 0.918, attribution 0.73 / 0.72, scope 0.83 / 0.64; only their tune parts' misses were
    // read (at the session's end 0.955 / 0.918, 0.76 / 0.74, 0.83 / 0.68).
    ['holdout-reports-60.jsonl', 12, 0.95, 0.75, 0.82],
    ['holdout-reports-61.jsonl', 12, 0.91, 0.73, 0.67],
    // Written on 6 December by two more writers who read only ANNOTATION.md: 62 invented events in real countries (asked
    // for protests broken up by force, a collapse, a clash between villages, a flood, a prison riot, arrests after an
    // election, some followed over several days), 63 eight real public events of 1990–2023 retold. First measured on the session's starting code at F1 0.898 / 0.908,
    // attribution 0.78 / 0.78, scope 0.79 / 0.80; only their tune parts' misses were read (at the session's end 0.898 /
    // 0.908, 0.85 / 0.84, 0.82 / 0.83).
    ['holdout-reports-62.jsonl', 12, 0.89, 0.84, 0.81],
    ['holdout-reports-63.jsonl', 8, 0.9, 0.83, 0.82],
    // Written on 6 December (twenty-seventh session) by four more writers who read only ANNOTATION.md: 64 and 66 ten invented
    // events each in real countries (a wire update, a release in its body's voice, a live page, a situation report with a list by
    // district, a hospital director's Q&A, a correction, a weekly round-up, an undated brief; a monitor's bulletin with a table by
    // province, a TV transcript, a fact check, a court's verdict, a "what we know" list), 65 and 67 eight real events each of
    // 1995–2024 retold (an explainer, a timeline, an anniversary piece, an inquiry's findings, a live page; a flash update, a Q&A,
    // an assembly debate). First measured on the session's starting code at F1 0.891 / 0.826 / 0.854 / 0.934, attribution 0.71 /
    // 0.70 / 0.68 / 0.74, scope 0.85 / 0.82 / 0.75 / 0.76; only their tune parts' misses were read (at the session's end 0.891 /
    // 0.832 / 0.891 / 0.940, 0.73 / 0.74 / 0.65 / 0.76, 0.87 / 0.82 / 0.77 / 0.76; set 66's attribution fell as its table's ten
    // figures were found, their source named by an acronym the report gives in another form).
    // (Set 64's scope floor went to 0.85 in the forty-sixth session: two people still under rubble found, one's scope not right.)
    ['holdout-reports-64.jsonl', 10, 0.88, 0.72, 0.85],
    ['holdout-reports-65.jsonl', 8, 0.82, 0.73, 0.81],
    ['holdout-reports-66.jsonl', 10, 0.88, 0.65, 0.77],
    ['holdout-reports-67.jsonl', 8, 0.93, 0.75, 0.75],
    // Written on 6 December (twenty-eighth session) by two writers who read only ANNOTATION.md: 68 ten invented events in real
    // countries (a wire story updated twice, a release in a monitor's voice, a live page, a radio interview with a hospital chief, a
    // "what we know" list, a weekly digest by region, an opinion piece weighing five tolls, a local paper with captions and
    // readers' comments, a flash update with a key-figures box), 69 eight real events of 2005–2023 retold (a wire report, a rights
    // group's statement, a flash update in bullets, a feature, a live page, a fact check, an inquiry's findings, an undated brief).
    // First measured on the session's starting code at F1 0.890 / 0.893, attribution 0.80 / 0.77, scope 0.68 / 0.64; only their
    // tune parts' misses were read (at the session's end 0.902 / 0.893, 0.80 / 0.80, 0.70 / 0.68, attribution by the scorer that
    // since takes a role with its workplace as the role: 0.80 / 0.80 at the start by it).
    ['holdout-reports-68.jsonl', 10, 0.89, 0.79, 0.69],
    ['holdout-reports-69.jsonl', 8, 0.88, 0.79, 0.67],
    // Written on 6 December (twenty-ninth session) by a writer who read only ANNOTATION.md: ten invented events, one of each genre (a
    // court reporter's verdict story, a detention monitor's annual review by region, a wire story with a correction appended, a
    // blog weighing three tolls with relays, a stadium crush updated through the day, a mine collapse, a prison riot, a joint
    // flood report with a district list, an organisers' weekly bulletin without a date, a live page of one city's clashes). First
    // measured on the session's starting code at F1 0.92, attribution 0.77, scope 0.66; only its tune part's misses were read
    // (at the session's end 0.94, 0.76, 0.82, its check part unchanged: of the claims found since, some are stated in a monitor's
    // own voice, where the gold names no teller, so attribution fell as F1 rose).
    ['holdout-reports-70.jsonl', 10, 0.93, 0.75, 0.81],
    // Written on 6 December (thirtieth session) by a writer who read only ANNOTATION.md: ten invented events, one of each genre (a
    // parliamentary session report with relays, a hospital director's briefing in a one-city unrest, a radio interview transcript, an
    // NGO coalition's open letter with a news intro, a fact check of a viral toll, a diaspora newsletter relaying anonymous
    // contacts, a UN-style briefing note by region, a memorial feature with corrections, a press review of four papers, a live
    // page of one day's clashes). First measured on the session's starting code at F1 0.90, attribution 0.62, scope 0.75; only
    // its tune part's misses were read (at the session's end 0.93, 0.83, 0.76, its check part unchanged).
    ['holdout-reports-71.jsonl', 10, 0.92, 0.82, 0.75],
    // Written on 6 December (thirty-first session) by a writer who read only ANNOTATION.md: ten invented events, one of each genre (an
    // election observer mission's preliminary statement, a court ruling's summary, a social-media roundup, a wire factbox over four
    // countries, a think-tank brief with a table by province, an ombudsman's report chapter, a police release set against a hospital's
    // and lawyers' figures, a victims' list feature, a translated ministry bulletin in numbered points, podcast show notes with a
    // transcript). First measured on the session's starting code at F1 0.80, attribution 0.62, scope 0.81; only its tune part's
    // misses were read (at the session's end 0.84, 0.72, 0.81; its check part, two reports, unchanged).
    ['holdout-reports-72.jsonl', 10, 0.83, 0.71, 0.8],
    // Written on 6 December (thirty-second session) by a writer who read only ANNOTATION.md: ten invented events, one of each genre (a
    // parliamentary debate extract, a wire story with chained relays, a humanitarian situation report with headings and bullets, a
    // weekly digest of three incidents, a fact check of a viral toll, an updated article with an editor's correction, a
    // professional association's open letter, a question-and-answer explainer, a local paper on one town's hospital, a rights
    // group's urgent-action appeal). First measured on the session's starting code at F1 0.94, attribution 0.79, scope 0.77 (its
    // check part is one report); only its tune part's misses were read (at the session's end 0.96, 0.94, 0.78; its check part unchanged).
    ['holdout-reports-73.jsonl', 10, 0.95, 0.93, 0.77],
    // Written on 6 December (thirty-second session) by a writer who read only ANNOTATION.md: ten invented events in real countries,
    // one of each genre (a sentencing hearing with rival counts, a press briefing transcript, a wire round-up of five provinces, a
    // monitor's monthly bulletin with a table, a feature on families of the missing, an election-night live page, a coalition's
    // signed statement under an agency's lead, a radio bulletin script, a hospital's release with a reporter's comparison, an
    // analysis of three successive tolls). First measured on the session's starting code at F1 0.93, attribution 0.60, scope 0.78;
    // only its tune part's misses were read (at the session's end 0.94, 0.68, 0.78; its check part, two reports, unchanged).
    // (Its attribution floor raised to 0.84 in the thirty-fourth session: a numbered bulletin's masthead names its teller.)
    ['holdout-reports-74.jsonl', 10, 0.93, 0.84, 0.77],
    // Written on 6 December (thirty-third session) by a writer who read only ANNOTATION.md: ten invented events in real countries,
    // one per genre not yet held (a dated timeline, a question-and-answer interview, a council meeting's summary, a data piece with
    // its method, a union's bulletin on its members, a diocese's signed statement, a photo gallery's captions, a translated article,
    // an obituary feature, a three-place newsletter). First measured on the session's starting code at F1 0.92, attribution 0.85,
    // scope 0.70; only its tune part's misses were read (at the session's end 0.92, 0.87, 0.70; its check part unchanged).
    ['holdout-reports-75.jsonl', 10, 0.91, 0.88, 0.69],
    // Written on 6 December (thirty-third session) by another such writer: ten invented events in real towns and provinces, five
    // confined to one city or district and five spread over many places, so that a place's own count must be told from the crisis
    // total (a numbered wire update, a hospital's statement, a provincial release, a live page, a field report, a feature from one
    // town, a radio script, a UN update with bullets, a Q&A explainer, a week's round-up). First measured on the session's starting
    // code at F1 0.87, attribution 0.83, scope 0.75; only its tune part's misses were read (at the session's end 0.90, 0.88, 0.75;
    // its check part unchanged).
    ['holdout-reports-76.jsonl', 10, 0.89, 0.86, 0.73],
    // Written on 6 December (thirty-fourth session) by another such writer: ten invented events in ten real countries, each
    // report with several tellers who disagree or update one another (named officials, women and men, referred back to by "she",
    // "he" or their title; bodies and their acronyms; an outlet relaying an agency; residents, medics, a leaked memo), one per
    // genre (a wire story, a rights group's release, a radio transcript, a live page, a correspondent's dispatch, an explainer, an
    // opinion piece, a week's round-up, a court report, a local paper). First measured on the session's starting code at F1 0.93,
    // attribution 0.76, scope 0.81; only its tune part's misses were read (at the session's end 0.96, 0.78, 0.81; its check part,
    // two reports, unchanged).
    ['holdout-reports-77.jsonl', 10, 0.95, 0.77, 0.8],
    // Written on 6 December (the thirty-fifth session) by a writer who read only ANNOTATION.md: ten invented events in ten real
    // countries, scope-heavy (a total that moves over days, one place's count beside it, subgroups, increments; tellers who
    // disagree, one cited through another), one per genre (a wire story, a rights group's release, a UN-style situation report,
    // a live page, a feature, a radio transcript, a local paper, a week's round-up, a Q&A explainer, a correction notice).
    // First measured on the session's starting code at F1 0.95, attribution 0.84, scope 0.83; only its tune part's misses were read
    // (at the session's end 0.95, 0.88, 0.86; its check part, six reports, unchanged).
    ['holdout-reports-78.jsonl', 10, 0.94, 0.86, 0.85],
    // Written on 6 December (the thirty-sixth session) by a writer who read only ANNOTATION.md: ten invented events in ten real
    // countries, attribution-heavy (people named with a role, then by surname, pronoun or title; bodies by acronym and by
    // description; one body citing another; quotes over sentences; disagreeing tellers; agentless passives; headlines naming
    // a teller), one per genre (a wire story, a press conference, a TV script with its cues, a rights group's statement, a court
    // report, a parliamentary debate, a feature, a live page, a health bulletin, a Q&A explainer). First measured on the
    // session's starting code at F1 0.91, attribution 0.77, scope 0.77; only its tune part's misses were read (at the session's
    // end 0.92, 0.82, 0.77; its check part unchanged). Its scope floor went to 0.75 in the forty-sixth session, when a
    // displacement it had missed was read (one claim more, its scope not right; no scope lost).
    ['holdout-reports-79.jsonl', 10, 0.9, 0.81, 0.75],
    // Written on 7 December (the thirty-ninth session) by two writers who read only ANNOTATION.md. Set 80: ten invented events
    // in ten real countries (protests put down, a flood, a pit collapse, mass arrests, an attack on a village), one per genre (a
    // wire story with its page furniture, a live page, a rights group's release in its own voice, a UN-style update, a Q&A
    // explainer, a feature, a radio transcript, a toll lowered, a week's round-up, an undated brief). Set 81: ten real crises of
    // 2010–2022 retold (a prison massacre, camps cleared, a crackdown, ethnic violence, a building collapse, a stadium crush,
    // unrest across a province), one per genre (a wire story days in, a live page, a rights report with its method, a flash
    // update, an explainer, a feature, an interview, a revised toll, a round-up, sources' counts side by side). First measured on
    // the session's starting code at F1 0.93 / 0.89, attribution 0.89 / 0.84, scope 0.75 / 0.79; then only their tune parts'
    // misses were read (at the session's end 0.94 / 0.91, 0.91 / 0.86, 0.76 / 0.78; their check parts unchanged).
    ['holdout-reports-80.jsonl', 10, 0.92, 0.89, 0.75],
    ['holdout-reports-81.jsonl', 10, 0.9, 0.85, 0.77],
    // Written on 7 December (fortieth session) by two writers who read only ANNOTATION.md. Set 82: ten invented events in ten
    // real countries (a landslide, strikes put down, a storm, a clash over land, a siege, a prison riot), one per genre (a wire
    // story with its toll revised, a rights group's release by district, a live page over two days, a UN flash update, a local
    // feature, official figures disputed, a "what we know", an interview with a lawyer, a broadcast summary, a week's round-up).
    // Set 83: ten real crises of 2015–2023 retold (a port blast, a shooting at a toll gate, a hurricane's toll, an invasion's
    // civilians, a prison massacre, a flood, an earthquake, an exodus, a court hearing, an earthquake a year on), one per genre
    // (a flash and its update, a rights statement, official and independent tolls compared, a UN update, local officials by
    // role, a fact check, a timeline, an opinion piece, a hearing, an anniversary). First measured on the session's starting
    // code at F1 0.93 / 0.90, attribution 0.85 / 0.79, scope 0.81 / 0.69; then only their tune parts' misses were read (at the
    // session's end 0.94 / 0.92, 0.90 / 0.82, 0.82 / 0.70; their check parts unchanged).
    ['holdout-reports-82.jsonl', 10, 0.92, 0.88, 0.8],
    ['holdout-reports-83.jsonl', 10, 0.91, 0.8, 0.68],
    // Written on 7 December (forty-first session) by two writers who read only ANNOTATION.md: ten invented events in ten real
    // countries, one per genre (a wire story with updates, a release, a live page, a flash update with a table by province, an
    // explainer, a feature, a press-conference transcript, a correction, a round-up, an undated brief), and ten real crises of
    // 2000–2014 retold in the same genres. First measured on the session's starting code at F1 0.92 / 0.87, attribution 0.72 /
    // 0.74, scope 0.79 / 0.63; then only their tune parts' misses were read (at the session's end 0.93 / 0.88, 0.79 / 0.78,
    // 0.79 / 0.63; their check parts unchanged).
    ['holdout-reports-84.jsonl', 10, 0.92, 0.77, 0.77],
    ['holdout-reports-85.jsonl', 10, 0.87, 0.77, 0.62],
    // Written on 7 December (forty-second session) by two writers who read only ANNOTATION.md: ten invented events in ten real
    // countries (a ferry sinking, arrests after water protests, a festival crush, a dam failure, a heatwave, an attack on a
    // market, a mine fire, clashes between clans, a prison break, shootings at protests), one per genre (a numbered wire update,
    // a release in a rights group's own voice, a live page, a flash update with a table by district, a Q&A explainer, a feature,
    // a press-conference transcript, a round-up by province, a local paper, an undated brief), and ten real crises of 1989–2012
    // retold in the same genres (an anniversary piece in place of the local paper). First measured on the session's starting
    // code at F1 0.96 / 0.93, attribution 0.80 / 0.86, scope 0.76 / 0.79; then only their tune parts' misses were read (at the
    // session's end 0.96 / 0.93, 0.86 / 0.86, 0.76 / 0.79: a press conference's list of speakers; their check parts unchanged).
    ['holdout-reports-86.jsonl', 10, 0.95, 0.85, 0.75],
    // (Set 87's scope floor went to 0.77 in the forty-sixth session: refugees of another country are no longer a part of
    // the displaced, three scopes more in other sets, one fewer here, where the writer counts them as a part.)
    ['holdout-reports-87.jsonl', 10, 0.93, 0.86, 0.77],
    // Written on 7 December (forty-third session) by two writers who read only ANNOTATION.md: ten invented events in ten real
    // countries (clashes in a highland region, a crackdown with mass arrests, nights of rallies, a storm, protests in a capital,
    // wildfires, a shooting at a protest tried in court, a day of marches in eight towns, landslides, unrest), one per genre (a numbered wire update, a release in a
    // rights group's own voice, a live page, a situation report with a table by province, a feature, a Q&A interview, a court
    // and parliamentary record, a round-up by town, a correction, an undated brief), and ten real crises of 1965–1988 and
    // 2013–2018 retold in the same genres (a UN summary with numbered paragraphs, a TV transcript, an anniversary piece, an
    // editorial among them). First measured on the session's starting code at F1 0.88 / 0.92, attribution 0.80 / 0.82, scope
    // 0.85 / 0.75; then only their tune parts' misses were read (at the session's end 0.91 / 0.93, 0.82 / 0.84, 0.85 / 0.75:
    // a transcript's turns labelled by title or role, habits, revisions down; set 89's check part gained one source).
    ['holdout-reports-88.jsonl', 10, 0.9, 0.81, 0.84],
    ['holdout-reports-89.jsonl', 10, 0.91, 0.83, 0.73],
    // Written on 7 December (forty-fourth session) by two writers who read only ANNOTATION.md: ten invented events in ten real
    // countries, one per genre (a radio bulletin with its correspondent, a ministry's release, a local paper's box of the
    // day's numbers with its story, a written question and the minister's answer, a rights group's urgent appeal, a fact
    // check, an eyewitness's diary over a week, a wire with an update and a correction, a union's statement, an interview
    // with a mortuary's head), and ten real crises of 1989–2011 retold (a wire, an NGO report's summary, a UN statement, a
    // live page, an anniversary feature, a TV transcript, an op-ed, a round-up with arrests by police force, a Q&A, a court
    // judgment). First measured on the session's starting code at F1 0.78 / 0.81, attribution 0.50 / 0.70, scope 0.77 /
    // 0.71; set 90's writer gives a body's own release, appeal or statement no source (the outlet's own voice), where the
    // extractor names the body; then only their tune parts' misses were read (at the session's end 0.79 / 0.83, 0.54 / 0.72,
    // 0.77 / 0.71: a fact box's bracketed sources, an interview's bare answers, telephone numbers; their check parts unchanged).
    ['holdout-reports-90.jsonl', 10, 0.79, 0.54, 0.76],
    ['holdout-reports-91.jsonl', 10, 0.82, 0.72, 0.71],
    // Written on 7 December (forty-fifth session) by two writers who read only ANNOTATION.md: ten invented events in ten real
    // countries, one per genre (a parliamentary debate record, an NGO annual report's chapter with its method, a police press
    // conference's transcript, a hospital's statement with the next day's update, a translated roundup of messaging channels, a
    // weekly newsletter of three events, a correction notice, a Security Council briefing's summary, a verdict's summary, an
    // investigation with a "how we counted" box), and ten real crises of 2008–2020 retold (a wire, a rights group's release, a live
    // page, a Q&A, a radio transcript, a local paper's front page, a UN situation report, an anniversary piece, eyewitness
    // testimonies without a date, a fact check). First measured on the session's starting code at F1 0.90 / 0.90, attribution
    // 0.58 / 0.90, scope 0.86 / 0.66.
    ['holdout-reports-92.jsonl', 10, 0.89, 0.58, 0.85],
    ['holdout-reports-93.jsonl', 10, 0.89, 0.89, 0.65],
    // Written on 7 December (forty-sixth session) by two writers who read only ANNOTATION.md: ten invented events in ten real
    // countries, one per genre (a regional broadcaster's evening bulletin, a union's statement on a shaft fire with its dead by
    // shift, a custody inspector's interim report with a table, a live blog of one day's protests, a diaspora paper's feature, a
    // humanitarian cluster's flash update, an inquest hearing, an op-ed disputing others' counts, a student paper on a campus
    // raid, a translated press review of four outlets' tolls), and ten real crises of 2009–2024 retold (a rights group's
    // release, a live page, a wire, a Q&A, a regional paper's front page, a UN situation report, an anniversary piece, a
    // parliamentary committee's summary, a radio interview, a fact check). First measured on the session's starting code at
    // F1 0.90 / 0.96, attribution 0.69 / 0.80, scope 0.76 / 0.71; then only their tune parts' misses were read (at the
    // session's end 0.91 / 0.97, 0.70 / 0.84, 0.78 / 0.73: a rank's initials, numbered paragraphs, "put to death", a row's
    // label of the people it counts).
    ['holdout-reports-94.jsonl', 10, 0.9, 0.69, 0.78],
    ['holdout-reports-95.jsonl', 10, 0.97, 0.83, 0.72],
    // Written on 8 December (forty-seventh session) by two writers who read only ANNOTATION.md: ten invented events, one per
    // genre (a provincial paper's weekend long read, a police press conference with questions, a hospital association's
    // statement, a detention monitor's quarterly report with a table, a channel's live ticker, a UN-style situation report, a
    // court judgment's summary, a local radio script, a newsletter round-up of several crises, an outlet's correction of its own
    // figure), and ten real crises of 2008–2025 retold (a wire, a live blog, a fact check, a rights group's release, a
    // government statement with questions, an anniversary feature, a radio interview, a Q&A explainer, a regional paper's
    // front page, an inquiry's summary). First measured on the session's starting code at F1 0.89 / 0.91, attribution
    // 0.63 / 0.77, scope 0.65 / 0.66; then only their tune parts' misses were read (at the session's end 0.90 / 0.91,
    // 0.68 / 0.80, 0.66 / 0.68; their check parts unchanged).
    ['holdout-reports-96.jsonl', 10, 0.9, 0.67, 0.66],
    ['holdout-reports-97.jsonl', 10, 0.9, 0.8, 0.67],
  ] as const)('%s scores F1, attribution and scope at or above its floors', (name, count, f1, attribution, scope) =>
    expectFloors(name, count, f1, attribution, scope),
  );
});
