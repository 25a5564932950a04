// The scim dialect against what WSO2 Identity Server and Asgardeo send: fixtures shaped after their
// responses (test/fixtures/wso2/, from the servers' own code and published captures: see the
// README there), served by the mock realm in place of its own answers.
import { expect } from '@open-wc/testing';
import { createApi, type FieldDefinition } from '../src/api/index.js';
import { realm, rejection, requests, useRealm } from './helpers.js';

const WSO2 = 'urn:scim:wso2:schema';
const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const CUSTOM = 'urn:scim:schemas:extension:custom:User';
const load = async (name: string) => (await fetch(`/test/fixtures/wso2/${name}.json`)).json();
const byKey = (fields: FieldDefinition[]) => Object.fromEntries(fields.map((f) => [f.key, f]));

/** Serves the WSO2 fixtures for every discovery endpoint and `resource` (`/Me` or `/Users/{id}`). */
async function wso2(resource = '/Me', options: { schemasAsList?: boolean } = {}) {
  const [me, schemas, types, spc] = await Promise.all(['me', 'schemas', 'resource-types', 'service-provider-config'].map(load));
  realm.fault(`GET ${resource}`, { status: 200, body: me }, 'scim');
  realm.fault('GET /Schemas', { status: 200, body: options.schemasAsList ? { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: schemas.length, Resources: schemas } : schemas }, 'scim');
  realm.fault('GET /ResourceTypes', { status: 200, body: types }, 'scim');
  realm.fault('GET /ServiceProviderConfig', { status: 200, body: spc }, 'scim');
  return me;
}

const selfService = () => createApi({ apiBase: '/api/scim2', dialect: 'scim' });
const admin = (userId = 'c81997b0-066b-432c-b385-59e9f8edb46e') => createApi({ apiBase: '/api/scim2', dialect: 'scim', userId });

