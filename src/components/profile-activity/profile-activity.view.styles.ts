import { css } from 'lit';

/** The list's styles, adopted when the view loads. */
export const styles = css`
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: var(--_space);
    padding-block: calc(var(--_space) / 2);
    border-bottom: 1px solid var(--_border);
    overflow-wrap: anywhere;
    min-width: 0;
    /* A long list lays out and paints only what is on screen (a focus on the first new event after
       "Load more" would otherwise lay out every event). Still in the accessibility tree and findable. */
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5em;
  }
  [part~='activity-title'] {
    font-weight: 600;
  }
  p {
    margin: 0;
    flex-basis: 100%;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-top: calc(var(--_space) / 2);
  }
`;
