/** Organizations: the nouns that head their names, the words that make a name something else, businesses. */
import type { WordClass } from './types.js';

export const BODIES: readonly WordClass[] = [
  {
    tag: 'OrgHead',
    reason: 'heads an organization\'s name ("... University", "Ministry of ...")',
    words: [
      'organization', 'organisation', 'organizations', 'universities', 'ministry', 'foundation', 'center', 'centre',
      'commission', 'sector', 'department', 'academy', 'council', 'bank', 'group', 'federation', 'network', 'alliance',
      'institution', 'agency', 'association', 'union', 'library', 'theater', 'theatre', 'chair', 'committee', 'school',
      'museum', 'society', 'league', 'fund', 'authority', 'secretariat', 'directorate', 'parliament', 'senate', 'court',
      'observatory', 'division', 'chamber', 'club', 'trust', 'ministries', 'agencies', 'institutes', 'foundations',
      'commissions', 'councils', 'cooperative', 'faculty', 'board', 'circle', 'archives', 'municipality', 'assembly',
    ],
  },
  {
    tag: 'CityNamedHead',
    isA: 'OrgHead',
    reason: 'a head whose name may be followed by its city alone ("Sunan Kalijaga State Islamic University Yogyakarta")',
    words: ['university', 'institute', 'college', 'polytechnic'],
  },
  {
    tag: 'HeadFirst',
    isA: 'OrgHead',
    reason: 'a head that comes first in its language, the name after it ("Universiti Brunei Darussalam")',
    // (Indonesian and Malay ministries, bodies and councils: "Kementerian Agama RI", "Organisasi Konferensi Islam"; an Arabic "house of": "Darul Makhtutat".)
    words: ['universiti', 'universitas', 'université', 'fondazione', 'fondation', 'fundación', 'fundacion', 'kementerian', 'kementrian', 'organisasi', 'lembaga', 'majelis', 'majlis', 'dewan', 'yayasan', 'darul'],
  },
  {
    tag: 'LocatedOrgHead',
    isA: ['OrgHead', 'LocatedHead'],
    reason: 'an organization\'s head whose name may end with the city it sits in ("Regional Office in Baku")',
    words: ['office', 'bureau', 'embassy', 'consulate', 'mission'],
  },
  {
    tag: 'LocatedHead',
    reason: 'a unit named by the city it sits in, organization or not ("the Delegation in Geneva")',
    words: ['branch', 'delegation', 'representation'],
  },
  {
    tag: 'CompanyOrgHead',
    isA: ['OrgHead', 'CompanyNoun'],
    reason: 'heads a name, and in lower case after one calls it a company ("ZeroE company")',
    words: ['company', 'corporation'],
  },
  {
    tag: 'CompanyNoun',
    isA: 'BusinessNoun',
    reason: 'in lower case after a name, makes it a company\'s ("Siemens corporation", "a Dubai firm" is not one)',
    words: ['firm'],
  },
  {
    tag: 'BusinessNoun',
    reason: 'describes a business in apposition or before its name ("HydroSahel, a solar pumping firm", "the operator Kyrgyztelecom")',
    words: ['start-up', 'startup', 'enterprise', 'operator'],
  },
  {
    tag: 'BusinessPlural',
    reason: 'in lower case, announces a list of businesses by name ("companies ..., including NewGlobe, Avantis and Classera")',
    words: ['companies', 'firms', 'corporations', 'startups', 'start-ups', 'enterprises'],
  },
  {
    tag: 'LegalForm',
    reason: 'a company\'s legal form, part of its name after a comma ("Kansai Heritage Imaging Co., Ltd.")',
    words: ['Ltd', 'Co', 'Inc', 'LLC', 'PLC', 'Plc', 'SA', 'SARL', 'GmbH', 'Corp', 'Bhd', 'Tbk'],
  },
  {
    tag: 'NonOrgTail',
    reason: 'the last word of an event, award or programme, which is no organization ("... Prize", "... Forum")',
    words: [
      'award', 'awards', 'prize', 'program', 'programme', 'forum', 'conference', 'congress', 'summit', 'symposium',
      'festival', 'week', 'day', 'year', 'initiative', 'project', 'campaign', 'contest', 'competition', 'session',
      'workshop', 'training', 'course', 'meeting', 'declaration', 'charter', 'strategy', 'plan', 'vision', 'agenda',
      'report', 'goals', 'capital', 'capitals', 'medal', 'honor', 'honour', 'encyclopedia', 'film', 'book',
    ],
  },
  {
    tag: 'GoverningOrgan',
    isA: 'TwoWordBody',
    reason: 'an organ of a body whose last word otherwise ends an event\'s name: one when a role is "of" it ("President of the General Conference")',
    words: ['general conference'],
  },
  {
    tag: 'TwoWordBody',
    reason: 'a body\'s name of two words, the last no head of other names ("United Nations resolutions")',
    words: ['united nations'],
  },
  {
    tag: 'BodyAcronym',
    reason: 'an acronym of a body compromise does not know, an organization wherever it stands ("ASEAN Education Ministers Meeting", "OIC member states")',
    words: [
      'UN', 'ASEAN', 'OIC', 'ISO', 'GCC', 'AU', 'EU', 'NATO', 'UNRWA', 'UNHCR', 'UNDP', 'UNFPA', 'IsDB', 'ISDB', 'IDB', 'OPEC', 'BRICS',
      'ALECSO', 'IRCICA', 'SESRIC', 'WTO', 'IMF', 'FAO', 'WIPO', 'UNIDO', 'UNEP', 'OECD', 'G20', 'G7', 'G77',
    ],
  },
  {
    tag: 'OwnAcronym',
    reason: 'the organization the pages are about, under both its names, and bodies it works with most: an organization by its acronym alone ("Director General of ICESCO"), which also owns what it names ("ICESCO Regional Office")',
    words: ['ICESCO', 'ISESCO', 'UNICEF', 'TURKSOY', 'ICYF'],
  },
  {
    tag: 'AgencyWord',
    reason: 'makes a body a news agency ("Kuwait News Agency", "Union of News Agencies"), which as the source of a report is no organization of it',
    words: ['news', 'press'],
  },
  {
    tag: 'NounAcronym',
    reason: 'an acronym of a thing or a field, never a body, though compromise may tag it one ("the AI Summit", "ICT skills")',
    words: ['AI', 'ICT', 'ICTs', 'IT', 'STEM', 'SDG', 'SDGs', 'GDP', 'MoU', 'MoUs', 'PhD', 'CEO', 'TV', 'VR', 'AR', 'TVET', 'ESD', 'NGO', 'NGOs', 'IoT', 'COVID'],
  },
  {
    tag: 'GoverningMember',
    reason: 'who sits on a board that is an organ of a body, not a body ("Board of Trustees")',
    words: ['directors', 'trustees', 'governors', 'management', 'regents', 'advisors', 'advisers'],
  },
];
