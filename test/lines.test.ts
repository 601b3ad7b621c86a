// What each line of a page is, by itself (lines.ts): the features segmentation chooses from.
import { describe, expect, it } from 'vitest';
import { bylineAuthor, classifyLines, isBodyParagraph, isByline, isGenericHeading, isTitleShaped, isWidgetLine, teaserKind } from '../src/stages/lines.js';
import { pageLines } from '../src/text.js';
import { CONTEXT } from './helpers/context.js';

const BODY =
  'Dr. Salim M. AlMalik, Director-General of ICESCO, met with the Minister of Culture on Thursday to discuss cooperation in education and heritage.';
const isWord = CONTEXT.isWord;

describe('isTitleShaped', () => {
  const cases: [text: string, previous: string | undefined, expected: boolean][] = [
    ['ICESCO Launches Regional Language Training Program in Central Asia', undefined, true],
    ['ICESCO supports Safe Schools Declaration and calls on its Member States to support it', undefined, true],
    // A colon inside a title does not close it.
    ['ICESCO’s Call to the World: Stop the Genocide and Starvation in Gaza', undefined, true],
    ['“Show Me Your Smile” Premieres in Casablanca', undefined, true],
    ['2025 Regional Forum Opens in Kuala Lumpur', undefined, true],
    // A numbered list's item under the one before it (hold-out 29, ac11); a numbered headline alone is a title.
    ['11. The Republic of Tajikistan', '10. The Islamic Republic of Pakistan', false],
    ['3. ICESCO Opens Its Regional Office in Baku', 'ICESCO at a Glance', true],
    // Shape alone says yes; the widget vocabulary and segmentation say otherwise. (A dateline is
    // title-shaped too: classifyLines reads it as a dateline first.)
    ['Extremely Dissatisfied Extremely Satisfied', undefined, true],
    ['Afterward, the participants in the Congress took a group photo.', undefined, false],
    ['Overall, how satisfied are you about the website?', undefined, false],
    ['Gaza', undefined, false],
    ['your opinion', undefined, false],
    ['the meeting continued in the afternoon session', undefined, false],
    ['Rulings, Controls, and Ethics; Sharia Ruling on Third-Party Payment of Loan Excess', undefined, false],
    [Array.from({ length: 36 }, (_, i) => `Word${i}`).join(' '), undefined, false],
    // The continuation of a paragraph broken after a comma.
    ['Rulings, Controls and Ethics in the Digital Age', 'the session was moderated by Dr. Adel Samida,', false],
    ['“Rulings, Controls and Ethics in the Digital Age', 'titled “Artificial Intelligence,”', false],
    ['Rulings, Controls and Ethics in the Digital Age', 'The workshop ended with recommendations.', true],
    // ... or broken off after a semicolon or a function word.
    ['Sport, Arts and Heritage as Tools for Bringing Young People Together', 'the Forum discussed three themes: dialogue in schools; volunteering; and', false],
    // (A bullet item ends on a bare semicolon, and a title may follow the last one.)
    ['ICESCO Director-General Receives Delegation from Guinea', '• Developing a financing mechanism for schools in rural areas;', true],
    // A sentence broken off before its end: a title never ends on "and", "the", "of" or a comma.
    ['The course, hosted by the University of Jordan, is organized in cooperation with UNDP and', undefined, false],
    ['The Forum brings together ministers of education from the', undefined, false],
    ['ICESCO Participates in the Meeting of Ministers,', undefined, false],
    // A capital letter is a word of the title, not an article.
    ['ICESCO Classified in Category A', undefined, true],
  ];
  it.each(cases)('%j after %j -> %s', (text, previous, expected) => {
    expect(isTitleShaped(text, previous)).toBe(expected);
  });
});

describe('isBodyParagraph', () => {
  const forty = Array.from({ length: 40 }, () => 'word').join(' ');
  const cases: [text: string, expected: boolean][] = [
    [BODY, true],
    ['The sessions were delivered by a distinguished group of experts in psychology, sociology, and law.', true],
    // 12 words is the floor.
    ['The workshop targeted thirty participants, including specialists in psychology, sociology and law.', true],
    // 11 words: too short to be a paragraph on its own.
    ['The sessions were delivered by two experts in psychology and law.', false],
    ['The jury announced the following winners:', false],
    // A long sentence left open by a colon is still prose.
    ['The organizing committee has set 1 November 2025 as the deadline for submitting abstracts accompanied by CVs via email to:', true],
    // Very long lines count even without closing punctuation (seed 003's continued list).
    [forty, true],
    [forty.split(' ').slice(1).join(' '), false],
    ['ICESCO Launches Regional Language Training Program in Central Asia', false],
  ];
  it.each(cases)('%j -> %s', (text, expected) => {
    expect(isBodyParagraph(text)).toBe(expected);
  });
});

