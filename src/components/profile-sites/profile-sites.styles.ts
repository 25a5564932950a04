import { css } from 'lit';
import { hostStyles } from '../../styles/host.js';

/** The list and its cards, shared by the slotted links and the API's list (whose logos are styled in `profile-sites.view.styles.ts`). */
export const styles = [
  hostStyles,
  css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
  }
  li,
  ::slotted(a) {
    display: flex;
    gap: calc(var(--_space) / 2);
    align-items: flex-start;
    padding: calc(var(--_space) / 2);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  ::slotted(a) {
    color: var(--_accent);
    align-items: center;
  }
`,
];
