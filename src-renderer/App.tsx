import { ExportScreen } from './features/export/ExportScreen';
import { JournalScreen } from './features/journal/JournalScreen';
import { PrintRoute } from './print/PrintRoute';
import { Sidebar } from './ui/Sidebar';
import { ToastProvider } from './ui/toast';
import { useRoute } from './ui/use-route';

export function App() {
  const route = useRoute();
  // The bare print view: no app around it (printed by the desktop's hidden window and the tests).
  if (route.screen === 'print') return <PrintRoute query={route.param ?? ''} />;
  return (
    <ToastProvider>
      <div className="app-shell">
        <Sidebar current={route.screen} />
        <main className="app-main" id="main">
          {route.screen === 'export' ? (
            <ExportScreen />
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
