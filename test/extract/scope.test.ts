/**
 * Scope rules (src/extract/scope.ts), one case or more per rule, in sentences written for the
 * test after the examples of ANNOTATION.md: each claim's scope and the rule that gave it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { SCOPE_RULE_NAMES } from '../../src/extract/scope.js';

/** The scope and rule of the claim whose span holds `figure`. */
function scoped(text: string, figure: string): [string, string | undefined] {
  const report = extract({ text, published: '2024-03-06' });
  // The claim whose figure it is: its span opens on the figure, else holds it ("… among the 300 killed").
  const claim = report.claims.find((c) => c.span.text.startsWith(figure)) ?? report.claims.find((c) => c.span.text.includes(figure));
  if (!claim) throw new Error(`no claim at "${figure}" in: ${report.claims.map((c) => c.span.text).join(' | ')}`);
  return [claim.scope, claim.rules?.scope];
}

describe('scope rules', () => {
  it.each([
    ['Three more people died in the clashes, officials said.', 'Three', 'new', 'increment'],
    // More of the harm's own count noun ("bodies", "arrests") after a breakdown is more of the whole, not the breakdown's next share.
    [
      'Villagers said they buried 14 people on Sunday, among them five children. Two more bodies were found near the river on Tuesday.',
      'Two',
      'new',
      'increment',
    ],
    // A count the next figure says it rose from runs (and so does that earlier value), though a day is told of the event;
    // one night's count set against the night before is that night's.
    ['Rescuers say 31 were killed when a bus overturned on a mountain road on Friday night, up from 20 a day earlier.', '31', 'total', 'running-toll'],
    ['Rescuers say 31 were killed when a bus overturned on a mountain road on Friday night, up from 20 a day earlier.', '20', 'total', 'earlier-value'],
    ['Police detained 300 people across the country on Friday night, up from 180 the night before.', '300', 'new', 'one-day'],
    // "In hospital", "in intensive care": a state of care, no facility the count is confined to.
    [
      'Since the gas leak on May 2, 80 workers have been treated in hospital, health officials report, a dozen of them still in intensive care.',
      '80',
      'total',
      'running-toll',
    ],
    ['Flooding hit the south. Health officials report that 80 people were taken to hospital.', '80', 'total', 'total'],
    // A "national" or "overall" toll is the country's, though a town's branch of a body tells it.
    [
      'Protests spread across Chile. The Temuco branch of the nurses union says the true national toll is "above 25," as some died at home.',
      '25',
      'total',
      'nationwide',
    ],
    // A share of the toll with its own day is that day's count; a day of the whole, or a kind of victim, keeps a share a share.
    ['At least 64 people have died since the protests began, at least 25 of them on Monday alone.', '25', 'new', 'share-day'],
    ['At least 45 people have died in the unrest. Seven of them were killed last Sunday in Varno.', 'Seven', 'new', 'share-day'],
    ['Police said 112 people were arrested on Thursday, of whom 37 were charged.', '37', 'part', 'subgroup'],
    ['At least 40 people have been killed, including 12 children killed on Monday.', '12', 'part', 'subgroup'],
    // A bound above, or a hedged guess, is no whole a count is a share of.
    ['Watchdog says toll may be as high as 300\n\nAt least 140 marchers were killed in the crackdown, the Velmar Rights League said.', '140', 'total', 'total'],
    // A place's share that is also a subgroup (by a later state) is a part.
    ['Police have arrested 300 people nationwide. Of those held in Lima, 40 were sentenced to prison terms.', '40', 'part', 'subgroup-in-place'],
    // A clause of "after" on an event dates the figure, as one of "when" does; "after" a day is a count since then.
    ['Protests began last week. Two people died after protests in Varno on Thursday.', 'Two', 'new', 'one-day'],
    ['The commission found that 612 people were arrested on and after 3 May.', '612', 'total', 'total'],
    ['At least 40 people have died and 60 are missing after a storm struck the south over the weekend.', '40', 'total', 'total'],
    // Dead when a facility took them in: its intake, however the arrival is told.
    [
      'Protests spread across Velmaria this week. "Four people were brought to us already dead," a surgeon at the district hospital said.',
      'Four',
      'local',
      'facility-intake',
    ],
    [
      'Protests spread across Velmaria. The charity runs a surgical hospital in Orsk. Sixteen people were already dead when they were brought in, it said.',
      'Sixteen',
      'local',
      'facility-intake',
    ],
    ['Protests spread across Velmaria this week. "Our morgue has taken in 44 bodies," the director said.', '44', 'local', 'facility-intake'],
    // (The place the facility stands in is no part of its name: a share of the wounded it took in is still its count.)
    ['Police said 31 people were hurt. The Saint Anne clinic in Orsk received 12 of the wounded, its director said.', '12', 'local', 'facility-intake'],
    // A medical worker who tells a count of the dead or wounded tells their facility's; not a doctors' body nor a count across the country.
    ['Protests spread across Velmaria this week. "There are around 100 dead," a doctor said on Sunday.', '100', 'local', 'facility-teller'],
    [
      'Protests spread across Velmaria this week. A medic told us that at least six bodies were lying in the temple grounds.',
      'six',
      'local',
      'facility-teller',
    ],
    ['Protests spread across Velmaria this week. The Velmarian Doctors Union said at least 60 people had been killed.', '60', 'total', 'total'],
    ['Protests spread across Velmaria this week. A doctor said at least 60 people had been killed across the country.', '60', 'total', 'nationwide'],
    // (A titled name's role in apposition: "Dr Farid Samadi, a surgeon who …".)
    [
      'Protests spread across Velmaria this week. "By midnight we had 40 bodies in the corridor," said Dr Farid Samadi, a surgeon who worked through the night.',
      '40',
      'local',
      'facility-teller',
    ],
    // A figure in a "where" clause of one area below the country counts that area.
    [
      "Arrests were reported across Velmaria. Most took place in the capital, where the lawyers' group says 441 people have been held.",
      '441',
      'local',
      'local-area',
    ],
    [
      'Fighting spread this week. Most of those displaced have crossed into the district of Orvel, where aid workers said some 8,000 people were sheltering in schools.',
      '8,000',
      'local',
      'local-area',
    ],
    // The next share of a list counts what the share before it does.
    [
      'Clashes spread across Velmaria. Police said on Wednesday that eight people had been killed since Sunday, five of them in Orsk and three in Lemba.',
      'three',
      'local',
      'listed-share',
    ],
    // A subgroup that is also placed is a part (ANNOTATION.md), even in a breakdown of a count before.
    ['Monitors recorded 71 arrests. Of those detained, 19 remain in custody, including four minors held in Orsk.', 'four', 'part', 'subgroup'],
    // A facility's count over a few days is still the facility's.
    ['Fighting spread across the country. The city hospital said it had treated 40 people over the past 48 hours.', '40', 'local', 'facility-intake'],
    // A subgroup set after a figure is no other side of it.
    ['The minister said 681 suspects had been arrested, among them seven foreign nationals.', '681', 'total', 'total'],
    // A facility's patients dead on arrival are its intake, no subgroup.
    [
      'Dr Ana Pell said staff at the city hospital had treated 112 people. Three patients were dead on arrival, she added.',
      'Three',
      'local',
      'facility-intake',
    ],
    // The figure a count changed from is what the count was; a day after it is its own.
    ['At least 44 people have died after the cyclone, the agency said on Tuesday, up from 31 deaths reported on Monday.', '31', 'total', 'earlier-value'],
    ['The number of missing had dropped to about 30 from 55 on Sunday evening, the agency said.', '30', 'total', 'running-toll'],
    // A toll an area noun owns is that place's.
    [
      "Police said 40 people were killed across Velmaria. Another protester died in Orsk, bringing the city's death toll to three.",
      'three',
      'local',
      'area-owned-toll',
    ],
    // A stretch between two days, a day and the days after it, and a dateline's day date no figure to one day.
    ['The panel said 52 people died in the unrest between 2 March and 30 June.', '52', 'total', 'total'],
    ['The doctors said at least 96 people were killed on 4 May and in the days after.', '96', 'total', 'total'],
    ['ORSK, May 4 - Police have detained more than 900 people in three weeks of protests.', '900', 'total', 'total'],
    // A day the count was told on, or another figure's day, does not date the figure.
    ['On May 3, relief officials were reporting 39 dead and 68 missing.', '39', 'total', 'total'],
    ['The agency said 670 people were feared dead, far above the figure given by village officials on Friday.', '670', 'total', 'total'],
    ['VELMO, Kestria, May 4 (Kessel Wire) - Ethnic violence has killed at least 96 people, the ministry said.', '96', 'total', 'total'],
    ['(Orsk, May 4, 2024) - At least 96 people have been killed in the crackdown, the Orsk Rights Monitor said today.', '96', 'total', 'total'],
    // Kinds of people listed together are everyone, no subgroup.
    ['Over 900 men, women and children were detained across the country.', '900', 'total', 'total'],
    // A start verb's day dates the crisis, not the figure.
    ['At least 61 people were killed in the unrest that broke out in Velmaria on 12 February.', '61', 'total', 'total'],
    ['Another 27 bodies were found, the ministry said.', '27', 'new', 'increment'],
    // The day an earlier report of a count was made dates the report, not the deaths; a report's day alone may be the deaths'.
    ['Officials had first reported 23 dead on Monday evening, before the search widened.', '23', 'total', 'total'],
    ['Police reported 23 dead on Monday.', '23', 'new', 'one-day'],
    // The rise over what was reported before.
    ['The agency said 19 people had died in the floods, six more than it reported on Friday.', 'six', 'new', 'increment'],
    // "another" in a place set apart from an earlier figure of the same harm is that place's.
    ['Police arrested 30 people in Mosul and another 45 in Basra.', '45', 'local', 'local-place'],
    ['Police arrested 30 people in Mosul and another 45 in Mosul.', '45', 'new', 'increment'],
    // "another" before the report's first figure of its harm counts another harm beside the one told, not more of its own.
    ['The agency said 25 people had died in the storm. Another 12 are still unaccounted for.', '12', 'total', 'total'],
    ['The agency said 40 people had died in the floods. Another 3 died overnight.', '3', 'new', 'increment'],
    ['The toll of those wounded went up by 40 overnight, the ministry said.', '40', 'new', 'increment'],
    // A rise by an amount, a qualifier between; the result counts one kind of injury.
    ['Last week the number of eye injuries went up by over a hundred to 352.', 'hundred', 'new', 'increment'],
    ['Last week the number of eye injuries went up by over a hundred to 352.', '352', 'part', 'subgroup-harm'],
    ['At least 300 people have been killed, including 12 children.', '12', 'part', 'subgroup'],
    // Those sentenced, and those still held in a described place, after the arrests counted: parts of the detained.
    ['Police said 2,000 people were arrested. Courts have so far sentenced at least 310 protesters to prison terms.', '310', 'part', 'later-state'],
    ['Police said 2,000 people were arrested. Around 900 remain in pre-trial detention, the group said.', '900', 'part', 'later-state'],
    // (A sentence told in a later clause with its own subject is not the figure's.)
    ['More than 33,000 people were detained in May, and courts later gave most of them administrative sentences.', '33,000', 'total', 'total'],
    // A list of counts by date after a larger total: each line the total as of its date, no share of it.
    [
      'The network said 61 people had been killed.\n\nIts count rose steadily:\n\n- 3 March: at least 20 dead\n\n- 5 March: at least 44 dead',
      '20',
      'total',
      'total',
    ],
    ['Police said 20 officers were injured, five of them seriously.', 'five', 'part', 'subgroup'],
    ['Rights groups said 35 foreigners were among the dead.', '35', 'part', 'subgroup'],
    // In a crisis the headline names by several countries, victims named by their nationality are a part, a country's own count local.
    [
      "Egypt stadium crush toll reaches 300; Kenya demands answers\n\nCAIRO (Wire) - Egypt on Saturday raised the toll from the crush at a Cairo stadium to 300.\n\nKenya, whose fans made up much of the crowd, blamed the organisers. The head of Kenya's Football Federation, Ana Ruiz, told reporters that 41 Kenyans had died.",
      '41',
      'part',
      'nationality',
    ],
    // A rise from an earlier toll makes the figure the toll itself; a rise to a toll, an addition to it.
    ['Thirty-one people are now known to have died, the Velm Rights League said, raising its toll from 19.', 'Thirty-one', 'total', 'total'],
    ['Four more people died on Friday, raising the number of dead from 27 to 31.', 'Four', 'new', 'increment'],
    // A "where" clause on one site, named or picked out by an article, counts that site.
    ['Gunmen have killed 60 people in the city. The worst attack hit the Orvan theatre, where 41 people were shot dead.', '41', 'local', 'local-area'],
    // A count coordinated after the figure's own is stepped over to the "among" that makes both shares.
    ['Some 50 villagers died in the raid. Police said 14 men and six women were among the dead.', '14', 'part', 'subgroup'],
    // The hurt who then died add to the deaths; a share of those the pronoun names stays a share.
    ['Seven of the wounded died in hospital overnight, doctors in Varno said.', 'Seven', 'new', 'wounded-who-died'],
    ['The toll rose to 31 after two of the injured miners died on Sunday.', 'two', 'new', 'wounded-who-died'],
    ['Doctors at the clinic said three more of the injured had died.', 'three', 'new', 'wounded-who-died'],
    // An anchor with a clock time before its day ("as at 1800 hrs today") dates a running count, not one day's.
    ['As at 1800 hrs today, the number of people displaced stands at 4,200.', '4,200', 'total', 'total'],
    // A timeline's dated entry tells that day's harm; a count so far in one stays the total.
    ['Timeline\n\nMay 2 - Marches begin in Orsk.\n\nMay 9 - Troops open fire. Eleven people are killed.', 'Eleven', 'new', 'timeline-day'],
    ['Timeline\n\nMay 2 - Marches begin in Orsk.\n\nMay 9 - The union says 40 people have been killed.', '40', 'total', 'total'],
    // (Wherever the entry places it: a town named is no town's running count.)
    ['Timeline\n\nMay 2 - Marches begin in Orsk.\n\nMay 9 - Marches reach Mombasa. Three people are shot dead in Mombasa.', 'Three', 'new', 'timeline-day'],
    ['Police said 20 officers were injured; two of them died later.', 'two', 'part', 'subgroup'],
    // A harm split by side: the security side is a part, and so is the protesters' side beside it.
    ['The ministry said 17 protesters had died and 72 security officers had been killed.', '17', 'part', 'side-split'],
    ['The ministry said 17 protesters had died and 72 security officers had been killed.', '72', 'part', 'subgroup-noun'],
    ['A police officer was killed by a sniper, the ministry said.', 'police officer', 'new', 'single-victim'],
    ['Rights groups say 300 women have been detained since the protests began.', '300', 'part', 'subgroup-noun'],
    // A country's own people its possessive names among the dead of a crowd of many; not citizens at large.
    ['Portugal has said 14 of its citizens died in the crush at the shrine.', '14', 'part', 'subgroup-noun'],
    ['Police said 200 citizens were arrested.', '200', 'total', 'total'],
    // A headline's telegraphic figure is no subgroup of the forces a clause after it names.
    ['Watchdog says at least 31 killed as Norvel police disperse strike rallies', '31', 'total', 'total'],
    ['Hunger strike: one dies after guards storm cell block', 'one', 'total', 'total'],
    ['The group said at least five people have died in custody.', 'five', 'part', 'subgroup-harm'],
    ['The agency says 80,000 people have fled into Chad since the fighting began.', '80,000', 'part', 'subgroup-harm'],
    ['Troops killed 90 people, the bloodiest day since the coup.', '90', 'new', 'one-day'],
    ['In that initial wave, 149 people lost their lives.', '149', 'part', 'phase'],
    ['Four people were brought here dead, a doctor at the hospital said.', 'Four', 'local', 'facility-intake'],
    // A town the gazetteer does not know, placed by its preposition in a report whose country it knows.
    ['Residents of Khuzestan, Iran, said 14 people were killed in Hamidabad and nine in Seyedabad.', '14', 'local', 'local-place'],
    ['In Golzarabad, Iran, residents say at least 40 people were killed.', '40', 'local', 'local-place'],
    ['Thousands of people marched through central Golzarabad, Iran, on Friday.', 'Thousands', 'local', 'local-place'],
    ['Rights groups in Iran said detainees were beaten in the northern city of Golzarabad, where 280 people were held.', '280', 'local', 'local-area'],
    // Not a name: a month, an owner, a capitalised modifier, where the speaker stood; nor in a report whose country is unknown (it may be the country).
    ['At least 40 people were killed in January across Iran, Amnesty said.', '40', 'total', 'total'],
    ["At least 40 people were killed in Iran, according to figures in Amnesty's report.", '40', 'total', 'total'],
    ['More than 40 people have been killed in Kurdish-majority areas of Iran, the office said.', '40', 'total', 'total'],
    ['Police in Iran told journalists at their headquarters in Golzarabad that 300 people had been arrested.', '300', 'total', 'total'],
    ['Rights groups say at least 52 people were killed in Kestria.', '52', 'total', 'total'],
    ['At least 40 people were killed in the port city, residents said.', '40', 'local', 'local-area'],
    // A figure whose clause a "when" of one operation closes counts that operation.
    [
      'Unrest has gripped the region for weeks. The ombudsman said it had logged 640 arrests, and that four people died when riot officers broke up a crowd at the port.',
      'four',
      'new',
      'one-incident',
    ],
    // A fronted area named by a name the gazetteer may not know ("In Tarro district,") bounds the figures after it.
    ['Floods hit five provinces. In Tarro district, Governor Ama Sello said 900 people had been evacuated.', '900', 'local', 'local-area'],
    ['Floods hit five provinces. In Kenya, the governor said 900 people had been evacuated.', '900', 'total', 'total'],
    // A sweep over the whole area the report is about is no one place inside it.
    ['The group said at least 71 people had been killed across the province since Wednesday.', '71', 'total', 'running-toll'],
    ['More than 3,000 people have been detained throughout the region, most of them students.', '3,000', 'total', 'total'],
    ['The death toll from the protests has risen to 208, Amnesty said.', '208', 'total', 'running-toll'],
    ['Two people were killed on Monday when police opened fire.', 'Two', 'new', 'one-day'],
    // A share of a count its place came with is a part of that count (subgroup and local: part).
    ['Police said 140 people had been arrested in Mombasa, of whom 41 were charged on Friday.', '41', 'part', 'subgroup'],
    // A count given before the current one is an earlier value of the whole, no share of it.
    ['Police said 52 people had been killed. On Thursday night, police had given a figure of 37.', '37', 'total', 'total'],
    ['The group said 310 people had been killed. The new figure is up from at least 208 deaths it reported a week earlier.', '208', 'total', 'total'],
    // A short stretch is an increment when it ends at the report or is stressed as short, not when it may be the crisis's span.
    ['Police said more than 60 people were arrested in the capital over three days.', '60', 'local', 'local-area'],
    ['Medics said they had treated 300 wounded people over the past 48 hours.', '300', 'new', 'short-period'],
    // A pair of figures shares the recent start that closes it.
    ['The centre said 9 people were killed and at least 45 injured in the city since dawn.', '9', 'new', 'since-recent'],
    // A clause on what happened in an event of one day is that day's.
    [
      'Monitors say 210 people have been killed since May. They singled out a raid on the town of Orvik on 9 July, in which at least 16 people were killed.',
      '16',
      'new',
      'one-day',
    ],
    ['Police said on Monday that 40 people had been killed since the protests began.', '40', 'total', 'running-toll'],
    ['Eight people were killed in Baghdad, the commission said.', 'Eight', 'local', 'local-place'],
    ['At least 208 people have been killed in Iran, Amnesty said.', '208', 'total', 'total'],
    // A rate is one day's count; a name with "Daily" in it is no rate.
    ['The agency says an average of 2,000 people flee to Uganda every day.', '2,000', 'new', 'rate'],
    ['The Daily Star said 120 people had been killed in the unrest.', '120', 'total', 'total'],
    // "more" after a subgroup adds to the breakdown, not to the toll.
    ['Doctors said six of the victims died of gunshot wounds, while two more died of burns.', 'two', 'part', 'partition-continues'],
    // ...but "more people" counts everyone again: an increment, whatever breakdown came before.
    ['At least 20 people were killed, including 12 children. Three more people died on Tuesday.', 'Three', 'new', 'increment'],
    // A named site or facility placed by a preposition bounds the count; as a modifier it does not.
    ['Thousands of protesters gathered on Liberty Avenue, organisers said.', 'Thousands', 'local', 'local-area'],
    ['Some 300 demonstrators stormed the airport, police said.', '300', 'local', 'local-area'],
    ["Tens of thousands of protesters marched through Peru's capital, police said.", 'Tens of thousands', 'local', 'local-area'],
    ['At least 40 people were hurt and needed hospital care, the ministry said.', '40', 'total', 'total'],
    ['Several hundred marchers massed at the checkpoint on the ring road, witnesses said.', 'Several hundred', 'local', 'local-area'],
    // A figure singled out by what it counts ("alone" after it) is a part; by a place, that place's; by a day, that day's.
    ['The network says at least 40 people are held on sedition charges alone.', '40', 'part', 'singled-out'],
    ['A prison doctor said 1,300 detainees had gone through the prisons of Kessel province alone.', '1,300', 'local', 'place-alone'],
    ['Police arrested 300 people on Monday alone.', '300', 'new', 'one-day'],
    // A count running over the report's own day is that day's; running from a start, the crisis's.
    ['The centre says seven people have been killed so far today.', 'seven', 'new', 'one-day'],
    ['The centre says 40 people have been killed so far.', '40', 'total', 'running-toll'],
    ['An organiser said some 30 student volunteers were hurt in Kessel province alone.', '30', 'part', 'subgroup-person'],
    // An earlier value of a count is what that count was, not one day's.
    ['At least 63 people have now been killed, up from 51 on Friday, the health ministry said.', '51', 'total', 'earlier-value'],
    // A body's own supporters are all it counts, no subgroup.
    ['The party said that at least 23 of its supporters had been killed.', '23', 'total', 'total'],
    // (The possessive may stand after the figure: "of our workers", a party's following.)
    ['"At least 31 of our workers have been martyred," a senior Velmar Union leader told reporters.', '31', 'total', 'total'],
    ['The movement said 12 of its activists had been detained.', '12', 'total', 'total'],
    // (A force's members are a part.)
    ['The ministry said 12 members of the security forces had been killed.', '12', 'part', 'subgroup-person'],
    // Two coordinated harm verbs share the day told after the second.
    ['The shelling killed 3 civilians and wounded 5 others in the town of Orvik on Tuesday.', '3 civilians', 'new', 'one-day'],
    // A month singled out is a phase of the crisis, no place; a conjunction ends the figure's noun phrase.
    ['The league recorded 1,050 arrests in March alone.', '1,050', 'part', 'phase'],
    ['The authorities reported a death toll of 12 and blamed foreign agents.', '12', 'total', 'running-toll'],
    ['The union says about 9,000 workers converged on the factory compound.', '9,000', 'local', 'local-area'],
    // Civilians beside police: neither side's figure is the whole toll, even "a total of" them.
    ['Prosecutors said a total of 30 civilians and also one police officer have lost their lives.', '30', 'part', 'side-split'],
    ['Medics said 23 marchers and two soldiers died in the clashes at Tolvar bridge.', '23', 'part', 'side-split'],
    // "people" counts everyone: the total beside a subgroup of it.
    ['At least 60 people have died, and 12 police officers, officials said.', '60', 'total', 'total'],
    // The rest beside a figure of the same harm, or beside a place just named.
    ['At least 45 people were killed in the clashes, and three other people died of their wounds.', 'three', 'part', 'others'],
    ['Investigators said 19 marchers were shot dead and that four others died after being struck by gas canisters.', 'four', 'part', 'others'],
    ['Rallies took place in Varno and 14 other towns, organisers said.', '14', 'part', 'others'],
    // The rest in another named place is that place's.
    ['Police arrested 20 people in Minsk and 15 others in Gomel, the group said.', '15', 'local', 'local-place'],
    // Not the rest of another harm.
    ['Officials said 100 people were injured, while 300 others are missing.', '300', 'total', 'total'],
    // "men (2,767)": the noun before the brackets is what the figure counts.
    ['Of the 3,000 injured, most are men (1,900), though women (800) also feature.', '800', 'part', 'subgroup-noun'],
    // A day before a verb that is no harm dates that act; a date in figures is a dateline.
    ['The watchdog yesterday blamed police for the deaths of 20 people.', '20', 'total', 'total'],
    ['Two people were killed yesterday, police said.', 'Two', 'new', 'one-day'],
    // "alone" after a place singles out the place, not a day.
    ['In Basra alone, 111 people died, the commission said.', '111', 'local', 'place-alone'],
    ['On Monday alone, 11 people were killed, the office said.', '11', 'new', 'one-day'],
    // A running total confined to a place below the country is local when the report says the crisis reaches
    // beyond it; else the place's toll is the crisis's.
    ['Protests spread across Iraq. The death toll in Basra rose to 50, the health ministry said.', '50', 'local', 'local-toll'],
    ['Unrest continued in several cities. The death toll in Basra rose to 50, the health ministry said.', '50', 'local', 'local-toll'],
    ['The death toll in Basra rose to 50, the health ministry said.', '50', 'total', 'running-toll'],
    ['The death toll from the mine collapse in Kitwe rose to 12, the police said.', '12', 'total', 'running-toll'],
    // Running tolls given for two places below the country, neither inside the other, say the crisis reaches beyond
    // each; a toll's place after the verb of result that follows another figure is the toll's own.
    [
      'Gunmen killed 8 people in a village on Monday, raising the number killed in Basra since March to 44. The toll in Najaf stands at 26.',
      '44',
      'local',
      'local-toll',
    ],
    ['The toll in Basra stands at 44, officials said. In Najaf the toll has reached 26.', '26', 'local', 'local-toll'],
    ['The toll in Basra stands at 44, officials said.', '44', 'total', 'running-toll'],
    // A count since the day before is an increment.
    ['Since yesterday, 40 people have been arrested, police said.', '40', 'new', 'since-recent'],
    // Crisis-wide markers outrank a place named earlier in the sentence.
    ['At least 40 people were killed in Basra, and 200 across the country, Amnesty said.', '200', 'total', 'nationwide'],
    ['Police said 300 people were arrested nationwide on Monday.', '300', 'new', 'one-day'],
    // "since" a date in the figure's phrase starts a running count; "the bloodiest day since" is one day.
    ['At least 149 people have lost their lives since February 1, the agency said.', '149', 'total', 'running-toll'],
    ['Troops killed 90 people, the deadliest day since the coup.', '90', 'new', 'one-day'],
    // A subgroup set off in commas does not cut the figure from its place; a breakdown by place does.
    ['At least 8 people, including 3 children, were killed in Basra, police said.', '8', 'local', 'local-place'],
    ['Deaths now stand at 30 people, among them nine people in Basra and eight in Mosul.', '30', 'total', 'total'],
    // A place owning a noun that is no area is not where the figure stands; one owning an area is.
    ["Defying the curfew and Tehran's warnings, thousands of protesters turned out.", 'thousands', 'total', 'total'],
    ["In Tehran's main square, thousands of protesters turned out.", 'thousands', 'local', 'local-area'],
    // A figure spread over a list of places is confined to none of them.
    ['Thousands of protesters marched in Tehran, Mashhad and other cities.', 'Thousands', 'total', 'total'],
    ['Thousands of protesters marched in Tehran on Friday evening.', 'Thousands', 'local', 'local-place'],
    // One incident or one day, picked out by a determiner (ANNOTATION.md: "the count of one incident or one day").
    ['In the latest incident, five people were shot dead, witnesses said.', 'five', 'new', 'one-incident'],
    ['The clinic counted 61 people injured in the latest tremor, most of them near the market.', '61', 'new', 'one-incident'],
    ['The quake killed 300 people. Two people died in a strong aftershock, officials said.', 'Two', 'new', 'one-incident'],
    ['The quake killed 300 people. A second quake struck on Friday. Officials said 130 people were injured in that tremor.', '130', 'new', 'one-incident'],
    ['Five protesters were killed in a single day, medics said.', 'Five', 'new', 'one-day'],
    ['The death toll from the attacks rose to 290, police said.', '290', 'total', 'running-toll'],
    // A figure with no cue of its own, right after one day's figure in the paragraph, continues that day's report.
    ["Twenty people were hurt during Monday's protests. More than 240 people were detained, police said.", '240', 'new', 'same-day-report'],
    // (Not a figure that states its own stretch of days.)
    ['Two marchers were shot dead on 5 May in Harn. Medics treated at least 90 people for injuries between 2 and 9 May.', '90', 'total', 'total'],
    ["Twenty people were hurt during Monday's protests.\n\nMore than 240 people were detained, police said.", '240', 'total', 'total'],
    ['2024-03-05 At least 300 people have gone missing during the protests.', '300', 'total', 'total'],
    // Subgroups by kind of person (WordNet's person nouns), not by a list of the corpus's nouns.
    // (A subgroup of the victims: the report counts more of that harm than the kind alone.)
    [
      'At least 60 people have died in the dam protests. At least 23 farmers have been killed since the protests began, the union said.',
      '23',
      'part',
      'subgroup-person',
    ],
    ['Rights groups say 1,200 people are held in Belarus. The groups say 150 opposition activists are held.', '150', 'part', 'subgroup-person'],
    // With no larger count of the harm, the people of that kind are all the victims the report counts.
    ['At least 23 farmers have been killed since the dam protests began, the union said.', '23', 'total', 'running-toll'],
    ['Rescuers said 19 quarry workers were killed when the slope gave way.', '19', 'total', 'total'],
    // Refugees of another country are the displacement's whole, wherever they went; the dead of another country are a part.
    [
      'Fighting in Burundi has forced 40,000 people to flee. The UN said about 12,000 Burundians had sought asylum in Tanzania since March.',
      '12,000',
      'total',
      'running-toll',
    ],
    // A live page's older entry gives the count as of its own time, no share of the newer entry's.
    [
      'LIVE: Storm over Varno\n\n09:10 - The civil defence agency says 40 people have been killed.\n\n21:35 - The civil defence agency says 26 people have been killed.',
      '26',
      'total',
      'total',
    ],
    // (A side in arms is a part by what it is: the other side's victims are uncounted, not absent.)
    ['The ministry said nine members of the militia had been killed.', 'nine', 'part', 'subgroup-person'],
    // The people the lead's largest figure counts are the crisis's own victims, no subgroup of them (not kin, not a headline's share).
    [
      'Sarn prison riot: 22 inmates killed\n\nSARN, May 3 - At least 22 inmates were killed in a riot at the Sarn central prison on Monday, officials said. Police said on Tuesday that 18 inmates remained unaccounted for.',
      '18',
      'total',
      'total',
    ],
    [
      'Velmar protests: 23 children among dead\n\nSARN, May 3 - At least 140 people were killed in a week of protests, officials said. Police said 18 children were detained.',
      '18',
      'part',
      'subgroup-noun',
    ],
    // Political prisoners are the detained themselves (a category noun), not a subgroup of them.
    ['Rights groups say 150 political prisoners are held in Belarus.', '150', 'total', 'total'],
    // A nationality is a part unless it is the report's own country's.
    ['Riots in Nairobi: more than 300 Kenyans have been killed, and 12 Ugandans.', '12', 'part', 'subgroup-person'],
    ['Riots in Nairobi: more than 300 Kenyans have been killed, and 12 Ugandans.', '300', 'local', 'local-place'],
    ['Three Nepali workers were among the dead in the Dubai fire.', 'Three', 'part', 'subgroup'],
    // A subgroup of one day is that day's count.
    ['Nine farmers were killed on Tuesday, the union said.', 'Nine', 'new', 'one-day'],
    // A qualifier between the subgroup marker and the figure.
    ['Police detained 900 people, including at least 60 people from one village.', '60', 'part', 'subgroup'],
    // Victims in a further state ("remain hospitalised", "critically wounded") are a part; one harm of a list is not.
    ['Officials said 200 people were injured in Lagos and 45 remain hospitalised.', '45', 'part', 'later-state'],
    ['Medics said 30 people were critically wounded during the march.', '30', 'part', 'later-state'],
    ['The group documented 1,200 people beaten, detained or seriously injured.', '1,200', 'total', 'total'],
    // A rate is one period's count, even beside a running count in another clause.
    ['About 900 people flee across the border each day, the agency says.', '900', 'new', 'rate'],
    ['Since the war began 40,000 people have been displaced, while some 3,000 arrive in Lorvia every week.', '3,000', 'new', 'rate'],
    // ...not a period a clause of its own after the figure tells of.
    ['The official figure of 300 deaths is far below what our nurses treat every day.', '300', 'total', 'total'],
    ['Some 40 people were killed on Tuesday, and the shelling goes on every day.', '40', 'new', 'one-day'],
    // A few days or hours make an increment; the days of the crisis ("three days of protests") do not.
    ['In just two days, medics treated more than 400 wounded people, the charity said.', '400', 'new', 'short-period'],
    // ...even when the figure reads as a running count of the people taken in.
    ['The medical charity took in more than 600 wounded refugees from Kordo in only three days last week.', '600', 'new', 'short-period'],
    ['Over the past 48 hours, 63 people were detained, the ministry said.', '63', 'new', 'short-period'],
    ['After three days of protests, 52 people have been killed, the ministry said.', '52', 'total', 'total'],
    // A clause of "when" after a day is that day's.
    ['The worst day came on April 2, when troops killed 60 people.', '60', 'new', 'one-day'],
    // A place phrase set before the figure, qualifiers between; a name set off by an appositive of one town.
    ['In the capital, at least 30 people were detained, police said.', '30', 'local', 'local-area'],
    ['At least 19 people were killed in Dravnik, a provincial town, activists said.', '19', 'local', 'local-area'],
    // An of-phrase opens a subgroup only at the start of its clause.
    ['Since the start of the crisis, 2,400 people have been arrested across the country.', '2,400', 'total', 'nationwide'],
    ['In the southern province of Orlen, 250 people have been detained since the unrest began.', '250', 'local', 'local-area'],
    // A running count is not bounded by where a subordinate clause's events happened.
    ['The toll climbed to 77 as demonstrators again marched in the capital on Sunday.', '77', 'total', 'running-toll'],
    ['The death toll rose to 64 as protesters marched through Tehran again.', '64', 'total', 'running-toll'],
    // One speaker gives one running count of a harm at a time: a smaller figure of theirs with no cue is a share of it.
    ['The Lorvian Bar Association says 140 people have been killed. The association says soldiers shot dead 35 people.', '35', 'part', 'share-of-total'],
    ['Medics counted 75 dead. Troops killed 40 of them, and 20 died in a fire.', '20', 'part', 'share-of-total'],
    // A count a speaker puts for a whole harm ("the number of injured at") is no share of an earlier one.
    [
      'The agency said 2,100 people had been injured. Its latest update puts the number of dead at 820 and the number of injured at 672.',
      '672',
      'total',
      'total',
    ],
    // Another speaker's lower figure competes; a figure named as an earlier count, or the same figure rounded, is no share.
    ['The Lorvian Bar Association says 140 people have been killed. The interior ministry says 35 people have died.', '35', 'total', 'total'],
    ['Amnesty International says 300 people have been killed. The International Organization for Migration says 40 people have died.', '40', 'total', 'total'],
    ['Doctors say 90 people have died. That is far above the previous figure, when doctors said 25 people had died.', '25', 'total', 'total'],
    ['Police say 2,400 people have been arrested. Police say some 2,310 people have been arrested.', '2,310', 'total', 'total'],
    // A day of a statement before the "that" of what was said; a day that starts the crisis.
    ['Human Rights Watch said in a statement on Thursday that 58 protesters have been killed.', '58', 'total', 'total'],
    ['The protests, which broke out on October 1, have killed 100 people.', '100', 'total', 'total'],
    ['The unrest, sparked on Sunday by a fuel price rise, has left 164 people dead.', '164', 'total', 'total'],
    // A figure with no cue right after one place's figure is no part of that place's count: it may be the crisis's
    // ("Thousands of others have been injured", after a region's toll), an incident's or one day's.
    ['In the capital, 40 people were hurt in the clashes. Police detained 25 people, the ministry said.', '25', 'total', 'total'],
    ['In the capital, 40 people were hurt in the clashes.\n\nPolice detained 25 people, the ministry said.', '25', 'total', 'total'],
    // A date joined to another day is a span of days, not one; an area named by a name is a place.
    ['In Kordo province, about 700 people were killed in fighting in Lemba on Nov. 4 and 5.', '700', 'local', 'local-area'],
    ['Police detained 45 people at Tamsa camp, residents said.', '45', 'local', 'local-place'],
    // Figures that sum to a rising toll: each day's is new, the toll a verb of result names is the total.
    ['Five people died on Monday and three on Tuesday, bringing the toll to 30.', 'three', 'new', 'adds-to-toll'],
    ['Five people died on Monday and three on Tuesday, bringing the toll to 30.', '30', 'total', 'running-toll'],
    ['Saturday was the deadliest day of the protests, with 44 people killed.', '44', 'new', 'one-day'],
    ['The toll rose to 51 after four more bodies were found.', 'four', 'new', 'increment'],
    // The day of a statement or a count, a day counted from another event, today's state: no figure's day.
    ["Monday's figures from the ministry show 3,400 people in detention.", '3,400', 'total', 'total'],
    ['The Lorvian Red Cross said in an update on Friday that 2,300 people had been hurt.', '2,300', 'total', 'total'],
    ['Officials said 42 people had been killed, a day after protesters stormed the parliament.', '42', 'total', 'total'],
    ['Today, more than 10,000 people remain behind bars, the group said.', '10,000', 'total', 'total'],
    ['Today, 14 people were shot dead in Lemba, medics said.', '14', 'new', 'one-day'],
    // A short aside of saying between the day and the figure leaves the day the figure's.
    ['On Sunday night alone, the league said, 380 people were detained in Orsk.', '380', 'new', 'one-day'],
    // "that day" points back to a day told before; "since that day" starts a count.
    ['Crowds marched again on 30 June. Nine people were killed that day, medics said.', 'Nine', 'new', 'one-day'],
    ['Crowds marched on 30 June. At least 52 people have been killed since that day, medics said.', 'At least 52', 'total', 'running-toll'],
    // ("now" before the verb of saying is the statement's, not a lasting state.)
    ["The Velmar doctors' union now says 17 people were shot dead nationwide today.", '17', 'new', 'one-day'],
    // One clash, rally or demonstration, picked out by a determiner, is one incident.
    ['Four people were killed in a clash with police near the dam, witnesses said.', 'Four', 'new', 'one-incident'],
    ['Police detained 52 people at a rally outside the embassy, the group said.', '52', 'new', 'one-incident'],
    ['At least 300 people have been detained since the protest movement began, the group said.', '300', 'total', 'running-toll'],
    // A facility that counts its own: the figure is the facility's.
    ["The city's morgue has received 45 bodies, a worker said.", '45', 'local', 'facility-intake'],
    ['Hospitals in the capital treated 230 injured people, the health department said.', '230', 'local', 'local-area'],
    ['Hospital sources said 40 people had died in the unrest.', '40', 'total', 'total'],
    // An area named by a name before it ("Kordo state"), not "the state".
    ['In Kordo state alone, 400 people have been killed.', '400', 'local', 'local-place'],
    // A report headed by an event that befalls one place is about that place: an area of it is the
    // event's whole ground (not a facility's own count there).
    [
      'Death toll in Mombasa market bombing rises to 23\n\nThe number of people killed in the city of Mombasa has risen to 23, an official said.',
      '23',
      'total',
      'confined-place',
    ],
    // (A place in the event's own complement, "killed in the bombing at a market in the city of …", sites
    // the event and bounds no count: see "a place that sites the event a toll is of".)
    [
      'Death toll in Mombasa market bombing rises to 23\n\nThe number of people killed in the bombing at a crowded market in the city of Mombasa has risen to 23, an official said.',
      '23',
      'total',
      'running-toll',
    ],
    [
      'Death toll in Mombasa market bombing rises to 23\n\nHospitals in the city of Mombasa had received 19 bodies, a doctor said.',
      '19',
      'local',
      'facility-intake',
    ],
    ['The state has detained 3,000 people since the protests began.', '3,000', 'total', 'running-toll'],
    // After "among the" the figure is the whole; before "out of" it is the share.
    ['Twelve children were among the 300 people killed, the agency said.', '300', 'total', 'total'],
    ['Security forces were responsible for 60 deaths out of a total of 85.', '60', 'part', 'subgroup'],
    // A crisis-wide phrase set off before the figure outranks the place of the report before it.
    ['Twelve people died in clashes in Karbala, medics said. Nationwide, at least 90 people have been killed.', '90', 'total', 'nationwide'],
    ['Across the country, at least 97 people have been killed, the group said.', '97', 'total', 'nationwide'],
    // A place that says where the speaker is does not bound the figure.
    ['Speaking in Basra, the prime minister said 61 people had died in the unrest.', '61', 'total', 'total'],
    ['Belarusian police have detained 1,100 protesters, an exiled rights group based in Vilnius said.', '1,100', 'total', 'total'],
    ['In a statement issued in Nairobi, the commission said 400 people had been arrested since the protests began.', '400', 'total', 'running-toll'],
    // A place abroad before the verb of saying is the speaker's.
    ['Police fired on crowds across Kenya again. Kenyan exiles in London said 50 people had been killed.', '50', 'total', 'total'],
    ['Police in Basra said 40 people had been killed.', '40', 'local', 'local-place'],
    // A body's seat or a source's posting before the verb of saying is the teller's place, not the figure's.
    [
      'Protests spread across Tanzania. A diplomatic source in Dar es Salaam told reporters that at least 500 people may have been killed.',
      '500',
      'total',
      'total',
    ],
    ["Protests spread across Serbia. The prosecutor's office in Novi Sad said 11 people had been arrested.", '11', 'total', 'total'],
    ['Protests spread across Tanzania. Doctors in Dar es Salaam said 40 people had been killed.', '40', 'local', 'local-place'],
    // A place inside a relative clause set off on the speaker is that clause's.
    [
      'Protests spread across Kenya. The Orsk League, which on Thursday had reported two deaths in Nairobi, said on Friday that at least 100 people had been killed.',
      '100',
      'total',
      'total',
    ],
    // A place in a share set off after an earlier figure is that share's.
    [
      'Protests spread across Kenya. The Orsk League said it had confirmed six deaths, four of them in Nairobi, and had recorded at least 87 people wounded.',
      '87',
      'total',
      'total',
    ],
    // A city as the subject of a verb of saying stands for the government there.
    ['Protests spread across Kenya. Nairobi has acknowledged only 12 deaths.', '12', 'total', 'played-down'],
    // A place abroad set off before the speaker sets the figure's scene.
    [
      "Fighting continued across Sudan and Sudan's army retreated. In N'Djamena, aid agencies said 60,000 refugees had arrived.",
      '60,000',
      'local',
      'local-place',
    ],
    // A report whose events all happen in one place counts the crisis there: its place's count is the total.
    [
      'Protesters and riot police clashed in Yerevan for a third night. At least 14 people were killed in Yerevan, the health ministry said. Shops in central Yerevan stayed shut.',
      '14',
      'total',
      'lead-place',
    ],
    [
      'Protesters and riot police clashed in Yerevan for a third night. At least 17 people were killed, the health ministry said. Doctors in Yerevan said 26 people had been killed. Shops in central Yerevan stayed shut.',
      '26',
      'total',
      'confined-place',
    ],
    // A report that opens naming its crisis by one place and an event that befalls one place is about that place.
    [
      'Valparaiso fires: toll reaches 99\n\nForest fires have killed at least 99 people in Valparaiso, the regional government said. Crews from Santiago and Concepcion joined the firefighters.',
      'at least 99',
      'total',
      'confined-place',
    ],
    // The event may stand a few words after the place, or the place be one the gazetteer does not know.
    [
      "At least 90 killed in Baidoa twin car bombings\n\nAt least 94 people died in Baidoa, Somalia's health ministry said on Sunday. Hospitals appealed for blood.",
      'At least 94',
      'total',
      'confined-place',
    ],
    [
      'At least 60 killed in Velloua massacre, UN says\n\nBAMAKO - At least 64 people were killed in Velloua, the UN said on Tuesday. Survivors fled to Mopti.',
      '64',
      'total',
      'confined-place',
    ],
    // Or before the place, with its "in" or "at".
    [
      'Eleven killed as hotel siege in Kismayo ends\n\nAt least 11 people were killed in Kismayo, police said on Sunday. Hospitals appealed for blood.',
      'At least 11',
      'total',
      'confined-place',
    ],
    [
      'Twelve dead in bombing at Velloua market\n\nAt least 12 people were killed in Velloua, the governor said on Tuesday. Survivors fled to Mopti.',
      'At least 12',
      'total',
      'confined-place',
    ],
    // The first figure of its harm in a report's lead, placed in one town, counts the report's crisis: the
    // town is where it happened. Not when the report says its crisis reaches beyond the town, nor when
    // its lead tells of protests.
    [
      'Bus plunges off bridge in northern Ghana\n\nAt least 23 people were killed when a crowded bus fell off a bridge near Tamale on Sunday night, police said. Eleven passengers were injured, a hospital official said.',
      '23 people',
      'total',
      'lead-place',
    ],
    [
      'Quarry wall collapses\n\nA quarry wall gave way at a gravel pit outside Sokoto on Thursday, killing 9 workers, the state emergency agency said. Rescuers were still digging on Friday.',
      '9 workers',
      'total',
      'lead-place',
    ],
    [
      'Bus plunges off bridge as storms sweep across the country\n\nAt least 23 people were killed when a crowded bus fell off a bridge near Tamale on Sunday night, police said.',
      '23 people',
      'new',
      'one-day',
    ],
    // A lead that tells of protests places one day of a movement.
    [
      'Tamale protests: two killed\n\nAt least two people were killed in Tamale when police fired on a crowd, a hospital official said. Shops stayed shut.',
      'At least two people',
      'local',
      'local-place',
    ],
    // A figure a place below the country comes "with" is that place's count.
    [
      'Protests spread across Kenya. The group said the highest toll was in Kisumu, followed by Nairobi with 10 and Mombasa with four.',
      '10',
      'local',
      'place-with',
    ],
    // Men are the victims at large, no subgroup as women or children are.
    ['Rights groups say at least 40 men have been killed since the protests began.', '40 men', 'total', 'running-toll'],
    ['At least 12 women have been detained since the protests began.', '12 women', 'part', 'subgroup-noun'],
    // So are young men, a prison's inmates and students.
    ['At least 14 young men have been detained since the protests began.', '14 young men', 'total', 'running-toll'],
    ['Guards said 17 inmates had died since the riot began.', '17 inmates', 'total', 'running-toll'],
    // A crisis the first sentence names by more than one country: one country's count is local.
    [
      'Türkiye-Syria earthquakes: situation update\n\nIn Türkiye, the disaster agency reported that 8,000 people had died. In Syria, the health ministry reported 1,200 deaths.',
      '8,000',
      'local',
      'one-country',
    ],
    ['Kessel quake: toll rises\n\nIn Türkiye, the disaster agency reported that 8,000 people had died. Aid arrived from Syria.', '8,000', 'total', 'total'],
    // So is the count a sentence sets in another country the crisis reached than the report's own.
    [
      'Storm Arla has killed 410 people in Kenya, officials said. Mombasa was worst hit. In Tanzania, the disaster agency reported 52 deaths.',
      '52',
      'local',
      'one-country',
    ],
    // A short wire that names its city in the headline and the lead only tells where one day happened; a place's
    // count there stays the place's.
    ['Yerevan protests: two killed\n\nAt least 14 people were killed in Yerevan, the health ministry said.', '14', 'local', 'local-place'],
    // The province a city lies in is no other place of the country.
    [
      'Riots in Guayaquil: 23 dead\n\nGUAYAQUIL, Ecuador - At least 23 people have been killed in Guayaquil since riots broke out on Friday, the prison service said. Guayas province has seen repeated riots. Doctors in Guayaquil said 30 people had been killed.',
      '30',
      'total',
      'confined-place',
    ],
    // Not when the report names another place of the country, nor when the events reach beyond it.
    [
      'Protesters and riot police clashed in Yerevan for a third night, and protests spread to other cities. At least 14 people have been killed in Yerevan since Friday, the health ministry said.',
      '14',
      'local',
      'local-toll',
    ],
    [
      'Protests spread across Armenia for a third night. At least 14 people have been killed in Yerevan since Friday, the health ministry said. Police in Yerevan detained dozens.',
      '14',
      'local',
      'local-toll',
    ],

    // A further state is read after its figure, not from the figure before it.
    ['Officials said 70 people had been wounded, 3 of them critically, and 12 arrested.', '12', 'total', 'total'],
    // A place named after another figure of the sentence is that figure's, not a running count's.
    ['At least 40 people were killed on Sunday in Lagos, and more than 1,000 have died since the unrest started.', '1,000', 'total', 'running-toll'],
    // A day before a verb of saying or of keeping or crossing a count dates the statement or count.
    ['On Sunday, state TV quoted the health ministry as saying that 164 people had died in the unrest.', '164', 'total', 'total'],
    ['On Sunday, the health ministry raised the number of dead to 164.', '164', 'total', 'total'],
    ['On Monday, the number of detainees passed 5,000, lawyers said.', '5,000', 'total', 'total'],
    // ...but a day's record of new victims is that day's, and so is a day before an act of harm.
    ['Today the monitoring group documented six deaths.', 'six', 'new', 'one-day'],
    ['On Monday, police detained 12 people outside the parliament.', '12', 'new', 'one-day'],
    // A share whose subject is its place is that place's; a subgroup that happens to be placed stays a part.
    ['Protests continued across Iraq. Basra province accounted for 111 of the dead.', '111', 'local', 'breakdown-by-place'],
    // The place may be the subject's head, a relative clause's antecedent, or named after an area noun.
    ['A ministry official said the southern province of Basra accounted for about 40 of the deaths.', '40', 'local', 'breakdown-by-place'],
    ['Clashes spread on Monday to the city of Mosul, where doctors said 25 of the dead had been recorded.', '25', 'local', 'breakdown-by-place'],
    ['The group said that 14 of the dead had been killed in the city of Mosul.', '14', 'local', 'breakdown-by-place'],
    ['Its spokesman said young men accounted for about 40 of the deaths.', '40', 'part', 'accounted-for'],
    ['Drug charges accounted for 398 executions, or 54 per cent of the total.', '398', 'part', 'accounted-for'],
    // A share of a named whole set apart by place alone; not by an aside's place, nor a share of "them".
    ['Protests continued across Iraq. The ministry said 14 of the dead were shot in Basra.', '14', 'local', 'breakdown-by-place'],
    // The whole a share is drawn from is in no further state; the share is.
    ['Officials said at least 120 of the roughly 5,000 people wounded remained in critical condition.', 'roughly 5,000', 'total', 'total'],
    // An article may open the place's phrase of a share.
    ['At least 205 people have died in the floods across Spain, with 202 of the deaths in the Valencia region.', '202', 'local', 'breakdown-by-place'],
    // A share of the victims placed in an area or a place of care no name gives.
    ['At least 19 people were killed, police said. A spokesman said 17 of the victims died in the capital.', '17', 'local', 'breakdown-by-place'],
    [
      'At least 19 people were killed, police said. Eight of the dead were brought to the main hospital, a doctor said.',
      'Eight',
      'local',
      'breakdown-by-place',
    ],
    ['Police detained 300 people. 212 of those detained were sentenced to jail terms.', '212', 'part', 'subgroup'],
    // A name the gazetteer does not know, opened by a particle that alone names a place elsewhere ("Al").
    [
      'The earthquake in Morocco killed 2,012 people. By province, the ministry said, 1,293 of the deaths were in Al Varsa, 452 in Taroudant.',
      '1,293',
      'local',
      'breakdown-by-place',
    ],
    ['Protests continued across Iraq. At least four of those taken, including a doctor from Basra, are missing.', 'four', 'part', 'subgroup'],
    ['Protests continued across Iraq. Nine of these people died in Basra.', 'Nine', 'part', 'subgroup'],
    // A figure sized by a verb whose subject is a kind of victim counts that kind; an agent is no victim.
    ['Security personnel killed numbered 30, the ministry said.', '30', 'part', 'subgroup-noun'],
    ['The number of children detained has risen to 120, the ombudsman said.', '120', 'part', 'subgroup-noun'],
    ['The number of protesters killed has risen to 300, the ministry said.', '300', 'total', 'running-toll'],
    ['Soldiers killed 30, witnesses said.', '30', 'total', 'total'],
    // An ordinal day is one day; an ordinal week or month of the crisis is one phase.
    ['On the first day of protests, 12 people died, the group said.', '12', 'new', 'one-day'],
    ['During the first week of the crackdown, 210 people were arrested.', '210', 'part', 'phase'],
    ['In the first month of the year, 40 people were killed in gang violence, the office said.', '40', 'total', 'total'],
    ['Since the first day of the protests, 400 people have been killed.', '400', 'total', 'running-toll'],
    // A day owning the event a locative places the figure at is that figure's day; "since" still starts a count.
    ["Police detained 100 people at Sunday's rally, the group said.", '100', 'new', 'one-day'],
    ["Some 300 people have been detained since Friday's vote, the group said.", '300', 'total', 'running-toll'],
    // A headline's figure keeps the cue it found when its repeat in the body finds none.
    [
      "Police detain 120 people at Sunday's protests in Belarus\nA police spokeswoman told reporters on Sunday that 120 people had been detained.",
      '120',
      'new',
      'one-day',
    ],
    ['Death toll in Lorvia protests rises to 48\nAt least 48 people have been killed, the health ministry said.', '48', 'total', 'running-toll'],
    // What a clause of result adds to a toll is new; a larger figure of the harm after "to" is the toll.
    ['Six people later died of their wounds, raising the toll to 52.', 'Six', 'new', 'adds-to-toll'],
    ['Police detained 40 people on the square, bringing the number held to 900.', '40', 'new', 'adds-to-toll'],
    ['The clashes killed 40 people and wounded 300, raising fears of a wider war.', '40', 'total', 'total'],
    // A new round of events ("fresh clashes", "renewed violence", "the latest protests") is one incident.
    ['At least three people were killed in renewed violence, officials said.', 'three', 'new', 'one-incident'],
    ['Police detained 40 people during the latest protests, lawyers said.', '40', 'new', 'one-incident'],
    ['At least 300 people have been killed in the violence, officials said.', '300', 'total', 'total'],
    // One day's count in one town is that day's; a running count there is the town's.
    ['Seven people were killed in the port city on Tuesday, residents said.', 'Seven', 'new', 'one-day'],
    ['The toll in the port city rose to 40 on Tuesday, residents said.', '40', 'local', 'local-area'],
    // A clause of "when" after the figure dates it.
    ['Seven people were killed when militiamen attacked the village on Tuesday.', 'Seven', 'new', 'one-day'],
    // A figure the victims "include" is a part of them.
    ['The victims include 14 people under the age of 18, the ministry said.', '14', 'part', 'subgroup'],
    // A day beside a lasting state is the day the count was taken; taking people into custody is that day's act.
    ['On Wednesday, more than 5,000 people were still being held, lawyers said.', '5,000', 'total', 'total'],
    ['On Tuesday, 2,100 people were in detention, the group said.', '2,100', 'total', 'total'],
    ['Police said 300 people were taken into custody on Tuesday.', '300', 'new', 'one-day'],
    // A date that spans weeks is no one day; a few days are still a short period.
    ['Over the past five weeks, at least 85 people have been killed.', '85', 'total', 'total'],
    ['Over the past two days, 30 people were arrested, police said.', '30', 'new', 'short-period'],
    // A figure in the present perfect counts up to now: it does not continue one day's or one place's report.
    ['Two people were killed on Monday when police fired on a march. Rights groups say at least 300 people have died.', '300', 'total', 'total'],
    ['In Basra, 40 people were hurt in the clashes. Iraqi rights groups say more than 9,000 people have been injured.', '9,000', 'total', 'total'],
    // One facility's intake: a pair's second figure too.
    ['A health official said the referral hospital had received 27 bodies and 48 injured people by Monday.', '48', 'local', 'paired-harm'],
    // A part of one day, the eve of an event, the early hours of a day: one day; "as of" a day anchors a count.
    ['Fourteen people were killed this morning, the ministry said.', 'Fourteen', 'new', 'one-day'],
    ['Fourteen people were killed on the eve of the vote, the ministry said.', 'Fourteen', 'new', 'one-day'],
    ['Fourteen people were killed in the early hours of Saturday, the ministry said.', 'Fourteen', 'new', 'one-day'],
    ['As of Sunday, 164 people had died, the ministry said.', '164', 'total', 'total'],
    // A place in a share set off after the figure ("most of them in Baghdad") is the share's, not the figure's.
    ['Protests spread across Iraq. At least 319 people have died since October, most of them in Baghdad.', '319', 'total', 'running-toll'],
    ['Protests spread across Iraq. At least 319 people have died in Baghdad since October.', '319', 'local', 'local-toll'],
    // Nor does a speaker going on with the same report ("added") keep to that place.
    [
      'Fighting across the country has killed 3,000 people, the agency said. In Kordo province, about 700 people were killed in the fighting, the agency said.\n\nOn Thursday, the agency added that 100 people were injured, while 300 others have been reported missing.',
      '300',
      'total',
      'total',
    ],
    [
      'In Kordo province, about 700 people were killed in the fighting, the agency said.\n\nOn Thursday, the agency said 100 people were injured.',
      '100',
      'total',
      'total',
    ],
    // "from" or "since" an ordinal day or week starts a count.
    ['From the first day of protests, 400 people have been detained.', '400', 'total', 'total'],
    ['Since the first week of the crackdown, 400 people have been detained.', '400', 'total', 'running-toll'],
    // Figures of one harm listed before the predicate they share are dated by its day.
    ['Rights monitors recorded 9 deaths. 3 in Lemba Town, 1 in Varno Town and 2 in Tosk Town lost their lives on Tuesday.', '3', 'new', 'one-day'],
    ['The group listed 7 new deaths. 4 in Orlen District and 3 in Kesh Village were shot dead on Friday.', '4', 'new', 'one-day'],
    // ...but a figure with its own predicate keeps its own clause.
    ['Four people were killed in the port city, and six in Kesh Village died on Friday.', 'Four', 'local', 'local-area'],
    // One day's count of a kind of victim the report already counts is that count's increment; alone it stays a part.
    ['Some 240 soldiers have been wounded since the revolt began. On Monday, 18 soldiers were wounded, the army said.', '18', 'new', 'subgroup-day'],
    ['Since March, 90 journalists have been detained. On Friday, 6 journalists were detained in the capital.', '6', 'new', 'subgroup-day'],
    ['On Friday, 6 journalists were detained in the capital, the union said.', '6', 'part', 'subgroup-noun'],
    // One incident's count of a kind of victim is that incident's.
    ['In one case, several members of the Green Bloc were beaten by masked men.', 'several', 'new', 'one-incident'],
    ['In a single raid, 11 opposition activists were detained, their lawyers said.', '11', 'new', 'one-incident'],
    // The held or displaced in care are those of them who were also hurt; the injured in care are not a part.
    ['Three students detained on Friday are still being treated under guard at Kesh General Hospital.', 'Three', 'part', 'later-state'],
    ['Police said 12 of those arrested were in hospital.', '12', 'part', 'subgroup'],
    ['Five people detained at the rally remain in hospital, their families said.', 'Five', 'part', 'later-state'],
    // The displaced who crossed into one country, named in the subject of the figure.
    ['The number of people who have crossed into Uganda since the war began has passed 300,000.', '300,000', 'part', 'subgroup-harm'],
    ['This month the number of refugees who fled into Moldova topped 90,000, the agency said.', '90,000', 'part', 'subgroup-harm'],
    // The dead and the wounded are one list of casualties by side: the wounded of one side are a part.
    ['Officials said 12 marchers were wounded and three policemen were killed.', '12', 'part', 'side-split'],
    ['Medics said 230 demonstrators had been hurt, and 9 soldiers had died in the turmoil.', '230', 'part', 'side-split'],
    ['Officials said 300 people were wounded and three policemen were killed.', '300', 'total', 'total'],
    // A running count within rounding of the same speaker's earlier part or place figure is that figure told again.
    [
      'In that second wave, over 2,300 people were hurt, the commission said. The number of people hurt has risen to 2,312, the commission said.',
      '2,312',
      'part',
      'restates-earlier',
    ],
    [
      'Fighting across the country has killed 3,000 people, the agency said. In Kordo province, more than 1,200 people have been killed, the agency said.\n\nThe agency said the death toll had risen to 1,214.',
      '1,214',
      'local',
      'restates-earlier',
    ],
    // Not another speaker's figure, not a figure well above the earlier one.
    [
      'In Kordo province, more than 1,200 people have been killed, the agency said.\n\nThe interior ministry said the death toll had risen to 1,214.',
      '1,214',
      'total',
      'running-toll',
    ],
    [
      'In that second wave, over 2,300 people were hurt, the commission said. The number of people hurt has risen to 4,100, the commission said.',
      '4,100',
      'total',
      'running-toll',
    ],
    // One incident in one town is that incident's, as one day there is that day's.
    ['Nine people were killed in an attack on a checkpoint in the port city, police said.', 'Nine', 'new', 'one-incident'],
    ['Police detained 14 people in a raid on a cafe in the capital, lawyers said.', '14', 'new', 'one-incident'],
    // What one operation told in the past did, by a harm participle before the figure; not a count up to now.
    ['Acting on a tip, police had raided four houses, detaining 23 suspects, the spokesman said.', '23', 'new', 'one-incident'],
    ['Gunmen ambushed a bus near the border, killing at least 11 passengers.', '11', 'new', 'one-incident'],
    ['Security forces have raided homes of activists, detaining more than 400 people.', '400', 'total', 'total'],
    // What one facility took in, by the facility or its staff as the subject, or bodies taken in: that
    // facility's count, even of a kind of wound or a share of the wounded.
    ['A doctor at the main hospital in Varno said the facility had treated 140 people for gunshot wounds.', '140', 'local', 'facility-intake'],
    ['"We have received 17 bodies," a doctor at the clinic said.', '17', 'local', 'facility-intake'],
    // Brought in dead: what a facility took in, an aside between.
    ['Three people were brought in dead, a hospital spokesman said.', 'Three', 'local', 'facility-intake'],
    ['Eleven others, she said, had been brought in dead.', 'Eleven', 'local', 'facility-intake'],
    ['Hospital staff in Lemba said they had treated 28 protesters for pellet wounds.', '28', 'local', 'facility-intake'],
    ['A clinic director said his staff had treated 17 of the wounded.', '17', 'local', 'facility-intake'],
    // A crowd at one seat of power or gate is that site's.
    ['Witnesses said about 2,000 people gathered outside the police headquarters in Orvan.', '2,000', 'local', 'local-area'],
    ['Police said tens of thousands of people surrounded the federal parliament.', 'tens of thousands', 'local', 'local-area'],
    ['Organisers said between 1,000 and 2,000 protesters had been sitting at the toll gate since dawn.', '1,000', 'local', 'local-area'],
    // An aside on who the crowd are, between commas, does not hide the site after it.
    ['Thousands of taxi drivers, many in their yellow vests, gathered outside the Transport Ministry headquarters.', 'Thousands', 'local', 'local-area'],
    // What one witness saw is one incident, a place phrase between the witness and the verb.
    ['"We saw at least five people shot dead on Kessel Avenue," a commission official said.', 'five', 'new', 'sighting'],
    ['Our correspondent outside the ministry saw the bodies of at least three people on the road.', 'three', 'new', 'sighting'],
    ['Residents told reporters they had seen at least six bodies in the street.', 'at least six', 'new', 'sighting'],
    // A toll the sentence says is the country's is no town's, though the sentence opens on the town.
    [
      'Clashes spread to other cities on Tuesday. ORVAL woke to shuttered shops as the toll from the riots rose to 23 nationwide, the health ministry said.',
      '23',
      'total',
      'nationwide',
    ],
    // People told of as being "there" tell of the place the sentence before named.
    ['Gunfire was heard in Kamsar all night. Residents there said up to eight had been shot dead.', 'eight', 'local', 'local-area'],
    ['The unrest reached the port of Tarvel on Sunday. Police there said they had arrested 31 people.', '31', 'local', 'local-area'],
    // (Not "there" as the subject of "there were".)
    ['Protests spread across Velmaria. There were at least 40 people killed, the group said.', '40', 'total', 'total'],
    // The place a crisis began in, named in the period a toll runs over, is not the toll's place.
    ['Strikes spread across Tunisia. Monitors count 52 dead since the strikes started in Sfax on 17 December.', '52', 'total', 'running-toll'],
    // So are the places of a "since" clause whose verb starts it, wherever it names them; a date's "since the beginning of" is no such clause.
    [
      'Unrest grips Velmaria. Medics say 37 people have been killed since soldiers started clearing the squares of the river town of Orr.',
      '37',
      'total',
      'running-toll',
    ],
    ['Unrest grips Velmaria. Medics say 37 people have been killed in the river town of Orr since the beginning of March.', '37', 'local', 'local-area'],
    // A list after a colon that breaks down one day's count is that day's too.
    [
      'Protests went on for weeks in Velmaria. Four marchers died in the old town that night: three outside the town hall before midnight and another in the Orr district at dawn, medics said.',
      'three',
      'new',
      'day-by-place',
    ],
    // The day a statement's figure was given out, before the figure, dates the statement, not the harm.
    ['Unrest continued in Velmaria. The figure released by the army on Friday is 31 injured.', '31', 'total', 'total'],
    ["Unrest continued in Velmaria. The ministry's figure, given by its spokesman on Monday, is 23 injured.", '23', 'total', 'total'],
    // In a lead, the place of the unrest a running toll or a count over days is the toll of is where the crisis is;
    // clashes that day in one town of a wider crisis are that town's.
    [
      'Velmaria: toll rises to 26\n\nThe toll of a week of riots between two clans in the river town of Orr stood at 26 on Sunday, medics said.',
      '26',
      'total',
      'running-toll',
    ],
    [
      'Unrest in Velmaria\n\nSix people were killed and 64 hurt in five nights of student protests and riots in the river town of Orr, the governor said.',
      '64',
      'total',
      'total',
    ],
    [
      'Protests spread nationwide\n\nSix people were killed and 64 hurt in five nights of student protests and riots in the river town of Orr, the governor said.',
      '64',
      'local',
      'local-area',
    ],
    // What a witness saw inside one building is that building's count.
    ['A nurse said she had seen about 70 bodies lined up in a school gymnasium in Orr.', 'about 70', 'local', 'sighting-indoors'],
    ['Monitors said they saw at least nine bodies at the district mortuary on Friday.', 'at least nine', 'local', 'sighting-indoors'],
    // (Not what a crisis lived through: "the protests saw".)
    ['The group said the protests saw at least 40 people killed.', '40', 'total', 'total'],
    // The wounded one facility took in, of a kind of wound: the facility's count, not a subgroup.
    ['A nurse at Orvan Central Hospital said 38 people with gunshot wounds had been admitted.', '38', 'local', 'facility-harm'],
    ['Its burns unit has treated 210 patients with pellet injuries to the eyes, the clinic said.', '210', 'local', 'facility-harm'],
    ['Surgeons at the Lemba hospital have operated on 64 people with bullet wounds, a doctor said.', '64', 'local', 'facility-harm'],
    // A care facility named by its compound with "health" is one facility too.
    ['At the health post in Doro, nurses had by Friday treated 23 people with machete wounds.', '23', 'local', 'facility-harm'],
    // One day's intake at one facility is still the facility's count, bodies brought in too.
    [
      'Protests spread across Velmaria. A porter at the Orvan city hospital said 15 wounded people were admitted on Saturday night.',
      '15',
      'local',
      'facility-harm',
    ],
    [
      'Protests spread across Velmaria. At the Orvan city hospital, a porter said six bodies were brought in on Saturday night.',
      'six',
      'local',
      'facility-harm',
    ],
    // (The facility owning a part of it names it; the passive without a kind of wound too; plural wards after the figure's clause are no other facilities.)
    [
      "Protests spread across Velmaria. Inside the hospital's casualty wing, a surgeon said staff had treated 68 people for injuries since the weekend.",
      '68',
      'local',
      'facility-intake',
    ],
    [
      'Protests spread across Velmaria. At the Civil Hospital in Orvan, the superintendent said 46 people had been admitted since Sunday.',
      '46',
      'local',
      'facility-harm',
    ],
    [
      'Protests spread across Velmaria. Medics said the main hospital in Orvan treated 40 people with gunshot wounds, and that agents later came to the wards.',
      '40',
      'local',
      'facility-intake',
    ],
    // (Not what many facilities took in, nor the wounded of a kind crisis-wide.)
    ['The ministry said 239 people were treated in public hospitals for gunshot wounds.', '239', 'total', 'total'],
    ['The ministry said 84 people suffered firearm injuries.', '84', 'part', 'subgroup-harm'],
    ['A clinic director said his staff had treated 40 people and had received the bodies of 9 people.', '9', 'local', 'facility-intake'],
    [
      'The morgue had received 72 bodies since Thursday and had treated more than 1,000 injured people, a doctor there said.',
      '1,000',
      'local',
      'facility-intake',
    ],
    // ...but not a subgroup's, or what hospitals across the country took in.
    // (One day's intake is still the facility's.)
    ['A hospital official said the facility had treated 17 protesters on Wednesday alone.', '17', 'local', 'facility-intake'],
    ['The hospital said its staff had treated 12 children.', '12', 'part', 'subgroup-noun'],
    ['Doctors said hospitals across the country had treated 250 protesters.', '250', 'total', 'nationwide'],
    // A speaker playing a count down states their own whole count, not a share of a larger one told before.
    ['At least 46 people have been killed in the unrest. The interior minister said only 6 people lost their lives.', '6 people lost', 'total', 'played-down'],
    ['At least 46 people have been killed in the unrest. "Barely 9 people were hurt," the minister said.', '9', 'total', 'played-down'],
    ['Only two people were killed on Monday, police said.', 'two', 'new', 'one-day'],
    // A share of a running count from a recent start is what came since; a share of one day is that day's count.
    ['Police have arrested 2,300 people since the protests began, 540 of them since Friday.', '540', 'new', 'share-since'],
    ['Police said 24 suspects had been arrested since Sunday, including nine on Monday.', 'nine', 'new', 'share-day'],
    ['The group said that of the 57, at least 18 had been killed on Wednesday.', '18', 'new', 'share-day'],
    // A share set apart by a place only, named or not, is that place's.
    ['Prosecutors said 2,410 people had been detained, 1,600 of them in Varnholt.', '1,600', 'local', 'placed-share'],
    ["The toll included 103 people who died in the country's largest city.", '103', 'local', 'placed-share'],
    ['The ministry said 2,000 people were treated, of whom 410 were still in hospital.', '410', 'part', 'subgroup'],
    // The second of a pair of harms with no noun of its own counts what the first does.
    ['He said 5 members of the security forces had been killed and 185 injured.', '185', 'part', 'paired-harm'],
    ['He said 5 members of the security forces had been killed and nearly 185 injured.', '185', 'part', 'paired-harm'],
    ['Gunmen ambushed a bus on Wednesday, killing 9 passengers and wounding 4.', '4', 'new', 'paired-harm'],
    ['Drones struck the depot on Wednesday, killing at least 20 people and wounding more than 450, the ministry said.', '450', 'new', 'paired-harm'],
    ['At least 12 civilians were killed and 30 wounded when shells struck a market on Thursday.', '12', 'new', 'one-day'],
    // "others" beside a figure of another harm are everyone else that harm befell.
    ['The office said 318 civilians had been killed since February, and 1,140 others had been wounded.', '1,140', 'total', 'running-toll'],
    // "N more than its count" is the rise over that count.
    ['The group counted 46 deaths on Friday, five more than its count a day earlier.', 'five', 'new', 'increment'],
    ['The ministry says 31 people have died. It has not said where the latest four deaths occurred.', 'four', 'new', 'increment'],
    // Another named speaker's figure does not go on with the day told in the sentence before.
    [
      'The ministry said 700 people were held in Varno on Sunday night. The group Vesna said it had confirmed the names of 5,200 detainees.',
      '5,200',
      'total',
      'total',
    ],
    // A day after ", and" is the next clause's.
    ['"Barely 40 people were hurt, and most of them went home the same day," the minister said.', '40', 'total', 'played-down'],
    // One incident singled out by "alone"; what firing on a crowd did.
    ['In the capital, the blast at the main cathedral alone killed at least 93 worshippers, a priest said.', '93', 'new', 'one-incident'],
    ['Soldiers fired on a crowd blocking a highway, killing 17 people.', '17', 'new', 'one-incident'],
    // Places where protests were held on one day, or the night before, are that day's.
    ['Opposition organisers said demonstrations were held in 48 towns and cities on Sunday.', '48', 'new', 'one-day'],
    // How far the unrest reached on a day is its reach, not that day's increment.
    ['Protests spread to at least 21 cities across Kestria on Tuesday, the ministry said.', '21', 'total', 'total'],
    ['Roadblocks were reported in 12 provinces on Friday, the transport ministry said.', '12', 'total', 'total'],
    ['Sympathy marches spread to three other towns on Sunday.', 'three', 'new', 'one-day'],
    ['Protests were reported in 17 towns overnight, up from 11 the night before.', '11', 'new', 'one-day'],
    // A place phrase opening the sentence, or "There," pointing back to one, bounds its figures; not where a statement was made.
    ['In the capital, the organisation confirmed 29 deaths.', '29', 'local', 'local-area'],
    ['The northern region has borne the brunt of the violence. There, 167 people have been killed.', '167', 'local', 'local-area'],
    ['At a news conference in the capital, a spokesman said no more than 11 people had died.', '11', 'total', 'total'],
    // The displaced who crossed the border are a part; "within the country or abroad" counts both.
    ['Since the fighting began in August, 186,000 people have crossed the border, the agency said.', '186,000', 'part', 'subgroup-harm'],
    ['The conflict has driven 8 million people from their homes, either within the country or abroad, the agency said.', '8 million', 'total', 'total'],
    // "it" is a facility only when its own sentence names one.
    ["The city's emergency hospital said it had treated 210 people since Sunday.", '210', 'local', 'facility-intake'],
    ['The Red Crescent said it had treated 300 people since the protests began.', '300', 'total', 'running-toll'],
    // The latest week or month of a crisis is new, but not a facility's intake over it.
    ['In the past month, the association recorded 31 deaths, its director said.', '31', 'new', 'recent-stretch'],
    // A week stressed as short by "alone" is the latest stretch too (a bare week may be the whole crisis).
    ['Fighting continued. The refugee agency said some 45,000 people had crossed into Orvan in the past week alone.', '45,000', 'new', 'recent-stretch'],
    ['Protests continued. Police said they had arrested 300 people last week alone.', '300', 'new', 'recent-stretch'],
    ['Hospital staff said they had treated 28 protesters over the past week.', '28', 'local', 'facility-intake'],
    // A place singled out by "alone", unless on one day.
    ['In Varnholt alone, the group counted 420 people with gunshot wounds.', '420', 'local', 'place-alone'],
    ['In Varnholt alone, police arrested 260 people on Thursday.', '260', 'new', 'one-day'],
    // A share set inside the figure's phrase shares its predicate and its day.
    [
      'Aid workers said 23 civilians, including seven members of one family, were killed on Saturday when a shell hit a bus station.',
      '23 civilians',
      'new',
      'one-day',
    ],
    // A day's count broken down by the places after its figures is that day's; a count there since the start is the place's.
    [
      'Police shot dead at least seven people on Thursday, medics said.\n\nFive people were killed in the river town of Kessel and two in Varno.',
      'Five',
      'new',
      'day-by-place',
    ],
    [
      'Police shot dead at least seven people on Thursday, medics said.\n\nFive people have been killed in the river town of Kessel since the protests began.',
      'Five',
      'local',
      'local-area',
    ],
    // "there" after the harm points back to the place the sentence before named.
    ['The worst bloodshed was in the port city of Varno. Between 40 and 100 people were killed there, an official said.', '40', 'local', 'local-area'],
    // A place that names an outlet ("Fars" the province, "the Fars news agency") is no place of the figure.
    ['The semi-official Fars news agency said about 1,000 people had been arrested since Friday.', '1,000', 'total', 'running-toll'],
    // What a facility tells is that facility's count.
    ['At least 57 people were killed. Kessel General Hospital said 21 people had died of gunshot wounds.', '21', 'local', 'facility-teller'],
    // One facility named by its article: its staff tell its count.
    ['At least 57 people were killed. A nurse at the same hospital said staff had counted 31 dead.', '31', 'local', 'facility-teller'],
    // Those still held, after a larger count of the arrested, are a share of them.
    ['Thousands were arrested in the crackdown. A judge said fewer than 300 people remained in custody.', '300', 'part', 'later-state'],
    ['More than 2,000 people were detained. Dozens are still held, lawyers say.', 'Dozens', 'part', 'later-state'],
    // A named speaker's count after one no one is named for is the speaker's whole count, not a share of it.
    ['A report said about 1,500 people were killed. Amnesty said at least 304 people had been killed.', '304', 'total', 'total'],
    // A rise stated as a difference from an earlier count is an increment.
    ["The ministry now counts 57 dead, an increase of 12 over Monday's figure.", '12', 'new', 'increment'],
    ['The death toll is now 88, up 9 from Saturday.', '9', 'new', 'increment'],
    ['Officials reported 240 wounded, a rise of 35 since the previous briefing.', '35', 'new', 'increment'],
    // One incident named with "the", and a pair of harms sharing the incident or place of either.
    ['The blast left 13 people dead and 40 injured, the district governor said.', '13', 'new', 'one-incident'],
    ['Police said they had arrested 520 people since the shooting.', '520', 'total', 'running-toll'],
    ['A bomb at a checkpoint near Mosul killed five people and wounded eight, police said.', 'eight', 'new', 'paired-harm'],
    ['Six people were killed and 14 wounded in an attack on a bus near Jalalabad.', 'Six', 'new', 'paired-harm'],
    // A month singled out, or the first days of a crisis whose report counts more.
    ['In March alone, 47 civilians were killed in air strikes, the Ferrand Monitor said.', '47', 'part', 'phase'],
    ['During the first three days of the protests, 25 people were killed. The toll has since risen to 61.', '25', 'part', 'phase'],
    ['At least 21 protesters were killed during the first five days of the protests.', '21', 'total', 'total'],
    // A day's figure beside a running total: a superlative's "so far" and another's relative clause make no count so far.
    ['Soldiers killed 11 protesters on Sunday, the deadliest day so far.', '11', 'new', 'one-day'],
    ["At least 12 people were killed in Tuesday's protests, according to the Amsel Monitor, which says 57 have died overall.", '12', 'new', 'one-day'],
    // What a finite result verb or an opening "with" phrase adds to a toll.
    ["Today's 17 fatalities bring the total since the crackdown began to 230.", '17', 'new', 'adds-to-toll'],
    ['With the four deaths reported on Thursday, the toll has climbed to 53.', 'four', 'new', 'adds-to-toll'],
    // A capital that recorded the most deaths is where they happened, no government speaking.
    ['At least 40 people were killed across Kenya. Nairobi recorded the most deaths, with 19.', '19', 'local', 'local-place'],
    // The held who were hurt or died are some of the hurt or dead; a figure in brackets after a name, in a list by place, is that place's.
    ['Police said 40 people were killed. It said at least 45 detainees had needed hospital treatment.', '45', 'part', 'subgroup-person'],
    ['Displaced people by district: Tarvo (8,300), Lemba (2,100), Upper Orsk (1,700).', '2,100', 'local', 'listed-by-place'],
    // A rival count set against another teller's in a contrasting clause counts what that one does.
    ["The opposition said 22 people were killed in Monday's crackdown, while the government put the number at 4.", '4', 'new', 'rival-count'],
  ])('%s → %s: %s (%s)', (text, figure, scope, rule) => {
    expect(scoped(text, figure)).toEqual([scope, rule]);
  });

  // A report that leads with one event over in one stroke is about that event: the day's or incident's count in its lead is the crisis's.
  it.each([
    [
      'Missile strike on Velmo station kills 40\n\nVELMO, May 4 - A missile strike on the railway station in Velmo killed at least 40 people on Friday, the regional governor said. Rescuers searched the rubble through the night.',
      'at least 40',
      'total',
      'lead-event',
    ],
    [
      'Velmo crowd crush: what we know\n\nEXPLAINER | 31 October\n\nVELMO - A crowd surge in a narrow street killed more than 150 people on Saturday night, officials said. The city is in mourning.',
      'more than 150',
      'total',
      'lead-event',
    ],
    // A blaze and a raid are over in one stroke too (not a shooting's "opened fire", below).
    [
      'Fire sweeps through camp near Velmo\n\nA fire tore through a camp for displaced families near Velmo on Sunday, killing at least six people, aid workers said.',
      'at least six',
      'total',
      'lead-event',
    ],
    [
      'Police detain students in night raid on Narvo campus\n\nNARVO - Police stormed a university campus in Narvo late on Tuesday, detaining 85 people, a police spokesman said.',
      '85',
      'total',
      'lead-event',
    ],
    // Not when the lead makes it one episode of a longer crisis, nor when it tells of no such event.
    [
      'Police kill six in attack on march as Kessel protests resume\n\nNARVO - Police shot dead six people on Wednesday in an attack on a march in the capital, medics said. Protests have gone on for a month.',
      'six',
      'new',
      'one-day',
    ],
    [
      "Kessel police detain 120 at Sunday's protests\n\nNARVO - Police detained 120 people at protests in the capital on Sunday, a rights group said. Rallies were held in five towns.",
      '120',
      'new',
      'one-day',
    ],
    [
      'Police open fire on marchers in Narvo\n\nNARVO - Police opened fire on marchers on Sunday, killing four people, medics said. Rallies were held in five towns.',
      'four people',
      'new',
      'one-incident',
    ],
    // The lead may stand below a headline, summary bullets and a byline; a toll revised within the day is still the event's.
    [
      'Port Kell ferry bombs leave 30 dead, police say\n\n* Devices hidden under seats on the upper deck\n\n* Coast guard closes the harbour\n\nBy Staff Writers\n\nPORT KELL, June 3 - Two bombs went off on a crowded ferry as it docked at Port Kell on Monday, killing at least 30 people, police said.',
      'at least 30',
      'total',
      'lead-event',
    ],
    [
      'Twelve dead as crowd surges at Kessel aid point\n\nNARVO - Twelve people were killed on Friday in a crush at an aid point, the health ministry said, which had put the toll at eight in the morning.',
      'Twelve dead',
      'total',
      'lead-event',
    ],
    // A headline's rising toll is still its event's; a burst is over in one stroke.
    [
      'Reservoir burst toll climbs as crews search\n\nHARN, April 9 - At least 14 people were killed when a reservoir wall collapsed over Harn early on Monday, the district police chief said.',
      'At least 14',
      'total',
      'lead-event',
    ],
  ])('lead: %s → %s: %s (%s)', (text, figure, scope, rule) => {
    expect(scoped(text, figure)).toEqual([scope, rule]);
  });

  // A headline that names one event, with no figure of its own: the first count of each harm is that event's, which is the crisis.
  it.each([
    [
      'A nurse looks back on the Orlo depot bombing\n\nORLO - Ambulances kept coming until dusk, Lena Sarr said. "We treated 40 of the injured that day," she said.\n\nThe provincial governor said 22 people died when the device exploded beside the fuel pumps on Friday.',
      '22 people died',
      'total',
      'headline-event',
    ],
    // "the blast" under such a headline is that event, not one incident of several.
    [
      'Harbour blast: hospitals overwhelmed\n\nKELL - Hospitals across the city were full on Thursday. The health minister said about 900 people wounded in the blast were still being treated.',
      'about 900',
      'total',
      'total',
    ],
    // Not under a headline that names a longer crisis too, nor one that counts the arrests that followed.
    [
      'The Orlo depot bombing and the insurgency\n\nORLO - Ambulances kept coming until dusk, Lena Sarr said. "We treated 40 of the injured that day," she said.\n\nThe provincial governor said 22 people died when the device exploded beside the fuel pumps on Friday.',
      '22 people died',
      'new',
      'one-day',
    ],
    [
      'Blaze guts Kell market hall\n\nKELL - The hall burned for hours, injuring 12 people, firefighters said.\n\nPolice said 14 people had been arrested on Sunday night for theft from the stalls.',
      '14 people',
      'new',
      'one-day',
    ],
  ])('headline: %s → %s: %s (%s)', (text, figure, scope, rule) => {
    expect(scoped(text, figure)).toEqual([scope, rule]);
  });

  // A report with no date of its own: the dates stage resolves no "2 May", the scope rules still read it as one day.
  it.each([
    ['The group said 800 people have been killed since the coup. 2 in Lemba town lost their lives on 3 June.', '2', 'new', 'one-day'],
    ['Two protesters were shot dead in Varno on June 14, medics said.', 'Two', 'new', 'one-day'],
    ['By 2 May, 765 people had been killed, the group said.', '765', 'total', 'total'],
    ['From April up to 21 January, almost 51,000 people had crossed into Kesh.', '51,000', 'part', 'subgroup-harm'],
    ['Between 3 and 5 May, police detained 40 people, lawyers said.', '40', 'total', 'total'],
  ])('undated: %s → %s: %s (%s)', (text, figure, scope, rule) => {
    const claim = extract({ text }).claims.find((c) => c.span.text.includes(figure));
    expect([claim?.scope, claim?.rules?.scope]).toEqual([scope, rule]);
  });

  it('names every rule it applies, in order, ending with the total by default', () => {
    expect(SCOPE_RULE_NAMES.at(-1)).toBe('total');
    expect(new Set(SCOPE_RULE_NAMES).size).toBe(SCOPE_RULE_NAMES.length);
  });
});

