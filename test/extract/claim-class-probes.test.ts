import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/**
 * Invented probes, one row per class of phrasing the extraction reads (claims4): each sentence
 * with every claim it states ("category estimate"), or none.
 */
const PROBES: ReadonlyArray<readonly [string, string[]]> = [
  // "day" or "week" after a determiner is a time, and the number after it a count; "day 20" numbers a day.
  ['The next day nine miners were killed in a second collapse.', ['killed 9']],
  ['Last week 35 students were arrested outside the faculty.', ['detained 35']],
  ['On day 14 of the strike the union met the minister.', []],
  // A harm's participle right after the people describes them; a death after it is what they count.
  ['One of the miners hurt in the first collapse died in hospital on Sunday.', ['killed 1']],
  ['Four villagers wounded by the shelling later died.', ['killed 4']],
  ['Four villagers wounded by the shelling were flown to the capital.', ['injured 4']],
  // "those held" are the detained; "those held responsible" are blamed.
  ['Of those held, 31 are students and 4 are journalists.', ['detained 31', 'detained 4']],
  ['Of those held responsible, 2 are police officers.', []],
  // The members a family lost are its dead; a party's are not.
  ['She lost 12 members of her extended family in the attack.', ['killed 12']],
  ['The ruling party lost three members of parliament to the opposition.', []],
  // Kin and companions lost are dead too.
  ['She lost two friends when the footbridge gave way.', ['killed 2']],
  ['She lost three neighbours in the fire.', ['killed 3']],
  // People held whose fate is unknown since are missing; not when only a share of them is.
  ['The administrator said 11 people, mostly women, had been abducted and remained unaccounted for.', ['missing 11']],
  ['Soldiers arrested at least 10 men accused of helping the rebels, who have not been heard from since.', ['missing 10']],
  ['Some 4,000 people were held at the camp, most of them never seen again.', ['detained 4000']],
  ['Police arrested 300 people and 20 remain missing.', ['detained 300', 'missing 20']],
  // One person described by a relative a "whose" clause names is no count; one person among the dead is.
  ['"They came at night," said Omar, a baker in Tarro whose cousin was among the dead.', []],
  ['Lina, a nurse whose brother was killed, said the shooting lasted an hour.', []],
  ['A nurse was among the dead.', ['killed 1']],
  // People who vanished are missing, as those who disappeared; things that vanish are no one.
  ['Nineteen herders vanished near the border last week.', ['missing 19']],
  ['The 30 ballot boxes vanished from the depot.', []],
  // A "where" clause on a share's place tells of the place; set off between commas, the share's own verb comes after it.
  ['Officers held 310 people, 52 in Arvo, where a rally was staged.', ['detained 310', 'detained 52']],
  ['Three porters in Arvo, where the march began, were shot dead.', ['killed 3']],
  // "all" before the figure of a harm noun's of-phrase; an age after one person ("aged 61", "in her 40s").
  ['The tribunal convicted two commanders of the murder of all 112 passengers on board.', ['killed 112']],
  ['A man aged 61 was shot dead at the checkpoint.', ['killed 1']],
  ['A woman in her 40s has died in hospital, the coroner said.', ['killed 1']],
  ['A man aged 61 chaired the meeting.', []],
  // A timeline's present: people who gather take part.
  ['September 24 - Hundreds of supporters gather outside the central police station.', ['participants 100']],
  // A tie's phrase after the people ("linked to", "affiliated with"), quoted or not, is read past to their predicate.
  ['The ministry said that nine people "linked to foreign services" had been arrested.', ['detained 9']],
  ['Fourteen fighters affiliated with the militia were killed in the strike.', ['killed 14']],
  // Those funerals are held for are dead; "held" of funerals detains no one. Vigils may be for the living.
  ['A relative said funerals for at least seven young men from the district had been held on one day.', ['killed 7']],
  ['Students held vigils for 30 detained classmates.', ['detained 30']],
  // "both" opening a clause, its verb right after it, is the two just named.
  ['A crowd set fire to the car of two men accused of theft; both died in hospital.', ['killed 2']],
  ['Both were released on bail.', []],
  ['Both sides claimed the vote.', []],
  // A definite person a harm verb takes, before a verb of its own after "and", is one person, no list's head.
  ['Gunmen stopped a bus, killed the driver and abducted the conductor.', ['killed 1']],
  ['Gunmen killed the imam and four worshippers.', ['killed 5', 'killed 4']],
  // "of them" ends the phrase a share counts: a prepositional phrase after it is no noun of it.
  ['Youths attacked campaigners, injuring eight of them with sticks and stones.', ['injured 8']],
  // "embraced martyrdom" is a death as some armies' press tells it.
  ['Four soldiers embraced martyrdom and three others were injured.', ['killed 4', 'injured 3']],
  ['The party embraced the plan of 300 delegates.', []],
  // One person who came away with wounds after a verb of theirs.
  ['A sixth man was rescued with burns and taken to hospital.', ['injured 1']],
  ['A man was arrested with weapons.', []],
  // People taken by armed men or security forces are held; a relative clause on the agent of the
  // figure's passive is what the agent did, no predicate of the figure.
  ['Twenty-one passengers were taken by gunmen who blocked the highway.', ['detained 21']],
  ['Twelve villagers were taken by soldiers to a camp.', ['detained 12']],
  ['Nine people were taken by the current.', []],
  // A relative clause after a short phrase on the people, however long, resumes at its auxiliary.
  ['Four men from a herding family who had stopped in the village to ask the way were lynched by a crowd.', ['killed 4']],
  // A killing coordinated after another harm or a seizure is what befell them.
  ['Three women were dragged from their homes and burnt to death.', ['killed 3']],
  ['Fourteen people were dragged from their homes by soldiers.', ['detained 14']],
  ['A man accused of theft was beaten and burned to death by a crowd.', ['killed 1']],
  ['A woman was beaten and robbed.', ['injured 1']],
  // "a fifth" with the wounds they came away with.
  ['Four thieves were set upon by a mob; a fifth escaped with burns.', ['injured 1']],
  // A death told in a clause of the care place people were brought to.
  ['A man was rushed to hospital, where he died.', ['killed 1']],
  ['Two men were taken to hospital, where they later died.', ['killed 2']],
  ['Two men were taken to hospital, where they remain in a critical condition.', ['injured 2']],
  ['A man said his brother was taken to hospital, where he died.', []],
  // (Review of this session's rules: what they must not read.)
  ['He married a nurse, who died in 2010.', []],
  ['A nurse cared for the victims at the hospital, where they later died.', []],
  ['Without food aid, 5,000 children will not survive the winter, the agency warned.', []],
  ['Three preachers who embraced martyrdom ideology were arrested.', ['detained 3']],
  ['Militants attacked a checkpoint on Monday. Separately, the state executed 12 people for drug offences.', ['executed 12']],
  [
    'About 30 armed men stormed a chapel in Varnek. They executed the deacon and 4 parishioners. Worshippers who tried to flee were shot.',
    ['killed 5', 'killed 4'],
  ],
  ['Four people were taken by police to hospital after the crash.', ['injured 4']],
  ['A man was charged with causing injuries to a policeman.', []],
  ['Hundreds of families were picked from their homes by rescue boats.', []],
  ['The slaying of three farmers shocked the region.', ['killed 3']],
  // One death told as news ("reported the death of"), not as a charge's or an inquiry's reason.
  ['A monitor reported the death of a soldier in the shelling.', ['killed 1']],
  ['Police opened an inquiry into the death of a student.', []],
  // A death coordinated right after the harm people suffered is what befell them; another's is not.
  ['Three men were beaten by a mob and later died of their injuries.', ['killed 3']],
  ['A farmer was assaulted by vigilantes on the highway and died in hospital two days later.', ['killed 1']],
  ['Three men were beaten by a mob and two died in hospital.', ['injured 3', 'killed 2']],
  // An incident's short note counts the one death it tells of; a report's bare "death of" one person retells a toll's member.
  ['The medical examiner ruled the death of a 44-year-old man in the county jail a homicide.', ['killed 1']],
  [
    'Protests spread across Velmaria on Monday. At least 40 people have been killed, the ministry said. Shops stayed shut. Schools were closed. Roads were blocked. Crowds mourned the death of a 25-year-old man in Orsk.',
    ['killed 40'],
  ],
  // A clause set off by a comma on one person, past a short phrase of place, tells a death.
  ['Gunmen shot a shopkeeper in Varnek (Tessin province), who died at the scene.', ['killed 1']],
  ['Police arrested a man, who later died in custody.', ['killed 1']],
  ['Police arrested a man, who said he had been beaten.', []],
  // A survival denied is a death.
  ['A gunman shot a colonel at his home. The colonel did not survive.', ['killed 1']],
  ['Two children did not survive the journey.', ['killed 2']],
  ['Five of the wounded failed to survive their injuries.', ['killed 5']],
  // An increment before the partitive ("two more of the injured") is read as the partitive.
  ['Two more of the injured succumbed in the ward overnight.', ['killed 2']],
  ['Four more of the wounded were flown to the capital.', ['injured 4']],
  // A person the sentence names as one of a count is no count of one.
  ['The driver was one of nine miners killed in the collapse.', ['killed 9']],
  // Taking power holds no one: a share after it is the harm's; taking a ship takes its people.
  ['Forty people have died since the junta seized power in March, including 6 students.', ['killed 40', 'killed 6']],
  ['Gunmen seized a bus near the border, holding 40 passengers for a day.', ['detained 40']],
  // Places a conflict or a stoppage reached are counted as a protest's are.
  ['Attacks were reported in 12 villages along the river.', ['places 12']],
  ['The general strike was observed in at least 30 towns.', ['places 30']],
  // Names stand for the people they name; names of supporters count no harm.
  ['Volunteers have gathered 208 names of the dead so far.', ['killed 208']],
  ['The petition gathered 5,000 names of supporters.', []],
  ['All 20 passengers survived the crash.', []],
  // An execution in a report of armed men that names no court, sentence nor prison is a killing; a
  // state's execution stays one.
  ['About 30 armed men stormed a chapel in Varnek. They executed the deacon and 4 parishioners.', ['killed 5', 'killed 4']],
  ['Pirates seized a cargo ship with 20 crew. Two sailors had been executed before the navy arrived.', ['detained 20', 'killed 2']],
  ['Gunmen attacked the court in Varnek. Two men were executed in the prison yard.', ['executed 2']],
  // "put to death" is the idiom of an execution, not a killing's "death"; armed men's is still a killing.
  ['The courts have now put to death three of the men arrested in the spring.', ['executed 3']],
  ['The judiciary said the hanging raised to three the men it has put to death since the revolt.', ['executed 3']],
  ['Raiders stormed the hamlet at night. They put 9 farmers to death in the square.', ['killed 9']],
  ['The state executed two men on Tuesday, the rights group said.', ['executed 2']],
  // "before" ends the clause of a figure: the harm after it is the subject's.
  ['Rebels killed a guard and three porters before abducting 12 pupils.', ['killed 4', 'killed 3', 'detained 12']],
  // A role and the name of the one person it is, opening a clause, with a harm of their own; not a speaker.
  ['Journalist Ana Ruiz was shot dead on Monday.', ['killed 1']],
  ['Cauca: Indigenous social leader Aurelio Pito was killed by armed men.', ['killed 1']],
  ['Police spokesman Ivo Marek said 5 people died.', ['killed 5']],
  // The wounds people came away with after a verb of theirs; not past the verb's own object, nor a death.
  ['Police said 9 people were rescued and taken to hospital with injuries.', ['injured 9']],
  ['Two passengers escaped with minor injuries.', ['injured 2']],
  ['Three hospitals recorded 27 people admitted with gunshot wounds.', ['injured 27']],
  ['Five people were killed and two were taken to hospital with injuries.', ['killed 5', 'injured 2']],
  // A reduced relative on the people ("attempting to cross") is no harm of theirs; the passive after it is.
  ['Two migrants attempting to cross the border were shot dead by border guards.', ['killed 2']],
  // People named as arrivals, in a sentence of flight or after a count of the displaced, are displaced; elsewhere they count nothing.
  ['Refugees continue to cross into the north, with 6,300 new arrivals registered since 2 June.', ['displaced 6300']],
  ['More than 4,000 refugees have arrived. About 2,100 of the new arrivals were children.', ['displaced 4000', 'displaced 2100']],
  ['The club welcomed 40 new arrivals this season.', []],
  // Shares of a whole listed after "including" are each a figure, not one summed list.
  ['At least 90 people were killed, including 14 children and one woman.', ['killed 90', 'killed 14', 'killed 1']],
  // ("used as" names what a thing serves as, no clause of its own.)
  ['Two policemen guarding a village school used as a polling station were shot dead by gunmen.', ['killed 2']],
  // One person who died: past a phrase on them, after an age, past a relative clause holding a figure of time.
  ['A man from the town died in custody at a military security branch.', ['killed 1']],
  ['A 29-year-old detainee died in prison after being denied treatment.', ['killed 1']],
  ['A political prisoner who had been on hunger strike for 40 days died in custody.', ['killed 1']],
  // A count of animals (WordNet's noun.animal) is no count of people; a harm said not to have
  // happened gives no later figure its category.
  ['The driver escaped unhurt, but 11 sheep died on the spot, police said.', []],
  ['An estimated 700,000 head of livestock had died since January.', []],
  ['Raiders killed 3 herders and drove off 200 cattle.', ['killed 3']],
  ['No deaths were reported, which officials credited to the evacuation of more than 87,000 people.', []],
  // A participle before a noun that modifies the people counted ("alleged drug traders").
  ['Two alleged drug traders were killed in a gunfight with police.', ['killed 2']],
  // One person past a past participle's phrase on them, a day between the auxiliary and the harm.
  ['A man accused of theft was killed by a mob.', ['killed 1']],
  ['A policeman deputed for the security of a vaccination team was shot dead.', ['killed 1']],
  ['A man suspected of stealing a goat was on Monday lynched by a mob.', ['killed 1']],
  // A wound with its modifier after a verb of suffering.
  ['A guard sustained a gunshot wound in the hand.', ['injured 1']],
  // A comma then a verb of speech closes the figure's clause: the harm after it is another subject's;
  // a speaker set off between commas is stepped over.
  ['Lawyer Sami Okon, who represents several families, said police had arrested 50 people.', ['detained 50']],
  ['Five people, said police, were killed in the blast.', ['killed 5']],
  // "held" is detention after its passive auxiliary, past the adverbs that mark a verb; not a rally held.
  ['Two journalists covering the march were also briefly held.', ['detained 2']],
  ['Four students were still held on Friday.', ['detained 4']],
  ['The opposition also held a rally of 5,000 people.', ['participants 5000']],
  // Gatherings held again and again are taken part in too.
  ['About 200 dockers have held nightly vigils outside the port authority since March.', ['participants 200']],
  // People who have taken refuge or shelter somewhere are displaced.
  ['More than 3,000 people had taken shelter in camps around the town.', ['displaced 3000']],
  // A plural noun of events counts events; a harm a verb of intent governs was not done.
  ['Security forces carried out two massacres in November, killing 20 people.', ['killed 20']],
  ['Police arrested six people suspected of planning to kill four senior officials.', ['detained 6']],
  // People driven from their homes are displaced; "flooded" takes part only before a public place.
  ['Floods: death toll reaches 147, more than 538,000 forced from homes', ['killed 147', 'displaced 538000']],
  ['More than 538,000 people have been forced out of their homes.', ['displaced 538000']],
  ['Rescue crews have pulled more than 76,000 people from flooded homes.', []],
  ['Tens of thousands flooded the streets of the capital.', ['participants 10000']],
  // A crowd gathering (its participle), assembling or flocking somewhere.
  ['The strike spread to the ports, with thousands gathering every night outside the harbour gates.', ['participants 1000']],
  ['Some 3,000 farmers assembled in front of the regional assembly.', ['participants 3000']],
  ['Hundreds of pilgrims flocked to the shrine despite the ban.', ['participants 100']],
  // A share of people a harm participle counts ("the 5,000 people wounded") takes that harm.
  ['Officials said at least 120 of the roughly 5,000 people wounded remained in critical condition.', ['injured 120', 'injured 5000']],
  ['Five of the 300 people arrested were journalists.', ['detained 5', 'detained 300']],
  // A count a speaker revises to a new value is a count of the harm under way.
  ['The monitor said 1,383 civilians had been killed. The monitor later raised its count to more than 1,700.', ['killed 1383', 'killed 1700']],
  // A count noun's figure given by a participle, or set off from its verb by one, is a rival count of the harm under way.
  ['Activists say 120 people were killed. Police had given a figure of 37.', ['killed 120', 'killed 37']],
  ["Activists say 120 people were killed. The outgoing government's last official figure, given in February, was 31.", ['killed 120', 'killed 31']],
  // Kin who say they have not heard from the people the figure counts speak of the missing.
  ['Police detained 40 people on Monday. Relatives of at least three of them say they have not heard from them since.', ['detained 40', 'missing 3']],
  ['Families of at least six students say their sons were picked up by men in plain clothes and have not been seen since.', ['missing 6']],
  ['Relatives of 12 victims said they wanted justice.', []],
  // Two verbs of sight coordinated after the negation: not seen since is missing.
  ['At least 11 people have not been seen or heard from since the raid.', ['missing 11']],
  // An adverb after the copula is no verb of its own; a crowd streaming towards a place takes part.
  ['Tens of thousands of people were back on the streets of the capital on Friday.', ['participants 10000']],
  ['Thousands of people are now streaming towards the national stadium.', ['participants 1000']],
  // A second count of its own after "and" is no coordinated subject of the first.
  ['The ministry put the death toll at 71 and the number of wounded at 240.', ['killed 71', 'injured 240']],
  ['The number of dead stood at 71 and the number of injured at 240.', ['killed 71', 'injured 240']],
  // A part of a larger count takes its harm: "were among the 40 people detained", "was among those killed".
  ['Two journalists were among the 40 people detained on Tuesday.', ['detained 2', 'detained 40']],
  ['Three students were among those arrested.', ['detained 3']],
  ['An 8-year-old boy was among those killed in the raid.', ['killed 1']],
  ['A man was among the protesters.', []],
  // One victim a charge names is the case against a defendant; a count over deaths is still a toll.
  ['One man was executed after being convicted of killing a militia member.', ['executed 1']],
  ['Police arrested 12 people over the killing of a student.', ['detained 12']],
  ['Prosecutors opened an inquiry over the deaths of 17 people.', ['killed 17']],
  // People a force or a family lost are its dead; a party losing members loses no lives.
  ['The army said it lost six soldiers in the ambush.', ['killed 6']],
  ['The party lost 300 members after the vote.', []],
  // "cut down" kills; "cut" alone does not.
  ['Fourteen pupils were cut down with machetes as they fled.', ['killed 14']],
  ['Authorities cut power to 12 towns.', []],
  // A phrasal harm verb's particle stands before its object.
  ['Police rounded up 500 protesters.', ['detained 500']],
  // People taken to a police force's holding place are detained.
  ['Some 40 protesters were taken to police stations.', ['detained 40']],
  ['Twelve wounded were taken to the hospital near the police station.', ['injured 12']],
  // Care sought at a hospital counts the injured.
  ['Some 1,400 people had sought hospital treatment.', ['injured 1400']],
  // A subgroup with a clause of its own counts its head's harm; a plural noun before a noun of people modifies it.
  ['Police say 300 people have been arrested, including three councillors who had joined the march.', ['detained 300', 'detained 3']],
  ['At least 350 people were hurt, including 90 who had been shot.', ['injured 350', 'injured 90']],
  // A share of the people just counted that is in camps or shelters is displaced.
  ['About 6,000 people have fled the valley, and some 900 of them are in school shelters.', ['displaced 6000', 'displaced 900']],
  // Money after a currency's code or local mark counts no one; a headline in capitals still counts.
  ['The fund pays KSh 300,000 to every widow of the miners who died.', []],
  ['The board paid KES 750,000 to each of the wounded.', []],
  ['ALL 40 MINERS KILLED IN BLAST', ['killed 40']],
  // A place or a time between the whole and the comma of its "including" still makes the share part of that whole.
  ['According to the ministry, 140 people held in Orr, including 12 students, were moved in the weeks after the strike.', ['detained 140', 'detained 12']],
  ['Police arrested 28 human rights defenders.', ['detained 28']],
  // A quoted figure reads as the sentence does; a label quoted after a figure names everyone counted.
  ['Police said the crowd numbered "no more than 3,000".', ['participants 3000']],
  ['Officials said "more than 800" people may have died.', ['killed 800']],
  ['Police said 900 "agitators" had been detained.', ['detained 900']],
  // A list of counted people shares the predicate after its last member.
  ['Officials said 120 civilians, six police officers and two militiamen were among the dead.', ['killed 120', 'killed 6', 'killed 2']],
  // A share placed among some people or somewhere, with no verb of its own, counts its head's harm.
  ['The government has acknowledged only six deaths, two of them among the police, and has dismissed other tolls.', ['killed 6', 'killed 2']],
  ['Police arrested 40 people, 12 of them in Orsk.', ['detained 40', 'detained 12']],
  // A share closed by an adverb of degree counts its head's harm.
  ['Officials said 150 people had been wounded, 30 of them seriously, and that the dead included three children.', ['injured 150', 'injured 30', 'killed 3']],
  // A body's noun before the plural of a thing modifies it: the figure counts the things.
  ['Students were detained during raids on two university campuses.', []],
  ['Protesters torched two police stations and 15 police officers were injured.', ['injured 15']],
  ['Eleven students were among at least 48 people killed in the crackdown.', ['killed 11', 'killed 48']],
  ['Police detained 230 people in Minsk; 40 lawyers were among those held.', ['detained 230', 'detained 40']],
  // The count given before, named again as "the figure", holds the parts it includes.
  ['At least 120 people have been killed. The figure includes 69 children and 40 women.', ['killed 120', 'killed 69', 'killed 40']],
  ['More than 500 people have been wounded. Those figures include 60 police officers.', ['injured 500', 'injured 60']],
  // A subgroup set off by commas counts its head's harm, whatever the next clause's is.
  ['The figures show 96 people killed, among them 19 children, and 58 suspects arrested.', ['killed 96', 'killed 19', 'detained 58']],
  // A harm participle opening a reduced relative describes the people; the state after its phrase is counted.
  ['The group said nine people detained on the first night of the protests remained unaccounted for.', ['missing 9']],
  ['At least nine people detained by soldiers in the port have not been seen since.', ['missing 9']],
  ['At least nine people detained by soldiers in the port were released on Friday.', ['detained 9']],
  // Shelter sought and camps lived in are displacement, a count of the camps between.
  ['About 1,200 people have sought shelter at a church compound.', ['displaced 1200']],
  ['About 38,000 people were now living in 14 camps for the displaced.', ['displaced 38000']],
  // Injuries suffered, or treated, by name.
  ['Thirty people were admitted with burns.', ['injured 30']],
  ['Twenty-seven demonstrators suffered fractures.', ['injured 27']],
  // What a person witnessed is no harm of theirs.
  ['One of our reporters at the scene said she saw the bodies.', []],
  // Those a facility takes in hurt are injured; the dead it takes in are read by their own noun.
  ['The district hospital says it received 160 casualties on Tuesday.', ['injured 160']],
  ['The morgue received 17 bodies.', ['killed 17']],
  // Declared or pronounced dead: a verb of stating before the harm word.
  ['Nine people were pronounced dead at the scene.', ['killed 9']],
  ['The clinic received 140 wounded patients, 18 of whom were declared dead on arrival.', ['injured 140', 'killed 18']],
  // (Not a declaration of something else: provinces declared disaster zones are places the disaster reached, no dead.)
  ['The government declared 12 provinces disaster zones.', ['places 12']],
  // Not found again, in the negated perfect passive: missing (not "not been released": still held).
  ['The relief group said 20 people have still not been located.', ['missing 20']],
  ['Forty people have not been released.', []],
  // A crowd closing on a seat of power takes part; armed men closing on a village do not.
  ['Thousands of students surrounded the federal parliament on Monday.', ['participants 1000']],
  ['Hundreds of protesters stormed the presidential palace.', ['participants 100']],
  ['Hundreds of soldiers surrounded the village.', []],
  // A participle of no harm after an article describes the noun after it, not the figure's verb.
  ['The army said 14 members of the armed group had been killed.', ['killed 14']],
  ['Eight members of the masked unit were arrested on Friday.', ['detained 8']],
  // A count of where the subject comes from is part of the subject ("workers from 120 factories").
  ['Some 30,000 workers from more than 90 factories joined the strike on Monday.', ['participants 30000']],
  // Held to answer a charge: charged, brought before magistrates, appeared in court (not "charged the crowd").
  ['More than 400 people have since been charged with rioting.', ['detained 400']],
  ['About 600 people had already been brought before magistrates in Kessel.', ['detained 600']],
  ['Some 1,200 had already appeared in court, the ministry said.', ['detained 1200']],
  ['Mounted police charged 300 protesters near the bridge.', []],
  ['Two officers were charged over the shooting of a student.', []],
  // People taking part or attending are participants; a harm verb after the participle's phrase is what befell them.
  ['Officials reported 64,000 people taking part nationwide.', ['participants 64000']],
  ['Tens of thousands of people attending the funeral chanted slogans.', ['participants 10000']],
  ['Two men taking part in the protests in Orvan died of gunshot wounds on Wednesday.', ['killed 2']],
  ['About 500 people taking part in protests against the killings marched.', ['participants 500']],
  // A count noun a speaker gives, the figure all its of-phrase holds, is a rival count of the harm under way.
  ['A lawmaker said about 6,000 people were detained. The rights office has also cited a figure of at least 6,000.', ['detained 6000', 'detained 6000']],
  ['Organisers said 80,000 people joined the march. The minister later gave a range of 20,000 to 30,000.', ['participants 80000', 'participants 20000']],
  // A count a verb puts above or below a figure measures the harm under way.
  ['Officials reported about 900 deaths. The exiled opposition puts the number above 1,200.', ['killed 900', 'killed 1200']],
  // New arrivals are people.
  ['Medics at the camp treated 74 arrivals for gunshot wounds.', ['injured 74']],
  // A cue's company is read past an adverb or a quotation mark ("had been temporarily held").
  ['Police said 41 people had been temporarily held.', ['detained 41']],
  ['Police said 41 people had been "temporarily held".', ['detained 41']],
  // A verb of witnessing ends the noun phrase of a figure's people.
  ['Some of them saw their neighbours killed.', []],
  // An article's phrase ends at a preposition: a person noun after it heads no count of one.
  ['The government has not published a figure for civilian deaths.', []],
  ['Officials gave no number for police casualties.', []],
  // Care under way needs no place; "treated as" is no care.
  ['Two people died. Three others are being treated, the clinic said.', ['killed 2', 'injured 3']],
  ['Ten men are being treated as suspects.', []],
  // A crowd that blocked a railway took part.
  ['Hundreds of young men blocked the railway line near Orvan.', ['participants 100']],
  // Care given to people: they are injured.
  ['Volunteers of the Orvan Red Cross gave first aid to 65 people near the stadium.', ['injured 65']],
  ['Medics provided treatment to 40 protesters.', ['injured 40']],
  ['The law gives protection to 40 journalists.', []],
  // People whose fate is unknown, or listed as missing, are missing.
  ['The fate of 30 people remains unknown after the raid.', ['missing 30']],
  ['The fate of the 12 men will be decided by the court.', []],
  ['At least 17 fishermen are listed as missing.', ['missing 17']],
  // People named by the victims they stand for are no victims, unless a harm of their own follows.
  ['Both lawyers for the detainees said they were denied access.', []],
  ['Both doctors treating the wounded said supplies were short.', []],
  ['Two relatives of the dead spoke to reporters.', []],
  ['Two lawyers for the detainees were arrested on Monday.', ['detained 2']],
  // Escaped prisoners taken back are held again.
  ['Police said 31 inmates had been recaptured in nearby towns.', ['detained 31']],
  // A higher guess set off after a vague amount keeps the amount's floor; an age bound after a copula is no count.
  ['Hundreds, if not thousands, of people have been detained, activists say.', ['detained 100']],
  ['Scores, possibly hundreds, of people were wounded.', ['injured 20']],
  ['At least 200 people were killed. Of those killed, at least 44 were under 18.', ['killed 200', 'killed 44']],
  // "Another" and a person with a finite harm of their own is one more person; a participle after them describes them.
  ['Another protester died in hospital on Thursday, bringing the toll to 29.', ['killed 1', 'killed 29']],
  ['Another protester arrested last week said he was beaten.', []],
  // A capitalised "March" after a preposition is the month, not the verb.
  ['The army has killed 400 soldiers and 900 civilians since March.', ['killed 400', 'killed 900']],
  ['Thousands March Against Curfew', ['participants 1000']],
  // "Some" set off by what they were counts no one; a number set off so is a share.
  ['Medics treated over 150 people, some of them cadets who were hit while helping others.', ['injured 150']],
  ['Police said 40 people were injured, two of them children.', ['injured 40', 'injured 2']],
  // A ranking's next place after a comma is no predicate of the figure before it.
  ['Nairobi recorded the most deaths with 19, followed by Mombasa with five.', ['killed 19', 'killed 5']],
  // A sentence opening on its whole lists its shares by what they were.
  ['Of those executed, 12 were women and at least four were under 18 at the time.', ['executed 12', 'executed 4']],
  // How many live in a place is no one harmed.
  ['About 1,800 are sheltering in sports halls in Orsk, a town with a population of just 25,000.', ['displaced 1800']],
  ['More than 80,000 people marched, in a country with about 900,000 citizens.', ['participants 80000']],
  // A number of counts counts no one.
  ['The clash at the depot left at least three competing death tolls, and the families trust none of them.', []],
  ['By Friday two rival tallies of the dead were circulating in Orsk.', []],
  // A side's people lost are its dead, past "only"; homes, seats or a party's members lost are no one.
  ['The rebels said in a statement that they had lost only three fighters.', ['killed 3']],
  ['The ruling party lost 12 seats and families lost 40 homes.', []],
  ['The party said it had lost only 300 members.', []],
  // A wire story's update number opening its headline counts nothing.
  ['UPDATE 2-Velmar revises ferry disaster toll to 212', ['killed 212']],
  // A bracket closing right after a figure listed by place is no part of its span.
  ['Displaced people by district: Tarvo (8,300), Lemba (2,100).', ['displaced 8300', 'displaced 2100']],
  // So is one after a day of the month.
  ['The number of people in shelters rose from 2,500 on 4 March to 3,800.', []],
  ['Some 2,500 people joined the 4 March rally.', ['participants 2500']],
  // "Behind bars" is detention; "bars" elsewhere is no cue.
  ['Police arrested 300 people. Of them, 45 remain behind bars.', ['detained 300', 'detained 45']],
  ['Police closed bars and 40 restaurants.', []],
  // Those buried are dead; a passive's measure is no count.
  ['In Koura alone we buried 34 people yesterday.', ['killed 34']],
  ['In Koura we have buried 41 people since yesterday.', ['killed 41']],
  ['The cables were buried 3 metres deep.', []],
  // Those still buried under rubble are not yet found.
  ['As many as 30 more people may still be buried beneath fallen walls.', ['missing 30']],
  ['Dozens of people were buried under the rubble.', []],
  // A figure a speaker counts or verifies, or the figure a contact clause gives, is another count of the harm under way.
  ['At least 1,204 people have been killed, activists say. The UN says it has verified 640.', ['killed 1204', 'killed 640']],
  ['The ministry spoke of 19 deaths. A week later, the figure it gave parliament was 41.', ['killed 19', 'killed 41']],
  ['The judiciary said 2,400 people had been detained. Lawyers believe the true number is closer to 7,000.', ['detained 2400', 'detained 7000']],
  // Detainees referred back to and then charged are still counted among the detained.
  ['The league says 19,000 people have been detained. Of these, it says, about 600 have been charged.', ['detained 19000', 'detained 600']],
  // People described by what they are accused of are still counted by the harm after it, and no hedge is read.
  ['A total of 230 persons suspected of organising the disorder have been detained.', ['detained 230']],
  // An age closing the sentence after a name set off after a person is no count.
  ['Protests followed the death in custody of a young man, Taro Fenn, 22.', ['killed 1']],
  // Figures labelled by place run on past a list's semicolons.
  ['Deaths were recorded in the following cities: Harth, 41; Velt, 28; Oskar Bay, 19; and Mell, 12.', ['killed 41', 'killed 28', 'killed 19', 'killed 12']],
  // A past verb's object is no subject: another figure after "and" has a clause of its own.
  ['We registered 26 minors, and nine people died on the journey.', ['killed 9']],
  // A rival figure may close on a relay's clause.
  ['Police said 5 people were killed. Channel 9 now says the number is 9, citing the same sources.', ['killed 5', 'killed 9']],
  // The held who were hurt are injured; a count of detentions stays detentions.
  ['Lawyers said 14 detainees had been hospitalised after the beatings.', ['injured 14']],
  ['The group recorded 934 arbitrary detentions and 26 people with eye injuries.', ['detained 934', 'injured 26']],
  // Settlements an attack or a flood struck are places affected (not locations raided); a vague share of them is none.
  ['Gunmen attacked at least 14 villages in the area on Friday.', ['places 14']],
  ['The chairman said 22 villages in the area had been attacked, some of them more than once.', ['places 22']],
  ['Officials said 27 villages in the district are submerged.', ['places 27']],
  ['Police had raided three locations, detaining 17 suspects.', ['detained 17']],
  // In a report counting the displaced, anyone arriving or registered is more of them (arrivals); elsewhere not.
  [
    'About 40,000 refugees have fled to Chad. On Tuesday alone, about 900 people arrived. Another 640 were registered at the border post.',
    ['displaced 40000', 'displaced 900', 'displaced 640'],
  ],
  ['Police detained 40 people. About 900 people arrived for the rally.', ['detained 40']],
  // (A reason given after the figure leaves it all the speaker gives.)
  ['Officials said 14 people were killed. The council later revised the figure to 11, saying that three had survived.', ['killed 14', 'killed 11']],
  // A toll approaching a figure has not reached it.
  ['Deaths are approaching 200, according to the Red Lantern Society.', ['killed 200']],
  // A bare figure that is all a speaker says is another count of the harm under way.
  ['Police said 12 people were arrested. Activists said 40.', ['detained 12', 'detained 40']],
  ['Officials say 12 people were killed. Activists say the real number is 40.', ['killed 12', 'killed 40']],
  ['The protest was in 2019. Officials said 40.', []],
  // Places a word of unrest reached, counted as a share of the country's.
  ["Unrest was reported in 14 of the nation's 20 regions.", ['places 14']],
  // People described by their wounds are the injured; by what they carry, not.
  ['The clinic said it has received 85 patients with head injuries.', ['injured 85']],
  ['Some 40 people with banners marched.', ['participants 40']],
  // Sleeping or living in a school or shelter away from home is displacement; a ratio's base is no count.
  ['About 2,500 families were sleeping in a disused school, with one tap for every 900 residents.', ['displaced 2500']],
  ['Some 300 students were living in school dormitories.', []],
  // Leaving home is displacement.
  ['Some 4,000 residents have left their homes, the mayor said.', ['displaced 4000']],
  ['About 9,000 people have abandoned their villages, officials said.', ['displaced 9000']],
  ['Hundreds of protesters left the square.', ['participants 100']],
  // A share of the count given before, named again by its figure alone.
  ['Fifteen men remain missing. Of the 24, 17 were activists of opposition parties.', ['missing 15', 'missing 17']],
  // Death sentences carried out are executions; handed down, none.
  ['A spokesman said fewer than 300 death sentences had been carried out over the past year.', ['executed 300']],
  ['Authorities carried out 40 death sentences last year.', ['executed 40']],
  ['The court handed down 12 death sentences.', []],
  // People driven or registered into camps are displaced.
  ['Heavy rain has forced 9,870 people into 142 relief camps.', ['displaced 9870']],
  ['More than 5,000 adults were registered in camps and public buildings.', ['displaced 5000']],
  // People named by their displacement take the harm their predicate names.
  ['Two refugees who had gone back across the border to fetch belongings were killed on 3 June.', ['killed 2']],
  ['Some 300 refugees arrived on Monday.', ['displaced 300']],
  // The rest of a count, after "the other" or "the remaining".
  ['Eight were released. The whereabouts of the other 13 remain unknown.', ['missing 13']],
  // A share of the whole an opening of-phrase counts, told by what they were.
  ['Of the 143 executions we documented, 81 were for drug offences and 46 for murder.', ['executed 143', 'executed 81', 'executed 46']],
  // … or the camp or settlement people lived in, with "the" or no article.
  ['Around 2,000 residents had left the camp since Monday, the council said.', ['displaced 2000']],
  ['More than 3,000 people had left settlements along the river.', ['displaced 3000']],
  // The held who died are dead.
  ['At least 14 detainees have died in custody since the crackdown began.', ['killed 14']],
  ['Two more detainees died in custody, raising the number of deaths in detention to 7.', ['killed 2', 'killed 7']],
  // An aside between commas inside the subject, the clause resuming with an auxiliary or a harm.
  ['At least 52 people, most of them students, had been killed by the army by May 3.', ['killed 52']],
  // An aside giving a share of them runs on to its comma, a clause of its own inside; a state verb or a modal resumes it.
  ['At least 30 people, most of them fishermen who had put out to sea before the storm warning came, remain missing.', ['missing 30']],
  ['Villagers said 12 people, many of whom had gone down to the river, could not be found.', ['missing 12']],
  // A death a coordinated verb deals to the object, "them", is what the figure counts.
  ['Gunmen stopped the convoy near Orsk, dragged five drivers from their cabs and shot them dead.', ['killed 5']],
  ['Fighters took eight farmers from the market at dawn and killed them behind the mill.', ['killed 8']],
  ['Police stopped 12 students at the gate and later released them.', []],
  // Not accounted for, past the perfect's "been" and "yet", is missing.
  ['Rescuers said 14 miners have not yet been accounted for.', ['missing 14']],
  // Not to be found now is missing (not "can be found").
  ['Rescuers said 17 people cannot be found.', ['missing 17']],
  ['The 40 bodies can be found in the morgue of the district hospital.', ['killed 40']],
  ['Some 300 people, officials said, were arrested.', ['detained 300']],
  ['Police detained 40 people, many of them students, and wounded 12 others.', ['detained 40', 'injured 12']],
  // A harm verb or a noun of the dead before people named by their state counts that harm.
  ['The bodies of 8 displaced persons were found near the camp on Tuesday.', ['killed 8']],
  ['Villagers recovered the bodies of 5 abducted farmers in the forest.', ['killed 5']],
  ['The authorities executed four political prisoners last week.', ['executed 4']],
  ['The militia killed 4 hostages before the army arrived.', ['killed 4']],
  // The number of people held, or of those who joined the protests, put at a figure; not the number of protests.
  ['Police put the number of people held at 145.', ['detained 145']],
  ['The ministry put the number of people who had joined the protests at some 64,300.', ['participants 64300']],
  ['The number of protests rose to 40.', []],
  // The held whose whereabouts are unknown, or who disappeared, are missing.
  ['The whereabouts of 27 detainees are unknown, their lawyers said.', ['missing 27']],
  ['The disappearance of 14 detainees alarmed their families.', ['missing 14']],
  // Hostages and captives are held.
  ['Gunmen took 11 hostages at a roadside hotel.', ['detained 11']],
  ['The rebels are holding 30 captives in the hills.', ['detained 30']],
  // Those who escaped or were freed are no count of the held.
  ['By Sunday, 11 of the abducted pupils had escaped.', []],
  // A gathering inside a reduced relative describes the subject; the harm after it is the predicate.
  ['Two reporters covering a protest in the capital were detained by soldiers.', ['detained 2']],
  ['Thousands of students carrying banners marched through the city.', ['participants 1000']],
  // A subgroup takes the harm of the claim it is part of, not a gathering that sets the scene.
  ['Police arrested 200 people, including 30 students, at the protest.', ['detained 200', 'detained 30']],
  ['Troops killed 90 people, including at least 12 children, in a raid on the protest camp.', ['killed 90', 'killed 12']],
  ['The shelling left at least 20 people dead, including a 6-year-old girl.', ['killed 20', 'killed 1']],
  ['Police arrested 40 people, including a journalist.', ['detained 40']],
  // Ages are no counts: a list after "aged", a bound after people.
  ['Two girls aged 12 and 14 were killed when a shell hit their school.', ['killed 2']],
  // A number with a harm right after it counts its own people, past a list of ages; a figure after ", and" opens a clause of its own.
  ['Dorvan: seven dead, including two sisters aged 11 and 13, and 38 injured.', ['killed 7', 'killed 2', 'injured 38']],
  ['Among those killed were 64 women, and 81 women were among the injured, the office said.', ['killed 64', 'injured 81']],
  ['The relief agency’s death toll passes 2,900, and more than 5,100 people have been treated for injuries.', ['killed 2900', 'injured 5100']],
  ['Lawyers said at least nine of the detainees were boys under 18.', ['detained 9']],
  ['Those killed included 12 children under five.', ['killed 12']],
  // A couple is two people.
  ['A rocket struck the building, killing an elderly couple.', ['killed 2']],
  ['The talks lasted a couple of days.', []],
  // "to death" before the object.
  ['A mob beat to death two men suspected of theft.', ['killed 2']],
  ['The court sentenced 12 men to death.', []],
  // A custodial term is detention.
  ['A court sentenced five activists to three years in prison.', ['detained 5']],
  ['The judge sentenced two men to 18 months in jail for the attack.', ['detained 2']],
  // The state a linking verb leads into: intensive care.
  ['Of the 40 wounded, 9 remained in intensive care on Friday.', ['injured 40', 'injured 9']],
  // Crossing into neighbouring countries is displacement.
  ['About 15,000 people have crossed into neighbouring countries.', ['displaced 15000']],
  // The loss of people is their death; a loss of money is not.
  ['The army acknowledged the loss of five soldiers.', ['killed 5']],
  ['The attack caused a loss of 600 million Chilean pesos.', []],
  // "its" heads a list a harm verb takes.
  ['Gunmen fired on the bus, killing its driver and a passenger.', ['killed 2']],
  ['The airstrike killed its leader.', []],
  // A second predicate of the same subject after "and" and an auxiliary.
  ['Fifteen villagers had been unable to flee and were unaccounted for.', ['missing 15']],
  ['Forty students walked to the square and were later arrested.', ['detained 40']],
  // Away from home: refuge, shelter, camps.
  ['About 3,000 people sought refuge in churches and schools.', ['displaced 3000']],
  ['Around 9,000 people have sought asylum in neighbouring Korvia since May.', ['displaced 9000']],
  ['Some 8,000 people were sheltering in schools and open fields.', ['displaced 8000']],
  ['An estimated 40,000 people are living in makeshift camps.', ['displaced 40000']],
  // Housed in centres named for the displaced, or a night spent in them; not a night spent in a hotel.
  ['Some 12,400 residents are now accommodated in 58 safety centres across the district.', ['displaced 12400']],
  ['Nearly 2,000 villagers spent a second night in evacuation centres on Tuesday.', ['displaced 2000']],
  ['The 40 delegates spent the night in a hotel near the airport.', []],
  // A crowd present at a site of gathering took part; not the security side's men there.
  ['Organisers said about 12,000 fans were inside the arena when the lights failed.', ['participants 12000']],
  ['"There were hundreds of us in the square," one marcher said.', ['participants 100']],
  ['About 300 soldiers were in the square by noon.', []],
  // A count's or a list's parts, named by a verb of including, count its harm.
  ['The monitors have recorded 61 deaths since March. Their list includes eight teachers and two nurses.', ['killed 61', 'killed 8', 'killed 2']],
  ['The union has logged 340 arrests. Its tally included 25 shop stewards.', ['detained 340', 'detained 25']],
  // A bare figure that says who the counted were ("Nine were nurses") is a part of the count before; not one with a harm of its own.
  ['Officials said 52 people had drowned. Nine were nurses and four were students.', ['killed 52', 'killed 9', 'killed 4']],
  ['The committee counted 31 deaths: twenty were farmers; and eleven were traders.', ['killed 31', 'killed 20', 'killed 11']],
  ['Officials said 52 people had drowned. Two were arrested later.', ['killed 52', 'detained 2']],
  // Wounds the dead bore, told of a part of them, say how they died; not a part of the injured the opening names.
  ['The morgue received forty bodies. Of the forty, thirty had bullet wounds.', ['killed 40', 'killed 30']],
  ['At least 40 people died and 900 were hurt. Of those injured, about 200 had been admitted to hospital.', ['killed 40', 'injured 900', 'injured 200']],
  // People still under a wreck are not yet found; those pulled from under it were found.
  ['Neighbours say at least four people are still under the ruins of the bakery.', ['missing 4']],
  ['Firefighters pulled 12 people from under the rubble on Sunday.', []],
  // A part of the injured just counted, told by where their care took them; not after a count of another harm.
  ['The clinic treated 35 injured workers. Six are still admitted.', ['injured 35', 'injured 6']],
  ['Medics saw 80 wounded protesters, 14 of whom were airlifted to the capital.', ['injured 80', 'injured 14']],
  ['Police arrested 35 people. Six were transferred to the central jail.', ['detained 35', 'detained 6']],
  // People no one can find are missing; people found are not.
  ['The union says it still cannot trace 14 of its members.', ['missing 14']],
  ['The group counted 310 arrests and 19 men whose wives could not locate them.', ['detained 310', 'missing 19']],
  ['Divers found 12 people alive in an air pocket.', []],
  ['500 people in the camp were injured.', ['injured 500']],
  // On strike is taking part.
  ['Tens of thousands of teachers are on strike.', ['participants 10000']],
  // What a place holds is no count of people.
  ['Police detained 220 migrants in a centre built for 80.', ['detained 220']],
  ['The stadium, with a capacity of 40,000, was full.', []],
  // "others" after offenders are offenders too.
  ['Police arrested 11 suspects and were searching for two others.', ['detained 11']],
  ['Rescuers found 12 survivors and were searching for 30 others.', ['missing 30']],
  // A past event a superlative compares with is no claim of this crisis.
  ['The violence is the worst since 2018, when more than 80 people were killed.', []],
  ['It was the deadliest attack since a 2016 bombing that claimed the lives of 41 people.', []],
  ['Since 2011, when the war began, 500,000 people have been killed.', ['killed 500000']],
  // A parenthesis of attribution inside the subject.
  ['Around 2,000 people, according to police estimates, turned out.', ['participants 2000']],
  // A purpose of taking part; the agent of a gathering.
  ['Thousands defied a ban to rally in the city centre.', ['participants 1000']],
  ['The rally was attended by at least 20,000 people.', ['participants 20000']],
  ['A march by 10,000 people ended at the parliament.', ['participants 10000']],
  ['The march was joined by 300 police officers.', []],
  ['The protest was attacked by 200 men.', []],
  // A bare measure counts what the sentence before (with no figure) spoke of.
  ['Police detained protesters across the city. By evening, the number had reached 300.', ['detained 300']],
  ['Rights groups have documented the arrests. They put the figure at more than 2,000.', ['detained 2000']],
  ['Demonstrators filled the square. Estimates of their number ranged from 20,000 to 50,000.', ['participants 20000']],
  // A bare figure a speaker gives is a rival count.
  ['Police said 8,000 attended; organisers said 30,000.', ['participants 8000', 'participants 30000']],
  ['Police said 40 people were arrested; the group said 120.', ['detained 40', 'detained 120']],
  // A figure in scare quotes.
  ['The rebels said they had killed "dozens" of soldiers.', ['killed 12']],
  ['Police said "hundreds" of rioters were arrested.', ['detained 100']],
  // Crowds: drawn, in their thousands, grown to a size, onto the streets.
  ['The protests, which have drawn tens of thousands, show no sign of ending.', ['participants 10000']],
  ['Protesters gathered in their thousands outside parliament.', ['participants 1000']],
  ['By nightfall the crowd had swelled to 40,000.', ['participants 40000']],
  ['The opposition brought tens of thousands onto the streets.', ['participants 10000']],
  ['The rebels brought 3 hostages into the town.', ['detained 3']],
  // "men" is the plural of "man" (not WordNet's group noun) in a list of people.
  ['Police arrested four men and a woman.', ['detained 4', 'detained 5']],
  // Held: the progressive, remanded in custody (not on bail), not a place's size.
  ['Authorities are holding 700 people without charge.', ['detained 700']],
  ['The stadium can hold 40,000 people.', []],
  ['Nine men have been charged and remanded in custody.', ['detained 9']],
  ['Twelve were remanded on bail.', []],
  // A share set off after a claim counts its harm; the wounds or fires after it are the cause.
  ['Six people have died, four of them from gunshot wounds and two in the fires.', ['killed 6', 'killed 4', 'killed 2']],
  ['Thirty were arrested, four of them wounded.', ['detained 30', 'injured 4']],
  // Trapped under rubble or in a mine is not yet found; trapped inside a building, besieged, is no missing count.
  ['Between 30 and 45 people were feared trapped under the rubble.', ['missing 30']],
  ['Twelve miners were trapped underground after the blast.', ['missing 12']],
  ['The fire trapped the family inside their house for an hour.', []],
  // Where the dead died may stand between the harm and its of-phrase.
  ['The group documented the deaths in custody of 27 detainees since March.', ['killed 27']],
  // Places reached: the part of the country's places, not the whole; a disaster's reach too.
  ["Protests were reported in at least 11 of the country's 16 provinces.", ['places 11']],
  ["Flooding has affected 9 of the country's 20 provinces.", ['places 9']],
  ["Protests were reported today in at least 28 of Norland's 64 districts.", ['places 28']],
  // No sign of them since: missing; a negated harm stays no claim.
  ['At least 10 villagers had not been seen since the attack.', ['missing 10']],
  ["Three journalists haven't been heard from since Friday.", ['missing 3']],
  ['Twelve people were not killed in the blast, officials said.', []],
  // Injuries people have: "had pellet wounds"; having something else is no harm.
  ['About 300 of them had pellet wounds to the eyes.', ['injured 300']],
  ['The 40 marchers had a permit for the route.', []],
  // Burns suffered are injuries; a fire that burns is no harm to people.
  ['At least 40 prisoners had suffered burns.', ['injured 40']],
  ['The fire burns 12 hectares a day.', []],
  // A headline's present tense of dying; "injured" before the victims only describes them.
  ['Two more injured youth succumb in Varno hospitals', ['killed 2']],
  // A word of taking part between a determined figure and a noun modifies the noun.
  ['Tens of thousands of marchers stayed on Sunday at their two protest sites.', ['participants 10000']],
  ['Police cleared the three protest camps on Monday.', []],
  // A range of a unit is no count: "between two and three years in prison".
  ['Of those, 262 were sentenced to between two and three years in prison.', []],
  // Those a figure is credited to are its speakers, not its victims.
  ['Reuters reported, citing three interior ministry officials, that the toll included at least 17 teenagers.', ['killed 17']],
  // Those of a group who speak about others are no share of it.
  ['Police arrested 600 people in the capital. Three of them told researchers that they saw four prisoners die.', ['detained 600', 'killed 4']],
  // An execution armed men carry out, or one done summarily, is a killing; a state's stays an execution.
  ['Insurgents executed 7 farmers they accused of informing near Torvel.', ['killed 7']],
  ['Four villagers were summarily executed by soldiers in Brenk.', ['killed 4']],
  ['Militants publicly executed a local councillor in the square.', ['killed 1']],
  ['The authorities executed 3 men convicted of drug trafficking.', ['executed 3']],
  // People taken hostage are held by their captors.
  ['Raiders took 17 road workers hostage near Osso.', ['detained 17']],
  ['Six crew members were taken hostage when pirates boarded the ship.', ['detained 6']],
  ['The hostage crisis ended after 30 hours.', []],
  // People moved for their wounds are injured.
  ['Nine soldiers were evacuated with gunshot wounds.', ['injured 9']],
  ['About 200 families were evacuated from the valley.', ['displaced 200']],
  // Mutilation is an injury, as a verb and before the people it describes.
  ['Raiders mutilated 11 villagers with machetes.', ['injured 11']],
  ['Medics counted 25 mutilated survivors, and 6 people were reported dead.', ['injured 25', 'killed 6']],
  // A phrasal harm verb's particle before its object; past the attacker's own reflexive.
  ['Gunmen stormed the shop, gunning down its owner and two clerks.', ['killed 3', 'killed 2']],
  ['The bomber blew himself up at the gate, killing himself and a guard.', ['killed 1']],
  // One person: a definite person a killing takes, a thing's possessive person, an age as the noun,
  // "a third" opening the next sentence, a passive verb's phrase coordinated with a harm.
  ['Gunmen ambushed a delivery van on the ring road, killing the driver.', ['killed 1']],
  ["The bus's conductor was wounded in the blast.", ['injured 1']],
  ['Police fired on the crowd, killing a 16-year-old.', ['killed 1']],
  ['He was a 40-year-old teacher.', []],
  ['Two guards died at the gate. A third died in hospital.', ['killed 2', 'killed 1']],
  ['A nurse was struck by a stray bullet and died.', ['killed 1']],
  ['The farmer escaped, but his elderly father burned to death.', ['killed 1']],
  ['A passer-by suffered cuts from flying glass.', ['injured 1']],
  // The death verb after a relative clause with a harm of its own is the figure's predicate.
  ['Three villagers who could not flee died in the fire.', ['killed 3']],
  // A comma before "and" opens a clause with a subject of its own.
  ['Rescuers found 14 injured miners, and 3 people were reported dead.', ['injured 14', 'killed 3']],
  // A headline's bare singular person with its harm participle is one person; a subject that shoots
  // someone dead is no victim.
  ['Guard killed, 4 hurt as crowd storms depot in Varno', ['killed 1', 'injured 4']],
  ['Local reporter shot dead in Tessin', ['killed 1']],
  ['A sniper shot dead three men near the bridge.', ['killed 3']],
  ['President names new interior minister', []],
  // A part of a larger figure with no determiner takes the predicate; one named person stays out of it.
  ['19 of 22 passengers died when the ferry sank.', ['killed 19']],
  ['Her brother is one of 14 people listed as missing.', ['missing 14']],
  // More of the one-person class: "a third" a harm verb takes; a definite person opening the clause
  // with a harm verb of its own (not one set off by an aside, who names one counted before).
  ['Raiders shot dead two herders and wounded a third.', ['killed 2', 'injured 1']],
  ['The governor of Tessin Province was shot dead outside his office.', ['killed 1']],
  ['The nurse, named as Ada K., was buried on Sunday.', []],
  // Burned alive is killed; a verb of its own after another's object takes its figure from no cue before.
  ['The mob set fire to the house, burning 4 people alive.', ['killed 4']],
  ['Raiders struck at dawn, killing 9 and herding off 30 cattle.', ['killed 9']],
  // Coordinated figures share a harm adjective after the last; an event a place follows labels no teller.
  ['Gunfight in Varno: 3 raiders and 1 policeman dead.', ['killed 3', 'killed 1']],
  // One person: past a prepositional phrase on them; hit "in the leg by" a bullet is an injury;
  // "a fourth remains missing"; a force that lost one fighter lost him to death.
  ['A driver for a local aid group was shot and wounded near the market.', ['injured 1']],
  ['A 9-year-old girl was hit in the arm by a stray bullet.', ['injured 1']],
  ['A woman who was beaten during the raid later died of her injuries.', ['killed 1']],
  ['Four soldiers were killed. A fifth remains missing.', ['killed 4', 'missing 1']],
  ['The militia said it lost one fighter in the clash.', ['killed 1']],
  // A definite person heading a list that opens the clause; a place name's particles after "of";
  // "both of his guards" is two people.
  ['The shepherd, his son and two nephews were killed.', ['killed 4', 'killed 2']],
  ['The mayor of Villa de los Santos was shot dead at his home.', ['killed 1']],
  ['The judge escaped, but both of her bodyguards were wounded.', ['injured 2']],
  // The definite person a killing takes, before an of-phrase on them.
  ['Gunmen shot dead the elected chairman of a farmers union near Tessin.', ['killed 1']],
  // People WordNet lacks or files as a body only; a post a force holds is a place, no document.
  ['Gunmen kidnapped 6 people. Two of the abductees were later found dead.', ['detained 6', 'killed 2']],
  ['Four coastguards were injured when the boat was fired on.', ['injured 4']],
  ['Separatists overran a gendarmerie post, killing 3 gendarmes.', ['killed 3']],
  // Security logs' abbreviations; a label of harm names what is counted.
  ['Reported casualties: 4 KIA, 6 WIA.', ['killed 4', 'injured 6']],
  // More single victims: past a participle's phrase or "on guard"; after a long relative clause,
  // its passive harm or death verb; a possessive's body found; "lost their lives" for a list.
  ['A herder grazing cattle near the border was shot and wounded.', ['injured 1']],
  ['A soldier on guard was killed in the attack.', ['killed 1']],
  ['A driver who refused to hand over the keys to the gunmen was shot dead.', ['killed 1']],
  ['A teacher was kidnapped on Monday. Her body was found two days later.', ['killed 1']],
  ['His body was handed over to the family.', []],
  ['A doctor, two nurses and a porter lost their lives in the strike.', ['killed 4', 'killed 2']],
  ['Shelling hit the camp, killing a cook and five IDPs.', ['killed 6', 'killed 5']],
  // A participle inside a phrase on the subject describes its noun, not the figure.
  ['Nineteen fighters from rival armed groups died in the clashes.', ['killed 19']],
  // (Review of this wave's rules.) The executed named by the figure are no executioners; a list
  // with a comma before its last "and" shares the predicate; a negation a few words before "a
  // single death"; a typographic apostrophe; an adverb inside a single victim's passive.
  ['12 soldiers were executed for desertion.', ['executed 12']],
  ['Two rebels, three police officers, and five civilians were killed.', ['killed 2', 'killed 3', 'killed 5']],
  // A public place taken as a crowd's object may run to four words ("the central Freedom Square").
  ['Thousands of students occupied the central Freedom Square on Sunday.', ['participants 1000']],
  // A part set off inside the subject with "among them" leaves the subject's predicate to the whole as well.
  ['Some 40 people, two children among them, were hurt in the crush.', ['injured 40', 'injured 2']],
  // "Another death", "a further death": one more death; another body found is a find, no count of its own.
  ['Another death was confirmed at the clinic overnight.', ['killed 1']],
  ['Medics reported a further death on the ward.', ['killed 1']],
  ['The toll rose to 12 when another body was pulled from the river.', ['killed 12']],
  // A person's noun between "one" and a harm's noun modifies the harm.
  ['Officials said one civilian death had been recorded in the district.', ['killed 1']],
  // A comma before "and" after one member only opens a clause of its own.
  ['The toll rose to 30 people, and 40 people were hurt.', ['killed 30', 'injured 40']],
  ['The clinic did not record a single death.', []],
  ['The bus’s conductor was wounded in the blast.', ['injured 1']],
  ['A reporter for a local radio station was reportedly shot dead.', ['killed 1']],
  ['The governor of Dar es Salaam was shot dead outside his office.', ['killed 1']],
  ['Three askaris and two deminers were wounded when the mine went off.', ['injured 3', 'injured 2']],
  // "a single fatality" is one; "not a single death" none.
  ['Police reported a single fatality in the clash.', ['killed 1']],
  ['Not a single death was recorded in the district.', []],
  // A death that triggered the unrest retells a member of the toll, no count of its own.
  ['The riots that followed the killing of a 15-year-old by police spread to six cities.', ['places 6']],
  // A record's state after its verb and "as", in the passive too.
  ['Some 23 people were registered as missing after the floods.', ['missing 23']],
  ['At least 19 were recorded as dead in the district.', ['killed 19']],
  // People held, with how they are held between: a detention without its auxiliary.
  ['About 180 people currently held over the protests have not seen a lawyer.', ['detained 180']],
  ['Some 40 students arbitrarily held since March were freed on Friday.', ['detained 40']],
  // People admitted where the sentence names a hospital, wherever it stands, are injured.
  ['At the district hospital, a doctor said 46 quake victims had been admitted since Sunday, 11 of them in critical condition.', ['injured 46', 'injured 11']],
  // A situation report's cells: each label counts its own value, not the next cell's.
  ['Floods, situation as of 2 May: Districts affected: 9 | Deaths: 41 | Persons missing: 8 | Relief camps: 212', ['killed 41', 'missing 8']],
  // How a share of the dead was hurt, with no injury word, tells how they died; a share of the held stays hurt.
  ['Thirty villagers were killed in the raids; nine of them had been hit by rubber bullets.', ['killed 30', 'killed 9']],
  ['Forty people died. Of the dead, 12 were beaten.', ['killed 40', 'killed 12']],
  ['Forty people were arrested. Of those, 12 were beaten.', ['detained 40', 'injured 12']],
  ['Of the 61 assault victims, 14 were beaten.', ['injured 14']],
  // A past participle with its preposition opens a reduced relative on the people, as an "-ing" one does.
  ['Police said 9 men suspected of taking part in the looting had been detained.', ['detained 9']],
  ['Twelve people linked to the militia were killed.', ['killed 12']],
  // People staying in centres named for the displaced are displaced; in any centre they are not.
  ['About 2,300 people were staying in evacuation centres, the agency said.', ['displaced 2300']],
  ['Ten people were staying in a health centre.', []],
  // "taken to the streets" is taking part; "taken to the police station" is not.
  ['Thousands of students have taken to the streets.', ['participants 1000']],
  ['Some 90 marchers were taken to the police station.', ['detained 90']],
  // People heard from (interviewed, spoken to) are sources, no count of harm, whatever their subgroups suffered.
  ['Investigators interviewed 35 residents, including people who had been injured.', []],
  ['The team spoke to 40 people, including students, relatives of detainees and doctors.', []],
  // A clause with a subject of its own after "since", or after ", and that", holds no predicate of the figure.
  ['He has cared for his two nephews since their father died.', []],
  ['Medics said the real toll was above 60, and that many of the injured were too afraid to seek care.', ['killed 60']],
  ['Twelve people have since died.', ['killed 12']],
  // People carried to a hospital, by whatever means, are the injured in care.
  ['Nurses said 6 patients had been transferred by helicopter to the regional hospital.', ['injured 6']],
  ['Nine people were airlifted to hospital in the capital.', ['injured 9']],
  // The people an active verb of assault takes are hurt; with "to death" after them, dead.
  ['Attackers stabbed three students outside the school.', ['injured 3']],
  ['Guards were accused of beating 30 prisoners.', ['injured 30']],
  ['Two youths stabbed a taxi driver to death near the station.', ['killed 1']],
  // One person described by a relative clause of one verb and more, then killed by the main verb.
  ['A man who lived nearby was shot dead.', ['killed 1']],
  ['A man who had come to the market to sell his goats was beaten to death by a mob.', ['killed 1']],
  ['A man who led the riot was sentenced to death.', []],
  // Those who remain in camps or centres named for the displaced, or were moved out of their homes, are displaced.
  ['About 61,000 people remain in evacuation centres across the region, the agency said.', ['displaced 61000']],
  ['About 300 residents have been moved out of their homes as the river rose.', ['displaced 300']],
  ['Twelve people remain in hospital.', ['injured 12']],
  // A hospital's own words for its patients: "on admission", "on the wards", "treated and discharged".
  ['The clinic took in 40 injured people. Nine remain on admission.', ['injured 40', 'injured 9']],
  // "remain admitted" is a hospital's word for its patients; "were admitted" may be to anything.
  ['The clinic took in 40 injured people. Nine remain admitted, a nurse said.', ['injured 40', 'injured 9']],
  ['Nine students were admitted to the academy this spring.', []],
  // Sheltering "there" or "with relatives" is away from home too.
  ['About 500 villagers have been sheltering there since the river burst its banks.', ['displaced 500']],
  ['Some 2,000 families are sheltering with relatives in the next valley.', ['displaced 2000']],
  ['The clinic took in 40 injured people. Six remain on the wards.', ['injured 40', 'injured 6']],
  ['The clinic took in 40 injured people. Of these, 25 have been treated and discharged.', ['injured 40', 'injured 25']],
  ['The army has discharged 40 soldiers this year.', []],
  // Moved out by the authorities is displaced; an agency moving its own staff is not. A home described by a participle is still a home.
  ['After the dam burst, about 3,000 people have been relocated.', ['displaced 3000']],
  ['The agency relocated 30 staff members to the capital.', []],
  ['Some 2,000 people have left flooded villages along the river.', ['displaced 2000']],
  // Walking off the job is a strike; people not accounted for are missing; live ammunition is a projectile.
  ['Some 3,000 miners walked off the job on Monday.', ['participants 3000']],
  ['At the morning count, eleven inmates were not accounted for.', ['missing 11']],
  ['Most had wounds from rubber bullets, but 37 had been hit by live ammunition, a doctor said.', ['injured 37']],
  // People a verb of entry takes to a centre named for the displaced or a building they shelter in, or
  // who sleep in the open, are displaced; not people moved to a hospital.
  ['About 1,300 people have been moved to an evacuation centre at a nearby school.', ['displaced 1300']],
  ['Some 2,000 people were relocated to churches.', ['displaced 2000']],
  ['An estimated 15,000 people were sleeping in the open.', ['displaced 15000']],
  ['Twelve injured people were moved to a hospital.', ['injured 12']],
  // A participle of assault right after the people, with no object of its own, is a reduced passive.
  ['Our monitors recorded two deaths, 61 people assaulted and 112 arrests.', ['killed 2', 'injured 61', 'detained 112']],
  ['Some 40 people assaulted the police station.', []],
  // Places a storm hit or damaged, declared disaster areas, or where barricades went up.
  ['Fourteen villages were hit by the storm.', ['places 14']],
  ['In Türkiye, ten provinces have been declared disaster areas.', ['places 10']],
  ['Outside the capital, barricades went up in at least a dozen towns.', ['places 12']],
  ['Police visited 3 towns.', []],
  // People a harm participle describes, past its phrase, then killed or executed by the main verb.
  ['At least two men arrested during the protests have since been executed.', ['executed 2']],
  ['Four men arrested in the raid were killed in custody.', ['killed 4']],
  ['Nine people detained during the protests were released.', ['detained 9']],
  // A share of the country's divisions is how far the crisis spread, whatever the verb.
  ['Young people have taken to the streets in at least 35 of Velmar’s 47 counties.', []],
  ["Young people have taken to the streets in at least 35 of Kenya's 47 counties.", ['places 35']],
  ["Rains drove families from their homes in 14 of the country's 22 departments.", ['places 14']],
  // Cases of a harm with coordinated adjectives before its noun.
  ['The commission recorded 32 cases of enforced or involuntary disappearances.', ['missing 32']],
  // A bare figure a speaker reports, after a count of the harm under way, is another count of it (to a clause of its own).
  ['Police said 12 people had drowned. By Tuesday the district office was reporting 17, and the number of missing had fallen.', ['killed 12', 'killed 17']],
  ['Police said 12 people had drowned. On Tuesday the district office announced 17.', ['killed 12', 'killed 17']],
  // A share of a whole that a harm's noun names, fronted, told by where or what they were.
  ['Storms killed 31 people in Velmaria. Of the dead, 14 were from Orlan.', ['killed 31', 'killed 14']],
  ['Of those injured, nine were in a critical state.', ['injured 9']],
  // A past participle with a preposition after the people describes them; a year in its phrase names an event, no figure.
  ['Three men sentenced over the 2021 riots in Orvel were hanged in March.', ['executed 3']],
  ['Five guards convicted for the escape were shot dead by the mob.', ['killed 5']],
  ['Four traders questioned over hoarding were released on bail.', []],
  // A share set off after its clause and placed somewhere, a custodial place too, counts what befell the clause's people.
  ['Nine men died in custody, four of them in detention centres in Orvel.', ['killed 9', 'killed 4']],
  ['Nine inmates died of cholera last year, six of them in Orvel prison.', ['killed 9', 'killed 6']],
  // With a verb of its own, the share says what it says.
  ['Twelve people died in the raid, five of them in the capital were buried on Monday.', ['killed 12', 'killed 5']],
  // Miners trapped are not yet found, named so before their noun too; people trapped inside a place they hold are besieged.
  ['Rescuers race to free 12 trapped miners near Orvel.', ['missing 12']],
  ['About 400 students remain trapped inside the besieged campus.', []],
  // A bare figure set aside after ", not" is the one a sentence rejects; one that another speaker gave stays theirs.
  ['The clinic said 19 people were wounded, not 91.', ['injured 19']],
  ['Correction: an earlier version said 16 were hurt, not 61, in the third paragraph.', ['injured 16']],
  ['Police said 19 people were hurt, not 91 as organisers claimed.', ['injured 19', 'injured 91']],
  // "Those held" are the people in custody; a share of them with a harm of its own counts that harm.
  ['Lawyers said at least 25 of those held since Friday had been denied visits.', ['detained 25']],
  ['Six of those held at the police station were later treated for injuries.', ['injured 6']],
  ['Those held a vigil outside the courthouse on Monday.', []],
  ['Medics said 30 of those detained had sustained fractures in custody.', ['injured 30']],
  ['Police detained 800 people. At least 19 of those held had suffered fractures, the group said.', ['detained 800', 'injured 19']],
  // "the deceased" are the dead, as "the dead" are.
  ['The interior ministry said the total of deceased stood at 23.', ['killed 23']],
  // A number after a document's numbered part ("point 7", "table 3") is no count.
  ['The ministry, in point 7 of its decree, bans all marches.', []],
  ['As table 3 shows, 40 people were killed.', ['killed 40']],
  // A figure noun's value takes a harm its own sentence names, before one of an earlier paragraph.
  ['Four people were killed on Monday.\n\nArrests here include short stops, so the figure of 800 must be treated with care.', ['killed 4', 'detained 800']],
  // Custody's noun modifying a plural thing counts things; a record that holds people holds names.
  ['Lawyers visited two detention centres where 300 people were held.', ['detained 300']],
  ['The army runs three detention camps in the north.', []],
  // A count's value after its copula counts the harm the report has under way.
  ["The Red Crescent says 57 people have been killed. The army's figure is 51.", ['killed 57', 'killed 51']],
  ['Rights groups say 300 people have been detained. The police figure is 120.', ['detained 300', 'detained 120']],
  ['The figure is 40 percent higher than last year.', []],
  // A headline's present "join" counts the crowd; an infinitive's does not.
  ['Tens of thousands of farmers join nationwide strike', ['participants 10000']],
  ['Officials urged 300 volunteers to join the relief effort.', []],
  // Those fighting for their lives, or in a condition of some gravity, are wounded.
  ['At least 30 people were killed. Two were battling for their lives last night.', ['killed 30', 'injured 2']],
  ['Forty people were hurt. Nine were in an extremely grave condition.', ['injured 40', 'injured 9']],
  // People who passed through custody or a place of it were detained; a checkpoint holds no one.
  ['Some 900 people had passed through custody.', ['detained 900']],
  ['More than 700 people passed through police cells in the port.', ['detained 700']],
  ['Some 3,000 people passed through the checkpoint.', []],
  // A share of "the victims" counts the harm under way; one the sentence names before it, its own.
  ['Twelve people died in the blaze. Five of the victims were schoolchildren.', ['killed 12', 'killed 5']],
  ['Police said 200 people were injured. Forty of the victims were children.', ['injured 200', 'injured 40']],
  ['Five of the victims were schoolchildren.', []],
  // "the past day" is a time, the number after it a count.
  ['In the past day 6 villagers died of their injuries.', ['killed 6']],
  ['The register held 52 people it says were killed by troops.', ['killed 52']],
  // A proper adjective or a name before a noun of places counts places; a flood's "under water" strikes them.
  ['Rallies were held in 25 Velmish towns on Sunday.', ['places 25']],
  ['Officials said 35 hamlets were under water.', ['places 35']],
  ["Officials said 120 of Velm's districts had signed the pact.", []],
  // A rounding word inside "between … and …" leaves one range.
  ['Hospitals counted between about 40 and 60 deaths.', ['killed 40']],
  // A share "of whom" opens after a claim, told by what they are, counts the claim's harm (not one told by what was done).
  ['Police said 140 people were in custody, of whom 22 are under the age of 16.', ['detained 140', 'detained 22']],
  ['Police said 140 people were detained, of whom 22 were released.', ['detained 140']],
  // An apposition on the people counted says who they were; the verb after it is the figure's, and a figure inside it counts no one more.
  ['Two of our drivers, a father of two and a 20-year-old student, were killed.', ['killed 2']],
  ['Three of the villagers, a teacher and two farmers, were killed in the raid.', ['killed 3']],
  ['Two men, both students, were shot dead.', ['killed 2']],
  ['Police said 60 people, 12 of them children, were killed.', ['killed 60', 'killed 12']],
  // A site's number closing its phrase counts no one; a figure after the site's noun that goes on to its people does.
  ['Guards detained 8 men outside pumping station 9.', ['detained 8']],
  ['At the police station 40 people were held overnight.', ['detained 40']],
  // Trapped and not yet found: "remain trapped", "trapped below", "trapped inside the hull"; not "remain trapped inside" a besieged city.
  ['Volunteers said some 25 residents are believed to remain trapped in the rubble.', ['missing 25']],
  ['Crews fear as many as 9 passengers may be trapped inside the sunken ferry.', ['missing 9']],
  ['Officials said 14 workers remain trapped below ground.', ['missing 14']],
  ['Some 90,000 people remain trapped inside Velmar.', []],
  // Driven to leave: "forced to flee", "forced to leave" home or nothing named; not "forced to leave early".
  ['Some 7,500 villagers have been forced to flee.', ['displaced 7500']],
  ['About 500 residents were forced to leave the valley.', ['displaced 500']],
  ['Some 200 staff were forced to leave early after 12 were injured.', ['injured 12']],
  // Listed as a state a word hedges or confirms, in quotation marks or not.
  ['The register listed 17 fishermen as "presumed dead" by Sunday.', ['killed 17']],
  ['The register lists 9 people as confirmed missing.', ['missing 9']],
  // A count's level after a verb of change measures the harm counted before it.
  ['Police said 210 people had been detained. Later the ministry said the number had risen to 260.', ['detained 210', 'detained 260']],
  ['At least 40 people were injured on Monday. By Tuesday the total had climbed to 52.', ['injured 40', 'injured 52']],
  // A harm's participle on other people, whom the figure's verb serves, is theirs.
  ['Some 45 volunteers are serving meals to people displaced by the storm.', []],
  ['A team of 30 lawyers works for those detained.', []],
  // A burial under rubble only believed or feared is no death found; one reported is.
  ['Some 20 workers are thought to be buried under the mud.', ['missing 20']],
  ['About 15 villagers are feared buried under the rubble.', ['missing 15']],
  ['At least 25 people had been buried by Monday.', ['killed 25']],
  // Homes lost, or left on orders, count the displaced; lives or jobs lost do not.
  ['Some 9,000 villagers have lost their houses in the storm, officials said.', ['displaced 9000']],
  ['About 350 residents were instructed to leave their homes.', ['displaced 350']],
  ['The 40 workers lost their jobs.', []],
  // Forming a human chain, staying on strike: taking part.
  ['Hundreds of nurses in uniform formed a human chain around the hospital.', ['participants 100']],
  ['About 300 students formed a human chain.', ['participants 300']],
  ['Some 4,000 dock workers stayed on strike for a week.', ['participants 4000']],
  ['The 12 ministers formed a committee.', []],
  // Animals after "of" or "head of" are no people.
  ['Farmers said 9 farmers had been killed and that dozens of goats had been stolen or killed.', ['killed 9']],
  ['Thousands of head of cattle died in the drought.', []],
  // What happens as a rule, every year or season, is no count of an event; a year that dates something is no habit.
  ['Cyclones kill scores of fishermen on this coast most years.', []],
  ['Floods kill about 300 people a year in the delta.', []],
  ['A year after the quake, nearly 9,000 survivors remain in tents.', ['displaced 9000']],
  // A toll revised down to a figure is that toll, whatever clause or aside follows it.
  ['UPDATE 2-Chile revises flood death toll down to 31, raises missing to 12', ['killed 31', 'missing 12']],
  ['The agency revised its flood death toll down to 31, saying some victims had been entered twice.', ['killed 31']],
  // The count noun after a figure names what it counts.
  ['Rallies were also held in Gori and Poti, bringing to at least six the number of towns where people have marched tonight.', ['places 6']],
  // Being on a named square is taking part.
  ['Organisers say more than 40,000 people are on Freedom Square.', ['participants 40000']],
  // An age a speaker gives in an aside is no count; nor is a speaker described by a relative clause a victim.
  ['The bishop of the diocese said: "We buried 14 people on Sunday." The eldest of those killed, he said, was 80.', ['killed 14']],
  ['A paramedic who is barred from being named estimates that 300 people had died.', ['killed 300']],
  // A rival's figure after a modal's "be", with its open bound; a toll still names its own harm.
  ['Officials in Varna counted 1,700 dead after the gas leak. Relief workers think the true number could be 2,500 or more.', ['killed 1700', 'killed 2500']],
  ['Some 300 people were hurt in Orsk, officials said. A bishop said the toll might be near 90.', ['injured 300', 'killed 90']],
  // Those a death certificate is signed for are dead.
  ['At the district hospital, a doctor had signed death certificates for 41 villagers by Tuesday.', ['killed 41']],
  // "the one given by" stands for a figure named before; it counts no one.
  ['Officials say 534 people remain in custody. Set beside the one given by the prosecutors on Monday, that count looks small.', ['detained 534']],
  // A telephone number's groups of digits count no one.
  ['Relatives of the 8 missing may call the relief desk on (044) 812-3370 or +61 412 555 010.', ['missing 8']],
  // An age closing an aside between dashes is no count; the figure before the aside takes the verb after it.
  ['Late on Friday, two porters - Aldo Ferro, 44, and his cousin Emil, 29 - were crushed to death under the gate.', ['killed 2']],
  // "it" after a verb of putting stands for the count its paragraph has under way.
  ['Monitors say at least 400 people have been detained. Lawyers put it as high as 900.', ['detained 400', 'detained 900']],
  // An answer that opens on a bare figure counts what the question before it asks of.
  ['How many bodies has the morgue taken in since Sunday?\n\nThirty-one, as of last night.', ['killed 31']],
  ['Q: How many people were detained at the march?\nA: About 60, most of them students.', ['detained 60']],
  ['How many hearings did the inquiry hold?\n\nSeven.', []],
  // "Some of the dead", "some of those held": a definite group's part, picked out to tell more of it, counts no one;
  // "some of them" after a figure still counts a few.
  ['At least 30 people were killed. Some of the dead were students from the technical college.', ['killed 30']],
  ['Lawyers said 212 people were detained; some of those held had been beaten, they added.', ['detained 212']],
  ['Doctors treated 64 people for gunshot wounds, some of them critically.', ['injured 64', 'injured 3']],
  // Workers who stopped work are a strike's count; the police estimate after it counts them too.
  ['At its height the union said 48,000 dockers had stopped work. Police estimated the number at 20,000.', ['participants 48000', 'participants 20000']],
  ['Soldiers stopped 40 people at a checkpoint outside the town.', []],
  // A count a verb of raising brings to its level counts what the sentence before counted.
  ['Three more students were arrested on Friday. That brings the total to 57.', ['detained 3', 'detained 57']],
  ['The council raised its relief fund again. That brings the total to 48 million.', []],
  // The bodies of people named by their state count the dead, a noun between the participle and the people notwithstanding.
  ['Villagers found the bodies of four abducted opposition organisers near the river.', ['killed 4']],
  // The figures of an aside between spaced dashes right after a claim break it down and count its harm.
  [
    "The ministry's latest figures are six dead - four farmers and one police officer - and 90 people treated for injuries, 12 of them police.",
    ['killed 6', 'killed 4', 'killed 1', 'injured 90', 'injured 12'],
  ],
];

describe('claim class probes', () => {
  it.each(PROBES.map(([text, claims]) => [text, claims] as const))('%s', (text, claims) => {
    const found = extract({ text, published: '2024-06-01' })
      .claims.map((c) => `${c.category} ${c.estimate}`)
      .sort();
    expect(found).toEqual([...claims].sort());
  });
});