describe('classifyLines: an aggregator\'s credit', () => {
  const classes = (texts: string[]) => classifyLines(texts.map((text, i) => ({ lineNo: i, text })), CONTEXT).map((c) => c.class);
  it('reads a publisher with its city in brackets under a dateline as a byline, and the same shape elsewhere as a headline', () => {
    expect(classes(['6 December 2021', 'Egypt State Information Service (Cairo)'])).toEqual(['dateline', 'byline']);
    expect(classes(['6 December 2021', 'Daily Trust (Abuja)'])).toEqual(['dateline', 'byline']);
    expect(classes(['ICESCO Launches Arabic Language Radio (Rabat)'])).toEqual(['title']);
    expect(classes(['6 December 2021', 'ICESCO Signs Agreement With Saudi Press Agency (SPA)'])).toEqual(['dateline', 'title']);
  });
});

describe('isByline', () => {
  const cases: [text: string, expected: boolean][] = [
    ['by admin', true],
    ['By Ilhama Isabalayeva - Trend:', true],
    ['Staff Reporter', true],
    ['Special correspondent', true],
    ['Editor in Chief Mohamed Wadie', true],
    ['Supervisor Elham AbolFateh', true],
    // A name alone, under a title or at the end of the text.
    ['Mohamed Mandour', true],
    ['Dr. Salim bin Mohammed Al-Malik', true],
    // An agency's sign-off, and its editor's initials in lower case.
    ['-- SPA', true],
    ['kns', true],
    ['mfa.ksm', true],
    ['the', false],
    // A masthead's credit with a rank before the role.
    ['Founding Editor: Shafqat Munir', true],

    // Headlines, section labels and a lone word are not bylines.
    ['ICESCO Director-General Receives Ambassador', false],
    ['News', false],
    ['Oman', false],
    ['Key Details', false],
    ['Shusha Declared Culture Capital', false],
    ['By messaging ICESCO, you agree to our Terms & AI policy', false],
    // Credits and a site's name as a sign-off.
    ['Photo: Ministry of Culture and Tourism of Uzbekistan', true],
    ['Editor: Ting Liu', true],
    ['News.Az', true],
  ];
  it.each(cases)('%j -> %s', (text, expected) => {
    expect(isByline(text, isWord)).toBe(expected);
  });
});

describe('bylineAuthor: the writer a byline names', () => {
  const cases: [text: string, expected: string | null][] = [
    ['By Ilhama Isabalayeva - Trend:', 'Ilhama Isabalayeva'],
    ['Aynur Yusifova', 'Aynur Yusifova'],
    ['By Kenan Karimov, AZERTAC', 'Kenan Karimov'],
    // Honorifics out, particles and a hyphenated family name in.
    ['Dr. Salim bin Mohammed Al-Malik', 'Salim bin Mohammed Al-Malik'],
    // A role is a masthead's or a desk's, not the article's writer; a lone word is no full name.
    ['Editor in Chief Mohamed Wadie', null],
    ['Supervisor Elham AbolFateh', null],
    ['Staff Reporter', null],
    ['by admin', null],
    ['By Amina', null],
    ['-- SPA', null],
    ['kns', null],
    ['Egypt State Information Service (Cairo)', null],
  ];
  it.each(cases)('%j -> %j', (text, expected) => {
    expect(bylineAuthor(text, isWord)).toBe(expected);
  });
});

describe('teaserKind', () => {
  it.each([
    ['Latest', 'section'],
    ['Latest articles', 'section'],
    ['Other Articles', 'section'],
    ['Related News', 'section'],
    ['Related Story', 'section'],
    ['Read also:', 'link'],
    ['Read also: ICESCO Launches Arabic Teacher Training Programme in Niger', 'link'],
    ['Check also', 'link'],
    // A wiki page's closing lists (hold-out 35, ai04).
    ['References', 'section'],
    ['External links', 'section'],
    // In Indonesian and French (hold-out 28, ab11).
    ['Baca Juga: Pasukan Israel Maju Lebih Jauh ke Suriah Selatan', 'link'],
    ['Lire aussi : L’ICESCO lance un programme', 'link'],
    ['Latest News From the Islamic World Summit', null],
    ['Related Organizations Sign Agreement', null],
  ] as const)('%j -> %s', (text, expected) => {
    expect(teaserKind(text)).toBe(expected);
  });
});

