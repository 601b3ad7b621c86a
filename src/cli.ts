/**
 * The command line: parses options, loads pages, runs the pipeline, hands records to a
 * renderer. The one place that maps errors to exit codes (0 ok, 1 input, 2 usage).
 */
import { fstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { Argument, Command, CommanderError, Option } from 'commander';
import { listBoilerplate } from './commands/boilerplate.js';
import { listDates } from './commands/dates.js';
import { ENTITY_SORTS, listEntities, parseEntityType, type EntitySort } from './commands/entities.js';
import { listArticles } from './commands/list.js';
import { findArticle, withExplanation, withPageLines } from './commands/show.js';
import { coOccurrence, GRAPH_FORMATS, type GraphFormat } from './commands/graph.js';
import { profile } from './commands/who.js';
import { timeline, TIMELINE_UNITS, type TimelineUnit } from './commands/timeline.js';
import { checkQuery, DEFAULT_LIMIT, searchArticles } from './commands/search.js';
import { checkExportTarget, describeExport, exportSqlite } from './commands/export.js';
import { renderSearchHits } from './render/search.js';
import { renderGraph } from './render/graph.js';
import { renderProfile } from './render/profile.js';
import { EXIT, InputError, NotFoundError, UsageError } from './errors.js';
import { AnalysisCache, defaultCacheDir, NotACacheError } from './cache.js';
import { isDamage } from './database.js';
import { analyzeInputs as runEngine } from './engine.js';
import { listInputs } from './load.js';
import { writeRendered } from './output.js';
import { renderArticle, renderArticleExplanation, renderArticleLines } from './render/article.js';
import { FORMATS, renderRecords, type Format, type RecordSet, type Rendered, type RenderEnv } from './render/index.js';
import { renderJsonValue } from './render/json.js';
import { PACKAGE } from './paths.js';
import { parseDateBound, type DateBound } from './date-bounds.js';
import type { Corpus, InputWarning } from './types.js';

/** Everything the CLI touches outside itself, injectable for tests. */
export interface CliIO {
  stdout: (s: Rendered) => void | Promise<void>;
  stderr: (s: string) => void;
  /** Is stdout a terminal? (colour only then) */
  isTTY: boolean;
  /** Is stderr a terminal? (progress only then) */
  stderrIsTTY?: boolean;
  /** Terminal width, when known. */
  columns?: number;
  env: Record<string, string | undefined>;
  readStdin?: () => Buffer;
  /** Is something piped or redirected into stdin (a pipe or a file, not a terminal or /dev/null)? */
  stdinHasInput?: boolean;
  /** The clock, for relative --since/--until. */
  now: () => Date;
}

function processIO(): CliIO {
  // A closed pipe (`icesco list | head`) ends the run quietly: EPIPE is not an error. Any other
  // failure to write (a full disk: ENOSPC) is one line on stderr and exit 1.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    process.stderr.write(`icesco: error: cannot write the output (${e.code ?? e.message})\n`);
    process.exit(EXIT.input);
  });
  // Ctrl-C: stop at once (worker threads end with the process); cache writes are transactions,
  // so an entry is either whole or absent.
  process.once('SIGINT', () => {
    process.stderr.write('\nicesco: interrupted\n');
    process.exit(EXIT.interrupted);
  });
  return {
    stdout: (s) => {
      if (typeof s === 'string') return void process.stdout.write(s);
      // A closed pipe surfaces as the 'error' event above; a slow one holds back the copying.
      return writeRendered(s, (bytes) => new Promise<void>((resolve) => process.stdout.write(bytes, () => resolve())));
    },
    stderr: (s) => void process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    stdinHasInput: stdinHasInput(),
    columns: process.stdout.columns,
    env: process.env,
    now: () => new Date(),
  };
}

/**
 * Is stdin a pipe or a redirected file? Only then is it read when no path is given: a terminal,
 * /dev/null, or the socket a parent process leaves open are not input.
 */
