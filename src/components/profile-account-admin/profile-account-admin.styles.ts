import { hostStyles } from '../../styles/host.js';

/** The element's own styles: its loading and error states need only the shared ones. The forms' are in `profile-account-admin.view.styles.ts`. */
export const styles = hostStyles;
