import { z } from 'zod';
import { channel } from './define';

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
  host: 'desktop' | 'web';
}

export const appContract = {
  'app:info': channel(z.strictObject({}), { reads: ['app'] }).returns<AppInfo>(),
};
