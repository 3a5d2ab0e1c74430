// The system notification of Keep checking (issue 20): the verdict changed while IT edits the
// firewall and the person may be in another window. Electron's main-process Notification;
// where the system has none (a Linux desktop without a notification daemon), nothing is shown
// and the page's own list still says what changed.
import { Notification } from 'electron';

export interface NotificationText {
  title: string;
  body: string;
}

/** Shows `text`; false where the system cannot show notifications. */
export function showNotification(text: NotificationText): boolean {
  if (!Notification.isSupported()) return false;
  new Notification({ title: text.title, body: text.body }).show();
  return true;
}
