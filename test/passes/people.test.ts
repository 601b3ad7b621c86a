import { describe, expect, it } from 'vitest';
import { appositionPeople } from '../../src/stages/entities/passes/apposition-people.js';
import { bareNames } from '../../src/stages/entities/passes/bare-names.js';
import { organizations } from '../../src/stages/entities/passes/organizations.js';
import { nisbaPeople } from '../../src/stages/entities/passes/nisba-people.js';
import { taggedPeople } from '../../src/stages/entities/passes/tagged-people.js';
import { titledPeople } from '../../src/stages/entities/passes/titled-people.js';
import { unknownNamePeople } from '../../src/stages/entities/passes/unknown-name-people.js';
import { found, texts } from './run.js';

describe('pass titled-people', () => {
  it.each([
    ['Dr. Abdelillah Benarafa delivered a speech.', ['Abdelillah Benarafa']],
    ["His Excellency Dato' Seri Setia Azmi bin Sulaiman opened the workshop.", ['Azmi bin Sulaiman']],
    ['HE Ahmed Saleh arrived.', ['Ahmed Saleh']],
    ['The Director General H E Dr. Salim bin Mohammed Al Malik affirmed it.', ['Salim bin Mohammed Al Malik']], // spaced, no dots (hold-out 14, x07)
    ['Mr. Sultan bin Saeed visited.', ['Sultan bin Saeed']],
    ['The delegation was comprised of Captain Haitham Mesto, Chairman of the ACAO Executive Council.', ['Haitham Mesto']], // a rank (hold-out 13, w06)
    ['Dr. Abbas Sadri Regional Head ISESCO Tehran in his remarks said it.', ['Abbas Sadri']], // a role with its rank, no comma (hold-out 14, x14)
    ['It was built by the Umayyad Caliph al-Walid ibn Abd al-Malik in 715.', ['al-Walid ibn Abd al-Malik']], // a caliph's title
    ['ICESCO mourned the Late Sadiq al-Mahdi, former Prime Minister of Sudan.', ['Sadiq al-Mahdi']], // the deceased (hold-out 17, b05)
    ['Le Directeur général a reçu M. André Azoulay, conseiller du Roi.', ['André Azoulay']], // French "M." (hold-outs 11, 22)
    ['Il a reçu S.E. M. Abdelhamid Abdaoui, ambassadeur.', ['Abdelhamid Abdaoui']], // French "S.E." and "M." (hold-out 27, aa14)
    ['ISLAMABAD: said Dr. M. Sharif, the Vice Chancellor.', ['M. Sharif']], // an initial after "Dr." (hold-out 32, af13)
    ['Yang Mulia Awang Haji Azman bin Ahmad attended.', ['Azman bin Ahmad']], // Brunei's "Awang" (hold-out 33, ag13)
    ['The Emir of Kano, Alhaji Muhammadu Sanusi II, received them.', ['Muhammadu Sanusi II']], // West African "Alhaji" (hold-out 36, aj02)
    ['Responding, the Emir, Alhaji Muhammadu Sanusi II, commended the commission.', ['Muhammadu Sanusi II']], // the holder's own honorific after the title's comma
    // A name ends with its paragraph (hold-out 28, ab09), unless the paragraph broke off mid-sentence (a PDF's blank lines).
    ['best practices,” concluded Mr. Matsuura.\n\nAbdulaziz Othman Altwaijri responded.', ['Matsuura']],
    // After an elided French preposition, a title's complement, no name.
    ['la visite de la Première Dame d’Azerbaïdjan, Mme Mehriban Aliyeva, au siège', ['Mehriban Aliyeva']],
    // The French royal style, and God's name in a blessing (hold-outs 29, 30: ac06, ad02).
    ['sous le Haut Patronage de Sa Majesté le Roi Mohammed VI, que Dieu L’assiste.', ['Mohammed VI']],
    // A title-case function word starts no name (hold-out 29, ac11).
    ['Education Minister Of Iran visited the office.', []],
    ['Dr. Salim M. AlMalik met him.', ['Salim M. AlMalik']], // but a middle initial stays the name's
    // Malay and Bruneian styles, and an honorific inside the name.
    ['Yang Mulia Dr Haji Azman bin Ahmad, Permanent Secretary, attended.', ['Azman bin Ahmad']],
    ['Present was Yang Mulia Pengiran Haji Ahmad Masudwardi Aidil-Fitri bin Pengiran Haji Mohd Daud, Acting Head of the Unit.', ['Ahmad Masudwardi Aidil-Fitri bin Pengiran Haji Mohd Daud']],
    // The title, then its holder in apposition.
    ['It congratulated King Salman bin Abdulaziz Al Saud, and Crown Prince, Mohammed bin Salman bin Abdulaziz Al Saud, on the summit.', ['Salman bin Abdulaziz Al Saud', 'Mohammed bin Salman bin Abdulaziz Al Saud']],
    // Agencies' style: the day of the week right after the name, not a body named after it.
    ['President Kassym-Jomart Tokayev Tuesday said the talks went well.', ['Kassym-Jomart Tokayev']],
    ['Minister Rana Tanveer Hussain Monday appreciated the relations.', ['Rana Tanveer Hussain']],
    // A family name that is also an English word ("sharif"), before the sentence's verb or a weekday.
    ['Prime Minister Nawaz Sharif said the talks went well.', ['Nawaz Sharif']],
    ['Prime Minister Nawaz Sharif Tuesday said the talks went well.', ['Nawaz Sharif']],
    ['Prime Minister Nawaz Sharif also said the talks went well.', ['Nawaz Sharif']],
  ])('%j -> %j', (text, expected) => {
    expect(texts(titledPeople, text)).toEqual(expected);
  });
  it('marks the person titled and reads the role in apposition', () => {
    expect(found(titledPeople, 'Mr. Erlan Karin, State Counselor of the Republic of Kazakhstan, said.')).toMatchObject([{ text: 'Erlan Karin', titled: true, role: 'State Counselor of the Republic of Kazakhstan' }]);
  });
  it.each([
    'They toured the King Abdulaziz Center.', // a body named after a person
    'It was signed by Ambassador Extraordinary and Plenipotentiary of Azerbaijan to Morocco.', // words of the title
    'The Minister said it was time.', // a role without a name
    'He said it was time.', // a pronoun, not "HE"
    'Lt Gen (r) spoke.', // ranks, without a name
    'The President, in his speech, thanked them.', // a title set off by commas, without a name
    'Sheikh Zayed Mosque, the largest, opened.', // a building named after a person
    'Dr. Salim AlMalik Receives the Ambassador of Bangladesh', // a headline's verb, not a family name
    'Traffic on King Abdullah Road was closed.', // roads and buildings named after a person
    'Sheikh Zayed Avenue was decorated.',
    'Sheikh Rashid Terminal was expanded.',
  ])('finds no one in %j', (text) => {
    expect(found(titledPeople, text)).toEqual([]);
  });
});

