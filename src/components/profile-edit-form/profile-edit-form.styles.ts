import { hostStyles } from '../../styles/host.js';

/** The element's own styles: its loading and error states need only the shared ones. The form's are in `profile-edit-form.view.styles.ts`. */
export const styles = hostStyles;
