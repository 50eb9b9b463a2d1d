/** Sources in the store: outlets, grades, merges (confirmed), splits, who/when, countries in the tally, exports. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../src/domain.js';
import { extract } from '../../src/extract/index.js';
import { claimRow as claimRowOf, claimsCsv, CSV_COLUMNS, HXL_TAGS } from '../../src/store/export.js';
import { ConflictError, type Store } from '../../src/store/index.js';
import { tallyForCrisis } from '../../src/tally/index.js';
import { backends } from './backends.js';

/** RFC 4180 rows as objects keyed by the header (quoted fields may hold commas, quotes and newlines). */
function parse(csv: string, _o: { columns: true }): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

/** A report whose first claim is attributed to `source` (extraction gives the figure, the place and the date). */
function report(text: string, source: string | Source, published: string, url: string) {
  const r = extract({ text, published, url });
  if (!r.claims.length) throw new Error(`no claim in ${text}`);
  const named = typeof source === 'string' ? { name: source, via: [] } : source;
  for (const c of r.claims) c.source = named;
  return { input: { raw: `${text}\n${named.name}`, url }, report: r };
}

describe.each(backends)('sources in the store on $name', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
    const docs = [
      report(
        'Police have detained 120 people across Iraq since the protests began, the ministry said.',
        'Iraqi Interior Ministry',
        '2019-10-07',
        'https://www.example-iraq.test/a',
      ),
      report(
        'Police detained 7,939 people across Kazakhstan, the ministry said on Monday.',
        'Interior Ministry',
        '2022-01-10',
        'https://news.example-kz.test/b',
      ),
      report('At least 106 protesters were killed in Iran, the group said on Tuesday.', 'Amnesty International', '2019-11-19', 'https://example.org/c'),
      report('At least 208 protesters were killed in Iran, the group said on Monday.', 'Amnesty', '2019-12-02', 'https://example.org/d'),
      report('At least 300 protesters were killed in Iran last week, he said.', 'Mojtaba Zolnour', '2019-12-03', 'https://example.org/e'),
      report('At least 301 protesters were killed in Iran, he said on Tuesday.', 'Zonnour', '2019-12-04', 'https://example.org/f'),
      report(
        'Police detained 95 people in the capital, she said.',
        { name: 'Ayla Demirtas', via: [], kind: 'person', role: 'police spokeswoman' },
        '2019-12-05',
        'https://example.org/role',
      ),
    ];
    for (const d of docs) await store.ingestReport(d.input, d.report, { crisis: 'Mixed' });
  }, 600_000);
  afterAll(async () => cleanup?.());

  it('lists outlets as sources (kind outlet, type media) and gives each source a kind and a default grade', async () => {
    const list = await store.listSources();
    expect(list.find((s) => s.name === 'example-iraq.test')).toMatchObject({ kind: 'outlet', type: 'media', reliability: 'C', reliabilitySet: false });
    expect(list.find((s) => s.name === 'Iraqi Interior Ministry')).toMatchObject({ kind: 'office', type: 'official', reliability: 'B' });
    expect(list.find((s) => s.name === 'Mojtaba Zolnour')).toMatchObject({ kind: 'person', type: 'unknown', reliability: 'F' });
    // A person's name says nothing of the type; the role stated beside it does.
    expect(list.find((s) => s.name === 'Ayla Demirtas')).toMatchObject({ kind: 'person', type: 'official', reliability: 'B' });
  });

  it("stores a source's role: a spokesperson's figures count in the body's timeline", async () => {
    const docs = [
      report(
        'Police said 120 protesters had been detained across Moldova since the protests began.',
        'Moldovan Police',
        '2023-03-01',
        'https://example-md.test/a',
      ),
      report(
        'In all, 180 protesters have been detained across Moldova since the protests began, he said.',
        { name: 'Ion Rusu', via: [], kind: 'person', role: 'police spokesman' },
        '2023-03-03',
        'https://example-md.test/b',
      ),
    ];
    for (const d of docs) await store.ingestReport(d.input, d.report, { crisis: 'Moldova' });
    const t = await tallyForCrisis(store, 'Moldova', 'detained');
    const rows = t.categories[0]!.sources.filter((s) => !s.outlet);
    expect(rows.map((s) => [s.source, s.latest.estimate])).toEqual([['Moldovan Police', 180]]);
    expect(rows[0]!.figures.map((f) => f.namedAs)).toEqual(['Moldovan Police', 'Ion Rusu']);
  });

  it('keeps the acronym a report gives for a new source as its alias: reports naming either are one source in the tally', async () => {
    const named = extract({
      text: 'The Orvane Watch Collective (OWC) said on Monday that 41 people had been killed in Tessa since the protests began.',
      published: '2023-05-02',
    });
    expect(named.claims[0]!.source).toMatchObject({ name: 'Orvane Watch Collective', alias: 'OWC' });
    const acronymOnly = extract({ text: 'OWC said on Friday that 57 people had been killed in Tessa since the protests began.', published: '2023-05-06' });
    expect(acronymOnly.claims[0]!.source?.name).toBe('OWC');
    await store.ingestReport({ raw: 'one', url: 'https://example-tessa.test/a' }, named, { crisis: 'Tessa' });
    await store.ingestReport({ raw: 'two', url: 'https://example-tessa.test/b' }, acronymOnly, { crisis: 'Tessa' });
    expect((await store.findSource('Orvane Watch Collective'))?.aliases).toEqual(['OWC']);
    const rows = (await tallyForCrisis(store, 'Tessa', 'killed')).categories[0]!.sources.filter((s) => !s.outlet);
    expect(rows.map((s) => [s.source, s.latest.estimate])).toEqual([['Orvane Watch Collective', 57]]);
  });

  it("keeps Kazakhstan's interior ministry apart from Iraq's in one tally", async () => {
    const t = await tallyForCrisis(store, 'Mixed', 'detained');
    const rows = t.categories[0]!.sources.filter((s) => !s.outlet).map((s) => [s.source, s.latest.estimate]);
    expect(rows).toContainEqual(['Iraqi Interior Ministry', 120]);
    expect(rows).toContainEqual(['Interior Ministry', 7939]);
  });

  it("sets a grade with who and when; the tally's rows carry it", async () => {
    const amnesty = (await store.findSource('Amnesty International'))!;
    const graded = await store.updateSource(amnesty.id, { reliability: 'A', editor: 'analyst one' });
    expect(graded).toMatchObject({ reliability: 'A', reliabilitySet: true, updatedBy: 'analyst one' });
    expect(graded.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const killed = (await tallyForCrisis(store, 'Mixed', 'killed')).categories[0]!;
    expect(killed.sources.find((s) => s.source === 'Amnesty International')?.reliability).toBe('A');
    expect(killed.sources.find((s) => s.source === 'Mojtaba Zolnour')?.reliability).toBe('F');
    // Back to the type's default.
    expect(await store.updateSource(amnesty.id, { reliability: null })).toMatchObject({ reliability: 'B', reliabilitySet: false });
  });

  it("refuses an alias that is another source's name unless the merge is confirmed", async () => {
    const amnesty = (await store.findSource('Amnesty International'))!;
    await expect(store.updateSource(amnesty.id, { aliases: ['Amnesty'] })).rejects.toThrow(ConflictError);
    await expect(store.updateSource(amnesty.id, { aliases: ['Amnesty'] })).rejects.toThrow(/"Amnesty" \(1 claims\) is another source/);
    expect((await store.listSources()).some((s) => s.name === 'Amnesty')).toBe(true);
    const merged = await store.updateSource(amnesty.id, { aliases: ['Amnesty'], merge: true, editor: 'analyst two' });
    expect(merged).toMatchObject({ name: 'Amnesty International', aliases: ['Amnesty'], claimCount: 2 });
    expect((await store.listSources()).some((s) => s.name === 'Amnesty')).toBe(false);
    const edits = await store.sourceEdits(amnesty.id);
    expect(edits.map((e) => [e.editor, e.action])).toContainEqual(['analyst two', 'merge']);
    // A later report naming the merged source goes to the one it joined.
    const later = report('At least 304 protesters were killed in Iran, the group said on Monday.', 'Amnesty', '2019-12-16', 'https://example.org/g');
    await store.ingestReport(later.input, later.report, { crisis: 'Mixed' });
    expect((await store.findSource('Amnesty International'))!.claimCount).toBe(3);
    const killed = (await tallyForCrisis(store, 'Mixed', 'killed')).categories[0]!;
    expect(killed.sources.filter((s) => s.names.some((n) => /amnesty/i.test(n))).map((s) => [s.source, s.latest.estimate])).toEqual([
      ['Amnesty International', 304],
    ]);
  });

  it('merges by name and splits an alias off again, with the claims written under it', async () => {
    // The tally groups the transliterations already; an analyst who knows better splits them.
    let killed = (await tallyForCrisis(store, 'Mixed', 'killed')).categories[0]!;
    expect(killed.sources.find((s) => s.source === 'Mojtaba Zolnour')?.names.sort()).toEqual(['Mojtaba Zolnour', 'Zonnour']);
    const merged = await store.mergeSources('Zonnour', 'Mojtaba Zolnour', 'analyst three');
    expect(merged).toMatchObject({ name: 'Mojtaba Zolnour', aliases: ['Zonnour'], claimCount: 2 });
    await expect(store.mergeSources('Zonnour', 'Mojtaba Zolnour')).rejects.toThrow(/already one source/);
    const { source, split } = await store.splitSource('Mojtaba Zolnour', 'Zonnour', 'analyst three');
    expect(source).toMatchObject({ aliases: [], separate: ['Zonnour'], claimCount: 1 });
    expect(split).toMatchObject({ name: 'Zonnour', separate: ['Mojtaba Zolnour'], claimCount: 1 });
    killed = (await tallyForCrisis(store, 'Mixed', 'killed')).categories[0]!;
    expect(killed.sources.find((s) => s.source === 'Mojtaba Zolnour')?.latest.estimate).toBe(300);
    expect(killed.sources.find((s) => s.source === 'Zonnour')?.latest.estimate).toBe(301);
    await expect(store.splitSource('Mojtaba Zolnour', 'Nobody')).rejects.toThrow(/not an alias/);
  });

  it('exports scope, time precision, source type and reliability, with an optional HXL row', async () => {
    const claims = await store.allClaims({ crisis: 'Mixed' });
    const rows = parse(claimsCsv(claims), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    const iraq = rows.find((r) => r.source === 'Iraqi Interior Ministry')!;
    expect(iraq).toMatchObject({ scope: expect.any(String), time_precision: '1', source_type: 'official', reliability: 'B' });
    expect(rows.every((r) => ['total', 'local', 'part', 'new'].includes(r.scope!))).toBe(true);
    // "last week" dates a figure to a week, when the as-of date is that week's.
    const zolnour = claims.find((c) => c.source?.name === 'Mojtaba Zolnour')!;
    expect(zolnour.timePrecision).toBe(1); // dated by its publication
    const week = await store.reviewClaim(zolnour.id, { status: 'edited', reviewer: 'analyst', changes: { asOf: '2019-11-25' } });
    expect(week.timePrecision).toBe(2); // the week "last week" names
    expect(claimRowOf(week).time_precision).toBe(2);
    const hxl = parse(claimsCsv(claims, { hxl: true }), { columns: true }) as Array<Record<string, string>>;
    expect(hxl[0]).toEqual(HXL_TAGS);
    expect(hxl).toHaveLength(rows.length + 1);
    expect(Object.values(HXL_TAGS).every((t) => /^#[a-z0-9_]+(\+[a-z0-9_]+)*$/.test(t))).toBe(true);
  });
});
