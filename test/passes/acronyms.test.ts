import { describe, expect, it } from 'vitest';
import { acronyms } from '../../src/stages/entities/passes/acronyms.js';
import { found } from './run.js';

describe('pass acronyms', () => {
  it('reads bare acronyms, with whether compromise knows each as an organization', () => {
    expect(found(acronyms, 'ICESCO and UNESCO signed the deal.')).toMatchObject([
      { type: 'acronym', text: 'ICESCO', orgTagged: false },
      { type: 'acronym', text: 'UNESCO', orgTagged: true },
    ]);
  });
  it.each([
    'The delegation visited the Hassan II Mosque.', // a regnal number
    'It was founded by the Organization (ARADO).', // a definition, read by the organization passes
    'No acronym at all here.',
  ])('finds none in %j', (text) => {
    expect(found(acronyms, text)).toEqual([]);
  });
});