describe('scope: a report confined to one place', () => {
  const scopeOf = (text: string, span: string) => extract({ text, published: '2023-11-10' }).claims.find((c) => c.span.text.includes(span))?.scope;
  const report = (close: string) =>
    [
      'Killings in El Geneina',
      'In West Darfur, about 700 people were killed in fighting in El Geneina on Nov. 4 and 5, according to the IOM.',
      'Residents of El Geneina said the bodies lay in the streets for days.',
      `Men fleeing El Geneina crossed into Chad at Adre.${close}`,
    ].join('\n\n');

  it("counts the crisis in that place's figures", () => {
    expect(scopeOf(report(''), '700 people')).toBe('total');
  });

  it('stays confined to that place when the report names another in passing, whose figures stay its own', () => {
    const text = [
      'Siege of Poltava',
      'More than 900 bodies have been recovered in Poltava since fighting for the city began, the health office said.',
      'Residents of Poltava said food had run out. Most of those who fled Poltava headed for Kharkiv, where 3,000 people are sheltering in schools.',
      'Aid workers in Poltava said the hospitals had no fuel.',
    ].join('\n\n');
    expect(scopeOf(text, '900 bodies')).toBe('total');
    expect(scopeOf(text, '3,000 people')).toBe('local');
  });

  it('is the place of the first figure the report places, past a headline that places none, when the report opens on it', () => {
    const opening = 'Prison riot leaves six dead\n\nAt least six inmates died when a riot broke out at the main prison in Nakuru on Sunday, officials said.';
    const later = 'Guards regained control of the Nakuru prison by nightfall. A rights group said 11 inmates had been killed in Nakuru.';
    expect(scopeOf(`${opening}\n\n${later}`, '11 inmates')).toBe('total');
    // (A town the first placed figure names only further down is one town of a wider crisis.)
    const wider = [
      'Riots leave six dead',
      'At least six people died in riots on Sunday, officials said.',
      'The unrest followed a disputed vote.',
      "Calm returned by nightfall. A rights group said 13 people had been killed in Nakuru. Shops in Nakuru stayed shut and Nakuru's schools closed.",
    ].join('\n\n');
    expect(scopeOf(wider, '13 people')).toBe('local');
  });

  it('reads the place named by its noun alone ("the city") as that place, a site in it as its own', () => {
    const text = (close: string) =>
      `Shelling killed 12 people in Kisumu on Sunday, officials in Kisumu said. Doctors in Kisumu said the market had burned.\n\n${close}`;
    expect(scopeOf(text('Some 9,000 residents have fled the city in the past week, the refugee agency said.'), '9,000')).toBe('total');
    expect(scopeOf(text('At the city market, 40 traders have died in the past week, the refugee agency said.'), '40 traders')).toBe('local');
  });

  it('is not the crisis when the report calls it a war, which spans the country', () => {
    expect(scopeOf(report(' The attacks began as war erupted between the army and the RSF in April.'), '700 people')).toBe('local');
    // ("war crimes" charges a deed; it names no war.)
    expect(scopeOf(report(' The UN said the killings may amount to war crimes.'), '700 people')).toBe('total');
  });
});

