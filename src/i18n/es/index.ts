// The es strings, one file per area; loaded on demand (see ../locale.ts).
// Plain strings; `{0}`, `{1}`… stand for the source's `${…}` expressions, in source order.
import { common } from './common.js';
import { profile } from './profile.js';
import { notifications } from './notifications.js';
import { edit } from './edit.js';
import { deleteAccount } from './delete.js';
import { sites } from './sites.js';
import { activity } from './activity.js';
import { admin } from './admin.js';

export const templates: Record<string, string> = { ...common, ...profile, ...notifications, ...edit, ...deleteAccount, ...sites, ...activity, ...admin };
