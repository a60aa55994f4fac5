import { JournalScreen } from './features/journal/JournalScreen';
import { TimelineScreen } from './features/timeline/TimelineScreen';
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
          ) : route.screen === 'timeline' ? (
            <TimelineScreen param={route.param} />
          ) : (
            <JournalScreen entryId={null} />
          )}
        </main>
      </div>
    </ToastProvider>
  );
}
