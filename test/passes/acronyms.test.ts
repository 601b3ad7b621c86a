import { describe, expect, it } from 'vitest';
import { organizations } from '../../src/stages/entities/passes/organizations.js';
import { acronyms } from '../../src/stages/entities/passes/acronyms.js';
import { found } from './run.js';

describe('pass acronyms', () => {
  it('reads bare acronyms, with whether compromise knows each as an organization', () => {
    expect(found(acronyms, 'ARCIF rankings were cited by UNESCO.')).toMatchObject([
      { type: 'acronym', text: 'ARCIF', orgTagged: false },
      { type: 'acronym', text: 'UNESCO', orgTagged: true },
    ]);
  });
  it('reads an acronym listed beside bodies as a body\'s (hold-outs 27, 28: aa11, ab01), not a thing\'s or a meeting\'s', () => {
    const tagged = (text: string) => found(acronyms, text, [organizations]).map((m) => [m.text, m.orgTagged]);
    expect(tagged('ALECSO, ISESCO and ABEGS met in Tunis.')).toEqual([['ALECSO', true], ['ISESCO', true], ['ABEGS', true]]);
    expect(tagged('It was co-organized with the Islamic Development Bank and ABEGS.')).toEqual([['ABEGS', true]]);
    expect(tagged('ICESCO and AI experts met before COP29 and ICESCO talks.')).toEqual([['ICESCO', true], ['AI', false], ['COP29', false], ['ICESCO', true]]);
    expect(tagged('ARCIF and IFLA met.')).toEqual([['ARCIF', false], ['IFLA', false]]);
  });
  it('knows ICESCO by its acronym alone, under both its names (hold-out 10, t10: "Director General of ICESCO"), and as the owner of what it names', () => {
    expect(found(acronyms, 'The Director General of ICESCO met ISESCO veterans.')).toMatchObject([
      { type: 'acronym', text: 'ICESCO', orgTagged: true },
      { type: 'acronym', text: 'ISESCO', orgTagged: true },
    ]);
    expect(found(acronyms, 'The ICESCO Regional Office opened.')).toMatchObject([{ type: 'acronym', text: 'ICESCO', orgTagged: true }]);
  });
  it('knows the acronyms of bodies in the lexicon as organizations, even with a number', () => {
    expect(found(acronyms, 'The ASEAN Education Ministers Meeting backed the G20 plan.')).toMatchObject([
      { type: 'acronym', text: 'ASEAN', orgTagged: true },
      { type: 'acronym', text: 'G20', orgTagged: true },
    ]);
  });
  it('reads a body\'s acronym before a role in it as the body, and before another name as none', () => {
    expect(found(acronyms, 'UN Secretary-General António Guterres spoke.')).toMatchObject([{ type: 'acronym', text: 'UN', orgTagged: true }]);
    expect(found(acronyms, 'ICESCO and UN Women launched it.')).toMatchObject([{ type: 'acronym', text: 'ICESCO' }]);
  });
  it('never reads an acronym of a thing as an organization', () => {
    expect(found(acronyms, 'The AI Summit met.')).toMatchObject([{ type: 'acronym', text: 'AI', orgTagged: false }]);
  });
  it.each([
    'The G21 plan and a B52 flew.', // a letter and a number alone is no acronym
    'The delegation visited the Hassan II Mosque.', // a regnal number
    'It was founded by the Organization (ARADO).', // a definition, read by the organization passes
    'No acronym at all here.',
  ])('finds none in %j', (text) => {
    expect(found(acronyms, text)).toEqual([]);
  });
});
