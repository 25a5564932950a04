import { hostStyles } from '../../styles/host.js';

/** The element's own styles: its loading and error states need only the shared ones. The dialog's are in `profile-delete-account.view.styles.ts`. */
export const styles = hostStyles;
