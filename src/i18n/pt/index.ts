// The pt strings, one file per area; loaded on demand (see ../locale.ts).
import { common } from './common.js';
import { profile } from './profile.js';
import { notifications } from './notifications.js';
import { edit } from './edit.js';
import { deleteAccount } from './delete.js';
import { sites } from './sites.js';
import { activity } from './activity.js';

export const templates = { ...common, ...profile, ...notifications, ...edit, ...deleteAccount, ...sites, ...activity };