describe('scope: a share and its whole in a headline with no verb', () => {
  const claimsOf = (text: string) => extract({ text, published: '2023-11-10' }).claims.map((c) => `${c.category} ${c.estimate} ${c.scope}`);

  it('reads "N X among M dead" as a part of a whole', () => {
    expect(claimsOf('Officials say 14 guards among 37 dead in border clashes')).toEqual(['killed 14 part', 'killed 37 total']);
    expect(claimsOf('Five medics among 60 killed in shelling of market')).toEqual(['killed 5 part', 'killed 60 total']);
  });
});

describe('scope: victims of another kind "also" harmed', () => {
  const scopes = (text: string) => extract({ text, published: '2023-11-10' }).claims.map((c) => `${c.who} ${c.scope}`);

  it('reads them as a part beside the part named before, and more people as an increment', () => {
    expect(scopes('Six border guards died on Friday. Four civilians were also killed, the governor said.')).toEqual(['border guards part', 'civilians part']);
    expect(scopes('Six border guards died on Friday. Two more people were also killed.')).toEqual(['border guards part', 'people new']);
  });
});

describe('scope: a share of the dead placed by its verb', () => {
  const scopes = (text: string) => extract({ text, published: '2023-11-10' }).claims.map((c) => `${c.estimate} ${c.scope}`);

  it('reads "N of them died in <place>" as that place\'s count, and "N of them children" as a subgroup', () => {
    expect(scopes('The group said 300 people were killed. It said 210 of them were killed in Velmora, and 90 in Orsk.')).toEqual([
      '300 total',
      '210 local',
      '90 local',
    ]);
    expect(scopes('The group said 300 people were killed. It said 21 of them were children.')).toEqual(['300 total', '21 part']);
  });
});