describe('isGenericHeading', () => {
  it.each([
    ['Context and Background', true],
    ['Key Details', true],
    ['The Opening Ceremony', true],
    ['ICESCO-Indonesia: New Routes for Cooperation', false],
    ['Shusha Hosts Festival', false],
    ['2025 Regional Forum Opens', false],
  ] as const)('%j -> %s', (text, expected) => {
    expect(isGenericHeading(text, isWord)).toBe(expected);
  });
});

describe('classifyLines', () => {
  const classes = (lines: string[]) => classifyLines(pageLines(lines.join('\n')), CONTEXT).map((l) => [l.text, l.class]);

  it('tells prose, a title, a dateline, a byline, widgets and a bullet highlight apart (ext_01, ext_04, ext_17)', () => {
    expect(
      classes([
        'Oman hosts conference of ICESCO education ministers',
        'Staff Reporter',
        'Muscat, Oct 2',
        '• Clock-gray 16:35',
        '• calendar-gray 13 January 2021',
        '• Al-Malik has a Ph.D. in allergy and clinical immunology, and a Ph.D. in pediatrics',
        'Follow',
        BODY,
        'Home News Media Contact',
      ]),
    ).toEqual([
      ['Oman hosts conference of ICESCO education ministers', 'title'],
      ['Staff Reporter', 'byline'],
      ['Muscat, Oct 2', 'dateline'],
      ['• Clock-gray 16:35', 'widget'],
      ['• calendar-gray 13 January 2021', 'dateline'],
      ['• Al-Malik has a Ph.D. in allergy and clinical immunology, and a Ph.D. in pediatrics', 'list'],
      ['Follow', 'widget'],
      [BODY, 'prose'],
      ['Home News Media Contact', 'navigation'],
    ]);
  });

  it('reads the chrome hold-out 4 showed: a sign-off behind a dash, a distributor\'s credit, form fields, text-size buttons, a logo\'s download, a two-word teaser label', () => {
    expect(
      classes([
        '— ONA',
        'Distributed by APO Group on behalf of Ministry of Foreign Affairs of The State of Qatar.',
        'Your Name',
        'Your Email Address',
        'Download logo',
        '• A-',
        '• A',
        '• A+',
        'more recommended stories',
      ]).map(([, c]) => c),
    ).toEqual(['byline', 'byline', 'widget', 'widget', 'widget', 'widget', 'widget', 'widget', 'teaser']);
    // A dash before a word that is no agency's is still a list's bullet; a bare "A" with no sized button beside it is left alone.
    expect(classes(['- Pakistani', 'A', 'Name of the Programme'])).toEqual([['- Pakistani', 'list'], ['A', 'text'], ['Name of the Programme', 'title']]);
    // An archive photo's caption (hold-out 35, ai12: Egypt Today).
    expect(classes(['FILE: Minister of Higher Education Khaled Abedul Ghaffar'])).toEqual([['FILE: Minister of Higher Education Khaled Abedul Ghaffar', 'caption']]);
    // The buttons on one line (hold-out 34, ah03: AZERTAC's German service).
    expect(classes(['A+ A', 'A- A A+'])).toEqual([['A+ A', 'widget'], ['A- A A+', 'widget']]);
  });

  it('reads the chrome hold-out 5 showed: a wire credit, a related-links label, a pointer to the full text, a date with a comments flag and a desk\'s byline', () => {
    expect(
      classes(['OnIslam & News Agencies', 'Staff and agencies', 'Related Links:', 'Read the full news in Al-Khalij online.', 'October 15, 2018 Off By Web Desk']).map(([, c]) => c),
    ).toEqual(['byline', 'byline', 'teaser', 'widget', 'dateline']);
    // A headline of English words after a date is no byline's: the date sits in a sentence.
    expect(classes(['Language Day on 18 May 2025 Brings Together Teachers'])[0][1]).not.toBe('dateline');
  });

  it('reads the chrome hold-out 6 showed: counters, relative times, a file name, section links, tags, social-media notices, a newsroom\'s report credit, a Russian stamp', () => {
    expect(
      classes(['190 views', 'hour ago', '4 hours ago', '27.02.2025.12.04.jpeg', 'Gallery', 'Calendar', 'Tagged:', 'We are on Facebook: www.facebook.com/mfa.tj', 'Official pages of the Ministry of Foreign Affairs of the Republic of Tajikistan in social media:', 'Read the original article on Foroyaa.', 'Other news in section', 'Saudi Gazette report', '16 сентября, 2024 16:08']).map(([, c]) => c),
    ).toEqual(['widget', 'widget', 'widget', 'widget', 'widget', 'widget', 'widget', 'widget', 'widget', 'widget', 'teaser', 'byline', 'widget']);
    // Still headlines and datelines: a widget's word inside a longer line, an icon's name before a date.
    expect(classes(['ICESCO Gallery Opens Exhibition of Manuscripts', '• calendar-gray 13 January 2021']).map(([, c]) => c)).toEqual(['title', 'dateline']);
  });

  it('reads the chrome hold-out 7 showed: an advertising notice, useful links, a menu printed with each item twice', () => {
    const menu = 'Year of the mahalla Decrees of the President Investment potential Meetings Meetings The international cooperation The international cooperation Press-releases Press-releases Mission News Mission News Tourism Tourism Other news and events Other news and events';
    expect(classes(['Advertise with us. We are here to help you market your products and services. Contact us', 'show all useful links', menu]).map(([, c]) => c)).toEqual(['widget', 'widget', 'navigation']);
    // A sentence that says a word twice is no menu.
    expect(classes(['The ministers of culture met met again in Rabat on Monday and they agreed on a plan for the protection of heritage sites in the region.'])[0][1]).toBe('prose');
  });

  it('reads the chrome hold-out 8 showed: a feed\'s credit in brackets, a newsletter\'s call, an aggregator\'s credit sentence', () => {
    expect(classes(['(MENAFN- AzerNews)', '• Get The Latest News & Updates', 'The article, ISESCO Director-General praises the preparations for the General Conference. It was written in Al Borsa newspaper.']).map(([, c]) => c)).toEqual(['byline', 'widget', 'widget']);
    // A paragraph that says a book was written is no credit.
    expect(classes(['The book, a history of the manuscripts of Timbuktu, was presented at the fair; it was written in Arabic and French by two scholars.'])[0][1]).toBe('prose');
  });

  it('reads the chrome hold-outs 9 and 10 showed: a comment form\'s spam notice, an agency\'s story credit, a blog\'s post credit', () => {
    expect(classes(['This site uses Akismet to reduce spam. Learn how your comment data is processed.', 'Islamic Republic News Agency story', 'at 12:05 AM Posted by chaker', 'Posted by chaker', 'You are currently viewing Visit to Morocco: ISESCO becomes the 40th signatory of ICBIE', '- L\'Observateur Paalga (509 items)']).map(([, c]) => c)).toEqual(['widget', 'byline', 'byline', 'byline', 'widget', 'widget']);
    // A headline about a story is no credit.
    expect(classes(['The Untold Story of Timbuktu Manuscripts'])[0][1]).toBe('title');
  });

  it('reads the pointers to the stories before and after, glued to their headlines, as teasers, and a line printed twice glued as a caption (hold-out 23, i10, i13)', () => {
    expect(classes(['Previous articleReal Madrid’s Diego Lopez set to leave the team', 'Next articleCNN anchor: More Palestinian children killed', 'ISESCO Session in BakuISESCO Session in Baku']).map(([, c]) => c)).toEqual(['teaser', 'teaser', 'caption']);
    expect(classes(['Previous Ministers Meet in Baku', 'ISESCO Session in Baku'])[0][1]).toBe('title');
  });

  it('reads a photo caption printed twice with its credit as a caption, not a title, and an empty byline\'s label as chrome (hold-out 21, f10)', () => {
    const caption = 'Cairo is the Capital of Islamic Culture for 2020 - ET';
    expect(classes(['Press Conf. to Announce Cairo as Capital of Islamic Culture', 'BY', '-', caption, caption, 'CAIRO - 2 February 2020: The Minister of Culture will hold a press conference to announce the program.']).map(([, c]) => c)).toEqual(['title', 'widget', 'widget', 'caption', 'caption', 'prose']);
    // A title printed twice without a credit is still a title, and so is the page's first
    // headline with its agency's name.
    const title = 'Cairo Is the Capital of Islamic Culture for 2020';
    expect(classes([title, title])[0][1]).toBe('title');
    expect(classes(['ICESCO Launches Its Award for Young Innovators - WAM', 'ICESCO Launches Its Award for Young Innovators - WAM'])[0][1]).toBe('title');
  });

  it('reads a byline writer with a family name joined to its article ("By Moustafa Al-Soufi", hold-out 10, t01)', () => {
    expect(bylineAuthor('By Moustafa Al-Soufi', isWord)).toBe('Moustafa Al-Soufi');
    expect(bylineAuthor('By Staff Reporter', isWord)).toBeNull();
  });

  it('reads a byline whose name has an English word in it after its "By" (hold-out 15, y11), but not a line of English words', () => {
    expect(classes(['By Paras Ali', 'By Royal Decree'])).toEqual([['By Paras Ali', 'byline'], ['By Royal Decree', 'title']]);
  });

  it('reads the chrome hold-out 14 showed: a news ticker, a newspaper\'s edition widget', () => {
    expect(classes(['Headlines : * Immune breakthrough earns Nobel for US-Japanese trio   * 19 shops gutted in Khagrachhari fire   * BNP meets UN`s envoy', "Today's Paper | March 03, 2026"]).map(([, c]) => c)).toEqual(['widget', 'widget']);
    // A headline about headlines is still one.
    expect(classes(['Newspaper Headlines Shape Public Opinion on Education'])[0][1]).toBe('title');
  });

  it('keeps headlines of common words, and headlines that use a widget\'s word, titles (negative cases)', () => {
    const headlines = [
      'Teachers Celebrate World Teachers Day',
      'Ministers Discuss Education Reform',
      'Climate Change Threatens Cultural Heritage Sites',
      'Back to School Campaign Launched',
      'ICESCO Launches Social Media Literacy Programme for Young People',
      'ICESCO and Meta Discuss Data Privacy in Schools',
      'Experts Review Copyright Rules for Digital Libraries',
      'Assistant Director-General Visits Baku',
      'Can Artificial Intelligence Save Endangered Languages?',
      'ICESCO Holds Training for Teachers of Arabic in the Kingdom of Saudi Arabia in…',
      'World Arabic Language Day, 18 December',
      'Key Outcomes of the Conference and the Way Forward for Member States',
    ];
    expect(classes(headlines).map(([t, c]) => [t, c])).toEqual(headlines.map((t) => [t, 'title']));
  });

  it('reads a date field, a byline with its date and an update note for what they are', () => {
    expect(classes(['Deadline: 30 June 2025', 'Posted by admin on 11 May 2019', 'Umer Jamshaid Published February 24, 2025 | 10:45 PM', 'First published: 3 March 2024', 'Details added (first published: 10:12)']).map(([, c]) => c)).toEqual(['text', 'dateline', 'dateline', 'dateline', 'widget']);
    // ("Important Dates" over "Deadline: 30 June 2025" inside an article stays in it: see segment.test.ts.)
  });

  it('reads counters, pointers, update notes, closed comments and embedded posts as chrome', () => {
    expect(
      classes([
        '52',
        '<< Home',
        'Details added (first published: 10:12)',
        'Comments are closed.',
        '#Azerbaijan has submitted Mausoleums in #Nakhchivan for inclusion in the #ISESCO Islamic World Heritage list.',
        'The Historic City of Yazd has been inscribed on the World Heritage List . @UNESCO pic.twitter.com/y0Ti1vZmhi',
        'fontLarger fontSmaller',
      ]).map(([, c]) => c),
    ).toEqual(['widget', 'navigation', 'widget', 'widget', 'widget', 'widget', 'widget']);
  });

  it('reads a caption printed twice in a row as a caption both times, but keeps a title printed twice a title', () => {
    const caption = 'Dignitaries at the ICESCO conference in Al Bustan Palace Hotel on Wednesday, with the Chairman of the State Council.';
    const title = 'Riyadh Charter on AI for Islamic World Launched at GAIN Summit';
    expect(classes([caption, caption, title, title]).map(([, c]) => c)).toEqual(['caption', 'caption', 'title', 'title']);
  });

  it('keeps the first copy of a lead or a dateline printed twice in a row', () => {
    expect(classes(['14 February 2021', '14 February 2021', BODY, BODY, BODY.replace('Thursday', 'Friday')]).map(([, c]) => c)).toEqual(['dateline', 'caption', 'prose', 'caption', 'prose']);
  });
});

