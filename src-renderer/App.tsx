import { useCallback, useState } from 'react';
import { commandSpecs } from '../src-main/shared/commands';
import { JournalScreen } from './features/journal/JournalScreen';
import { openSearch } from './features/search/open-search';
import { SearchDialog } from './features/search/SearchDialog';
import { TrashScreen } from './features/trash/TrashScreen';
import { ValuesScreen } from './features/values/ValuesScreen';
import { SCREENS } from './ui/screens';
import { ShortcutsSheet } from './ui/ShortcutsSheet';
import { PlanScreen } from './features/plan/PlanScreen';
import { useJournalStatus } from './features/settings/queries';
import { RecoveryScreen } from './features/settings/RecoveryScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { ExportScreen } from './features/export/ExportScreen';
import { PrintRoute } from './print/PrintRoute';
import { TimelineScreen } from './features/timeline/TimelineScreen';
import { Sidebar } from './ui/Sidebar';
import { ToastProvider } from './ui/toast';
import { useCommands } from './ui/use-commands';
import { navigate, useRoute } from './ui/use-route';

const COMMANDS = commandSpecs(SCREENS.map((screen) => screen.id));

function Screen({ screen, param }: { screen: string; param: string | null }) {
  switch (screen) {
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
    case 'journal':
      return <JournalScreen entryId={param} />;
    default:
      return <JournalScreen entryId={null} />;
  }
}

export function App() {
  const route = useRoute();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const run = useCallback((id: string) => {
    if (id === 'new-entry') navigate('journal', 'new');
    else if (id === 'shortcuts') setShortcutsOpen(true);
    else if (id === 'search') openSearch();
    else if (id === 'import') navigate('import');
    else if (id.startsWith('go-')) navigate(id.slice(3));
  }, []);
  useCommands(COMMANDS, run);
  const status = useJournalStatus();
  // The bare print view: no app around it (printed by the desktop's hidden window and the tests).
  if (route.screen === 'print') return <PrintRoute query={route.param ?? ''} />;
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
        <Sidebar
          current={route.screen}
          onSearch={openSearch}
          onShowShortcuts={() => setShortcutsOpen(true)}
        />
        <main className="app-main" id="main">
          <Screen screen={route.screen} param={route.param} />
        </main>
      </div>
      <SearchDialog />
      {shortcutsOpen && (
        <ShortcutsSheet commands={COMMANDS} onClose={() => setShortcutsOpen(false)} />
      )}
    </ToastProvider>
  );
}