function stdinHasInput(): boolean {
  try {
    const st = fstatSync(0);
    return st.isFIFO() || (st.isFile() && st.size > 0);
  } catch {
    return false;
  }
}

const SEEDS_DIR = join(PACKAGE.root, 'seeds');

/** What a run read, in words: "the bundled demo pages (seeds)", "stdin", "pages/ and a.txt". */
function describeInputs(paths: string[], given: string[]): string {
  if (!paths.length) return given[0] === '-' ? 'stdin' : `the bundled demo pages (${given[0]})`;
  const named = given.map((p) => (p === '-' ? 'stdin' : p));
  return named.length <= 3 ? named.join(', ') : `${named.slice(0, 3).join(', ')} and ${named.length - 3} more`;
}

/** The bundled seeds, named relative to the working directory when that is shorter. */
function defaultPaths(): string[] {
  const rel = relative(process.cwd(), SEEDS_DIR);
  return [rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : SEEDS_DIR];
}

interface CommonOptions {
  strict?: boolean;
  cache?: boolean;
  cacheDir?: string;
  jobs?: string;
  quiet?: boolean;
  json?: boolean;
  ndjson?: boolean;
  csv?: boolean;
  color?: boolean;
  since?: string;
  until?: string;
  today?: string;
}

const EXAMPLES = `
Examples:
  $ icesco list                                   articles in the bundled seed pages, newest first
  $ icesco list --since 2025-09-01 --until 2025-09-30
  $ icesco list --place Kazakhstan --json | jq '.[].title'
  $ icesco entities --type person                 people, with aliases and first/last seen
  $ icesco entities --type place --json
  $ icesco show 000_55f9d866b8a4f3e8-31e1d7-03             one article (any unique prefix of its id)
  $ icesco show 000_55f9d866b8a4f3e8-31e1d7-03 --lines     its page lines, and what each was judged to be
  $ icesco dates --upcoming                       what the articles announce for later
  $ icesco who AlMalik                            a profile: aliases, roles over time, articles
  $ icesco graph --type person --format graphml   the co-occurrence network, for Gephi
  $ icesco timeline --by month --place Kazakhstan articles per month, as bars
  $ icesco boilerplate                            page chrome that was removed
  $ icesco search "cultural heritage"             full-text search, best matches first
  $ icesco export --sqlite corpus.sqlite          everything as a SQLite database (sqlite3, Datasette)
  $ icesco list pages/ more.txt                   your own files and folders ('-' reads stdin)

With no paths, every command reads what is piped in, else the bundled demo pages in seeds/.
Exit codes: 0 ok, 1 bad input, 2 bad usage, 130 interrupted.`;

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command();
  program
    .name('icesco')
    .description('Mine ICESCO news pages: articles, dates, people, places and organizations, as tables or JSON.')
    .version(PACKAGE.version, '-V, --version')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (str, write) => write(`icesco: ${str.replace(/^error: /, 'error: ')}`),
    })
    .addHelpText('after', EXAMPLES);

  const common = (cmd: Command, { dates = true, formats = true } = {}) => {
    if (formats) {
      cmd.option('--json', 'print a JSON array (or object) and nothing else');
      cmd.option('--ndjson', 'print one JSON object per line');
      cmd.option('--csv', 'print CSV with a header row');
    } else cmd.option('--json', 'print JSON and nothing else');
    if (dates) {
      cmd.option('--since <date>', 'only from this date: 2025-09-01, 2025-09, 2025, "September 2025", "last 30 days"');
      cmd.option('--until <date>', 'only up to this date (same forms as --since)');
      cmd.option('--today <date>', 'the date relative forms like "last 30 days" count from (default: the clock)');
    }
    cmd.option('--no-color', 'never colour the output (also: NO_COLOR=1)');
    cmd.option('--no-cache', 'analyse every page afresh, without reading or writing the cache');
    cmd.option('--cache-dir <dir>', 'where the analysis cache lives (also: ICESCO_CACHE_DIR)');
    cmd.option('-j, --jobs <n>', 'worker threads for analysis (default and most: the number of cores)');
    cmd.option('-q, --quiet', 'no progress on stderr');
    cmd.option('--strict', 'treat any skipped or doubtful input (a warning) as an error: exit 1');
    return cmd;
  };

  const run = (handler: (paths: string[], opts: CommonOptions & Record<string, unknown>) => Promise<Rendered>) =>
    async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const opts = cmd.opts() as CommonOptions & Record<string, unknown>;
      const paths = (args.find(Array.isArray) as string[] | undefined) ?? [];
      await io.stdout(await rebuiltOnDamage(() => handler(paths, opts)));
    };

  /** The cache the last analysis used (null: none). */
  let cacheUsed: AnalysisCache | null = null;
  /**
   * Answers a question; when SQLite finds the cache's database damaged while the answer is being
   * read from it (nothing is written before the answer is whole), the database is deleted and the
   * question answered again, from the pages, into a new one: a damaged cache is never trusted.
   */
  const rebuiltOnDamage = async <T>(answer: () => Promise<T>): Promise<T> => {
    try {
      return await answer();
    } catch (e) {
      if (!isDamage(e) || !cacheUsed) throw e;
      io.stderr(`icesco: warning: ${cacheUsed.dir}: the cache's database is damaged (${(e as Error).message}); rebuilding it\n`);
      cacheUsed.discard();
      return answer();
    }
  };

  /** The cache a command asked for; one that is not an icesco cache is an error for `cache`, a warning for the rest. */
  const cacheOf = (opts: CommonOptions, required = false): AnalysisCache | null => {
    try {
      return new AnalysisCache(opts.cacheDir ?? defaultCacheDir(io.env));
    } catch (e) {
      if (!(e instanceof NotACacheError)) throw e;
      if (required) throw new InputError(e.message);
      io.stderr(`icesco: warning: ${e.message}; continuing without the cache\n`);
      return null;
    }
  };

  /** What was read, for messages: the paths given, stdin, or the bundled demo pages. */
  let corpusRead = '';
  const analyzeInputs = async (paths: string[], opts: CommonOptions, engine: { explain?: boolean } = {}): Promise<Corpus> => {
    // (More threads than cores only adds memory and switching: --jobs is capped at the core count.)
    const jobs = Math.min(count('--jobs', opts.jobs) ?? Infinity, availableParallelism());
    const today = await todayOf(opts);
    // No path: what is piped in, else the bundled demo pages (said on a watched terminal).
    if (paths.filter((p) => p === '-').length > 1) throw new UsageError("'-' (stdin) given more than once: stdin can be read once");
    const given = paths.length ? paths : io.stdinHasInput ? ['-'] : defaultPaths();
    corpusRead = describeInputs(paths, given);
    if (!paths.length && !io.stdinHasInput && io.stderrIsTTY && !opts.quiet) io.stderr(`icesco: reading ${corpusRead}; name files or folders to read your own\n`);
    const listing = listInputs(given);
    const progress = io.stderrIsTTY && !opts.quiet ? progressLine(io) : undefined;
    const warn = (w: InputWarning) => io.stderr(`icesco: warning: ${w.source}: ${w.message}\n`);
    cacheUsed = opts.cache === false ? null : cacheOf(opts);
    const corpus = await runEngine(listing, {
      cache: cacheUsed,
      jobs,
      today,
      readStdin: io.readStdin,
      loaded: (warnings) => {
        warnings.forEach(warn);
        if (opts.strict && warnings.length) throw new InputError(`${warnings.length} input problem${warnings.length === 1 ? '' : 's'} (--strict)`);
      },
      progress: progress?.update,
      warn,
      // (ICESCO_DEBUG=update says whether the corpus was updated from the last one, or why not.)
      updated: io.env.ICESCO_DEBUG === 'update' ? (note) => io.stderr(`icesco: ${note}\n`) : undefined,
      ...engine,
    });
    progress?.end();
    await new Promise((resolve) => setImmediate(resolve)); // Ctrl-C is taken before rendering
    corpus.warnings.forEach(warn);
    if (opts.strict && corpus.warnings.length) throw new InputError(`${corpus.warnings.length} page${corpus.warnings.length === 1 ? '' : 's'} without articles (--strict)`);
    return corpus;
  };

  /** A lookup in the corpus; when nothing answers, the message says which pages were searched. */
  const searched = <T>(find: () => T, hint: string): T => {
    try {
      return find();
    } catch (e) {
      if (e instanceof NotFoundError) throw new NotFoundError(`${e.message} in ${corpusRead}${e.suggestion ? `; did you mean '${e.suggestion}'?` : ''} (${hint})`);
      throw e;
    }
  };
  const formatOf = (opts: CommonOptions): Format => {
    const chosen = FORMATS.filter((f) => f !== 'table' && opts[f as 'json']);
    if (chosen.length > 1) throw new UsageError(`choose one output format, not ${chosen.map((f) => `--${f}`).join(' and ')}`);
    return chosen[0] ?? 'table';
  };
  const envOf = (opts: CommonOptions, format: Format): RenderEnv => {
    const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
    const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
    return {
      color: format === 'table' && opts.color !== false && !noColor && (io.isTTY || forced),
      // (Piped, text is not cut to a terminal's width: a file has none.)
      width: io.columns || Number(io.env.COLUMNS) || (io.isTTY ? 120 : PIPED_WIDTH),
      // Piped, a table prints full rows (TSV): a terminal's width means nothing to a file, unless
      // COLUMNS asks for one ("COLUMNS=80 icesco list | less").
      tty: io.isTTY || Number(io.env.COLUMNS) > 0,
    };
  };
  const todayOf = async (opts: CommonOptions): Promise<Date> => {
    const today = opts.today !== undefined ? (await bound('--today', opts.today, io.now())).start : null;
    return today ? new Date(`${today}T12:00:00Z`) : io.now();
  };
  const period = async (opts: CommonOptions) => {
    const ref = await todayOf(opts);
    const since = opts.since !== undefined ? (await bound('--since', opts.since, ref)).start : undefined;
    const until = opts.until !== undefined ? (await bound('--until', opts.until, ref)).end : undefined;
    if (since && until && since > until) throw new UsageError(`--since ${since} is after --until ${until}: no date can match`);
    return { since, until };
  };
  const emit = <T>(set: RecordSet<T>, opts: CommonOptions) => {
    const format = formatOf(opts);
    const env = envOf(opts, format);
    // Piped, an empty table is its header row alone: why it is empty goes to stderr.
    if (format === 'table' && !env.tty && set.records.length === 0) io.stderr(`icesco: ${set.empty}\n`);
    return renderRecords(set, format, env);
  };

  articleFilters(common(program.command('list').argument('[paths...]', 'pages: files, folders (*.txt, *.html, recursively) or - for stdin')))
    .description('list articles, newest first')
    .option('--limit <n>', 'at most n articles')
    .action(run(async (paths, opts) => {
      const p = await period(opts);
      formatOf(opts);
      const corpus = await analyzeInputs(paths, opts);
      return emit(listArticles(corpus, { ...p, ...entityFilter(opts), limit: count('--limit', opts.limit) }), opts);
    }));

  common(program.command('show').argument('<id>', 'article id (or a unique prefix), as printed by list').argument('[paths...]', 'pages'), { dates: false, formats: false })
    .description('show one article: title, date, source, entities and body')
    .option('--lines', 'print the article\'s page lines instead, with what each was judged to be (title, dateline, prose, byline, widget…)')
    .option('--explain', 'for each entity and date, the rule that found it and the rules that merged or refined it (with --json: an "explain" field)')
    .action(async (id: string, paths: string[], opts: CommonOptions & { lines?: boolean; explain?: boolean }) => {
      if (opts.lines && opts.explain) throw new UsageError('--lines and --explain are two views of an article: give one');
      await io.stdout(await rebuiltOnDamage(async () => {
        const corpus = await analyzeInputs(paths, opts, { explain: opts.explain });
        const article = searched(() => findArticle(corpus, id), `'icesco list${pathsHint(paths)}' lists the ids`);
        if (opts.lines) return opts.json ? renderJsonValue(withPageLines(article)) : renderArticleLines(article, envOf(opts, 'table'));
        if (opts.explain) return opts.json ? renderJsonValue(withExplanation(article)) : renderArticleExplanation(article, envOf(opts, 'table'));
        return opts.json ? renderJsonValue(article) : renderArticle(article, envOf(opts, 'table'));
      }));
    });

  common(program.command('entities').argument('[paths...]', 'pages'))
    .description('people, places or organizations across the corpus')
    .addOption(new Option('-t, --type <type>', 'person, place, organization (plurals accepted) or all').default('person'))
    .option('--min <n>', 'only entities with at least n mentions')
    .addOption(new Option('--sort <key>', 'order by').choices([...ENTITY_SORTS]).default('mentions'))
    .option('--limit <n>', 'at most n entities')
    .action(run(async (paths, opts) => {
      const type = parseEntityType(String(opts.type));
      const p = await period(opts);
      formatOf(opts);
      const min = count('--min', opts.min);
      const limit = count('--limit', opts.limit);
      const corpus = await analyzeInputs(paths, opts);
      return emit(listEntities(corpus, { type, ...p, min, limit, sort: opts.sort as EntitySort }), opts);
    }));

  common(program.command('who').argument('<name>', 'a person, place or organization: any name, alias or acronym').argument('[paths...]', 'pages'), { dates: false, formats: false })
    .description('profile of one entity: aliases, roles over time, articles, and who and what appears with it')
    .action(async (name: string, paths: string[], opts: CommonOptions) => {
      await io.stdout(await rebuiltOnDamage(async () => {
        const corpus = await analyzeInputs(paths, opts);
        const found = searched(() => profile(corpus, name), `'icesco entities${pathsHint(paths)}' lists the names`);
        return opts.json ? renderJsonValue(found) : renderProfile(found, envOf(opts, 'table'));
      }));
    });

  common(program.command('graph').argument('[paths...]', 'pages'), { dates: false, formats: false })
    .description('co-occurrence network: entities as nodes, articles in common as edges')
    .option('-t, --type <type>', 'person, place, organization, or all', 'person')
    .addOption(new Option('--format <format>', 'output format').choices([...GRAPH_FORMATS]).default('dot'))
    .option('--min-weight <n>', 'only edges shared by at least n articles', '1')
    .action(async (paths: string[], opts: CommonOptions & { type: string; format: GraphFormat; minWeight: string }, cmd: Command) => {
      if (opts.json && cmd.getOptionValueSource('format') === 'cli') throw new UsageError(`--json and --format ${opts.format} both choose the output: give one (--format json is --json)`);
      const type = parseEntityType(opts.type);
      const types = type === 'all' ? [] : [type];
      const minWeight = count('--min-weight', opts.minWeight) ?? 1;
      await io.stdout(await rebuiltOnDamage(async () => renderGraph(coOccurrence(await analyzeInputs(paths, opts), { types, minWeight }), opts.json ? 'json' : opts.format)));
    });

  common(program.command('dates').argument('[paths...]', 'pages'))
    .description('every date mention: date, text, article, sentence')
    .option('--upcoming', 'only dates after their article\'s own date (deadlines, announced events)')
    .option('--past', 'only dates on or before their article\'s own date')
    .option('--warnings', 'only mentions whose weekday contradicts the date')
    .option('--limit <n>', 'at most n mentions')
    .action(run(async (paths, opts) => {
      if (opts.upcoming && opts.past) throw new UsageError('--upcoming and --past exclude each other: no date is both (give neither for all)');
      const p = await period(opts);
      formatOf(opts);
      const limit = count('--limit', opts.limit);
      const corpus = await analyzeInputs(paths, opts);
      return emit(listDates(corpus, { ...p, upcoming: !!opts.upcoming, past: !!opts.past, warnings: !!opts.warnings, limit }), opts);
    }));

  articleFilters(common(program.command('timeline').argument('[paths...]', 'pages')))
    .description('articles per month, week or year, as a bar chart (or rows for plotting)')
    .addOption(new Option('--by <unit>', 'period').choices([...TIMELINE_UNITS]).default('month'))
    .action(run(async (paths, opts) => {
      const p = await period(opts);
      formatOf(opts);
      const corpus = await analyzeInputs(paths, opts);
      return emit(timeline(corpus, opts.by as TimelineUnit, { ...p, ...entityFilter(opts) }), opts);
    }));

  common(program.command('boilerplate').argument('[paths...]', 'pages'), { dates: false })
    .description('page chrome that was removed, and how many pages carried it')
    .action(run(async (paths, opts) => {
      formatOf(opts);
      return emit(listBoilerplate(await analyzeInputs(paths, opts)), opts);
    }));

  articleFilters(common(program.command('search').argument('<query>', 'words to find (all of them); "a phrase", prefix*, OR, NOT, title:word').argument('[paths...]', 'pages')))
    .description('full-text search: articles ranked by relevance (title first), with the matching words in context')
    .option('--limit <n>', `at most n articles (default ${DEFAULT_LIMIT})`)
    .action(async (query: string, paths: string[], opts: CommonOptions & Record<string, unknown>) => {
      const p = await period(opts);
      const format = formatOf(opts);
      const limit = count('--limit', opts.limit);
      checkQuery(query); // a bad query is told before any page is read
      const corpus = await analyzeInputs(paths, opts);
      const found = await searchArticles(corpus, query, { ...p, ...entityFilter(opts), limit: limit ?? DEFAULT_LIMIT }, {
        store: opts.cache !== false,
        icescoVersion: PACKAGE.version,
        pause: () => new Promise((resolve) => setImmediate(resolve)),
        warn: (message) => io.stderr(`icesco: warning: ${message}\n`),
      });
      const env = envOf(opts, format);
      const shown = found.set.records.length;
      if (format === 'table' && limit === undefined && found.total > shown && !opts.quiet) io.stderr(`icesco: the best ${shown} of ${found.total} articles (--limit ${found.total} shows all)\n`);
      await io.stdout(format === 'table' && env.tty ? renderSearchHits(found.set.records, env, found.set.empty) : emit(found.set, opts));
    });

  common(program.command('export').argument('[paths...]', 'pages'), { dates: false, formats: false })
    .description('write the analysed corpus as a SQLite database: articles, people, places, organizations, dates, full-text index')
    .requiredOption('--sqlite <file>', 'the database file to write (see docs/sqlite.md for its tables)')
    .option('--force', 'replace the file if it exists')
    .action(async (paths: string[], opts: CommonOptions & { sqlite: string; force?: boolean }) => {
      checkExportTarget(opts.sqlite, !!opts.force); // before the analysis, not after
      const corpus = await analyzeInputs(paths, opts);
      const summary = await exportSqlite(corpus, opts.sqlite, { force: !!opts.force, icescoVersion: PACKAGE.version, pause: () => new Promise((resolve) => setImmediate(resolve)) });
      io.stdout(opts.json ? renderJsonValue(summary) : describeExport(summary));
    });

  program
    .command('cache')
    .description('the analysis cache: info (where, how big) or clear')
    .addArgument(new Argument('<action>', 'info or clear').choices(['info', 'clear']))
    .option('--cache-dir <dir>', 'the cache directory (also: ICESCO_CACHE_DIR)')
    .option('--json', 'print JSON')
    .action((action: 'info' | 'clear', opts: CommonOptions) => {
      const cache = cacheOf(opts, true)!;
      if (action === 'clear') {
        let removed: number;
        try {
          removed = cache.clear();
        } catch (e) {
          throw new InputError(`${cache.dir}: ${(e as Error).message}`);
        }
        io.stdout(opts.json ? renderJsonValue({ dir: cache.dir, removedCount: removed }) : `removed ${removed} cached page${removed === 1 ? '' : 's'} from ${cache.dir}\n`);
        return;
      }
      const info = cache.info();
      io.stdout(opts.json ? renderJsonValue({ dir: info.dir, version: info.version, pageCount: info.entries, bytes: info.bytes }) : `cache: ${info.dir}\nentries: ${info.entries} pages, ${(info.bytes / 1024).toFixed(0)} KiB\nversion: ${info.version}\n`);
    });

  for (const cmd of program.commands) {
    ownOptionsFirst(cmd);
    const examples = COMMAND_EXAMPLES[cmd.name()];
    if (examples) cmd.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}`);
  }
  if (argv.length === 0) {
    io.stdout(`${program.helpInformation()}\n${EXAMPLES.trimStart()}\n`);
    return EXIT.ok;
  }
  try {
    // An unknown command, or `icesco help` for one, is a usage error that lists the commands
    // (commander would show the main help for `help nosuch`).
    const known = (name: string) => program.commands.some((c) => c.name() === name) || name === 'help';
    const asked = argv[0] === 'help' ? argv[1] : argv[0];
    if (asked && !asked.startsWith('-') && !known(asked)) throw new UsageError(`unknown command '${asked}' (commands: ${program.commands.map((c) => c.name()).join(', ')})`);
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    exitCode = exitCodeFor(e, io);
  }
  // (After the answer is written: it may be read from the database as it is printed. The cast:
  // the command's action assigned it, which the compiler's narrowing does not follow.)
  const used = cacheUsed as AnalysisCache | null;
  if (used?.trustedBy && io.env.ICESCO_DEBUG === 'update') io.stderr(`icesco: the database was ${used.trustedBy === 'seal' ? 'trusted by its seal' : 'checked (quick_check)'} before writing\n`);
  used?.seal();
  return exitCode;
}

/** The width text output is laid out for when it goes to a file or a pipe: wide enough never to cut a line. */
const PIPED_WIDTH = 10_000;

/** Each command's own examples, shown at the end of its --help. */
const COMMAND_EXAMPLES: Record<string, string[]> = {
  list: ['icesco list                              the bundled demo pages, newest first', 'icesco list pages/ --since 2025-09-01 --until 2025-09-30', 'icesco list pages/ --place Kazakhstan --json | jq -r \'.[].title\'', 'cat page.txt | icesco list'],
  show: ['icesco show 000_55f9d866b8a4f3e8-31e1d7-03       one article (any unique prefix of its id)', 'icesco show 000_55f9d866b8a4f3e8-31e1d7-03 --lines   its page lines, and what each was judged to be', 'icesco show 000_55f9d866b8a4f3e8-31e1d7-03 --explain which rule found each entity and date'],
  entities: ['icesco entities --type place --limit 10', 'icesco entities --type all --csv > entities.csv', 'icesco entities pages/ --since "last 30 days" --sort articles'],
  who: ['icesco who AlMalik                      aliases, roles over time, articles, companions', 'icesco who ICESCO --json'],
  graph: ['icesco graph --type person --format graphml > people.graphml   for Gephi', 'icesco graph --type all --min-weight 2 | dot -Tsvg > graph.svg'],
  dates: ['icesco dates --upcoming                 deadlines and announced events', 'icesco dates --warnings                 weekdays that contradict their date'],
  timeline: ['icesco timeline --by month', 'icesco timeline --by week --person AlMalik --csv'],
  boilerplate: ['icesco boilerplate pages/               what was removed, and why', 'icesco boilerplate --json | jq \'.[] | select(.reason == "teaser")\''],
  search: ['icesco search AlMalik                  articles naming him, the best first', 'icesco search \'"cultural heritage" OR manuscripts\' --since 2025-09', 'icesco search \'title:youth NOT sport\' --place Morocco --json', 'icesco search \'digit*\' pages/ --limit 5'],
  export: ['icesco export --sqlite corpus.sqlite            the bundled demo pages', 'icesco export --sqlite corpus.sqlite pages/ --force   replace an older export', 'sqlite3 corpus.sqlite "select date, title from articles order by date desc limit 5"', 'datasette corpus.sqlite                         browse and search it in a browser'],
  cache: ['icesco cache info', 'icesco cache clear'],
};

/** Options every command shares (common()): listed after a command's own in its help. */
const SHARED_OPTIONS = new Set(['--json', '--ndjson', '--csv', '--since', '--until', '--today', '--no-color', '--no-cache', '--cache-dir', '--jobs', '--quiet', '--strict']);

/** A command's help lists its own options first, then the shared ones. */
function ownOptionsFirst(cmd: Command): void {
  const shared = (o: Option) => SHARED_OPTIONS.has(o.long ?? '');
  const options = cmd.options as Option[];
  options.splice(0, options.length, ...options.filter((o) => !shared(o)), ...options.filter(shared));
}

/** The paths a user gave, to repeat in a suggested command ("" for none). */
function pathsHint(paths: string[]): string {
  return paths.length ? ` ${paths.map((p) => (/^[\w./-]+$/.test(p) ? p : `'${p.replace(/'/g, "'\\''")}'`)).join(' ')}` : '';
}

/** --person, --place and --org: the filters shared by the commands that pick articles. */
function articleFilters(cmd: Command): Command {
  return cmd
    .option('--person <name>', 'only articles mentioning this person (any alias)')
    .option('--place <name>', 'only articles mentioning this place')
    .option('--org <name>', 'only articles mentioning this organization (name or acronym)');
}

function entityFilter(opts: Record<string, unknown>): { person?: string; place?: string; org?: string } {
  return { person: opts.person as string | undefined, place: opts.place as string | undefined, org: opts.org as string | undefined };
}

/** Maps anything thrown to an exit code, printing a one-line message (never a stack trace). */
function exitCodeFor(e: unknown, io: CliIO): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    return EXIT.usage; // commander already printed the message
  }
  if (e instanceof UsageError) {
    io.stderr(`icesco: error: ${e.message}\n(add --help for usage)\n`);
    return EXIT.usage;
  }
  if (e instanceof InputError) {
    io.stderr(`icesco: error: ${e.message}\n`);
    return EXIT.input;
  }
  const err = e as Error;
  io.stderr(`icesco: internal error: ${err?.message ?? String(e)}\n`);
  if (io.env.ICESCO_DEBUG) io.stderr(`${err?.stack ?? ''}\n`);
  return EXIT.input;
}

async function bound(flag: string, value: string, today: Date): Promise<DateBound> {
  // The common forms need no parser; chrono-node is loaded only for the others.
  let b: DateBound | null = null;
  try {
    b = await parseDateBound(value, today);
  } catch {
    b = null; // "last 99999999999 years": a date out of range is no date either
  }
  if (!b) throw new UsageError(`${flag} '${value}' is not a date (try 2025-09-01, 2025-09, 2025, "September 2025" or "last 30 days")`);
  return b;
}

/** "pages 120/1000 · 35.2 pages/s · ETA 25 s" on one rewritten stderr line, at most ten times a second. */
function progressLine(io: CliIO): { update: (done: number, total: number) => void; end: () => void } {
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done !== total && now - last < 100) return;
      last = now;
      const rate = done / Math.max((now - started) / 1000, 0.001);
      const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
      io.stderr(`\r\u001b[Kanalysing pages ${done}/${total} · ${rate.toFixed(1)} pages/s · ETA ${eta} s`);
      shown = true;
    },
    end() {
      if (shown) io.stderr('\r\u001b[K');
    },
  };
}

/** A positive whole number option (--limit, --min, --jobs, --min-weight), or a usage error. */
function count(flag: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const s = String(value);
  if (!/^\d+$/.test(s) || Number(s) < 1) throw new UsageError(`${flag} '${s}' must be a whole number, at least 1`);
  return Number(s);
}
