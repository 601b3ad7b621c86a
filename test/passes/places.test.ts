import { describe, expect, it } from 'vitest';
import { contextPlaces } from '../../src/stages/entities/passes/context-places.js';
import { knownPlaces } from '../../src/stages/entities/passes/known-places.js';
import { placeLists } from '../../src/stages/entities/passes/place-lists.js';
import { found, texts } from './run.js';

describe('pass known-places', () => {
  it.each([
    ['The Kingdom of Morocco hosted it.', ['Kingdom of Morocco']],
    ['They flew to Port Sudan.', ['Port Sudan']],
    ['It reached the Tashkent Region.', ['Tashkent Region']],
    ['Ties with the Western Balkans grew.', ['Western Balkans']],
    ['He lives in Djibouti City now.', ['Djibouti City']],
  ])('%j -> %j', (text, expected) => {
    expect(texts(knownPlaces, text)).toEqual(expected);
    expect(found(knownPlaces, text).every((e) => e.known)).toBe(true);
  });
  it.each([
    'The Morocco Forum opened.', // a place inside an event's name
    'Khalid Al Ahmadi spoke.', // a city's name ending a person's
    'The Moroccan delegation came.', // a demonym
  ])('finds no place in %j', (text) => {
    expect(found(knownPlaces, text)).toEqual([]);
  });
});

describe('pass context-places', () => {
  it.each([
    ['The team went to Zorkul last week.', ['Zorkul']],
    ['Samarkand hosted the forum.', ['Samarkand']],
    ['They visited the city of Medina.', ['Medina']],
  ])('%j -> %j', (text, expected) => {
    expect(texts(contextPlaces, text)).toEqual(expected);
  });
  it.each([
    'A Kuala Lumpur-based firm won.', // an adjective made of a place
    'Chadian students came in January.', // a country's adjective, a month
    'They saw the Alhambra.', // a landmark after "the"
  ])('finds no place in %j', (text) => {
    expect(found(contextPlaces, text)).toEqual([]);
  });
});

describe('pass place-lists', () => {
  it('continues a list closed by "and" from a place found before', () => {
    expect(texts(placeLists, 'Delegations from Kazakhstan, Zorkul, and Naryn came.', [knownPlaces, contextPlaces])).toEqual(['Zorkul']);
  });
  it('reads nothing without a place before it, nor an apposition', () => {
    expect(found(placeLists, 'Delegations from Kazakhstan, Zorkul, and Naryn came.')).toEqual([]);
    expect(found(placeLists, 'Kazakhstan, Kassym-Jomart Tokayev, said.', [knownPlaces, contextPlaces])).toEqual([]);
  });
});
