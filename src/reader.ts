/**
 * The process an update reads its new articles' entities in, started from a V8 startup snapshot
 * (reader-process.ts makes and starts it).
 *
 * An update's worker thread spent ~0.5 s loading compromise (building its lexicon and tags as
 * the module runs: a code cache does not help) and ~0.2 s more on its first article, while the
 * main thread, its own part done, waited. This module is loaded and run once, when the CLI is
 * built: compromise loads, reads the warm-up article, and the heap as it then is becomes the
 * snapshot. A process started from it has all of that already, in ~0.3 s.
 *
 * It reads what an update's worker reads (readEntities: everything but the dates, which V8
 * cannot keep in a snapshot once chrono-node has run). The readings are pure functions of the
 * text, so a snapshot of the warmed-up modules gives what a fresh load gives
 * (test/reader.test.ts).
 */
import { startupSnapshot } from 'node:v8';
import type { ArticleText } from './corpus.js';
import { readEntities } from './analysis.js';
import { getGazetteer } from './stages/entities/gazetteer.js';
import { englishWords } from './stages/entities/words.js';
import { WARM_UP_ARTICLE } from './warm-up.js';

/** A batch to read, as the engine sends it to a worker. */
export interface ReaderRequest {
  id: number;
  items: ArticleText[];
}

/** The readings of a batch, or why it could not be read. */
export type ReaderReply = { id: number; results: ReturnType<typeof readEntities> } | { id: number; error: string };

/** Reads each batch the parent sends, until the parent goes. */
function serve(): void {
  process.on('message', (msg: ReaderRequest) => {
    let reply: ReaderReply;
    try {
      reply = { id: msg.id, results: readEntities(msg.items) };
    } catch (e) {
      reply = { id: msg.id, error: (e as Error).stack ?? String(e) };
    }
    process.send!(reply);
  });
  // (A parent that exits without stopping it leaves it nothing to do.)
  process.on('disconnect', () => process.exit(0));
}

if (startupSnapshot.isBuildingSnapshot()) {
  readEntities([WARM_UP_ARTICLE]);
  // (The files they read are read now, so that the snapshot never needs the paths it was built at.)
  englishWords();
  getGazetteer();
  startupSnapshot.setDeserializeMainFunction(serve);
}
