import { css } from 'lit';
import { switchStyles } from '../../styles/controls.js';

export const styles = css`
  form,
  fieldset {
    display: grid;
    gap: var(--_space);
  }
  section,
  [part~='edit-subscriptions'] {
    margin-top: calc(var(--_space) * 2);
  }
  fieldset,
  dl,
  dd,
  p {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  label,
  legend {
    overflow-wrap: anywhere;
    min-width: 0;
  }
  [part~='edit-field'] {
    display: grid;
    gap: 0.3em;
    margin: 0;
  }
  .check {
    grid-template-columns: auto 1fr;
  }
  .check p {
    grid-column: 2;
  }
  label,
  legend,
  dt {
    font-weight: 600;
    padding: 0;
  }
  .opt {
    display: flex;
    gap: 0.5em;
    align-items: start;
    font-weight: 400;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    accent-color: var(--_accent);
  }
  [part~='edit-input'] {
    width: 100%;
    max-width: 32rem;
    padding: 0.4em 0.6em;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .err {
    color: var(--_danger);
  }
  .ok {
    color: var(--_success);
  }
  [part~='edit-summary'] {
    padding: 0.5em 1em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  [part~='edit-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  ${switchStyles}
`;
