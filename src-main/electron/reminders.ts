import { Notification, type BrowserWindow } from 'electron';
import type { AppContext } from '../core/context';
import { takeReminder } from '../today/service';

const EVERY_MINUTE = 60_000;

/**
 * The daily reminder's desktop glue: once a minute asks the journal whether a reminder is due (the
 * rules and words are in src-main/today/reminders.ts) and shows it. Clicking it opens Today.
 * Computed and shown locally; nothing is sent anywhere.
 */
export function startReminders(journal: AppContext, showWindow: () => BrowserWindow): () => void {
  // Held so the notification is not garbage-collected before it is clicked.
  let current: Notification | null = null;
  const tick = () => {
    // A locked journal, or one waiting on the recovery screen, has nothing to remind of.
    if (!Notification.isSupported() || journal.session.isLocked || journal.session.problem) return;
    let reminder;
    try {
      reminder = takeReminder(journal.db, journal.now());
    } catch (error) {
      console.error('[waymark] the reminder check failed:', error);
      return;
    }
    if (!reminder) return;
    current = new Notification({ title: reminder.title, body: reminder.body });
    current.on('click', () => {
      const { webContents } = showWindow();
      const goToday = () => webContents.send('waymark:command', 'go-today');
      if (webContents.isLoading()) webContents.once('did-finish-load', goToday);
      else goToday();
    });
    current.show();
  };
  const timer = setInterval(tick, EVERY_MINUTE);
  tick();
  return () => {
    clearInterval(timer);
    current = null;
  };
}
