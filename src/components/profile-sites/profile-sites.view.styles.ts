import { css } from 'lit';

/** The sites' logos and texts, adopted when the view loads. */
export const styles = css`
  .logo {
    flex: none;
    width: 2.5rem;
    height: 2.5rem;
    border-radius: calc(var(--_radius) / 2);
    object-fit: contain;
    display: grid;
    place-items: center;
    background: var(--_bg);
    font-weight: 600;
  }
  li div {
    min-width: 0;
  }
  li p {
    margin: 0;
  }
`;
