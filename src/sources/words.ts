/**
 * Word lists the source names are read with (data, not rules): titles before a person's name,
 * role nouns that put a name in apposition, the words of an office, and demonyms that do not
 * follow from the country's name.
 */

/** Titles dropped before a name: "Dr. Ali Karimi" = "Ali Karimi", "President Trump" = "Trump". */
export const TITLES = [
  'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'prof', 'professor', 'sir', 'dame', 'sheikh', 'ayatollah', 'imam', 'rev', 'reverend',
  'president', 'vice president', 'prime minister', 'deputy prime minister', 'minister', 'deputy minister', 'chancellor', 'king', 'queen', 'prince',
  'general', 'gen', 'lt gen', 'maj gen', 'brig gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt', 'sgt', 'sergeant',
  'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'mayor', 'judge', 'justice', 'ambassador', 'secretary', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson',
  'mp', 'lawmaker', 'deputy', 'speaker', 'chief', 'director', 'head',
];

/**
 * Nouns of a role a name can stand in apposition to: "senior Iranian lawmaker Mojtaba Zolnour",
 * "Mojtaba Zolnour, a lawmaker".
 */
export const ROLE_NOUNS = [
  ...TITLES,
  'official', 'officer', 'activist', 'lawyer', 'journalist', 'reporter', 'correspondent', 'analyst', 'researcher', 'doctor', 'physician', 'nurse', 'medic',
  'leader', 'cleric', 'member', 'legislator', 'parliamentarian', 'politician', 'diplomat', 'envoy', 'prosecutor', 'witness', 'resident', 'chairman', 'chairwoman', 'chair',
  'founder', 'coordinator', 'advocate', 'campaigner', 'monitor', 'expert', 'rapporteur', 'commander', 'adviser', 'advisor', 'aide', 'candidate',
];

/**
 * Words that make a name an office of a state (its country matters: Kazakhstan's interior
 * ministry is not Iraq's). A name with one of them is qualified by its country.
 */
export const OFFICE_WORDS = [
  'ministry', 'minister', 'government', 'authorities', 'authority', 'officials', 'official', 'police', 'army', 'military', 'armed forces', 'security forces',
  'interior', 'presidency', 'president', 'presidential', 'prime minister', 'governor', 'governorate', 'mayor', 'prosecutor', 'prosecutors', 'parliament', 'state',
  'department', 'agency', 'council', 'commission', 'office', 'embassy', 'cabinet', 'judiciary', 'court', 'coroner', 'health service', 'civil defence', 'civil defense',
];

/** Demonyms the country's name does not give by a suffix ("French", "Chinese" are handled; these are not). */
export const IRREGULAR_DEMONYMS: Record<string, string> = {
  french: 'FR', dutch: 'NL', british: 'GB', english: 'GB', scottish: 'GB', welsh: 'GB', swiss: 'CH', swedish: 'SE', danish: 'DK', finnish: 'FI', norwegian: 'NO',
  polish: 'PL', turkish: 'TR', spanish: 'ES', portuguese: 'PT', greek: 'GR', irish: 'IE', icelandic: 'IS', german: 'DE', thai: 'TH', filipino: 'PH', philippine: 'PH',
  burmese: 'MM', kazakh: 'KZ', kyrgyz: 'KG', tajik: 'TJ', uzbek: 'UZ', turkmen: 'TM', afghan: 'AF', kurdish: 'IQ', emirati: 'AE', saudi: 'SA', yemeni: 'YE',
  malagasy: 'MG', malian: 'ML', nigerien: 'NE', congolese: 'CD', ivorian: 'CI', peruvian: 'PE', american: 'US', uk: 'GB',
  israeli: 'IL', palestinian: 'PS', iraqi: 'IQ', iranian: 'IR', syrian: 'SY', lebanese: 'LB', egyptian: 'EG', libyan: 'LY', sudanese: 'SD', bangladeshi: 'BD',
  pakistani: 'PK', indian: 'IN', chinese: 'CN', japanese: 'JP', vietnamese: 'VN', nepali: 'NP', nepalese: 'NP', belarusian: 'BY', ukrainian: 'UA', russian: 'RU',
  nigerian: 'NG', ethiopian: 'ET', eritrean: 'ER', somali: 'SO', kenyan: 'KE', ugandan: 'UG', chilean: 'CL', colombian: 'CO', venezuelan: 'VE', bolivian: 'BO', ecuadorian: 'EC',
  mexican: 'MX', brazilian: 'BR', argentine: 'AR', argentinian: 'AR', cuban: 'CU', haitian: 'HT', nicaraguan: 'NI', algerian: 'DZ', tunisian: 'TN', moroccan: 'MA',
  georgian: 'GE', armenian: 'AM', azerbaijani: 'AZ', azeri: 'AZ', jordanian: 'JO', qatari: 'QA', bahraini: 'BH', kuwaiti: 'KW', omani: 'OM', zimbabwean: 'ZW',
};