describe('pass apposition-people', () => {
  it('reads a name with a role after it, or a role word before it', () => {
    expect(found(appositionPeople, 'Ilias Kadir, Head of the Department, spoke.')).toMatchObject([{ text: 'Ilias Kadir', role: 'Head of the Department', titled: true }]);
    expect(texts(appositionPeople, 'It was opened by the rector Zhanseit Tuimebayev yesterday.')).toEqual(['Zhanseit Tuimebayev']);
  });
  it('reads a name right after a role and its complement', () => {
    expect(texts(appositionPeople, "Azerbaijan's Minister of Culture Adil Karimli presented the nomination.")).toEqual(['Adil Karimli']);
    const text = 'On his part, Secretary-General of the Saudi National Commission for Education, Culture and Science Ahmad Al-Balheed announced it.';
    expect(texts(appositionPeople, text, [organizations])).toEqual(['Ahmad Al-Balheed']);
  });
  it.each([
    'Ilias Kadir spoke.',
    'Bandar Seri Begawan, Head of the list, spoke.',
    'The Minister of Culture Affairs Department met.', // the complement's words only
    'In the Ministry of Culture Adil Karimli spoke.', // no role before the complement
  ])('finds no one in %j', (text) => {
    expect(found(appositionPeople, text)).toEqual([]);
  });
});