describe('isWidgetLine: what a scrape of a page template leaves', () => {
  it('reads a markup identifier, a counter at zero, a share bar and a republisher\'s note as chrome', () => {
    // A theme's reading time, a view counter's totals, a share plugin's label (hold-out 28, ab15).
    for (const line of ['0 minutes, 50 seconds Read', '3 min read', 'Reading time: 4 minutes', '2294 Total Views 1 Views Today', '15 Total Views', 'Spread the love', 'Details added (first version posted on 15:17)']) expect([line, isWidgetLine(line)]).toEqual([line, true]);
    for (const line of ['Five Minutes That Changed Heritage', '30 Minutes to Read the Quran Daily', 'Total Views of Culture']) expect([line, isWidgetLine(line)]).toEqual([line, false]);
    for (const line of ['post-img', 'entry_meta', 'News Sliding 0', 'Comments 0', 'Reprint | | Print |', 'Share | | Tweet | | Email', 'This article has been adapted from its original source.', 'This story was republished with permission from the agency.']) expect([line, isWidgetLine(line)]).toEqual([line, true]);
  });
  it('leaves headlines with numbers, bars or hyphens, table rows, hyphenated words and prose about articles alone', () => {
    for (const line of ['Vision 2030', 'ICESCO Launches 2 Programs', 'Session 10 of the Council Opens', 'ICESCO and Egypt | A New Partnership for Heritage', '| Morocco | 12 |', 'Year | Students | Teachers', 'Arabic | English | French', 'Post-Conflict Heritage', 'Al-Quds', 'well-being', 'e-learning', 'covid-19', 'This article of the charter has been adopted by all member states.', 'This article was adapted from a speech delivered by the Director-General.']) expect([line, isWidgetLine(line)]).toEqual([line, false]);
  });
  it('reads long menus parted by bars without backtracking over their items (the test timeout is the bound)', () => {
    // An expression that backtracked over a menu's items would take 2^n steps on n items: from
    // 40 items on, longer than the test may run. Read in linear time, all of this is milliseconds.
    for (let n = 1; n <= 60; n++) {
      const items = Array.from({ length: n }, (_, i) => `Item${i}`);
      // A short menu with a copyright is a footer; a long one is past the word limit of that rule.
      if (n <= 12) expect([n, isWidgetLine(`Home | News | ${items.join(' | ')} | © 2025`)]).toEqual([n, true]);
      else isWidgetLine(`Home | News | ${items.join(' | ')} | © 2025`);
      // Bars between words that are no share bar's items.
      expect([n, isWidgetLine(`${'a | '.repeat(n)}x y z w`)]).toEqual([n, false]);
      expect([n, isWidgetLine(`${items.join(' | ')} |`)]).toEqual([n, false]);
    }
  });
});

