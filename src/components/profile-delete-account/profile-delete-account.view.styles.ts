import { css } from 'lit';
import { dialogStyles } from '../../styles/controls.js';

export const styles = css`
  ${dialogStyles}
  p {
    margin: 0 0 var(--_space);
  }
  label {
    display: block;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  input {
    width: 100%;
    margin: 0.3em 0 var(--_space);
    padding: 0.4em 0.6em;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='delete-error'] {
    color: var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: flex-end;
  }
`;
