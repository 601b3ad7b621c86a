/**
 * lines: what each line of a page is, judged from features that name no site — its length,
 * closing punctuation, capitals, the words of web widgets and bylines, what the date parser reads
 * in it, and whether the page prints it twice in a row. This is the text-line counterpart of what
 * jusText and trafilatura do with HTML blocks; segment.ts then finds the articles in the classes.
 */
import { endsLikeSentence, wordCount, wordCountUpTo } from '../text.js';
import type { LineClass, LineDate, PageLine } from '../types.js';
import { isTimestamp, MAX_WORDS, readDateline, type DateReader } from './datelines.js';

/** What classifying needs besides the text: the date parser, and English words (for names). */
export interface LineContext {
  readDates: DateReader;
  /** Is this lower-case word an English word (not a name)? */
  isWord: (word: string) => boolean;
}

export interface ClassifiedLine extends PageLine {
  class: LineClass;
  /** For a dateline: the date it gives. */
  date?: LineDate;
}

/** Longest line (in words) that the widget vocabulary can make chrome. */
const WIDGET_MAX_WORDS = 15;
/** Longest line (in words) that a chrome marker (a disclaimer, a copyright) can make chrome. */
const CHROME_MARKER_MAX_WORDS = 40;

/** Phrases of web page furniture that no headline uses: chrome on a short line not closed by a full stop. */
const WIDGET_PHRASES =
  /\b(?:follow us|follow (?:\S+ ){0,3}on (?:social media|facebook|twitter|instagram|linkedin|youtube|telegram|tiktok|x)|share (?:this|on|via)|spread the love|details added|first version posted|subscribe to|our newsletter|sign (?:in|up)|log ?(?:in|out)|skip to|back to top|read more|(?:ai|cookie|privacy) policy|terms of (?:use|service)|google translate|user feedback|your opinion|how satisfied|extremely (?:dis)?satisfied|chatbot|ai assistant|how can (?:i|we) help you|print (?:this|page)|email this|leave a (?:reply|comment)|post (?:a )?comment|cancel reply|main menu|(?:show all )?useful links|get the latest (?:news|updates)|font ?(?:larger|smaller|size)|download (?:our|the) app|download (?:the )?(?:logo|photos?|images?|pdf|file)|was this (?:\w+ ){0,2}(?:helpful|useful)|rate this (?:article|page|news|story)|today['’]s paper|e-?paper|print edition)\b|A\+\s*\|?\s*A-/i;
/** Words of widgets that headlines use too: chrome only on a line of four words or fewer ("Follow", "ads", "Alem AI assistant"). */
const SHORT_WIDGET_WORDS = /\b(?:like this|follow|chat|messaging|print(?:er)?|ads|advertisements?|share|terms|comments?|menu|search|login|newsletter|subscribe|feedback|privacy|cookies|copyright|facebook|twitter|linkedin|instagram|youtube|telegram|whatsapp)\b/i;

/**
 * Sentences of chrome, chrome however they are punctuated (a disclaimer, a cookie notice, a
 * copyright line). (Each alternative must contain one of CHROME_MARKER_KEYS: a test checks.)
 */
export const CHROME_MARKERS =
  /©|\bcomments are closed\b|pic\.twitter\.com\/|\ball rights reserved\b|\bskip to (?:main )?content\b|\b(?:we|this (?:web)?site) uses? cookies\b|\bsubscribe to (?:our|the) newsletter\b|\byour email address will not be published\b|\brequired fields are marked\b|^(?:legal |important )?disclaimer\s*:|\byou are using google translate\b|\bwelcome to the (?:official )?(?:web ?site|portal|page) of\b|\bread the (?:full|original) (?:news|story|article|report|text) (?:in|on|at)\b|\bwe are on (?:facebook|twitter|instagram|youtube|telegram|linkedin|tiktok)\b|\bin social (?:media|networks)\s*:\s*$|\badvertise with us\b|^the article, .{5,300}\bit was written in\b|\buses akismet to reduce spam\b|^you are currently viewing\b/iu;

/**
 * A piece of text that every alternative of CHROME_MARKERS contains, lower-cased: a line holding
 * none of them cannot match, and one indexOf per key is far cheaper than that alternation, which
 * starts twelve tries at each character of every line (a third of segmentation's time).
 */
export const CHROME_MARKER_KEYS = ['©', 'comments are closed', 'pic.twitter.com/', 'all rights reserved', 'skip to ', ' cookies', 'subscribe to ', 'your email address will not be published', 'required fields are marked', 'disclaimer', 'you are using google translate', 'welcome to the ', 'read the ', 'we are on ', 'in social ', 'advertise with us', 'the article, ', 'akismet', 'you are currently viewing'];

/**
 * Could CHROME_MARKERS match this line? False only when it cannot. Under /iu a letter matches
 * what case-folds to it: its capital, which toLowerCase undoes, and two more characters, K
 * (Kelvin sign, which toLowerCase makes a k) and ſ (long s, which it keeps: so a line with
 * one goes to the regular expression).
 */
export function mayHoldChromeMarker(text: string): boolean {
  const lower = text.toLowerCase();
  return CHROME_MARKER_KEYS.some((key) => lower.includes(key)) || lower.includes('ſ');
}

/**
 * A publisher's legal notice, however long ("… provides the information “as is” without warranty
 * of any kind. We do not accept any responsibility …"): words no news report uses.
 */
const LEGAL_NOTICE = /\bwithout warranty of any kind\b|\bdo(?:es)? not accept any (?:responsibility|liability)\b/i;
/** Longest line (in words) that a legal notice's words can make chrome. */
const LEGAL_NOTICE_MAX_WORDS = 120;
/** A counter with its unit ("190 views", "12 comments"). */
const VIEW_COUNTER = /^\d[\d,.]*\s*(?:views?|reads?|comments?|shares?|likes?|visits?)$/i;
/** A view-counter plugin's totals ("2294 Total Views 1 Views Today"). */
const VIEW_TOTALS = /^\d[\d,.]*\s+total views?(?:\s+\d[\d,.]*\s+views? today)?$/i;
/** A theme's reading time ("0 minutes, 50 seconds Read", "3 min read", "Reading time: 4 minutes"). */
const READING_TIME = /^(?:(?:estimated )?reading time:?\s*\d+\s*(?:minutes?|mins?)|(?:\d+\s*(?:minutes?|mins?)(?:,?\s*\d+\s*(?:seconds?|secs?))?|\d+\s*(?:seconds?|secs?))\s+read)$/i;
/** An archive's facet with its count of items ("- Le Pays (709 items)", "Sidwaya (1104 items)"). */
const FACET_COUNT = /\(\d[\d,.]*\s*(?:items?|articles?|posts?|documents?|results?|entries)\)$/i;
/** A relative timestamp ("hour ago", "4 hours ago", "2 days ago"). */
const TIME_AGO = /^(?:an?|\d+)?\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/i;
/** A site section's link alone on its line ("Gallery", "Calendar"): words a headline uses too, so only alone. */
const SECTION_LINK = /^(?:(?:photo |video )?gallery|calendar)$/i;
/** A file's name alone ("27.02.2025.12.04.jpeg"): an image the scrape kept the name of. */
const FILE_NAME = /^[\p{L}\d._-]+\.(?:jpe?g|png|gif|webp|svg|bmp|pdf|docx?)$/iu;
/** A record's number under its label: "Story Code : 326243", "News ID: 118650". */
const RECORD_NUMBER = /^\p{L}[\p{L} ]{0,25}\s*:\s*\d{5,}$/u;
/** A feed's or a scraper's record id alone on a line ("MENAFN2302201800710000ID1096507830"): one long token, eight digits or more. */
const RECORD_ID = /^(?=(?:[^\d]*\d){8})[A-Za-z0-9]{16,}$/;
/**
 * A page template's identifier alone on a line, as a scrape of its markup leaves it ("post-img",
 * "entry_meta"): lower-case words joined by an underscore, or by a hyphen to a template's word
 * (not "well-being", "follow-up").
 */
const MARKUP_ID = /^[a-z]+(?:_[a-z\d]+)+$|^(?=[a-z\d-]*\b(?:img|image|thumb|thumbnail|icon|meta|wrap|wrapper|entry|widget|banner|slider|logo|btn|nav|sidebar|container|featured)\b)[a-z]+(?:-[a-z\d]+)+$/;
/** A widget's counter, still at zero ("Comments 0", "News Sliding 0"). */
const ZERO_COUNTER = /^\p{L}[\p{L} ]*\s0$/u;
/** An item of a share bar: nothing, or a word or two. */
const SHARE_ITEM = /^\s*(?:[\p{L}\d]+(?: [\p{L}\d]+)?)?\s*$/u;
/** Longest share bar, in words. */
const SHARE_BAR_MAX_WORDS = 12;
/** A site's news ticker, its headlines starred on one line ("Headlines : * Immune breakthrough … * 19 shops gutted …"). */
const NEWS_TICKER = /^(?:headlines?|breaking(?: news)?|latest(?: news)?|news ticker|top stories)\s*:\s*[*•]/i;
/** A republisher's note on where the text came from ("This article has been adapted from its original source."). */
const REPUBLISHED_NOTE = /^this (?:article|story|report|post) (?:has been |was )?(?:(?:adapted|republished|reproduced|reprinted|syndicated) (?:from (?:its|the) original source|with (?:the )?permission)|originally (?:published|appeared) (?:on|in|by)\b)/i;

/**
 * A share bar: three items or more parted by bars, each a word or two, one between two bars empty
 * ("Reprint | | Print |"), so not a row of a table ("| Morocco | 12 |"). Items are
 * tested one by one: one expression over the whole line backtracks exponentially on a long menu.
 */
function isShareBar(text: string, words: number): boolean {
  if (words > SHARE_BAR_MAX_WORDS || !text.includes('|')) return false;
  const items = text.split('|');
  return items.length >= 3 && items.slice(1, -1).some((i) => !i.trim()) && items.every((i) => SHARE_ITEM.test(i));
}

/** A line of web page furniture: a widget, a form's field, a disclaimer, an embedded post. (`words`: its word count, when known.) */
export function isWidgetLine(text: string, words = wordCount(text)): boolean {
  if (words <= CHROME_MARKER_MAX_WORDS && ((mayHoldChromeMarker(text) && CHROME_MARKERS.test(text)) || isSocialPost(text))) return true;
  // (The two substrings first: the expression is tried only on lines that may hold it.)
  if (words <= LEGAL_NOTICE_MAX_WORDS && (text.includes('arranty') || text.includes('ccept')) && LEGAL_NOTICE.test(text)) return true;
  if (words === 1 && (RECORD_ID.test(text.trim()) || MARKUP_ID.test(text.trim()))) return true;
  if (words <= 4 && RECORD_NUMBER.test(text.trim())) return true;
  // An empty byline's label, or a separator alone on its line ("BY", "-").
  if (words <= 1 && /^(?:by|[-–—|•·*]+)$/i.test(text.trim())) return true;
  if (words <= 4 && (VIEW_COUNTER.test(text.trim()) || TIME_AGO.test(text.trim()))) return true;
  if (words <= 8 && (VIEW_TOTALS.test(text.trim()) || READING_TIME.test(text.trim()))) return true;
  if (words <= 10 && FACET_COUNT.test(text.trim())) return true;
  if (words === 1 && FILE_NAME.test(text.trim())) return true;
  if (words <= 2 && SECTION_LINK.test(text.trim())) return true;
  if (words <= 4 && ZERO_COUNTER.test(text.trim())) return true;
  if (isShareBar(text, words)) return true;
  if (words <= CHROME_MARKER_MAX_WORDS && /^this /i.test(text) && REPUBLISHED_NOTE.test(text)) return true;
  if (NEWS_TICKER.test(text)) return true;
  if (words > WIDGET_MAX_WORDS) return false;
  if (/[.!]["”’)]?$/.test(text.trim())) return false;
  // A form's field ("Name *", "Email *"); an embedded post's signature ("— Name (@handle) January 26, 2018").
  if (words <= 3 && /\s\*$/.test(text)) return true;
  if (/\(@\w+\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u.test(text.trim())) return true;
  return WIDGET_PHRASES.test(text) || (words <= 4 && SHORT_WIDGET_WORDS.test(text));
}

/** An embedded social-media post: three hashtags or more. */
function isSocialPost(text: string): boolean {
  if (!text.includes('#')) return false;
  let tags = 0;
  for (const _ of text.matchAll(/(?:^|\s)#\p{L}/gu)) if (++tags >= 3) return true;
  return false;
}

/** The words that head a list of other stories ("Latest", "Related News", "Other Articles", "More recommended stories"), or a wiki page's closing lists ("References", "External links"). */
const TEASER_SECTION = /^(?:(?:the )?(?:more |other )?(?:latest|related|other|more|recent|popular|recommended|trending|top|similar|most (?:read|viewed|popular))(?: (?:articles?|news|posts?|stor(?:y|ies)|items|reads|updates|headlines|links|topics)(?: for you| in (?:this |the )?(?:section|category))?)?|you (?:may|might) (?:also )?like|don[’']t miss|more (?:from|on) [\p{L} ]{1,30}|in other news|references|external links|further reading|bibliography)$/iu;
/** The words that point to one other story ("Read also", "See also", "Check also"; Indonesian "Baca Juga", French "Lire aussi"). */
const TEASER_LINK = /^(?:(?:read|see|check) (?:also|more)|also read|baca juga|lihat juga|lire aussi|voir aussi|lesen sie auch|lea también|leer también)$/i;

/**
 * A teaser label: the head of a section of other stories' headlines ("Latest", "Related News"),
 * or a link to one ("Read also", alone or before the headline it points to: "Read also: ICESCO
 * Launches …"); null for any other line.
 */
export function teaserKind(text: string): 'section' | 'link' | null {
  // "Previous articleReal Madrid’s Diego Lopez …": a pointer to the next story, its label glued to its headline.
  if (ADJACENT_STORY.test(text.trim())) return 'link';
  const [label, ...rest] = text.trim().split(/\s*:\s*/);
  const inline = rest.join(':').trim() !== '';
  if (TEASER_LINK.test(label)) return 'link';
  if (TEASER_SECTION.test(label)) return inline ? 'link' : 'section';
  return null;
}

/** A pointer to the story before or after, with its headline: "Previous articleReal Madrid’s …", "Next article CNN anchor: …". */
const ADJACENT_STORY = /^(?:previous|next) (?:article|post|story)(?:\p{Lu}|\s+\p{L})/iu;
/** A line that only points elsewhere: "<< Home", "« Back", "Back to News", "Next article ›". */
const POINTER = /^(?:<<?|«|‹|←|→|»|›)\s*\p{L}[\p{L} ]{0,25}$|^\p{L}[\p{L} ]{0,25}\s*(?:>>?|»|›|→)$|^back to \p{L}+(?: \p{L}+)?$|^(?:previous|next|older|newer) (?:article|post|story|news|item|page)s?$/iu;
/** A credit line: "Photo: Ministry of Culture", "Editor: Ting Liu", "Source: Xinhua". */
const CREDIT = /^(?:(?:founding|chief|managing|executive|senior|deputy|associate|contributing) )?(?:photos?|image|pictures?|source|sources|editor|edited by|reporter|reported by|written by|writer|author|translated by|credit|credits)\s*:\s*\S/i;
/** A blog's post credit, its time before or after it: "at 12:05 AM Posted by chaker", "Posted by admin at 10:14". */
const POSTED_BY = /^(?:at \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+)?posted by \S+(?: \S+){0,3}?(?:\s+(?:at|on) \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?$/i;
/** A distributor's credit for a press release, sentence as it is. */
const DISTRIBUTION = /^(?:distributed|issued|released|provided|published) (?:by|via) \S.{0,80}? on behalf of \S/i;
const DISTRIBUTION_MAX_WORDS = 30;
/**
 * A publisher's credit, its city in brackets, as aggregators print it under the date ("Egypt
 * State Information Service (Cairo)", "Daily Trust (Abuja)"): a name ending in a newsroom's word.
 * Only right under a dateline (classifyLines): elsewhere it may be a headline ("ICESCO Launches
 * Arabic Language Radio (Rabat)").
 */
const PUBLISHER_CREDIT = /^(?:The )?(?:[\p{Lu}][\p{L}.&'’-]* ){0,5}(?:Service|News|Agency|Press|Times|Gazette|Post|Tribune|Herald|Daily|Trust|Network|Media|Radio|Television|TV|Online|Observer|Chronicle|Monitor|Mail|Star|Sun|Guardian|Vanguard|Reporter|Journal|Telegraph|Express|Nation|Newspaper|Magazine|Weekly)\s+\((?!Video|Photos?|Audio|Live|Update[sd]?|Interview)\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\)$/u;
/**
 * A newsroom's credit after its city, as a line of its own under the dateline ("Jakarta, NU
 * Online"): a city's name (a word or two), a comma, a name ending in a newsroom's word.
 */
const PLACED_CREDIT = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?,\s+(?:The )?(?:[\p{Lu}][\p{L}.&'’-]* ){0,3}(?:Service|News|Agency|Press|Times|Gazette|Post|Tribune|Herald|Daily|Network|Media|Radio|Television|TV|Online|Observer|Chronicle|Monitor|Journal|Newspaper|Magazine)$/u;
/** An archive photo's caption, labelled ("FILE: …", "FILE PHOTO - …"). */
const FILE_PHOTO = /^(?:FILE(?: PHOTO)?|ARCHIVE PHOTO)\s*[:–-]\s+\S/;
/** A site's name alone, as a sign-off ("News.Az", "example.com"). */
const SITE_NAME = /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}]{2,})+$/u;

/** A paragraph of prose: long enough, and closed like a sentence unless very long. (`words`: its word count, when known.) */
export function isBodyParagraph(text: string, words = wordCount(text)): boolean {
  return (words >= 12 && endsLikeSentence(text)) || words >= 40;
}

/** "... in cooperation with UNDP and", "... and heritage;": a sentence broken off mid-way. */
const BROKEN_OFF = /(?:[,;]|\b(?:and|or|but|nor|the|a|an|of|to|for|with|by|from|as|that|which|whose|its|their|his|her))["”’]?$/;

/** Could this line be a title, judged by itself and the line before it? */
export function isTitleShaped(text: string, previous: string | undefined): boolean {
  const words = wordCount(text);
  if (words < 2 || words > 35 || text.length > 260) return false;
  // A headline may ask ("Can AI Save Endangered Languages?") or be cut ("… in the Kingdom of…"),
  // when its case says it is one.
  if (endsLikeSentence(text) && !(/(?:\?|…|\.\.\.)["”’)]?$/.test(text) && isTitleCase(text))) return false;
  if (!/^[\p{Lu}\p{N}"“‘'(«]/u.test(text)) return false;
  if (text.includes(';')) return false; // a list continued from the previous paragraph
  // "11. The Republic of Tajikistan" under "10. The Islamic Republic of Pakistan": a numbered list's item.
  const item = NUMBERED_ITEM.exec(text);
  if (item && previous !== undefined && NUMBERED_ITEM.exec(previous)?.[1] === String(Number(item[1]) - 1)) return false;
  // A title never ends broken off, and never continues a paragraph that was ("...; and" /
  // "Sport, arts and heritage as tools ..."). (After a colon a title can follow, when the
  // colon introduced a list the scrape lost.)
  if (BROKEN_OFF.test(text)) return false;
  // (A bare ";" ends a bullet item, after which a title may come.)
  return !(previous !== undefined && BROKEN_OFF.test(previous) && !/;["”’]?$/.test(previous));
}

/** A numbered list's item: its number ("11. …", "3) …"). */
const NUMBERED_ITEM = /^(\d{1,3})[.)]\s/;

/** Bullets a scrape keeps in front of list items and icon labels. */
const BULLET = /^(?:[•·▪◦●►▸‣⁃∙*]|[-–—](?=\s))\s*/;

/** The roles a byline names ("Staff Reporter", "Special correspondent", "Editor in Chief ..."). */
const BYLINE_ROLE = new Set(['staff', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'supervisor', 'writer', 'author', 'photographer', 'contributor', 'columnist', 'admin', 'administrator']);
/** Words a byline's role comes with, which make no byline alone ("News", "Agency"). */
const BYLINE_MODIFIERS = new Set(['special', 'senior', 'chief', 'news', 'agency', 'desk', 'wire', 'team', 'in', 'and', 'our', 'photo', 'photos']);
/** Small words inside a person's name; the titles before one. */
const NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'van', 'von', 'ben', 'abu', 'ould']);
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'dr', 'prof.', 'h.e.', 'eng.']);

/**
 * A byline or a credit: "by admin", "By Ilhama Isabalayeva - Trend:", "Staff Reporter",
 * "Editor in Chief Mohamed Wadie", an agency's sign-off ("-- SPA"), or a person's name alone
 * ("Mohamed Mandour"): words that are names or a reporter's role, and nothing else.
 */
export function isByline(text: string, isWord: (w: string) => boolean): boolean {
  const t = text.trim();
  if ((CREDIT.test(t) && wordCount(t) <= 12) || SITE_NAME.test(t) || POSTED_BY.test(t)) return true;
  if (wordCount(t) > 8 || /[!?]$/.test(t) || /\d/.test(t)) return false;
  if (/^(?:--+|[–—])\s*\p{Lu}{2,}\s*$/u.test(t) || /^\(end\)$/i.test(t)) return true;
  // A newsroom's credit for its own report: "Saudi Gazette report", "Arab News staff", and an
  // agency's for its story: "Islamic Republic News Agency story".
  if (/^(?:[\p{Lu}][\p{L}.&'’-]*\s){1,3}(?:report|staff|bureau)$/u.test(t) && !isTitleCase(t)) return true;
  if (/^(?:[\p{Lu}][\p{L}.&'’-]*\s){0,3}(?:Agency|News|Press|Service)\sstory$/u.test(t)) return true;
  // A feed's credit in brackets, alone on its line: "(MENAFN- AzerNews)".
  if (/^\(\p{Lu}{2,}\s*[-–—:]\s*[^()]{2,60}\)$/u.test(t)) return true;
  // A wire credit: "OnIslam & News Agencies", "Staff and agencies", "Agencies".
  if (/^(?:[\p{L}.'’-]+(?: [\p{L}.'’-]+)?\s*(?:&|and)\s*)?(?:news\s+)?agencies$/iu.test(t)) return true;
  // An agency editor's initials signing off ("kns", "mfa.ksm"): lower case, no English word.
  if (/^[a-z]{2,4}(?:\.[a-z]{2,4})?$/.test(t) && !t.split('.').some((w) => isWord(w))) return true;
  const words = bylineWords(t, isWord);
  // "by" and a name ("by admin"), a role with or without a name, or two names or more.
  return words !== null && ((words.byLead && words.roles + words.names.length > 0) || words.roles > 0 || words.names.length >= 2);
}

/**
 * The person a byline names as the article's writer, honorifics left out: "By Ilhama Isabalayeva
 * - Trend:", or a full name alone on its line ("Aynur Yusifova"); null for a role ("Staff
 * Reporter", "Editor in Chief Mohamed Wadie": a masthead's, not the article's), a credit or
 * anything but a full name. (Called on lines classed as bylines.)
 */
export function bylineAuthor(text: string, isWord: (w: string) => boolean): string | null {
  const words = bylineWords(text.trim(), isWord);
  if (!words || words.roles > 0 || words.names.length < 2) return null;
  return words.kept.join(' ');
}

/** A byline's words: its name words, particles kept, and how many are a reporter's role; null when some word is neither. */
function bylineWords(t: string, isWord: (w: string) => boolean): { byLead: boolean; roles: number; names: string[]; kept: string[] } | null {
  const byLead = /^by\s+/i.test(t);
  // (An agency after a spaced dash, a bar, a colon or a comma is no part of the name: "- Trend:". A hyphen inside a name is: "Al-Malik".)
  const words = t.replace(/^by\s+/i, '').replace(/(?:\s[-–—|]+|[|:,])\s*\p{Lu}[\p{L}]*:?\s*$/u, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return null;
  let roles = 0;
  const names: string[] = [];
  const kept: string[] = [];
  // After "By", a capitalised English word may be a name too ("By Paras Ali"), beside one that is no English word.
  let plainNames = 0;
  for (const raw of words) {
    const w = raw.replace(/[,:.]+$/, '');
    const lower = w.toLowerCase();
    if (BYLINE_ROLE.has(lower)) roles++;
    else if (BYLINE_MODIFIERS.has(lower)) continue;
    else if (HONORIFICS.has(lower) || HONORIFICS.has(`${lower}.`)) continue;
    else if (NAME_PARTICLES.has(lower)) kept.push(w);
    else if (/^(?:al|el)-/i.test(w) && isNameWord(w.slice(3), isWord)) {
      // ("Al-Soufi" is a family name, its article joined to it.)
      names.push(w);
      kept.push(w);
    }
    else if (isNameWord(w, isWord)) {
      names.push(w);
      kept.push(w);
    } else if (byLead && /^\p{Lu}\p{Ll}+$/u.test(w) && !FUNCTION_WORDS.has(lower)) {
      plainNames++;
      names.push(w);
      kept.push(w);
    } else return null;
  }
  if (plainNames > 0 && names.length - plainNames === 0) return null;
  return { byLead, roles, names, kept };
}

/** A capitalised word that is no English word: part of a person's name. */
function isNameWord(w: string, isWord: (w: string) => boolean): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:[-'’]?\p{Lu}?\p{Ll}+)*$/u.test(w)) return false;
  return !isWord(w.toLowerCase());
}

/** Longest subheading (in words): a longer line of common words is a headline ("Youth Programs Expand Across the Islamic World"). */
const GENERIC_MAX_WORDS = 6;

/**
 * A short heading of common words ("Key Details", "The Opening Ceremony"): inside an article, a
 * subheading. A headline names someone or something (an acronym, a name, a number).
 */
export function isGenericHeading(text: string, isWord: (w: string) => boolean): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/^["“‘'(]+|["”’'),:.…]+$/g, '')).filter(Boolean);
  if (words.length > GENERIC_MAX_WORDS) return false;
  return words.every((w) => /^\p{L}+(?:-\p{L}+)*$/u.test(w) && !/^\p{Lu}{2,}$/u.test(w) && w.toLowerCase().split('-').every(isWord));
}

/** A field's label before its value. */
const FIELD = /^(?:deadlines?|dates?|time|venue|place|location|registration|applications?|submissions?|contact|email|phone|tel|fax|website|address|organi[sz]er|theme|duration|eligibility|fees?)\s*:/i;
/** A field's label alone on its line, its value on the next ("Date & time", "Venue:"): page furniture. */
const FIELD_LABEL = /^(?:dates?|times?|venue|location|place|tags|tagged|keywords|categories|category)(?:\s*(?:&|and|\/)\s*(?:dates?|times?|venue|location|place))?\s*:?$/i;
/** A text-size button alone on its line, with its bullet: "A+", "A-", and (FONT_BUTTON) the "A" between them. */
const SIZED_FONT_BUTTON = /^(?:[•·*-]\s*)?A\s?(?:\+{1,2}|-{1,2}|−)$/;
const FONT_BUTTON = /^(?:[•·*-]\s*)?A\s?(?:\+{1,2}|-{1,2}|−)?$/;
/** A text-size control's buttons on one line ("A+ A", "A- A A+"). */
const FONT_BUTTONS = /^(?:A\s?(?:\+{1,2}|-{1,2}|−)?\s+){1,2}A\s?(?:\+{1,2}|-{1,2}|−)?$/;
/** A comment or contact form's field, as a scrape keeps its label ("Your Name", "Your Email Address", "Website"). */
const FORM_FIELD = /^(?:your )?(?:(?:full |first |last )?name|e-?mail(?: address)?|phone(?: number)?|website|subject|message|comment)\s*\*?:?$/i;

/** A headline that asks or was cut, long enough to pass for prose ("… Teachers of Arabic in…"). */
function isCutOrAskingHeadline(text: string, words: number): boolean {
  return words <= 25 && /(?:\?|…|\.\.\.)["”’)]?$/.test(text) && isTitleCase(text);
}

/** Most of the words that carry meaning are capitalised ("Second Day of ICESCO’s Conference Kicks Off"): a headline's case. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/^["“‘'(]+/, '')).filter((w) => /^\p{L}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()));
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

/** The items of a site's menu. */
const MENU_WORDS = new Set(['home', 'news', 'about', 'contact', 'media', 'events', 'publications', 'gallery', 'photos', 'videos', 'multimedia', 'sections', 'search', 'login', 'menu', 'services', 'projects', 'programs', 'programmes', 'partners', 'careers', 'jobs', 'archive', 'blog', 'press', 'resources', 'library', 'faq', 'sitemap', 'subscribe', 'english', 'français', 'العربية', 'more', 'us', 'opinion', 'sports', 'business', 'world', 'politics', 'culture', 'economy', 'society', 'education', 'science', 'health', 'technology', 'local', 'international', 'region', 'latest']);

/**
 * Navigation: a pointer ("<< Home", "Next article"), a breadcrumb ("Home › News › Culture"), or a
 * row of menu items ("Home News Media Contact"): mostly a site's menu words, nothing like a sentence.
 */
function isNavigation(text: string): boolean {
  if (POINTER.test(text.trim())) return true;
  const items = text.split(/\s*[|»›>/•·]\s*|\s+/).filter(Boolean);
  const menu = items.filter((w) => MENU_WORDS.has(w.toLowerCase())).length;
  return items.length >= 3 && items.length <= 20 && !endsLikeSentence(text) && menu * 3 >= items.length * 2;
}

/** Fewest words of a site's menu printed on one line with each item twice (see isDoubledMenu). */
const DOUBLED_MENU_MIN_WORDS = 20;

/**
 * A site's menu scraped into one long line, each item printed twice (its desktop and mobile
 * copies: "… Meetings Meetings The international cooperation The international cooperation
 * Tourism Tourism …"): no sentence's punctuation, and three words or more repeated at once.
 */
function isDoubledMenu(text: string): boolean {
  if (/[.!?;]/.test(text)) return false;
  const words = text.toLowerCase().split(/\s+/);
  let doubled = 0;
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === words[i + 1] && /\p{L}{3}/u.test(words[i]) && ++doubled >= 3) return true;
  return false;
}

/** Words that carry grammar, not meaning (a headline's case and a menu ignore them). */
export const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'in', 'for', 'on', 'to', 'with', 'at', 'by', 'from', 'a', 'an', 'as', 'about', 'our', 'your', 'my', 'its', 'their', 'his', 'her', 'into', 'over', 'under', 'after', 'before', 'between', 'through', 'during', 'against', 'among', 'within', 'without', 'is', 'are', 'was', 'were', 'be', 'will', 'we', 'you', 'us']);

/** Is the text one string twice, glued, of two words or more ("ISESCO Session in BakuISESCO Session in Baku")? */
function isDoubledText(text: string): boolean {
  const t = text.trim();
  if (t.length % 2 !== 0 || t.length < 12) return false;
  const half = t.slice(0, t.length / 2);
  return half === t.slice(t.length / 2) && /\S\s+\S/.test(half);
}

/** A photo's credit ending a caption: " - ET", " – AFP", " - Reuters", " - File photo". */
const PHOTO_CREDIT = /\s[-–—]\s(?:\p{Lu}{2,5}|Reuters|Getty Images|(?:File )?[Pp]hoto(?: courtesy)?(?:\s.*)?)$/u;

/** Classifies each line of a page by itself; segment.ts decides the roles that depend on neighbours. */
export function classifyLines(lines: PageLine[], ctx: LineContext): ClassifiedLine[] {
  // A line is read by the date parser once, whichever tests ask (a dateline, then a timestamp).
  const read = new Map<string, ReturnType<DateReader>>();
  const readDates: DateReader = (text) => {
    let spans = read.get(text);
    if (!spans) read.set(text, (spans = ctx.readDates(text)));
    return spans;
  };
  const lineCtx = { ...ctx, readDates };
  const out = lines.map((line) => classifyLine(line, lineCtx));
  for (let i = 1; i < out.length; i++) if (out[i - 1].class === 'dateline' && out[i].text.endsWith(')') && PUBLISHER_CREDIT.test(out[i].text.trim())) out[i].class = 'byline';
  for (let i = 1; i < out.length; i++) if (out[i - 1].class === 'dateline' && out[i].text.includes(',') && PLACED_CREDIT.test(out[i].text.trim())) out[i].class = 'byline';
  // A text-size control printed one button a line ("• A-", "• A", "• A+"): the bare "A" beside a sign's button is one too.
  for (let i = 0; i < out.length; i++) if (FONT_BUTTON.test(out[i].text) && (SIZED_FONT_BUTTON.test(out[i - 1]?.text ?? '') || SIZED_FONT_BUTTON.test(out[i + 1]?.text ?? ''))) out[i].class = 'widget';
  // A line printed twice in a row: a photo's caption and its copy are furniture both times (what
  // follows them is not the text yet); a lead or a dateline printed twice keeps its first copy.
  // (A title printed again is segment.ts's to keep once.)
  // A line that is another printed twice with nothing between ("ISESCO Session in BakuISESCO
  // Session in Baku"): a scrape's doubled caption or heading, furniture.
  for (const c of out) if (c.class === 'title' && isDoubledText(c.text)) c.class = 'caption';
  // A numbered list: its items ("1. The Islamic Republic of Afghanistan.", "2. …") are a list's
  // lines, and the heading right above its first item ("Member States in the ISESCO Asian
  // Region") heads the list, not a story.
  const itemNo = (i: number) => Number(NUMBERED_ITEM.exec(out[i]?.text ?? '')?.[1] ?? NaN);
  for (let i = 0; i < out.length; i++) {
    const n = itemNo(i);
    if (!(itemNo(i - 1) === n - 1 || itemNo(i + 1) === n + 1)) continue;
    if (out[i].class === 'title' || out[i].class === 'text') out[i].class = 'list';
    if (n === 1 && itemNo(i + 1) === 2 && out[i - 1]?.class === 'title') out[i - 1].class = 'text';
  }
  let titleAbove = false;
  for (let i = 0; i + 1 < out.length; i++) {
    titleAbove ||= i > 0 && out[i - 1].class === 'title';
    // (A title printed twice is the title; one that ends on a photo's credit, under a title, is a
    // caption: "Cairo is the Capital of Islamic Culture for 2020 - ET", printed twice. The first
    // headline of a page may end on its agency's name: "… - WAM".)
    if (out[i].text !== out[i + 1].text) continue;
    if (titleAbove && PHOTO_CREDIT.test(out[i].text)) {
      out[i].class = out[i + 1].class = 'caption';
      continue;
    }
    if (out[i].class === 'title') continue;
    const textFollows = out[i].class === 'dateline' || out[i + 2]?.class === 'prose';
    if (!textFollows) out[i].class = 'caption';
    out[i + 1].class = 'caption';
  }
  return out;
}


function classifyLine(line: PageLine, ctx: LineContext): ClassifiedLine {
  const bullet = BULLET.test(line.text);
  const text = bullet ? line.text.replace(BULLET, '') : line.text;
  const of = (c: LineClass, date?: LineDate): ClassifiedLine => (date ? { lineNo: line.lineNo, text: line.text, class: c, date } : { lineNo: line.lineNo, text: line.text, class: c });
  // Counted once for every test below, and only up to 41: none of them compares the count with
  // more than 40 (CHROME_MARKER_MAX_WORDS), so a long paragraph is not scanned to its end.
  const words = wordCountUpTo(text, CHROME_MARKER_MAX_WORDS + 1);
  if (!text || isWidgetLine(text, words) || (words <= 3 && (FIELD_LABEL.test(text) || FORM_FIELD.test(text))) || SIZED_FONT_BUTTON.test(text) || (FONT_BUTTONS.test(text.trim()) && /[+\-−]/.test(text))) return of('widget');
  // (Longer lines are prose or a title, unless a chrome marker says otherwise: the other tests are skipped.)
  if (words <= MAX_WORDS) {
    const date = readDateline(text, ctx.readDates, ctx.isWord);
    if (date) return of('dateline', date);
    // A time, or a number alone (a read counter: "52").
    if (isTimestamp(text, ctx.readDates) || /^[\d\s.,]+$/.test(text)) return of('widget');
    if (teaserKind(text)) return of('teaser');
    // (A sign-off behind a dash, "— ONA", is read whole: the dash is no list's bullet.)
    if (isByline(text, ctx.isWord) || (bullet && isByline(line.text, ctx.isWord))) return of('byline');
  }
  // A press release's distribution credit: "Distributed by APO Group on behalf of the Ministry of …".
  if (words <= DISTRIBUTION_MAX_WORDS && DISTRIBUTION.test(text)) return of('byline');
  // "FILE: Minister of Higher Education Khaled Abdel Ghaffar": an archive photo's caption.
  if (FILE_PHOTO.test(text)) return of('caption');
  if (bullet) return of('list');
  if (words >= DOUBLED_MENU_MIN_WORDS && isDoubledMenu(text)) return of('navigation');
  if (isBodyParagraph(text, words) && !isCutOrAskingHeadline(text, words)) return of('prose');
  // A form's field ("Deadline: 30 June 2025", "Venue: Rabat") is text, never a headline.
  if (FIELD.test(text)) return of('text');
  if (isNavigation(text)) return of('navigation');
  return of(isTitleShaped(text, undefined) ? 'title' : 'text');
}
