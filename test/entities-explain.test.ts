import { describe, expect, it } from 'vitest';
import { articleMentions, mergeCorpus, type ExplainedEntity } from '../src/stages/entities/index.js';

/** Runs find -> merge over articles given as [id, date, body]. */
function corpus(articles: [id: string, date: string | null, body: string][]) {
  return mergeCorpus(articles.map(([id, date, body]) => ({ id, date, entities: articleMentions('News', body) })));
}

/** One article's explanation as [type, name, [form, pass, rule][]] rows. */
const rows = (explained: ExplainedEntity[]) => explained.map((e) => [e.type, e.name, e.forms.map((f) => [f.text, f.pass, f.rule])]);

describe('perArticleExplain: which pass found each form, and which rule joined it', () => {
  const merged = corpus([
    ['a1', '2025-01-01', 'Dr. Salim M. AlMalik, Director-General of the Islamic World Educational, Scientific and Cultural Organization (ICESCO), visited the Kingdom of Morocco. AlMalik met Mr. Erlan Karin. ICESCO signed with UNESCO. The Regional Office in Baku and the Baku Office agreed.'],
    ['a2', '2025-01-02', 'Salim Al-Malik praised ICESCO. Dr. Abdelilah Benarafa and Abdelillah Benarafa spoke. Mohd Zaki bin Abdul Rahman met Mohd Zaki.'],
  ]);

  it('explains each form of each entity of the first article', () => {
    expect(rows(merged.perArticleExplain[0])).toEqual([
      ['person', 'Salim M. AlMalik', [['Salim M. AlMalik', 'titled-people', 'same-name'], ['AlMalik', 'bare-names', 'surname-of-name-before']]],
      ['person', 'Erlan Karin', [['Erlan Karin', 'titled-people', 'same-name']]],
      ['organization', 'Islamic World Educational, Scientific and Cultural Organization', [
        ['Islamic World Educational, Scientific and Cultural Organization', 'organizations', 'same-name'],
        ['ICESCO', 'organizations', 'acronym-defined-here'],
        ['ICESCO', 'acronyms', 'acronym-defined-here'],
      ]],
      ['organization', 'UNESCO', [['UNESCO', 'acronyms', 'known-acronym']]],
      ['organization', 'Regional Office in Baku', [['Regional Office in Baku', 'organizations', 'same-name'], ['Baku Office', 'organizations', 'office-by-city']]],
      ['place', 'Morocco', [['Kingdom of Morocco', 'known-places', 'place-short-name']]],
      ['place', 'Baku', [['Baku', 'organizations', 'same-name']]],
    ]);
  });

  it('says when a name was joined by spelling, by being part of a longer one, or by an acronym another article defines', () => {
    expect(rows(merged.perArticleExplain[1])).toEqual([
      ['person', 'Salim M. AlMalik', [['Salim Al-Malik', 'tagged-people', 'same-name']]],
      ['person', 'Abdelillah Benarafa', [['Abdelilah Benarafa', 'titled-people', 'nearly-same-spelling'], ['Abdelillah Benarafa', 'unknown-name-people', 'same-name']]],
      ['person', 'Mohd Zaki bin Abdul Rahman', [['Mohd Zaki bin Abdul Rahman', 'tagged-people', 'same-name'], ['Mohd Zaki', 'unknown-name-people', 'part-of-longer-name']]],
      ['organization', 'Islamic World Educational, Scientific and Cultural Organization', [['ICESCO', 'acronyms', 'acronym-defined-elsewhere']]],
    ]);
  });

  it('lists the same entities as perArticle, in its order, with every alias among the forms', () => {
    merged.perArticle.forEach((a, i) => {
      const explained = merged.perArticleExplain[i];
      const refs = [...a.people.map((p) => ['person', p.name, p.aliases]), ...a.organizations.map((o) => ['organization', o.name, o.aliases]), ...a.places.map((p) => ['place', p.name, p.aliases])];
      expect(explained.map((e) => [e.type, e.name])).toEqual(refs.map(([type, name]) => [type, name]));
      refs.forEach(([, , aliases], k) => {
        const forms = new Set(explained[k].forms.map((f) => f.text));
        // (An organization's acronym defined in another article is an alias without a form here.)
        for (const alias of aliases as string[]) if (forms.size && !(explained[k].type === 'organization' && /^[A-Z]+$/.test(alias))) expect(forms).toContain(alias);
      });
    });
  });

  it('names a lone word no full name explains, and a surname known from other articles', () => {
    const m = corpus([
      ['b1', '2025-02-01', 'Mr. Karim Tadlaoui opened the fair. Tadlaoui thanked the guests.'],
      ['b2', '2025-02-02', 'The speech by Mr. Tadlaoui was praised. The speech by Dr. Zoubeir was too.'],
    ]);
    expect(rows(m.perArticleExplain[1])).toEqual([
      ['person', 'Karim Tadlaoui', [['Tadlaoui', 'titled-people', 'surname-elsewhere']]],
      ['person', 'Zoubeir', [['Zoubeir', 'titled-people', 'lone-name']]],
    ]);
  });
});
