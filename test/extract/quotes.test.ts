import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/extract/quotes.js';
import { segment } from '../../src/extract/segment.js';
import { collectMentions } from '../../src/extract/speakers.js';
import { tokenize } from '../../src/extract/tokens.js';

function quotesOf(text: string) {
  const seg = segment(text);
  const mentions = seg.sentences.flatMap((s) => collectMentions(s.text, s.start, tokenize(s.text, s.start)));
  return findQuotes(text, seg, mentions, []);
}

describe('quotes', () => {
  it('reads the speaker after the quote, with "he" resolved', () => {
    const q = quotesOf('Commander Rafael Ortiz toured the site. “We found four more bodies under the roof,” he said.');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ speaker: 'Rafael Ortiz', role: 'Commander' });
  });

  it('resolves "he" to the speaker of the quote before, named by surname alone, over a person named earlier', () => {
    const text =
      'Police spokesman Ivo Marek said the roads were closed. Officers seized cash, city police chief Tomas Brek Halloran said at a news conference.\n\n“The situation is now under control,” Marek said. “But we will not tolerate any more looting.” He said 20 officers had been hurt.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Marek', 'Ivo Marek']);
  });

  it("reads a first-person quote right after a sentence whose subject is a person as that person's, and a quote in no voice as no one's", () => {
    expect(quotesOf('Lena Brandt, a nurse, walked the ward at dawn. “We lost six patients before noon.”')[0]?.speaker).toBe('Lena Brandt');
    expect(quotesOf('Lena Brandt walked the ward at dawn. “Six patients lost before noon.”')[0]?.speaker ?? null).toBeNull();
    expect(quotesOf('Lena Brandt walked the ward at dawn.\n\n“We lost six patients before noon.”')[0]?.speaker ?? null).toBeNull();
  });

  it('reads no speaker past the end of the sentence after the quote', () => {
    // (", including a protester who fell …. He said": the verb is the next sentence's.)
    const text =
      'Minister Ana Ruiz said three people had died "in incidents unrelated to police action", including a protester who fell from a bridge. He said 40 were hurt.';
    expect(quotesOf(text)[0]?.speaker ?? null).toBeNull();
  });

  it('reads "said X" after the quote and "X said:" before it', () => {
    expect(quotesOf('“The roads to the north are closed again,” said Dana Whitfield.')[0]?.speaker).toBe('Dana Whitfield');
    expect(quotesOf('The mayor’s office said: “Nine families have lost their homes tonight.”')[0]?.speaker).toBe('mayor’s office');
  });

  it('reads a paragraph-opening label and colon as who speaks its quote, the role in apposition ending at the colon', () => {
    const q = quotesOf('Marit Ost, 29, volunteer medic: “We treated more than 60 people at our tent on Tuesday night.”');
    expect(q[0]?.speaker).toBe('Marit Ost');
    expect(quotesOf('Levan Ora, lawyer with the Tarsk Legal Bureau: “We know of 327 people who have been detained.”')[0]).toMatchObject({
      speaker: 'Levan Ora',
      role: 'lawyer with the Tarsk Legal Bureau',
    });
    expect(quotesOf('The Interior Ministry, in a statement read out on Wednesday: “A total of 211 individuals have been detained.”')[0]?.speaker).toBe(
      'Interior Ministry',
    );
    // A sentence before the colon is no label.
    expect(quotesOf('The square was full again. Tonight the chant was clear: “We will not go home until they are free.”')[0]?.speaker).toBeNull();
  });

  it("reads words quoted inside what a verb of saying reports as its subject's, not the clause after them", () => {
    const text = 'The coast guard said in a briefing that "not more than 20" passengers had drowned and blamed the weather.';
    expect(quotesOf(text)[0]?.speaker).toBe('coast guard');
  });

  it("reads a broadcast script's clip cue as who speaks the quote under it", () => {
    const text = [
      '[VO]',
      'Water rose through the night.',
      '',
      '[SOT - MARTA VIDAL, HARBOUR MASTER, PORT ESTE]',
      '"We have pulled nine people from the water since midnight."',
    ].join('\n');
    expect(quotesOf(text)[0]?.speaker).toBe('Marta Vidal');
    expect(quotesOf('[SOUND ON TAPE: Ivo Marek, ferry captain]\n"We lost sight of two boats after midnight."')[0]?.speaker).toBe('Ivo Marek');
    // A cue that names no one ("[VO]", "[GRAPHIC - MAP]") gives no speaker.
    expect(quotesOf('[GRAPHIC - MAP OF THE COAST]\n"Nine boats have not come back to the harbour."')[0]?.speaker ?? null).toBeNull();
  });

  it('reads the agent of "I was told by" after the quote', () => {
    expect(quotesOf('“At least 50 people were arrested in the raids,” I was told by a lawyer in Baku.')[0]?.speaker).toBe('lawyer');
  });

  it('reads "according to X" after the quote', () => {
    expect(quotesOf('“Eleven fishing boats never came back to the harbour,” according to Tomas Berg, a harbour pilot.')[0]?.speaker).toBe('Tomas Berg');
    expect(quotesOf('“The wells in three villages have run dry since June,” according to the relief committee.')[0]?.speaker).toBe('relief committee');
  });

  it('resolves "the group" to an organisation named inside the quote', () => {
    const q = quotesOf('“So far the Valley Rescue Alliance has counted 31 dead in the three villages,” the group said.');
    expect(q[0]?.speaker).toBe('Valley Rescue Alliance');
  });

  it('carries the speaker into a paragraph that is a quotation of its own', () => {
    const text = '“Twelve people were taken to the clinic overnight,” the Harbour Aid Society said.\n\n“Two of them are still in a serious condition.”';
    const q = quotesOf(text);
    expect(q.map((x) => x.speaker)).toEqual(['Harbour Aid Society', 'Harbour Aid Society']);
  });

  it('reads speech in single marks, and no apostrophe as a mark', () => {
    expect(quotesOf("'The roads to the north are closed again,' said Dana Whitfield.")[0]?.speaker).toBe('Dana Whitfield');
    expect(quotesOf('‘Nine families have lost their homes tonight,’ the mayor said.')).toHaveLength(1);
    expect(quotesOf("The farmers' union and the teachers' federation don't agree on the route of Friday's march.")).toEqual([]);
  });

  it('ignores short scare quotes', () => {
    expect(quotesOf('Officials called the march “illegal” on Friday.')).toEqual([]);
  });
});
