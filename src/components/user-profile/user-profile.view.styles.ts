import { css } from 'lit';

/** The account status banner and the account details, adopted when the view loads. */
export const styles = css`
  dl {
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.25em;
    overflow-wrap: anywhere;
  }
  [part~='status'] {
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .banned,
  .deleted {
    border-color: var(--_danger);
  }
`;