describe('scope: a place that sites the event a toll is of', () => {
  const scopes = (text: string) => extract({ text, published: '2024-05-04' }).claims.map((c) => `${c.estimate} ${c.scope} ${c.rules?.scope}`);

  it('reads "the toll from <event> at/in <place>" as the event\'s toll, not the place\'s share', () => {
    expect(
      scopes(
        'Dam collapse toll climbs to 64\n\nHARN, Velmaria, June 3 - Rescuers said the death toll from the weekend collapse of a dam above the Velmarian town of Harn had reached 64.',
      ).map((s) => s.split(' ')[1]),
    ).toEqual(['total']);
    expect(
      scopes("Officials cut the death toll from Friday night's fire at a crowded market in the city of Orlan to 52 after finding duplicate names."),
    ).toEqual(['52 total running-toll']);
  });

  it('reads a site that names the event ("the Harn jail riot") and an event that opens a headline ("UPDATE 1-Stampede at …") alike', () => {
    expect(scopes('Fighting spread across Velmaria.\n\nThe number of inmates killed in the Harn jail riot has been revised to 9.')[0]).toMatch(/^9 total/);
    expect(
      scopes(
        'UPDATE 1-Stampede at Velmar harvest fair kills 23\n\nFighting spread across Velmaria. The toll from a stampede at the harvest fair in the northern Velmarian city of Orlan has reached 23, officials said.',
      ).map((s) => s.split(' ').slice(0, 2).join(' ')),
    ).toEqual(['23 total']);
  });

  it('still reads a place that bounds the count itself as local, and a clause after the event as its own', () => {
    expect(scopes('Fighting spread across Velmaria. The death toll in the city of Orlan rose to 52, the ministry said.')).toEqual(['52 local local-area']);
    expect(scopes('Fighting spread across Velmaria. Forty people were killed in the city of Orlan after a fire.')[0]).toMatch(/^40 local/);
  });
});

