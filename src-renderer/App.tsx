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
    else if (id.startsWith('go-')) navigate(id.slice(3));
  }, []);
  useCommands(COMMANDS, run);
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
