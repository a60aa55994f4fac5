// Electron entry: wires the app lifecycle to the desktop host; nothing else lives here.
import { startDesktop } from './electron/app';

startDesktop();
