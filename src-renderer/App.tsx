import { JournalScreen } from './features/journal/JournalScreen';
import { openSearch } from './features/search/open-search';
import { SearchDialog } from './features/search/SearchDialog';
import { TrashScreen } from './features/trash/TrashScreen';
import { Sidebar } from './ui/Sidebar';
import { ToastProvider } from './ui/toast';
import { useRoute } from './ui/use-route';

function Screen({ screen, param }: { screen: string; param: string | null }) {
  switch (screen) {
    case 'trash':
      return <TrashScreen />;
    case 'journal':
      return <JournalScreen entryId={param} />;
    default:
      return <JournalScreen entryId={null} />;
  }
}

export function App() {
  const route = useRoute();
  return (
    <ToastProvider>
      <div className="app-shell">
        <Sidebar current={route.screen} onSearch={openSearch} />
        <main className="app-main" id="main">
          <Screen screen={route.screen} param={route.param} />
        </main>
      </div>
      <SearchDialog />
    </ToastProvider>
  );
}