describe('scope: a headline that names its crisis by a place', () => {
  const scopes = (text: string) => extract({ text, published: '2024-05-04' }).claims.map((c) => `${c.estimate} ${c.scope} ${c.rules?.scope}`);

  it('reads "N dead in <place> protests" as the crisis named, and "N dead in <place> as protests spread" as that place\'s', () => {
    expect(scopes('Rights group: 40 killed in Mombasa protests as curfew begins\n\nShops stayed shut on Monday.')).toEqual(['40 total total']);
    expect(scopes('Doctors say 40 killed in Mombasa as protests spread\n\nShops stayed shut on Monday.')).toEqual(['40 local local-place']);
  });
});

describe('scope: an earlier value of a count told beside it', () => {
  const scopes = (text: string) => extract({ text, published: '2025-01-23' }).claims.map((c) => `${c.estimate} ${c.scope}`);

  it('reads "The figure … is up from N on Monday" as the count the sentence before stated, then', () => {
    expect(scopes('The Velmar flood toll has risen to 36, officials said.\n\nThe figure, given at a news conference, is up from 30 on Monday.')).toEqual([
      '36 total',
      '30 total',
    ]);
  });

  it('reads "N …, compared with M a week before" as the same count before', () => {
    expect(scopes('Officials said about 12,000 people were sheltering in schools, compared with 9,000 a week before.')).toEqual(['12000 total', '9000 total']);
  });
});

