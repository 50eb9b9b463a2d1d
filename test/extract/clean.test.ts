import { describe, expect, it } from 'vitest';
import { clean, looksLikeHtml, MAX_INPUT_CHARS } from '../../src/extract/clean.js';

describe('clean: plain text', () => {
  const text = [
    '728 x 90',
    '',
    'Protests spread',
    '',
    'Crowds gathered in the square - File photo',
    'Crowds gathered in the square - File photo',
    '',
    'Reporting by Example Network',
    'Share this article',
    'Published: Oct 26, 2019, 1:26 pm IST',
    'At least 20 people were killed on Tuesday.',
  ].join('\n');

  it('removes ad slots, repeated captions, bylines, dateline metadata and share widgets', () => {
    const doc = clean({ text });
    expect(doc.text).toBe('\nProtests spread\n\n\nAt least 20 people were killed on Tuesday.');
    expect(doc.removed.map((r) => r.reason)).toEqual(['ad_slot', 'duplicate_line', 'duplicate_line', 'byline', 'widget', 'byline']);
    expect(doc.byline).toBe('Example Network');
  });

  it('records removed ranges as offsets into the input', () => {
    const doc = clean({ text });
    for (const r of doc.removed) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('keeps one copy of a headline the page opens with twice (title, then heading)', () => {
    const t = 'Quake toll in the valley rises to 212\n\nQuake toll in the valley rises to 212\nRescuers dug through the night.';
    expect(clean({ text: t }).text).toBe('Quake toll in the valley rises to 212\n\nRescuers dug through the night.');
  });

  it("removes a page's section crumbs above the headline, not a labelled headline or a table's row", () => {
    const t = [
      'Home > World > Asia',
      'NEWS | AFRICA | NORVEL',
      'LIVE | Norvel protests: 12 dead as calm returns',
      'A long first paragraph of the body text that runs on for well over a hundred and twenty characters, as a body paragraph does.',
      'Province | Killed | Injured',
    ].join('\n');
    const doc = clean({ text: t });
    expect(doc.removed.map((r) => [r.text, r.reason])).toEqual([
      ['Home > World > Asia', 'widget'],
      ['NEWS | AFRICA | NORVEL', 'widget'],
    ]);
    // The headline is then the document's first line.
    expect(doc.text.split('\n')[0]).toBe('LIVE | Norvel protests: 12 dead as calm returns');
  });

  it("removes a wire update's note to editors, not a bracketed line of the story", () => {
    const t = [
      'UPDATE 1-Fire at Kessel market kills 9',
      '(Adds governor comments in paragraphs 3-5, 8)',
      'KESSEL, May 2 - A fire killed nine people on Tuesday, police said.',
      '(Six of the dead were traders.)',
    ].join('\n');
    const doc = clean({ text: t });
    expect(doc.removed.map((r) => [r.text, r.reason])).toEqual([['(Adds governor comments in paragraphs 3-5, 8)', 'byline']]);
  });

  it('keeps a paragraph repeated further down once', () => {
    const t = 'A long paragraph that appears twice in the article.\nOther text here.\nA long paragraph that appears twice in the article.';
    expect(clean({ text: t }).text).toBe('A long paragraph that appears twice in the article.\nOther text here.');
  });

  it('normalises line endings and takes a headline as title', () => {
    const doc = clean({ text: 'Death toll rises to 201\r\n\r\nThe death toll rose to 201.' });
    expect(doc.text).toBe('Death toll rises to 201\n\nThe death toll rose to 201.');
    expect(doc.title).toBe('Death toll rises to 201');
  });

  it.each([
    [
      'date 2019-10-22 UrduPoint.com\n157 Dead In Iraq Protests: New Official Toll\nThe death toll rose to 157.',
      '157 Dead In Iraq Protests: New Official Toll',
    ],
    ['date 2023-01-10 Thousands rounded up\nThe events of January were the worst in decades.', 'Thousands rounded up'],
    ['Caucasus/Russia/Central Asia\nThousands detained after Kazakhstan unrest\n2022-01-10', 'Thousands detained after Kazakhstan unrest'],
    ['4 August 2024\nQuota protests: Another dies from bullet wounds\nA boy died.', 'Quota protests: Another dies from bullet wounds'],
    ['Death toll rises to 201 in student protests | Anadolu Agency\nThe toll rose.', 'Death toll rises to 201 in student protests | Anadolu Agency'],
    ['Topline\nNearly 8,000 people were arrested and dozens died throughout Kazakhstan last week.', null],
    ['October has been a month of deadly protests in Baghdad and in the provinces south of the capital.', null],
  ])('takes the headline past page chrome: %j', (text, title) => {
    expect(clean({ text }).title).toBe(title);
  });

  it('refuses inputs over the size limit with advice', () => {
    expect(() => clean({ text: 'a'.repeat(MAX_INPUT_CHARS + 1) })).toThrow(/split the file/);
  });
});

describe('clean: HTML', () => {
  const article = `<!doctype html><html><head><title>Toll rises | Example News</title>
    <meta property="article:published_time" content="2024-07-25T10:54:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Death toll rises to 201</h1>
    <p>Officials and local media said on Thursday that the number of people killed in the student protests in Bangladesh had risen to 201.</p>
    <div class="ad">Advertisement</div><p>728 x 90</p>
    <p>The curfew and the army deployment that began on Saturday stayed in place, lifted only between 10 a.m. and 5 p.m. in the capital.</p>
    <script>window.evil = 1; document.write("<p>500 people were killed</p>")</script>
    <p onclick="alert(1)">Others are still being treated at the hospital, an inspector said late on Wednesday.</p>
    </article><footer>Copyright 2024</footer></body></html>`;

  it('detects HTML by content', () => {
    expect(looksLikeHtml(article)).toBe(true);
    expect(looksLikeHtml('At least 20 <b>people</b> died.')).toBe(false);
  });

  it('extracts the article text with one line per block and no markup or script', () => {
    const doc = clean({ html: article });
    expect(doc.format).toBe('html');
    expect(doc.published).toBe('2024-07-25');
    expect(doc.text).toContain('the student protests in Bangladesh had risen to 201.');
    expect(doc.text).toContain('Others are still being treated');
    expect(doc.text).not.toMatch(/<|evil|500 people|Copyright|728 x 90|onclick/);
  });

  it("writes a table's row as one line, its cells between bars", () => {
    const doc = clean({
      html: '<html><body><article><p>Floods hit Velmaria.</p><table><tr><th>District</th><th>Dead</th></tr><tr><td>Orlan</td><td> 40 </td></tr></table></article></body></html>',
    });
    expect(doc.text).toContain('District | Dead\n\nOrlan | 40');
  });

  it("keeps a table's header row at the page's top, whose next line holds its figures", () => {
    const doc = clean({ text: 'District | Dead | Missing\nOrlan | 40 | 6' });
    expect(doc.removed).toEqual([]);
  });

  it('survives malformed markup', () => {
    const doc = clean({ html: '<html><body><p>Unclosed <b>bold <div>At least 12 people were injured.<p>' });
    expect(doc.text).toContain('At least 12 people were injured.');
  });
});
