import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';
import { formatSize } from './format';

/** How much room pictures and files take in the journal, and the largest ones with their entries. */
export function AttachmentsSection() {
  const usage = useQuery(channelQuery('attachments:usage', {}, ['attachments', 'usage']));
  return (
    <section className="card settings-section" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">Pictures and files</h2>
      <p className="settings-hint">
        Pictures and files are kept inside the journal file, so backups and encryption include them.
        Each can be up to 100 MB.
      </p>
      {usage.isError && (
        <p className="field-error" role="alert">
          {usage.error.message}
        </p>
      )}
      {usage.data && (
        <>
          <p>
            {usage.data.count === 0
              ? 'No pictures or files yet.'
              : `${usage.data.count} ${usage.data.count === 1 ? 'picture or file takes' : 'pictures and files take'} ${formatSize(usage.data.totalBytes)}.`}
          </p>
          {usage.data.largest.length > 0 && (
            <ul className="attachment-usage" aria-label="Largest pictures and files">
              {usage.data.largest.map((item) => (
                <li key={item.sha256}>
                  <span className="attachment-usage-name">{item.name}</span>{' '}
                  <span className="settings-hint">{formatSize(item.size)}</span>
                  <span className="settings-hint">
                    {item.entries.length === 0
                      ? ' · only in earlier versions of entries'
                      : ' · in '}
                  </span>
                  {item.entries.map((use, index) => (
                    <span key={use.entryId}>
                      {index > 0 && ', '}
                      <a href={`#/journal/${use.entryId}`}>
                        {use.title || 'Untitled'} ({use.entryDate})
                      </a>
                      {use.trashed && ' (in the trash)'}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
