import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ProfileDeleteAccount } from '../src/components/profile-delete-account/profile-delete-account.js';
import type { UserProfile } from '../src/components/user-profile/user-profile.js';
import { useLocale } from '../src/i18n/locale.js';
import { frames, guardEachTest, MODYO, oneEvent, realm, requests, text, until, mount as mountTag } from './helpers.js';

const EVENTS = ['account-deleting', 'account-deleted', 'profile-error', 'profile-unauthorized'];
const CONFIG = `api-base="${MODYO.base}" realm="${MODYO.realm}"`;

const mount = (attrs = CONFIG, props: Partial<ProfileDeleteAccount> = {}) => mountTag<ProfileDeleteAccount>('profile-delete-account', attrs, { props, events: EVENTS });

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const loaded = (el: ProfileDeleteAccount) => until(() => $(el, '[part~=delete-open]'), 'the delete button');
const dialog = (el: Element) => $<HTMLDialogElement>(el, 'dialog')!;
const input = (el: Element) => $<HTMLInputElement>(el, '[part~=delete-input]')!;
const confirm = (el: Element) => $<HTMLButtonElement>(el, '[part~=delete-confirm]')!;
const focused = (el: Element) => el.shadowRoot!.activeElement;
function enter(el: Element, value: string) {
  input(el).value = value;
  input(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
async function openAndType(el: ProfileDeleteAccount, value = 'test.user') {
  $<HTMLButtonElement>(el, '[part~=delete-open]')!.click();
  enter(el, value);
  await el.updateComplete;
}

describe('<profile-delete-account>', () => {
  guardEachTest();

  describe('rendering', () => {
    it('says plainly that deletion is permanent and what is lost', async () => {
      const { el } = await mount();
      await loaded(el);
      const warning = text($(el, '[part~=delete-text]'));
      expect(warning).to.contain('permanent');
      expect(warning).to.contain('profile, preferences, subscriptions and notifications');
      expect(text($(el, '[part~=delete-open]'))).to.equal('Delete account…');
      expect(dialog(el).open).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('is hidden, and renders nothing, when the realm does not allow deletion', async () => {
      realm.modyo.profileConfiguration.delete_account = false;
      const { el } = await mount();
      await until(() => el.hidden, 'the element to hide');
      expect(el.shadowRoot!.children).to.have.length(0);
      expect(getComputedStyle(el).display).to.equal('none');
    });

    it('asks for the email where there is no username, and says so', async () => {
      realm.modyo.user.username = '';
      const { el } = await mount();
      await loaded(el);
      await openAndType(el, 'test.user');
      expect(text($(el, 'label[for=c]'))).to.equal('To confirm, type your email address: test.user@modyo.com');
      expect(confirm(el).disabled).to.equal(true);
      enter(el, 'test.user@modyo.com');
      await el.updateComplete;
      expect(confirm(el).disabled).to.equal(false);
    });

    it('asks for the account ID where there is neither username nor email, and says so', async () => {
      realm.modyo.user.username = '';
      realm.modyo.user.email = '';
      const { el } = await mount();
      await loaded(el);
      await openAndType(el, 'x');
      const id = String(realm.modyo.user.id);
      expect(text($(el, 'label[for=c]'))).to.equal(`To confirm, type your account ID: ${id}`);
      enter(el, id);
      await el.updateComplete;
      expect(confirm(el).disabled).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('confirmation', () => {
    it('opens a modal dialog with focus in it; the button is enabled only by the exact username', async () => {
      const { el } = await mount();
      await loaded(el);
      $<HTMLButtonElement>(el, '[part~=delete-open]')!.click();
      expect(dialog(el).open).to.equal(true);
      expect(dialog(el).matches(':modal')).to.equal(true);
      expect(focused(el)).to.equal(input(el));
      expect(text($(el, 'label[for=c]'))).to.equal('To confirm, type your username: test.user');
      expect(confirm(el).disabled).to.equal(true);
      await expect(el).to.be.accessible();
      for (const wrong of ['test.use', 'Test.User', 'test.user ', ' test.user']) {
        enter(el, wrong);
        await el.updateComplete;
        expect(confirm(el).disabled, wrong).to.equal(true);
      }
      enter(el, 'test.user');
      await el.updateComplete;
      expect(confirm(el).disabled).to.equal(false);
      await expect(el).to.be.accessible();
      expect(requests('DELETE', '/me')).to.have.length(0);
    });

    it('closes with Cancel and gives focus back to the opener', async () => {
      const { el } = await mount();
      await loaded(el);
      await openAndType(el);
      $<HTMLButtonElement>(el, '[part~=delete-cancel]')!.click();
      expect(dialog(el).open).to.equal(false);
      await until(() => focused(el) === $(el, '[part~=delete-open]'), 'focus back on the opener');
      // Opening again starts afresh.
      $<HTMLButtonElement>(el, '[part~=delete-open]')!.click();
      await el.updateComplete;
      expect(input(el).value).to.equal('');
      expect(requests('DELETE', '/me')).to.have.length(0);
    });
  });

  describe('deleting', () => {
    it('sends one DELETE on a double click, then says the account is gone and fires account-deleted', async () => {
      realm.fault('DELETE /me', { delay: 200 });
      const { el, events } = await mount();
      await loaded(el);
      await openAndType(el);
      confirm(el).click();
      confirm(el).click();
      await el.updateComplete;
      expect(confirm(el).getAttribute('aria-busy')).to.equal('true');
      expect(confirm(el).querySelector('.spinner')).to.exist;
      confirm(el).click();
      await oneEvent(el, 'account-deleted');
      expect(requests('DELETE', '/me')).to.have.length(1);
      expect(events.map((e) => e.type)).to.deep.equal(['account-deleting', 'account-deleted']);
      await el.updateComplete;
      const done = $(el, '[part~=delete-done]')!;
      expect(text(done)).to.equal('Your account has been deleted.');
      expect(done.getAttribute('role')).to.equal('status');
      expect(focused(el)).to.equal(done);
      expect($(el, 'dialog')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('sends nothing when account-deleting is cancelled', async () => {
      const { el } = await mount();
      await loaded(el);
      el.addEventListener('account-deleting', (e) => e.preventDefault());
      await openAndType(el);
      confirm(el).click();
      await frames(5);
      expect(requests('DELETE', '/me')).to.have.length(0);
      expect(dialog(el).open).to.equal(true);
      expect(input(el).value).to.equal('test.user');
    });

    it('keeps the dialog open with the error and what was typed when it fails, and succeeds on retry', async () => {
      realm.fault('DELETE /me', { status: 500, times: 1 });
      const { el, events } = await mount();
      await loaded(el);
      await openAndType(el);
      confirm(el).click();
      await until(() => $(el, '[part~=delete-error]'), 'the error');
      const error = $(el, '[part~=delete-error]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('Something went wrong on the server');
      expect(input(el).getAttribute('aria-describedby')).to.equal(error.id);
      expect(dialog(el).open).to.equal(true);
      expect(input(el).value).to.equal('test.user');
      expect(confirm(el).disabled).to.equal(false);
      expect(events.find((e) => e.type === 'profile-error')!.detail).to.include({ operation: 'delete-account', status: 500 });
      expect(events.map((e) => e.type)).to.not.include('account-deleted');
      await expect(el).to.be.accessible();
      confirm(el).click();
      await oneEvent(el, 'account-deleted');
      expect(requests('DELETE', '/me')).to.have.length(2);
    });

    it('says so, without a button, when the backend cannot delete accounts (501)', async () => {
      realm.fault('DELETE /me', { status: 501 });
      const { el } = await mount();
      await loaded(el);
      await openAndType(el);
      confirm(el).click();
      await until(() => !$(el, '[part~=delete-open]'), 'the button to go');
      expect(text(el)).to.contain('Your account cannot be deleted here.');
      expect($(el, 'dialog')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('rest: says a deletion the server accepted for later (202) is in progress', async () => {
      const { el, events } = await mount('api-base="/api/bird" dialect="rest"');
      await until(() => $(el, '[part~=delete-open]'), 'the delete button', 8000);
      await openAndType(el, 'jordan.rivera@example.com');
      expect(text($(el, 'label[for=c]'))).to.equal('To confirm, type your email address: jordan.rivera@example.com');
      confirm(el).click();
      await until(() => $(el, '[part~=delete-done]'), 'the result');
      expect(text($(el, '[part~=delete-done]'))).to.equal('Your account deletion is in progress.');
      expect(realm.rest.user.status).to.equal('deleted');
      expect(events.map((e) => e.type)).to.include('account-deleted');
    });

    it('scim: says the account cannot be deleted here when the server answers 501', async () => {
      const { el, events } = await mount('api-base="/api/scim2" dialect="scim"');
      await until(() => $(el, '[part~=delete-open]'), 'the delete button', 8000);
      await openAndType(el, 'alex.morgan@example.com');
      confirm(el).click();
      await until(() => !$(el, '[part~=delete-open]'), 'the button to go');
      expect(text(el)).to.contain('Your account cannot be deleted here.');
      expect(requests('DELETE', '/Me')).to.have.length(1);
      expect(events.map((e) => e.type)).to.not.include('account-deleted');
      expect(focused(el)).to.equal($(el, '[part~=delete-text]'));
    });

    it('reports a 401 as unauthorized', async () => {
      const { el, events } = await mount();
      await loaded(el);
      realm.signedIn = false;
      await openAndType(el);
      confirm(el).click();
      await until(() => $(el, '[part~=delete-error]'), 'the error');
      expect(text($(el, '[part~=delete-error]'))).to.contain('Sign in again');
      expect(events.filter((e) => e.type === 'profile-unauthorized')).to.have.length(1);
    });
  });

  describe('keyboard', () => {
    it('opens, confirms with Enter (held down: one request) and deletes, keyboard only', async () => {
      realm.fault('DELETE /me', { delay: 300 });
      const { el } = await mount();
      await loaded(el);
      $(el, '[part~=delete-open]')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(dialog(el).open).to.equal(true);
      expect(focused(el)).to.equal(input(el));
      await sendKeys({ type: 'test.user' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await oneEvent(el, 'account-deleted');
      expect(requests('DELETE', '/me')).to.have.length(1);
    });

    it('does nothing on Enter until the username is typed, and closes with Escape', async () => {
      const { el } = await mount();
      await loaded(el);
      $(el, '[part~=delete-open]')!.focus();
      await sendKeys({ press: 'Space' });
      expect(dialog(el).open).to.equal(true);
      await sendKeys({ type: 'test' });
      await sendKeys({ press: 'Enter' });
      await frames(3);
      expect(requests('DELETE', '/me')).to.have.length(0);
      await sendKeys({ press: 'Escape' });
      expect(dialog(el).open).to.equal(false);
      await until(() => focused(el) === $(el, '[part~=delete-open]'), 'focus back on the opener');
      // Tab reaches the dialog's controls in order: field, Cancel, Delete.
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '[part~=delete-cancel]'));
      await sendKeys({ press: 'Enter' });
      expect(dialog(el).open).to.equal(false);
    });
  });

  describe('data states', () => {
    it('is accessible while loading', async () => {
      realm.fault('GET /profile_configuration', { hang: true });
      const { el } = await mount();
      await el.updateComplete;
      expect($(el, '[part~=loading]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows a load error with a retry that works', async () => {
      realm.fault('GET /me', { status: 503, times: 1 });
      realm.fault('GET /me', { status: 500, times: 1 });
      const { el, events } = await mount();
      await until(() => $(el, '[part~=error]'), 'the error', 8000);
      expect(events.find((e) => e.type === 'profile-error')!.detail.operation).to.equal('load-delete');
      await expect(el).to.be.accessible();
      realm.clearFaults();
      $<HTMLButtonElement>(el, '[part~=retry]')!.click();
      await loaded(el);
    });

    it('says which attribute is missing', async () => {
      const { el } = await mount('realm="demo"');
      await el.updateComplete;
      expect(text(el)).to.contain('"api-base"');
    });
  });

  describe('inside <user-profile>', () => {
    it('uses the composite’s profile and configuration: no extra requests', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<user-profile ${CONFIG}></user-profile>`;
      const profile = wrapper.firstElementChild as UserProfile;
      const el = await until(() => profile.shadowRoot?.querySelector('profile-delete-account'), 'the danger section');
      await loaded(el);
      await until(() => profile.shadowRoot!.querySelector('profile-edit-form')?.shadowRoot?.querySelector('form'), 'the edit form');
      expect(requests('GET', '/me')).to.have.length(1);
      expect(requests('GET', '/profile_configuration')).to.have.length(1);
      await openAndType(el);
      confirm(el).click();
      await oneEvent(profile, 'account-deleted');
    });
  });

  describe('i18n', () => {
    afterEach(() => useLocale('en'));

    for (const [lang, words] of [
      ['es', ['Eliminar cuenta…', 'permanente', 'Para confirmar, escribe tu nombre de usuario: test.user', 'Eliminar mi cuenta']],
      ['pt', ['Excluir conta…', 'permanente', 'Para confirmar, digite seu nome de usuário: test.user', 'Excluir minha conta']],
    ] as const) {
      it(`speaks ${lang}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
        wrapper.innerHTML = `<profile-delete-account ${CONFIG}></profile-delete-account>`;
        const el = wrapper.firstElementChild as ProfileDeleteAccount;
        await loaded(el);
        await until(() => text(el).includes(words[0]), `${lang} strings`);
        await openAndType(el);
        for (const w of words) expect(text(el)).to.contain(w);
        await expect(el).to.be.accessible();
      });
    }
  });
});
