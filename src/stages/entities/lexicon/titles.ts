/**
 * Titles, honorifics and role nouns: what introduces a person's name, and what is never part of
 * one. Honorifics are written as the text writes them (they are matched case-sensitively, token
 * by token: "HE" is one, "He" is not); an abbreviation written with its dot ("Dr.") also matches
 * without it when compromise knows the bare word as an honorific ("Dr", not "Eng").
 */
import type { WordClass } from './types.js';

export const TITLES: readonly WordClass[] = [
  {
    tag: 'Honorific',
    reason: 'introduces a person\'s name ("H.E. Mr. Ibrahim ...", "His Excellency President ...")',
    words: [
      'His Royal Highness', 'Her Royal Highness', 'His Highness', 'Her Highness', 'His Majesty', 'Her Majesty',
      'His Excellency', 'Her Excellency', 'His Eminence', 'Her Eminence', 'His Holiness', 'The Grand Imam', 'Grand Imam',
      'Grand Mufti', 'H.E.', 'H. E.', 'H E', 'HE', 'HRH', 'HH', 'Eng.', 'Engr.', 'Pope', 'President', 'Minister', 'Ambassador',
      'Counselor', 'Counsellor', 'Judge', 'Senator', 'Mayor', 'Governor', 'Sir', 'Dame', 'Madam', 'Mme.', 'Father',
      'Rabbi', 'Bishop', 'Cardinal', 'Archbishop', 'Patriarch', 'Mufti', 'Lord', 'Lady',
      // Malaysian and Bruneian honours ("Dato' Seri Setia", "Tan Sri"): the apostrophe is not part of the token.
      'Dato Seri Setia', 'Dato Seri', 'Dato Sri', 'Datuk Seri', 'Datuk Sri', 'Datin Seri', 'Datin', 'Tan Sri', 'Puan Sri',
      // Malay and Bruneian styles and titles ("Yang Mulia Pengiran Haji Ahmad ..."), and Arabic ones.
      'Yang Mulia', 'Yang Amat Mulia', 'Yang Berhormat', 'Yang Amat Berhormat', 'Yang Berbahagia', 'Pengiran', 'Haji', 'Awang', 'Dayang',
      'Hajah', 'Hajjah', 'Ustaz', 'Shaykh',
      // West African ("Alhaji Muhammadu Sanusi II").
      'Alhaji', 'Alhaja', 'Hajia',
      // Military and civil aviation ranks ("Captain Haitham Mesto, Chairman of the ACAO …").
      'Captain', 'Colonel', 'Admiral', 'Brigadier General', 'Major General', 'Lieutenant General',
      // The deceased ("the Late Sadiq al-Mahdi").
      'Late',
      // French styles ("S.E. M. Abdelhamid Abdaoui", "Son Excellence", "Sa Majesté le Roi Mohammed VI").
      'S.E.', 'S. E.', 'Son Excellence', 'Sa Majesté', 'Son Altesse', 'le Roi', 'la Reine', 'le Prince', 'la Princesse', 'le Président',
    ],
  },
  {
    tag: 'PersonalHonorific',
    isA: 'Honorific',
    reason: 'a private person\'s honorific: unlike a king\'s, no institution is named after the person ("Mr. Emir Hadžić" is a name)',
    words: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Professor'],
  },
  {
    tag: 'RulerTitle',
    isA: 'Honorific',
    reason: 'a ruler\'s title, after whom institutions are named ("King Faisal Foundation", "Sultan Qaboos University")',
    // ("Sayyid", Oman's royal style: "HH Sayyid Fahd bin Mahmoud Al Said".)
    words: ['King', 'Queen', 'Prince', 'Princess', 'Sheikh', 'Shaikh', 'Sheikha', 'Shaikha', 'Imam', 'Sayyid', 'Sayyida', 'Caliph'],
  },
  {
    tag: 'GivenNameTitle',
    isA: 'RulerTitle',
    reason: 'a ruler\'s title that is also a given name ("Dr. Amir Hamzah bin Osman", "bint Sultan")',
    words: ['Emir', 'Amir', 'Sultan'],
  },
  {
    tag: 'NamingHonour',
    isA: 'Honorific',
    reason: 'a Malaysian honour that bodies are named with, as with a ruler\'s title ("Tun Razak Foundation")',
    words: ['Tun', 'Datuk', 'Dato', 'Pehin'],
  },
  {
    tag: 'NextPersonTitle',
    reason: 'opens the next person\'s mention, so no apposition that starts with it is a role (", Dr. Adel Smaida, ...")',
    words: ['mr', 'mrs', 'ms', 'dr', 'prof', 'h.e', 'he', 'eng', 'engr', 'sheikh', 'imam', 'pope', 'king', 'queen', 'prince', 'princess', 'sultan', 'emir'],
  },
  {
    tag: 'Role',
    reason: 'a role noun: never part of a person\'s name, and the start of an apposition ("X, Director of Y")',
    words: [
      'general', 'assistant', 'chair', 'consul-general', 'delegate', 'spokesperson', 'spokesman', 'acting', 'executive',
      'undersecretary', 'under-secretary', 'commissioner', 'prime', 'vice', 'high', 'permanent', 'special', 'senior',
      'former', 'lecturer', 'researcher', 'specialist', 'official', 'moderator', 'supervisor', 'principal',
      'vice-chancellor', 'president-elect', 'premier', 'speaker', 'leader', 'sheikh', 'imam', 'king', 'queen', 'prince',
      'princess', 'sultan', 'emir', 'pope', 'his', 'her', 'excellency', 'majesty', 'highness', 'eminence', 'mr', 'dr',
      'ms', 'mrs', 'prof', 'h.e', 'he', 'coach', 'partner', 'businessman', 'businesswoman', 'journalist', 'author',
      'scholar', 'poet', 'writer', 'artist', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'wife',
      'husband', 'colleague', 'counterpart', 'host', 'guest', 'extraordinary', 'plenipotentiary',
      // Malay royal titles, no names ("Sultan and Yang Di-Pertuan of Brunei").
      'di-pertuan', 'agong',
    ],
  },
  {
    tag: 'HardRole',
    isA: 'Role',
    reason: 'a role that ends an organization\'s name on its left ("Rector of | Bishkek State University")',
    words: [
      'director-general', 'director', 'deputy', 'head', 'rector', 'chairman', 'chairwoman', 'chairperson', 'president',
      'vice-president', 'minister', 'vice-minister', 'ambassador', 'mayor', 'governor', 'akim', 'hokim', 'adviser', 'advisor',
      'counselor', 'counsellor', 'expert', 'coordinator', 'dean', 'professor', 'manager', 'officer', 'representative',
      'member', 'founder', 'ceo', 'chief', 'secretary-general', 'secretary', 'consul', 'envoy', 'rapporteur', 'chancellor',
    ],
  },
  {
    tag: 'RoleHead',
    reason: 'the last word of a role written after its body ("ICESCO Director-General" is "Director-General of ICESCO")',
    words: ['director', 'general', 'president', 'minister', 'secretary', 'head', 'chair', 'chairman', 'chairperson', 'rector', 'dean', 'ambassador', 'adviser', 'advisor', 'expert', 'representative'],
  },
  {
    tag: 'RoleModifier',
    reason: 'a word before a role\'s head ("Deputy Director-General", "Acting Secretary-General")',
    words: ['deputy', 'assistant', 'acting', 'vice'],
  },
  {
    tag: 'RankAbbreviation',
    isA: ['Honorific', 'Role'],
    reason: 'a rank written as an abbreviation, which introduces a name and is none ("Lt Gen (r) Engr ..."); its dot ends no sentence',
    words: ['Gen.', 'Col.', 'Lt.', 'Capt.', 'Sgt.'],
  },
  {
    tag: 'TitleAfterName',
    reason: 'a title written after a name, that ends it ("Ulugh Beg", "Idris Shah", "Mehmed Pasha")',
    words: ['beg', 'bey', 'pasha', 'shah', 'khan'],
  },
];