describe("scope: the deaths among a place's count of wounded", () => {
  const scopes = (text: string) => extract({ text, published: '2025-01-23' }).claims.map((c) => `${c.category} ${c.estimate} ${c.scope}`);

  it('reads "N of whom died" after a hospital\'s wounded as that hospital\'s dead, and "N of them children" as a subgroup', () => {
    expect(scopes('Orlan General Hospital received 40 wounded people, six of whom later died, a doctor said.')).toEqual(['injured 40 local', 'killed 6 local']);
    expect(scopes('At least 90 people were killed across Velmaria, 20 of them children, the ministry said.')).toEqual(['killed 90 total', 'killed 20 part']);
  });
});

describe('scope: a list by place whose place the gazetteer does not know', () => {
  const scopes = (text: string) => extract({ text, published: '2025-05-09' }).claims.map((c) => `${c.estimate} ${c.scope}`);

  it("reads its line as that place's count, as the lines before it are", () => {
    const text =
      'Floods have killed 160 people across Kenya, officials said.\n\nFigures by county:\n- Nairobi: 40 dead\n- Velmarsk Vale: 21 dead\n\nRelief is arriving.';
    expect(scopes(text)).toEqual(['160 total', '40 local', '21 local']);
  });
});

describe('scope: a placed share the sentence names by its kind', () => {
  const scopes = (text: string) => extract({ text, published: '2025-05-09' }).claims.map((c) => `${c.estimate} ${c.scope}`);

  it('reads "N of the dead in <place> were children" as a subgroup, and "N of the dead were in <place>" as that place\'s', () => {
    expect(scopes('Floods killed 48 people across Velmaria. Five of the dead in Orlan were children.')).toEqual(['48 total', '5 part']);
    expect(scopes('Floods killed 48 people across Velmaria. Five of the dead were in Orlan.')).toEqual(['48 total', '5 local']);
  });
});

