import { EncryptionSection } from './EncryptionSection';
import { AboutMeSection } from './AboutMeSection';
import { AttachmentsSection } from './AttachmentsSection';
import { BackupsSection } from './BackupsSection';
import { useAppInfo } from './queries';
import { TransferSection } from './TransferSection';
import { SyncSection } from '../sync/SyncSection';
import './settings.css';
import { FormError } from '../../ui/FormError';

export function SettingsScreen() {
  const info = useAppInfo();
  return (
    <div className="settings">
      <h1>Settings</h1>
      <section className="card settings-section" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p className="settings-hint">
          Everything you write stays on this computer, in one file inside your data folder.
        </p>
        {info.data ? (
          <dl className="settings-facts">
            <dt>Data folder</dt>
            <dd>
              <code>{info.data.dataDir}</code>
            </dd>
            <dt>Journal file</dt>
            <dd>
              <code>{info.data.databaseFile}</code>
            </dd>
          </dl>
        ) : info.isError ? (
          <FormError message={info.error.message} />
        ) : null}
      </section>
      <AboutMeSection />
      <AttachmentsSection />
      <EncryptionSection />
      <BackupsSection />
      <TransferSection />
      <SyncSection />
    </div>
  );
}
