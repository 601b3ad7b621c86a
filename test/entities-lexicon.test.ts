import { describe, expect, it } from 'vitest';
import { nlp } from '../src/stages/entities/compromise.js';
import { ancestors, CLASSES } from '../src/stages/entities/lexicon/classes.js';
import { CALENDAR_WORDS, DOTTED_ABBREVIATIONS, HONORIFICS, ORG_HEADS, ROLE_WORDS } from '../src/stages/entities/lexicon/index.js';

const keyOf = (w: string) => w.toLowerCase().replace(/\.$/, '');

describe('the entity lexicon', () => {
  it('writes each class once, with a reason, and no word twice in a class and the classes around it', () => {
    const tags = CLASSES.map((c) => c.tag);
    expect(new Set(tags).size).toBe(tags.length);
    for (const c of CLASSES) {
      expect(c.reason.length, c.tag).toBeGreaterThan(20);
      expect(new Set(c.words).size, c.tag).toBe(c.words.length);
      for (const p of ancestors(c.tag)) expect(tags, `${c.tag} isA ${p}`).toContain(p);
    }
    // A class inside another lists only its own words: none is repeated in an ancestor or a descendant.
    for (const a of CLASSES)
      for (const b of CLASSES) {
        if (a === b || !ancestors(a.tag).includes(b.tag)) continue;
        const inB = new Set(b.words.map(keyOf));
        expect(a.words.filter((w) => inB.has(keyOf(w))), `${a.tag} repeats ${b.tag}`).toEqual([]);
      }
  });

  it('derives the classes the rules read from their parts ("HardRole" words are role words)', () => {
    expect(ROLE_WORDS.has('director-general')).toBe(true); // from HardRole
    expect(ROLE_WORDS.has('spokesman')).toBe(true);
    expect(ORG_HEADS.has('university')).toBe(true); // from CityNamedHead
    expect(ORG_HEADS.has('company')).toBe(true);
    expect(ORG_HEADS.has('firm')).toBe(false);
  });

  it("reads months and weekdays from compromise's #Month and #WeekDay, with the two months it tags only in context", () => {
    for (const w of ['january', 'march', 'may', 'september', 'monday', 'sunday']) expect(CALENDAR_WORDS.has(w), w).toBe(true);
    for (const w of ['mayor', 'marching', 'university']) expect(CALENDAR_WORDS.has(w), w).toBe(false);
  });

  it('reads an honorific abbreviation without its dot only when compromise knows it as an honorific', () => {
    const forms = new Set(HONORIFICS.map((h) => h.join(' ')));
    for (const f of ['Dr.', 'Dr', 'Mme', 'Eng.', 'H.E.', 'HE', 'His Royal Highness', 'Tan Sri']) expect(forms.has(f), f).toBe(true);
    expect(forms.has('Eng')).toBe(false);
    // Longest first, so that "His Royal Highness" is tried before "His Highness".
    const lengths = HONORIFICS.map((h) => h.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect([...DOTTED_ABBREVIATIONS]).toEqual(expect.arrayContaining(['Dr', 'St', 'Jr', 'Gen']));
  });

  it('is loaded into compromise: its words carry their classes as tags, and compromise reads the text as before', () => {
    const terms = (nlp('He met H.E. Dr. Ahmed at the University in the Tashkent Region') as unknown as { json(): { terms: { text: string; tags: string[] }[] }[] }).json()[0].terms;
    const tagsOf = (text: string) => terms.find((t) => t.text === text)!.tags;
    expect(tagsOf('University')).toEqual(expect.arrayContaining(['OrgHead', 'CityNamedHead']));
    expect(tagsOf('Region')).toEqual(expect.arrayContaining(['RegionSuffix']));
    expect(tagsOf('H.E.')).toEqual(expect.arrayContaining(['Honorific']));
    expect(tagsOf('Dr')).toEqual(expect.arrayContaining(['Honorific', 'PersonalHonorific']));
    // "He" is written "HE" as an honorific: a pronoun stays one.
    expect(tagsOf('He')).toContain('Pronoun');
    expect(tagsOf('He')).not.toContain('Honorific');
    expect(tagsOf('Ahmed')).toContain('Person');
  });
});