describe('scope: a share of the injured taken to one named facility', () => {
  const scopes = (text: string) => extract({ text, published: '2025-05-09' }).claims.map((c) => `${c.estimate} ${c.scope}`);

  it("reads it as that facility's count, and a share still in hospital or spread over several as a part", () => {
    expect(scopes('At least 30 people were injured, police said. Nine of the injured were rushed to Orlan General Hospital.')).toEqual(['30 total', '9 local']);
    expect(scopes('At least 30 people were injured. Seven of them are being treated at the Velmar Central Clinic.')).toEqual(['30 total', '7 local']);
    expect(scopes('At least 30 people were injured. Seven of them are still in hospital.')).toEqual(['30 total', '7 part']);
    expect(scopes('At least 30 people were injured. Seven of them were treated at hospitals in Orr and Lemba.')).toEqual(['30 total', '7 part']);
  });
});

describe('scope: the moment a running count holds for', () => {
  const scopes = (text: string) => extract({ text, published: '2025-05-09' }).claims.map((c) => `${c.estimate} ${c.scope}`);

  it('reads a day after "as of" as when the count stood so, not a day\'s count', () => {
    expect(scopes('The storm has killed 31 people in Velmaria, officials said. As of this evening the number of dead was 34.')).toEqual([
      '31 total',
      '34 total',
    ]);
    expect(scopes("The toll as of six o'clock this evening is 34 dead.")).toEqual(['34 total']);
  });
});

