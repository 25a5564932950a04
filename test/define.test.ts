import { expect } from '@open-wc/testing';
import { elements } from '../src/define.js';

describe('registration', () => {
  it('registers every tag', () => {
    for (const [tag, ctor] of Object.entries(elements)) expect(customElements.get(tag), tag).to.equal(ctor);
  });

  it('skips tags already defined instead of throwing (the module loaded twice)', async () => {
    // A second instance of the module (another URL), as when a CMS includes the script twice.
    await import(`../src/define.ts?again=${Date.now()}`);
    expect(customElements.get('user-profile')).to.equal(elements['user-profile']);
  });
});