describe('scim adapter with WSO2 / Asgardeo payloads', () => {
  beforeEach(useRealm);

  it('/Me: username without its user-store prefix, the primary email as WSO2 sends it, the mobile, pending values, the avatar, addresses', async () => {
    await wso2();
    const p = await selfService().getProfile();
    expect(p).to.include({ username: 'kim@example.com', email: 'kim@example.com', name: 'Kim Lee', avatarUrl: 'https://cdn.example.com/avatars/kim.png' });
    expect(p.emails).to.deep.equal([
      { address: 'kim@example.com', primary: true },
      { address: 'kim.lee@work.example.com', primary: false },
      { address: 'kim.new@example.com', pending: true },
    ]);
    expect(p.phones).to.deep.include({ number: '+94771234567', primary: true });
    expect(p.phones).to.deep.include({ number: '+94779876543', pending: true });
    expect(p.values.userName).to.equal('kim@example.com');
    // Addresses without `formatted`: their parts, never "Not set".
    expect(p.values.addresses).to.deep.equal(['12 Galle Road, Colombo, Western, 00300, LK']);
    expect(p.values['addresses#home.locality']).to.equal('Colombo');
    expect(p.values['phoneNumbers.mobile']).to.equal('+94771234567');
    expect(p.account, 'no administrator’s view of it in self-service').to.equal(undefined);
  });

  for (const [form, asList] of [['a bare array (WSO2)', false], ['a ListResponse', true]] as const) {
    it(`/Schemas as ${form}: the form of the user's attribute profile (endUser)`, async () => {
      await wso2('/Me', { schemasAsList: asList });
      const api = selfService();
      // As <user-profile> does: the configuration and the profile asked for together.
      const [c] = await Promise.all([api.getFormConfig(), api.getProfile()]);
      const by = byKey(c.fields);
      expect(c.fields[0]!.key, 'userName first').to.equal('userName');
      expect(by.userName).to.include({ editable: false, label: 'Username' });
      // profiles.endUser wins over the global flags.
      expect(by['name.givenName']).to.include({ required: true, editable: true });
      expect(by[`${ENT}:employeeNumber`]).to.include({ editable: false });
      expect(by, 'not supported by default for the user').not.to.have.property(`${ENT}:department`);
      expect(by[`${CUSTOM}:employmentType`]).to.include({ editable: false, type: 'dropdown' });
      // Account control and internals are never offered; the avatar is the header's.
      for (const hidden of ['active', 'groups', 'roles', 'profileUrl', `${WSO2}:accountLocked`, `${WSO2}:accountDisabled`, `${WSO2}:askPassword`, `${WSO2}:forcePasswordReset`, `${WSO2}:failedLoginAttempts`, `${WSO2}:verifiedEmailAddresses`, `${WSO2}:verifiedMobileNumbers`, `${WSO2}:lastLoginTime`, `${WSO2}:pendingEmails.value`, `${WSO2}:pendingMobileNumber`, `${WSO2}:emailOTPDisabled`]) {
        expect(by, hidden).not.to.have.property(hidden);
      }
      // Types, canonical values with labels, input formats.
      expect(by[`${WSO2}:dateOfBirth`]).to.include({ type: 'date', past: true });
      expect(by[`${CUSTOM}:contractEndDate`]).to.include({ type: 'date', editable: false });
      expect(by[`${CUSTOM}:skills`]).to.include({ type: 'checkbox', multiple: true, editable: true });
      expect(by[`${CUSTOM}:skills`]!.options).to.deep.equal([{ value: 'java', label: 'Java' }, { value: 'ts', label: 'TypeScript' }]);
      // Lists that change through verification: shown, with what awaits it.
      expect(by.emails).to.include({ editable: false, pending: 'kim.new@example.com' });
      expect(by['phoneNumbers.mobile']).to.include({ editable: false, pending: '+94779876543' });
      expect(by['addresses#home.streetAddress']).to.include({ editable: false });
      // Sorted by displayOrder (strings), unnumbered last.
      const order = c.fields.map((f) => f.position);
      expect(order).to.deep.equal([...order].sort((a, b) => a - b));
      // WSO2 says changePassword is unsupported although it takes them (wso2/product-is#20738).
      expect(c.password).to.deep.equal({ kind: 'inline' });
      expect(c.admin).to.equal(undefined);
    });
  }

  it('/ResourceTypes decides which schemas are the user’s: another type’s required attributes stay out', async () => {
    const schemas = await load('schemas');
    const role = { id: 'urn:ietf:params:scim:schemas:extension:acme:2.0:Role', name: 'Role', attributes: [{ name: 'permissions', type: 'STRING', required: true, mutability: 'READ_WRITE', multiValued: true }] };
    const types = await load('resource-types');
    types.Resources.push({ id: 'Role', name: 'Role', endpoint: '/Roles', schema: role.id, schemaExtensions: [] });
    realm.fault('GET /Schemas', { status: 200, body: [...schemas, role] }, 'scim');
    realm.fault('GET /ResourceTypes', { status: 200, body: types }, 'scim');
    const by = byKey((await selfService().getFormConfig()).fields);
    expect(by).not.to.have.property(`${role.id}:permissions`);
    expect(by).to.have.property(`${CUSTOM}:skills`);
    // Without /ResourceTypes (404), the rule of old: every schema that is not core, a group or an API message.
    realm.fault('GET /ResourceTypes', { status: 404 }, 'scim');
    const old = byKey((await selfService().getFormConfig()).fields);
    expect(old).to.have.property(`${CUSTOM}:skills`);
  });

  it('a server that says it takes no password changes (and is not WSO2) offers none', async () => {
    realm.fault('GET /ServiceProviderConfig', { status: 200, body: { patch: { supported: true }, changePassword: { supported: false } } }, 'scim');
    realm.fault('GET /Schemas', { status: 200, body: { Resources: [{ id: 'urn:ietf:params:scim:schemas:core:2.0:User', attributes: [{ name: 'displayName', type: 'string' }] }] } }, 'scim');
    const c = await selfService().getFormConfig();
    expect(c.password).to.deep.equal({ kind: 'none' });
    realm.fault('GET /ServiceProviderConfig', { status: 200, body: { patch: { supported: false } } }, 'scim');
    const api = selfService();
    const ro = await api.getFormConfig();
    expect(ro).to.include({ readOnly: true });
  });

  describe('administrator mode (user-id)', () => {
    it('reads /Users/{id} with the Console’s attribute profile: fields an administrator may change are editable', async () => {
      await wso2('/Users/c81997b0-066b-432c-b385-59e9f8edb46e');
      const api = admin();
      const p = await api.getProfile();
      expect(requests('GET', '/Users/c81997b0-066b-432c-b385-59e9f8edb46e')).to.have.length(1);
      expect(requests('GET', '/Me')).to.have.length(0);
      expect(p.account).to.deep.equal({ locked: false, disabled: false, lockedReason: undefined, groups: ['engineering'], roles: ['Editor', 'everyone'] });
      const c = await api.getFormConfig();
      const by = byKey(c.fields);
      expect(by[`${ENT}:employeeNumber`]).to.include({ editable: true });
      expect(by[`${ENT}:department`]).to.include({ editable: true });
      expect(by[`${CUSTOM}:employmentType`]).to.include({ required: true, editable: true });
      expect(by[`${CUSTOM}:badgeIssuedAt`]).to.include({ type: 'datetime', editable: false });
      expect(by.userName).to.include({ editable: false });
      expect(c.admin).to.deep.equal({ invite: true, temporary: true, lock: true, disable: true });
      expect(c.password, 'the user’s own password change is not the administrator’s').to.deep.equal({ kind: 'none' });
    });

    it('sends the Console’s PatchOps: invite to reset, temporary password, lock, disable; deletes /Users/{id}', async () => {
      const id = 'c81997b0-066b-432c-b385-59e9f8edb46e';
      await wso2(`/Users/${id}`);
      realm.fault(`PATCH /Users/${id}`, { status: 204 }, 'scim');
      realm.fault(`DELETE /Users/${id}`, { status: 204 }, 'scim');
      const api = admin(id);
      await api.resetPassword!('invite', undefined);
      await api.resetPassword!('temporary', 'Temp-Pass-2026');
      await api.setAccountStatus!({ locked: true });
      await api.setAccountStatus!({ disabled: false });
      expect(requests('PATCH', `/Users/${id}`).map((r) => (r.body as { Operations: unknown[] }).Operations)).to.deep.equal([
        [{ op: 'add', value: { [WSO2]: { forcePasswordReset: true } } }],
        [{ op: 'replace', value: { password: 'Temp-Pass-2026' } }],
        [{ op: 'replace', value: { [WSO2]: { accountLocked: true } } }],
        [{ op: 'replace', value: { [WSO2]: { accountDisabled: false } } }],
      ]);
      expect(await api.deleteAccount()).to.equal('deleted');
      expect(requests('DELETE', `/Users/${id}`)).to.have.length(1);
    });

    it('accepts the account’s state as strings too ("true"), as WSO2 sometimes sends it', async () => {
      const me = await wso2('/Users/x');
      me[WSO2] = { ...me[WSO2], accountLocked: 'true', lockedReason: 'MAX_ATTEMPTS_EXCEEDED' };
      realm.fault('GET /Users/x', { status: 200, body: me }, 'scim');
      expect((await admin('x').getProfile()).account).to.include({ locked: true, lockedReason: 'MAX_ATTEMPTS_EXCEEDED' });
    });

    it('is the scim dialect’s only: another dialect with user-id is a configuration error', async () => {
      const { configProblem } = await import('../src/api/client.js');
      expect(configProblem({ apiBase: '/api/customers', realm: 'demo', userId: 'x' })).to.equal('user-id');
      expect(configProblem({ apiBase: '/api/bird', dialect: 'rest', userId: 'x' })).to.equal('user-id');
      expect(configProblem({ apiBase: '/api/scim2', dialect: 'scim', userId: 'x' })).to.equal(undefined);
      const e = await rejection(admin('nobody').getProfile());
      expect(e.status).to.equal(404);
    });
  });
});
