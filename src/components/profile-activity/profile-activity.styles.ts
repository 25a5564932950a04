import { hostStyles } from '../../styles/host.js';

/** The element's own styles: its loading and error states need only the shared ones. The list's are in `profile-activity.view.styles.ts`. */
export const styles = hostStyles;
