import { JournalScreen } from './features/journal/JournalScreen';
import { Sidebar } from './ui/Sidebar';
import { ToastProvider } from './ui/toast';
import { useRoute } from './ui/use-route';

export function App() {
  const route = useRoute();
  return (
    <ToastProvider>
      <div className="app-shell">
        <Sidebar current={route.screen} />
        <main className="app-main" id="main">
          {route.screen === 'journal' ? (
            <JournalScreen entryId={route.param} />
          ) : (
            <JournalScreen entryId={null} importOpen={route.screen === 'import'} />
          )}
        </main>
      </div>
    </ToastProvider>
  );
}
