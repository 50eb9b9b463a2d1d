/**
 * A title that comes with the document (a page's <title>, a feed item's title) is the page's
 * label for the report; a figure it repeats is claimed where the body states it. A first line
 * with no title given is the report's own headline and keeps the first span (ANNOTATION.md).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const headline = 'Floods in the valley: rescuers say more than 60 dead';
const body = 'Rescue teams in the northern valley said on Thursday that the number of people killed by the floods had passed 60, with 200 others injured.';
const text = `${headline}\n\n${body}`;
const killed = (r: ReturnType<typeof extract>) => r.claims.filter((c) => c.category === 'killed');

describe('the span of a figure the title repeats', () => {
  it('moves to the body when the title came with the document', () => {
    const claims = killed(extract({ text, title: headline, published: '2024-05-02' }));
    expect(claims).toHaveLength(1);
    expect(claims[0]!.span.start).toBeGreaterThan(headline.length);
    expect(claims[0]!.span.text).toContain('passed 60');
  });

  it('moves to the body for an HTML page whose <title> is the headline', () => {
    const html = `<html><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p>${body}</p></article></body></html>`;
    const claims = killed(extract({ html, published: '2024-05-02' }));
    expect(claims).toHaveLength(1);
    expect(claims[0]!.span.text).not.toContain('more than 60 dead');
  });

  it('stays on the first line when no title came with the text', () => {
    const claims = killed(extract({ text, published: '2024-05-02' }));
    expect(claims).toHaveLength(1);
    expect(claims[0]!.span.text).toBe('more than 60 dead');
  });
});
