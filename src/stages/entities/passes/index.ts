/**
 * The entity passes, in the order they run: from the most to the least certain. Each claims the
 * tokens it uses, so later passes cannot reuse them (an organization's words are never a person
 * or a place). Each pass's `reason` says why it stands where it does.
 */
import { acronymDefinitions } from './acronym-definitions.js';
import { acronyms } from './acronyms.js';
import { appositionPeople } from './apposition-people.js';
import { bareNames } from './bare-names.js';
import { companyNouns } from './company-nouns.js';
import type { Pass } from './context.js';
import { companyLists } from './company-lists.js';
import { contextPlaces } from './context-places.js';
import { credits } from './credits.js';
import { describedCompanies } from './described-companies.js';
import { epithetPlaces } from './epithet-places.js';
import { frenchOrgNames } from './french-org-names.js';
import { knownPlaces } from './known-places.js';
import { namedCities } from './named-cities.js';
import { nisbaPeople } from './nisba-people.js';
import { organizations } from './organizations.js';
import { placeLists } from './place-lists.js';
import { taggedPeople } from './tagged-people.js';
import { titledPeople } from './titled-people.js';
import { unknownNamePeople } from './unknown-name-people.js';

export type { Mention, Pass, PassContext } from './context.js';
export { makeContext } from './context.js';

export const PASSES: readonly Pass[] = [
  credits,
  frenchOrgNames,
  organizations,
  companyNouns,
  describedCompanies,
  companyLists,
  acronymDefinitions,
  epithetPlaces,
  namedCities,
  titledPeople,
  appositionPeople,
  taggedPeople,
  knownPlaces,
  contextPlaces,
  placeLists,
  unknownNamePeople,
  nisbaPeople,
  bareNames,
  acronyms,
];