describe('isWidgetLine: a publisher\'s footer', () => {
  it('reads a disclaimer\'s label, a legal notice however long, and a record id alone as chrome', () => {
    expect(isWidgetLine('Legal Disclaimer:')).toBe(true);
    expect(isWidgetLine('Disclaimer: the views expressed are the author\'s own')).toBe(true);
    const notice = 'MENAFN provides the information “as is” without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the provider above.';
    expect(notice.split(' ').length).toBeGreaterThan(40);
    expect(isWidgetLine(notice)).toBe(true);
    expect(isWidgetLine('MENAFN2302201800710000ID1096507830')).toBe(true);
  });

  it('leaves prose that speaks of warranties or responsibility, and short codes, alone', () => {
    expect(isWidgetLine('The ministers agreed that the programme would accept applications from universities of all member states until the end of the year.')).toBe(false);
    expect(isWidgetLine('The contractor said the building was delivered with a ten-year warranty, and that the ministry would accept it in March.')).toBe(false);
    expect(isWidgetLine('ISBN9789954')).toBe(false);
    // Long enough, but a name with a year in it, not an id (fewer than eight digits).
    expect(isWidgetLine('Kazakhstan2030StrategyForum')).toBe(false);
    expect(isWidgetLine('COVID19')).toBe(false);
    expect(isWidgetLine('Disclaimers of the past were forgotten.')).toBe(false);
  });
});