describe('pass tagged-people', () => {
  it('reads a run compromise tags as a person', () => {
    expect(texts(taggedPeople, 'The talk by Maria Gonzalez ended.')).toEqual(['Maria Gonzalez']);
  });
  it.each([
    'A school in Deir al-Balah was hit.', // after "in", a place
    'The book “Maria Gonzalez” sold.', // quoted
    'They met Maria Gonzalez Institute staff.', // a longer name goes on
  ])('finds no one in %j', (text) => {
    expect(found(taggedPeople, text)).toEqual([]);
  });
});

describe('pass unknown-name-people', () => {
  it.each([
    ['The talk by Zhanseit Tuimebayev ended.', ['Zhanseit Tuimebayev']],
    ['the travel account of Ibn Battuta, who served as a judge', ['Ibn Battuta']],
  ])('%j -> %j', (text, expected) => {
    expect(texts(unknownNamePeople, text)).toEqual(expected);
  });
  it.each([
    'The Sustainable Development report came.', // English words
    'the Sheikh of Al-Azhar Al-Sharif spoke', // after "of": an institution
    'The lecture on “Ilm al-Kalam” was given.', // a quoted term
    'Israeli attacks hit the Al-Fakhoura and Tal Al-Zaatar schools.', // a building's name
    'The charity will distribute aid to the families. (T/Imt/R03)', // a wire's story code (hold-out 10, t08)
    'The newspapers Le Pays and L’Observateur Paalga covered it.', // French articles start newspapers' names (hold-out 12, v04)
    'Il dirige l’Organisation du Monde Islamique pour l’Éducation.', // after French "du" (hold-outs 9, 22)
    // A paragraph in another language: its capitals say nothing of names.
    'The meeting was held.\nSetiausaha Tetap (Pengajian Tinggi), Kementerian Pendidikan sebagai Setiausaha Agung bagi Pertubuhan Pendidikan.',
  ])('finds no one in %j', (text) => {
    expect(found(unknownNamePeople, text)).toEqual([]);
  });
});

describe('pass nisba-people', () => {
  it('reads a lower-case "al-" name before "who"', () => {
    expect(texts(nisbaPeople, 'ICESCO will hold a conference on al-Farabi, who is one of the major figures.')).toEqual(['al-Farabi']);
  });
  it.each(['It condemned the storming of al-Aqsa.', 'a term, “al-Hadith”, who knows', 'They read Turki al-Maliki, who wrote.'])('finds no one in %j', (text) => {
    expect(found(nisbaPeople, text)).toEqual([]);
  });
});

describe('pass bare-names', () => {
  it('reads a surname or given name alone once a pass before found the full name', () => {
    expect(texts(bareNames, 'Dr. Salim AlMalik visited the Center. The tour was led by AlMalik and Salim.', [titledPeople])).toEqual(['AlMalik', 'Salim']);
  });
  it('reads no lone word without a full name, nor one inside a longer name', () => {
    expect(found(bareNames, 'The tour was led by AlMalik.')).toEqual([]);
    expect(found(bareNames, 'Dr. Salim AlMalik visited the AlMalik Center.', [titledPeople])).toEqual([]);
    // After a particle, a father's or a family's name.
    expect(found(bareNames, 'Dr. Salman Alharbi met Mohammed bin Salman yesterday.', [titledPeople])).toEqual([]);
  });
});
