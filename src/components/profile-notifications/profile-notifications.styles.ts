import { css } from 'lit';

export const styles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    margin-bottom: calc(var(--_space) / 2);
  }
  .bar h2 {
    margin: 0;
  }
  .bar button {
    margin-inline-start: auto;
  }
`;
