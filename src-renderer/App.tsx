import { JournalScreen } from './features/journal/JournalScreen';
import { useJournalStatus } from './features/settings/queries';
import { RecoveryScreen } from './features/settings/RecoveryScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { Sidebar } from './ui/Sidebar';
import { ToastProvider } from './ui/toast';
import { useRoute } from './ui/use-route';

export function App() {
  const route = useRoute();
  const status = useJournalStatus();
  // A journal with a problem found at start opens on the recovery screen, and nothing else.
  if (status.isPending) return null;
  if (status.data?.state === 'recovery') {
    return (
      <ToastProvider>
        <RecoveryScreen status={status.data} />
      </ToastProvider>
    );
  }
  return (
    <ToastProvider>
      <div className="app-shell">
        <Sidebar current={route.screen} />
        <main className="app-main" id="main">
          {route.screen === 'settings' ? (
            <SettingsScreen />
          ) : route.screen === 'journal' ? (
            <JournalScreen entryId={route.param} />
          ) : (
            <JournalScreen entryId={null} />
          )}
        </main>
      </div>
    </ToastProvider>
  );
}
