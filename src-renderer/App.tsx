import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { commandSpecs } from '../src-main/shared/commands';
import { AchievementsScreen } from './features/achievements/AchievementsScreen';
import { JournalScreen } from './features/journal/JournalScreen';
import { useForgetCopiesWhenEncrypted } from './features/journal/unsaved-copies';
import { openSearch } from './features/search/open-search';
import { SearchDialog } from './features/search/SearchDialog';
import { TrashScreen } from './features/trash/TrashScreen';
import { TodayScreen } from './features/today/TodayScreen';
import { ValuesScreen } from './features/values/ValuesScreen';
import { Welcome } from './features/welcome/Welcome';
import { useWelcomeState } from './features/welcome/queries';
import { SCREENS } from '../src-main/shared/screens';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { ShortcutsSheet } from './ui/ShortcutsSheet';
import { StartFailed } from './ui/StartProblem';
import { PlanScreen } from './features/plan/PlanScreen';
import { reloadAllData } from './api/effects';
import { useJournalStatus } from './api/journal-status';
import { LockCommand, requestLockNow } from './features/lock/LockCommand';
import { LockScreen } from './features/lock/LockScreen';
import { RecoveryScreen } from './features/settings/RecoveryScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { BackupNowCommand, requestBackupNow } from './features/settings/BackupNowCommand';
import { ExportScreen } from './features/export/ExportScreen';
import { PrintRoute } from './print/PrintRoute';
import { TimelineScreen } from './features/timeline/TimelineScreen';
import { Sidebar } from './ui/Sidebar';
import { ToastProvider } from './ui/toast';
import { useCommands } from './ui/use-commands';
import { navigate, useRoute } from './ui/use-route';
import { useScreenChange } from './ui/use-screen-change';
import { useFollowSync } from './features/sync/follow-sync';

const COMMANDS = commandSpecs(SCREENS.map((screen) => screen.id));

function Screen({ screen, param }: { screen: string; param: string | null }) {
  switch (screen) {
    case 'today':
      return <TodayScreen />;
    case 'trash':
      return <TrashScreen />;
    case 'plan':
      return <PlanScreen param={param} />;
    case 'import':
      return <JournalScreen entryId={null} importOpen />;
    case 'export':
      return <ExportScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'timeline':
      return <TimelineScreen param={param} />;
    case 'values':
      return <ValuesScreen param={param} />;
    case 'achievements':
      return <AchievementsScreen />;
    case 'journal':
      return <JournalScreen entryId={param} />;
    default:
      return <TodayScreen />;
  }
}

export function App() {
  const route = useRoute();
  const queryClient = useQueryClient();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const welcome = useWelcomeState();
  const welcomeOpen = welcome.data?.show === true;
  const run = useCallback(
    (id: string) => {
      // The welcome is answered or skipped first; commands would act on the screen behind it.
      if (welcomeOpen) return;
      if (id === 'new-entry') navigate('journal', 'new');
      else if (id === 'shortcuts') setShortcutsOpen(true);
      else if (id === 'search') openSearch();
      else if (id === 'import') navigate('import');
      else if (id === 'export') navigate('export');
      else if (id === 'backup-now') requestBackupNow();
      else if (id === 'lock-now') requestLockNow();
      else if (id.startsWith('go-')) navigate(id.slice(3));
    },
    [welcomeOpen],
  );
  useCommands(COMMANDS, run);
  const status = useJournalStatus();
  useForgetCopiesWhenEncrypted(status.data);
  useScreenChange(status.data?.state === 'open' ? route.screen : null);
  useFollowSync(status.data?.state === 'open' && route.screen !== 'print');
  // The bare print view: no app around it (printed by the desktop's hidden window and the tests).
  if (route.screen === 'print') return <PrintRoute query={route.param ?? ''} />;
  if (status.isPending) return null;
  // Not the app around it: its parts would each ask for the status again, and every failure
  // would empty the window and draw it anew, hundreds of times a second.
  if (status.data === undefined) {
    return <StartFailed message={status.error.message} onRetry={() => void status.refetch()} />;
  }
  // A locked journal shows the lock screen and nothing else: no data of it is in the window.
  if (status.data?.state === 'locked') return <LockScreen status={status.data} />;
  // A journal with a problem found at start opens on the recovery screen, and nothing else.
  if (status.data?.state === 'recovery') {
    return (
      <ToastProvider>
        <RecoveryScreen status={status.data} />
      </ToastProvider>
    );
  }
  return (
    <ToastProvider>
      {/* While the welcome is open the rest of the app is out of reach of keyboard and mouse. */}
      <div className="app-shell" inert={welcomeOpen}>
        <Sidebar
          current={route.screen}
          onSearch={openSearch}
          onShowShortcuts={() => setShortcutsOpen(true)}
        />
        <main className="app-main" id="main">
          {/* Keyed by screen: choosing another screen starts it afresh. Import… is a dialog over
              the journal, which stays as it is under it (and gets focus back when it closes). */}
          <ErrorBoundary
            key={route.screen === 'import' ? 'journal' : route.screen}
            onRetry={() => void reloadAllData(queryClient)}
          >
            <Screen screen={route.screen} param={route.param} />
          </ErrorBoundary>
        </main>
      </div>
      <SearchDialog />
      <BackupNowCommand />
      <LockCommand />
      {welcomeOpen && <Welcome />}
      {shortcutsOpen && (
        <ShortcutsSheet commands={COMMANDS} onClose={() => setShortcutsOpen(false)} />
      )}
    </ToastProvider>
  );
}
