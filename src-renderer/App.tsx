import { useCallback, useMemo, useState } from 'react';
import { commandSpecs } from '../src-main/shared/commands';
import { JournalScreen } from './features/journal/JournalScreen';
import { TodayScreen } from './features/today/TodayScreen';
import { ValuesScreen } from './features/values/ValuesScreen';
import { Welcome } from './features/welcome/Welcome';
import { useWelcomeState } from './features/welcome/queries';
import { SCREENS } from './ui/screens';
import { ShortcutsSheet } from './ui/ShortcutsSheet';
import { Sidebar } from './ui/Sidebar';
import { ToastProvider } from './ui/toast';
import { useCommands } from './ui/use-commands';
import { navigate, useRoute } from './ui/use-route';

const COMMANDS = commandSpecs(SCREENS.map((screen) => screen.id));

export function App() {
  const route = useRoute();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const welcome = useWelcomeState();
  const welcomeOpen = welcome.data?.show === true;
  const run = useCallback(
    (id: string) => {
      // The welcome is answered or skipped first; commands would act on the screen behind it.
      if (welcomeOpen) return;
      if (id === 'new-entry') navigate('journal', 'new');
      else if (id === 'shortcuts') setShortcutsOpen(true);
      else if (id.startsWith('go-')) navigate(id.slice(3));
    },
    [welcomeOpen],
  );
  useCommands(COMMANDS, run);
  const screen = useMemo(() => {
    switch (route.screen) {
      case 'journal':
        return <JournalScreen entryId={route.param} />;
      case 'values':
        return <ValuesScreen param={route.param} />;
      default:
        return <TodayScreen />;
    }
  }, [route.screen, route.param]);
  return (
    <ToastProvider>
      {/* While the welcome is open the rest of the app is out of reach of keyboard and mouse. */}
      <div className="app-shell" inert={welcomeOpen}>
        <Sidebar current={route.screen} onShowShortcuts={() => setShortcutsOpen(true)} />
        <main className="app-main" id="main">
          {screen}
        </main>
      </div>
      {welcomeOpen && <Welcome />}
      {shortcutsOpen && (
        <ShortcutsSheet commands={COMMANDS} onClose={() => setShortcutsOpen(false)} />
      )}
    </ToastProvider>
  );
}
