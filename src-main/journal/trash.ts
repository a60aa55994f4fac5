import { removeUnusedAttachments } from '../attachments/service';
import type { Db } from '../db/open';
import { removeDocument } from '../search/indexer';
import { purgeCutoff } from '../shared/trash';
import { tagRepository } from '../tags/repository';
import { entryRepository } from './repository';

/**
 * Deletes for good the entries that have been in the trash for TRASH_DAYS or longer, with their
 * snapshots, tag links and links to the plan (cascading) and their search documents, then the
 * pictures and files nothing refers to any more (this runs daily, so it also follows history
 * pruning). Returns how many entries went.
 */
export function purgeExpiredTrash(db: Db, now: Date = new Date()): number {
  const entries = entryRepository(db);
  return db.transaction(() => {
    const expired = entries.trashedBefore(purgeCutoff(now));
    for (const id of expired) {
      removeDocument(db, 'entry', id);
      entries.deleteForever(id);
    }
    if (expired.length > 0) tagRepository(db).deleteUnusedTags();
    removeUnusedAttachments(db, now);
    return expired.length;
  })();
}
