import { css } from 'lit';
import { hostStyles } from '../../styles/host.js';

/** The header, the layout and the states; the account status and details are styled in `user-profile.view.styles.ts`. */
export const styles = [
  hostStyles,
  css`
  :host {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: var(--_space);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .avatar {
    flex: none;
    width: 4rem;
    height: 4rem;
    border-radius: 50%;
    object-fit: cover;
    display: grid;
    place-items: center;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 1.5rem;
    font-weight: 600;
  }
  .who {
    min-width: 0;
    flex: 1 1 10rem;
  }
  .who h2 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .who p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  [part~='badge'] {
    border-radius: 1em;
    padding: 0.1em 0.6em;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    white-space: nowrap;
  }
  [part~='help-error'] {
    flex-basis: 100%;
    margin: 0;
    color: var(--_danger);
  }
  section,
  [part~='deleted'],
  [part~='status'] {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  /* A section whose element hides itself (e.g. deletion off) takes no room. */
  section:has(> [hidden]) {
    display: none;
  }
  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: 1fr 1fr;
    }
    .header,
    [part~='signed-out'],
    [part~='status'],
    [part~='notifications'],
    [part~='edit'] {
      grid-column: 1 / -1;
    }
  }
`,
];
