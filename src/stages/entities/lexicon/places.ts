/** Words around places: their suffixes, the compass, the nouns and prepositions that announce one. */
import type { WordClass } from './types.js';

export const PLACES: readonly WordClass[] = [
  {
    tag: 'RegionSuffix',
    reason: 'keeps a region\'s name whole ("Turkistan Region", "Kano State", "Fergana Valley")',
    words: ['region', 'province', 'governorate', 'oblast', 'district', 'prefecture', 'county', 'emirate', 'wilaya', 'state', 'valley', 'basin', 'archipelago', 'delta', 'oasis', 'plateau'],
  },
  {
    tag: 'Compass',
    reason: 'starts a region\'s name ("West Nusa Tenggara", "Western Balkans")',
    words: ['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower'],
  },
  {
    tag: 'WaterFeature',
    reason: 'a lake\'s or river\'s word before its name ("Lake Chad Basin", "River Nile State")',
    words: ['lake', 'river'],
  },
  {
    tag: 'PlaceSuffix',
    reason: 'a city or an island named after its country ("Djibouti City", "Mozambique Island")',
    words: ['city', 'island'],
  },
  {
    tag: 'PlacePreposition',
    reason: 'says a place comes next ("in X", "visited X")',
    words: ['in', 'at', 'to', 'from', 'near', 'across', 'throughout', 'towards', 'toward', 'via', 'visited', 'visiting', 'visit', 'visits', 'outside', 'inside', 'around'],
  },
  {
    tag: 'Settlement',
    isA: 'PlaceOf',
    reason: 'in lower case before "of", even an English word after it is the name ("the city of Medina")',
    words: ['city', 'cities', 'town', 'towns', 'village', 'villages', 'province', 'provinces', 'region', 'regions'],
  },
  {
    tag: 'PlaceOf',
    reason: 'what follows "of" after it is a place ("the capital of X", "the Mayor of Nur-Sultan")',
    words: ['republic', 'emirate', 'capital', 'municipality', 'mayor', 'governor'],
  },
  {
    tag: 'ThingNoun',
    reason: 'in lower case after a name, makes it the name of a building, a site or a settlement, not a person ("Tal Al-Zaatar schools")',
    words: [
      'school', 'schools', 'mosque', 'mosques', 'hospital', 'hospitals', 'camp', 'camps', 'street', 'square', 'district',
      'neighbourhood', 'neighborhood', 'quarter', 'village', 'town', 'city', 'valley', 'mountain', 'mountains', 'river',
      'lake', 'bridge', 'palace', 'park', 'airport', 'stadium', 'market', 'tomb', 'shrine', 'mausoleum', 'site', 'oasis',
      'house', 'hall', 'tower', 'gate', 'garden', 'gardens', 'road', 'avenue', 'boulevard', 'highway', 'causeway',
      'terminal', 'port', 'station', 'corniche', 'roundabout', 'tunnel', 'dam', 'canal', 'hotel', 'resort',
    ],
  },
  {
    tag: 'StateForm',
    reason: 'a state\'s form before its name: "Republic of Turkey" names Turkey too',
    words: ['Republic', 'Kingdom', 'State', 'Sultanate', 'Emirate', 'Commonwealth', 'Federation', 'Principality', 'Union'],
  },
  {
    tag: 'CountryAbbreviation',
    reason: 'a country\'s short spelling that the data package lists among its codes, read as the country ("in the UK", "Colorado, USA")',
    words: ['UK', 'USA', 'UAE'],
  },
  {
    tag: 'PlaceEpithet',
    reason: 'an honorific epithet after a holy city\'s name, with "al-" before it, which is no part of the name ("Makkah Al-Mukarramah" is Makkah)',
    words: ['mukarramah', 'mukarrama', 'mukaramah', 'mukarama', 'munawwarah', 'munawwara', 'munawarah', 'munawara'],
  },
  {
    tag: 'PlaceAbbreviation',
    reason: 'an abbreviation that belongs to the place after it ("St. Petersburg")',
    words: ['St.', 'Ft.', 'Mt.'],
  },
  {
    tag: 'AttributiveSuffix',
    reason: 'makes a place an adjective, no mention of it ("Kuala Lumpur-based", "Malay-language")',
    words: ['based', 'language', 'speaking', 'led', 'born', 'funded', 'run', 'owned', 'made', 'backed', 'sponsored', 'style'],
  },
];