describe("scope: a table's rows", () => {
  const claims = (text: string) =>
    extract({ text, published: '2025-05-09' }).claims.map((c) => `${c.category} ${c.estimate} ${c.scope} ${c.source?.name ?? '-'}`);

  it("reads each cell by its column's header, a row by what its first cell names, and a source line under the table", () => {
    const text =
      'Floods have struck Velmaria since March.\n\nDistrict | Dead | Missing\nOrlan | 40 | 6\nChildren | 9 | 1\n12 March | 7 | 0\nTotal | 61 | 8\nSource: Velmar Relief Agency.';
    expect(claims(text)).toEqual([
      'killed 40 local Velmar Relief Agency',
      'missing 6 local Velmar Relief Agency',
      'killed 9 part Velmar Relief Agency',
      'missing 1 part Velmar Relief Agency',
      'killed 7 new Velmar Relief Agency',
      'missing 0 new Velmar Relief Agency',
      'killed 61 total Velmar Relief Agency',
      'missing 8 total Velmar Relief Agency',
    ]);
  });
});

describe('scope: a table whose cells dotted leaders join', () => {
  const claims = (text: string) => extract({ text, published: '2025-05-09' }).claims.map((c) => `${c.category} ${c.estimate} ${c.scope}`);

  it("reads each figure by its column's header, a notes column counting nothing", () => {
    const text =
      'Arrests have followed the strikes in Velmaria.\n\nTable 2. Arrests by district\n\nDistrict ........... Detained .... Notes\nOrlan .............. 212 ..... incl. 9 minors\nVelt ............... 87 ...... —';
    expect(claims(text)).toEqual(['detained 212 local', 'detained 87 local']);
  });

  it("does not read prose with an ellipsis as a table's row", () => {
    expect(claims('Detained ... and then?\nThe crowd ... dispersed after police detained 40 people.')).toEqual(['detained 40 total']);
  });
});

describe("scope: a Markdown table's rows", () => {
  it('reads rows between outer bars, past the rule under the header', () => {
    const text = 'Floods have struck Velmaria.\n\n| District | Dead | Missing |\n| --- | --- | --- |\n| Orlan | 40 | 6 |\n| Velt | 21 | 2 |';
    expect(extract({ text, published: '2025-05-09' }).claims.map((c) => `${c.category} ${c.estimate} ${c.scope}`)).toEqual([
      'killed 40 local',
      'missing 6 local',
      'killed 21 local',
      'missing 2 local',
    ]);
  });
});

describe('scope: a list its heading breaks down by place', () => {
  const scopes = (text: string) => extract({ text, published: '2025-05-09' }).claims.map((c) => `${c.category} ${c.estimate} ${c.scope}`);

  it('reads each labelled line as its place, known to the gazetteer or not', () => {
    const text =
      'Storms struck the coast.\n\n• 40 people have died across four counties.\n\nFigures by county (dead / displaced)\nOrvel: 18 dead, 2,400 displaced\nTessa: 7 dead, 1,200 displaced';
    expect(scopes(text)).toEqual(['killed 40 total', 'places 4 total', 'killed 18 local', 'displaced 2400 local', 'killed 7 local', 'displaced 1200 local']);
  });

  it('leaves a list headed by something else to the rules of its lines', () => {
    const text = 'Storms struck the coast.\n\n• 40 people have died across four counties.\n\nFigures by age\nChildren: 18 dead\nAdults: 7 dead';
    expect(scopes(text)).not.toContain('killed 18 local');
  });
});

describe('a day of the month by its ordinal alone', () => {
  const scopes = (text: string) => extract({ text, published: '2024-05-30' }).claims.map((c) => `${c.estimate} ${c.scope} ${c.rules?.scope}`);

  it('reads "on the 9th" as one day, not "since the 3rd" nor "the 12th day of the protests"', () => {
    expect(scopes('Protests began on 3 May.\n\nOn the 9th, police detained 40 people.')).toEqual(['40 new one-day']);
    expect(scopes('Protests began on the 3rd.\n\nPolice have detained 400 people since the 3rd.')[0]).not.toContain('new');
    expect(scopes('On the 12th day of the protests, police detained 40 people.')[0]).not.toContain('one-day');
  });
});

describe('scope: where the displaced went', () => {
  const scopes = (text: string) => extract({ text, published: '2024-05-30' }).claims.map((c) => `${c.category} ${c.estimate} ${c.scope}`);

  it('reads a place reached by "to" or "into" after a verb of flight as no bound of the count, and a place they shelter in as one', () => {
    const lead =
      'Gunmen raided farming villages in Plateau State, Nigeria, on Monday and killed 40 people, officials said.\n\nSurvivors said the attackers came at dawn. Police made no arrests. The governor ordered a curfew.\n\n';
    expect(scopes(`${lead}About 2,500 villagers have fled to Jos, the Red Cross said.`)).toEqual(['killed 40 total', 'displaced 2500 total']);
    expect(scopes(`${lead}The raids drove some 2,500 people to flee to Jos, the Red Cross said.`)).toEqual(['killed 40 total', 'displaced 2500 total']);
    expect(scopes(`${lead}About 2,500 villagers are sheltering in Jos, the Red Cross said.`)).toEqual(['killed 40 total', 'displaced 2500 local']);
  });
});

describe('scope: a share of a toll placed where it was recorded', () => {
  const scopes = (text: string) => extract({ text, published: '2024-05-30' }).claims.map((c) => `${c.category} ${c.estimate} ${c.scope}`);

  it('reads "N of the M deaths were registered in <place>" and "N of the missing are from <place>" as that place\'s count', () => {
    const lead = 'Storms swept across Mozambique this week, killing 40 people and leaving 30 missing, the disaster agency said.\n\n';
    expect(scopes(`${lead}The agency said 15 of the 40 deaths were registered in Manica province.`)).toEqual([
      'killed 40 total',
      'missing 30 total',
      'killed 15 local',
    ]);
    expect(scopes(`${lead}The agency said twelve of the missing are from Beira.`)).toEqual(['killed 40 total', 'missing 30 total', 'missing 12 local']);
  });

  it('leaves a place the rest of the count was registered in to the rest ("with others registered in …")', () => {
    const text =
      'Unrest gripped Kenya, and 25 people died, the Red Cross said. Mombasa accounted for 9 of the deaths, with others registered in Malindi, Kilifi and Lamu counties.';
    expect(scopes(text)).toEqual(['killed 25 total', 'killed 9 local']);
    expect(extract({ text, published: '2024-05-30' }).claims[1]?.place?.name).toBe('Mombasa');
  });
});

describe("scope: a place that is a person's surname or an office's seat", () => {
  const places = (text: string) => extract({ text, published: '2024-05-30' }).claims.map((c) => `${c.estimate} ${c.place?.name ?? '-'}`);

  it('reads a surname of a person named before with a role as that person, not the town of that name', () => {
    const text =
      'Clashes hit northern Kenya. Regional police commander Peter Kisumu said seven people had died.\n\nBy Friday, Kisumu had raised the figure to 11 dead.';
    expect(places(text)).toEqual(['7 Kenya', '11 Kenya']);
  });

  it('reads a place that names an office before the figure as where the office sits', () => {
    expect(places("Fighting spread across Ecuador's north. The agency told our Quito office that some 12,000 people had been displaced.")).toEqual([
      '12000 Ecuador',
    ]);
  });
});

describe("scope: a release's dateline written as a name is where it was filed", () => {
  const placed = (text: string) => extract({ text, published: '2024-05-30' }).claims.map((c) => `${c.estimate} ${c.place?.name ?? '-'} ${c.scope}`);

  it('does not put the figures of the sentence it opens in the city abroad it names', () => {
    expect(placed('Belarus: arrests go on\n\nOslo - Security forces have detained at least 640 people since the vote, the monitoring group said.')).toEqual([
      '640 Belarus total',
    ]);
  });
});
