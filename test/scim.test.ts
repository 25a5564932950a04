// Contract tests of the `scim` dialect (SCIM 2.0 /Me, Asgardeo/WSO2) through the mock realm: every
// call's method, path, headers and body, the PatchOp shape, /Schemas → field definitions, errors.
import { expect } from '@open-wc/testing';
import { createApi, ProfileApiError, type ApiConfig, type FieldDefinition } from '../src/api/index.js';
import { SCIM_ENTERPRISE_USER as ENT, SCIM_PATCH_OP, SCIM_WSO2_USER as WSO2 } from '../mocks/seed.js';
import { realm, rejection, requests, useRealm } from './helpers.js';

const SCIM = 'application/scim+json';
const BASE = '/api/scim2';
const api = (extra: Partial<ApiConfig> = {}) => createApi({ dialect: 'scim', apiBase: BASE, ...extra });

const byKey = (fields: FieldDefinition[]) => Object.fromEntries(fields.map((f) => [f.key, f])) as Record<string, FieldDefinition>;
/** The schemas answer of a server, for `GET /Schemas` faults. */
const schemas = (...attributes: unknown[]) => ({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
  totalResults: 1,
  Resources: [{ id: 'urn:ietf:params:scim:schemas:core:2.0:User', name: 'User', attributes }],
});

describe('scim adapter', () => {
  beforeEach(useRealm);

  it('knows its capabilities at once: profile, edit, inline password, delete; no other sections', () => {
    const client = api();
    for (const m of ['getProfile', 'updateProfile', 'deleteAccount', 'getFormConfig', 'changePassword']) expect(client, m).to.have.property(m).that.is.a('function');
    for (const m of ['listNotifications', 'markNotificationRead', 'markAllNotificationsRead', 'listSites', 'listActivity', 'listSubscriptions', 'setSubscription', 'getHelpCenterUrl']) {
      expect(client, m).not.to.have.property(m);
    }
  });

  it('GET {api-base}/Me in application/scim+json with the token → the user, normalised', async () => {
    const p = await api({ token: () => 'at-1' }).getProfile();
    const [req] = requests('GET', '/Me');
    expect(req.url).to.equal(`${location.origin}${BASE}/Me`);
    expect(req.headers.accept).to.equal(SCIM);
    expect(req.headers.authorization).to.equal('Bearer at-1');
    expect(p).to.include({
      id: '8a3c1e52-0f4b-4d7e-b1a9-6d2e5c7f9a10',
      name: 'Alex Morgan',
      username: 'alex.morgan@example.com',
      email: 'alex.morgan@example.com',
      locale: 'en-US',
      timezone: 'America/New_York',
      createdAt: '2022-09-05T14:03:11.482Z',
      delegatedToken: null,
    });
    expect(p.emails).to.deep.equal([
      { address: 'alex.morgan@example.com', primary: true },
      { address: 'alex.m@example.net', primary: false },
    ]);
    expect(p.phones).to.deep.equal([
      { number: '+1 212 555 0147', primary: true },
      { number: '+1 212 555 0199', primary: false },
    ]);
    expect(p.values).to.include({
      userName: 'alex.morgan@example.com',
      'name.givenName': 'Alex',
      'name.familyName': 'Morgan',
      displayName: 'Alex Morgan',
      preferredLanguage: 'en',
      [`${ENT}:department`]: 'Customer Experience',
      [`${ENT}:employeeNumber`]: 'E-20417',
      [`${ENT}:manager.displayName`]: 'Priya Natarajan',
      [`${WSO2}:country`]: 'United States',
      [`${WSO2}:householdSize`]: 2,
      [`${WSO2}:monthlyBudget`]: 1850.5,
      [`${WSO2}:marketingOptIn`]: true,
    });
    expect(p.values.emails).to.deep.equal(['alex.morgan@example.com', 'alex.m@example.net']);
    expect(p.values[`${WSO2}:mobileNumbers`]).to.deep.equal(['+12125550147']);
    expect(p.values).not.to.have.property('password');
  });

  it('accepts emails as plain strings as well as {value, primary} objects (WSO2: the first plain one is the primary)', async () => {
    realm.fault('GET /Me', { status: 200, body: { id: 'u2', userName: 'sam', emails: ['sam@a.example', 'sam@b.example'], name: { givenName: 'Sam', familyName: 'Lee' } } });
    const p = await api().getProfile();
    expect(p).to.include({ name: 'Sam Lee', email: 'sam@a.example', username: 'sam' });
    expect(p.emails).to.deep.equal([
      { address: 'sam@a.example', primary: true },
      { address: 'sam@b.example', primary: false },
    ]);
    expect(p.values.emails).to.deep.equal(['sam@a.example', 'sam@b.example']);
  });

  it('GET /Schemas drives the fields: order, labels, types, read-only, required, options, patterns', async () => {
    const c = await api().getFormConfig();
    const [req] = requests('GET', '/Schemas');
    expect(req.headers.accept).to.equal(SCIM);
    const by = byKey(c.fields);
    // displayOrder first, in order; parts of a complex attribute stay together (numbered ones first).
    expect(c.fields.slice(0, 12).map((f) => f.key)).to.deep.equal([
      'userName', 'name.givenName', 'name.familyName', 'name.formatted', 'name.middleName', 'name.honorificPrefix', 'name.honorificSuffix',
      'displayName', 'nickName', 'emails', 'phoneNumbers', 'preferredLanguage',
    ]);
    expect(c.fields.map((f) => f.position)).to.deep.equal([...c.fields.map((f) => f.position)].sort((a, b) => a - b));
    // Never offered: identifiers, the password, the avatar (shown in the header), the account's state.
    for (const skipped of ['id', 'meta.created', 'schemas', 'groups', 'password', 'externalId', 'active', 'profileUrl', `${WSO2}:accountLocked`, `${WSO2}:accountDisabled`, `${WSO2}:forcePasswordReset`, `${WSO2}:lockedReason`, `${WSO2}:verifiedMobileNumbers`, `${WSO2}:emailVerified`, `${WSO2}:lastLogonTime`]) expect(by, skipped).not.to.have.property(skipped);

    expect(by.userName).to.include({ label: 'Username', editable: false, type: 'text' });
    expect(by['name.givenName']).to.include({ label: 'First name', required: true, editable: true, type: 'text' });
    expect(by['name.formatted']).to.include({ label: 'Full name', editable: true });
    expect(by['name.honorificPrefix']).to.include({ label: 'Prefix' });
    expect(by.emails).to.include({ type: 'email', multiple: true, editable: false, label: 'Email addresses' });
    expect(by.phoneNumbers).to.include({ type: 'tel', multiple: true, editable: false });
    expect(by.locale).to.include({ type: 'dropdown' });
    expect(by.locale.options!.map((o) => o.value)).to.include('en-US');
    expect(by.timezone.options!.map((o) => o.value)).to.include.members(['America/New_York', 'Europe/Lisbon']);
    expect(by.preferredLanguage.options!.map((o) => o.value).sort()).to.deep.equal(['de', 'en', 'es', 'fr', 'pt']);
    expect(by.preferredLanguage.options!.find((o) => o.value === 'pt')!.label).to.equal(new Intl.DisplayNames(['en'], { type: 'language' }).of('pt'));

    // Read-only for the user by the attribute profile (profiles.endUser), though writable globally.
    expect(by[`${ENT}:employeeNumber`]).to.include({ editable: false, label: 'Employee number', position: 20 });
    expect(by[`${ENT}:department`]).to.include({ editable: true, label: 'Department' });
    expect(by[`${ENT}:manager.displayName`]).to.include({ label: 'Manager', editable: false });
    expect(by).not.to.have.property(`${ENT}:manager.value`);

    const country = by[`${WSO2}:country`];
    expect(country).to.include({ type: 'dropdown', editable: true });
    expect(country.options!.map((o) => o.value)).to.include.members(['United States', 'Sri Lanka']);
    expect(by[`${WSO2}:dateOfBirth`]).to.include({ type: 'date', past: true, pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    // Shown, not edited: changes go through the server's verification of each number.
    expect(by[`${WSO2}:mobileNumbers`]).to.include({ type: 'tel', multiple: true, editable: false });
    expect(by[`${WSO2}:householdSize`]).to.include({ type: 'number', step: 1 });
    expect(by[`${WSO2}:monthlyBudget`]).to.include({ type: 'number', step: undefined });
    expect(by[`${WSO2}:marketingOptIn`]).to.include({ type: 'boolean', editable: true });

    expect(c).to.deep.include({ canDelete: true, deleteUnsupported: false, subscriptions: false, password: { kind: 'inline' }, email: { kind: 'none' } });
  });

  it('mutability is compared case-insensitively (READ_ONLY, ReadOnly, immutable → read-only; writeOnly → hidden)', async () => {
    realm.fault('GET /Schemas', {
      status: 200,
      body: schemas(
        { name: 'nickName', type: 'string', mutability: 'READ_ONLY' },
        { name: 'title', type: 'string', mutability: 'ReadOnly' },
        { name: 'userType', type: 'string', mutability: 'IMMUTABLE' },
        { name: 'secretAnswer', type: 'string', mutability: 'WRITE_ONLY' },
        { name: 'displayName', type: 'string', mutability: 'read_write', required: 'true' },
        { name: 'favouriteColour', type: 'string', regEx: '^[a-z]+$' },
      ),
    });
    const by = byKey((await api().getFormConfig()).fields);
    expect(by.nickName.editable).to.equal(false);
    expect(by.title.editable).to.equal(false);
    expect(by.userType.editable).to.equal(false);
    expect(by).not.to.have.property('secretAnswer');
    expect(by.displayName).to.include({ editable: true, required: true });
    // No displayName in the schema: no label (the element makes one, translated where it knows the attribute).
    expect(by.favouriteColour).to.include({ pattern: '^[a-z]+$', type: 'text' });
    expect(by.favouriteColour!.label).to.equal(undefined);
  });

  it('PATCH /Me is a PatchOp: one operation per changed attribute, core by path, extensions by URN', async () => {
    const p = await api({ token: () => 'at-2' }).updateProfile({
      'name.givenName': 'Alexandra',
      [`${ENT}:department`]: 'Support',
      [`${WSO2}:householdSize`]: 3,
      [`${WSO2}:marketingOptIn`]: false,
      [`${WSO2}:mobileNumbers`]: ['+12125550147', '+351912345678'],
      nickName: '',
    });
    const [req] = requests('PATCH', '/Me');
    expect(req.headers['content-type']).to.equal(SCIM);
    expect(req.headers.accept).to.equal(SCIM);
    expect(req.headers.authorization).to.equal('Bearer at-2');
    expect(req.body).to.deep.equal({
      schemas: [SCIM_PATCH_OP],
      Operations: [
        { op: 'replace', path: 'name.givenName', value: 'Alexandra' },
        { op: 'replace', path: `${ENT}:department`, value: 'Support' },
        { op: 'replace', path: `${WSO2}:householdSize`, value: 3 },
        { op: 'replace', path: `${WSO2}:marketingOptIn`, value: false },
        { op: 'replace', path: `${WSO2}:mobileNumbers`, value: ['+12125550147', '+351912345678'] },
        { op: 'remove', path: 'nickName' },
      ],
    });
    expect(p.values).to.include({ 'name.givenName': 'Alexandra', [`${ENT}:department`]: 'Support', [`${WSO2}:householdSize`]: 3 });
    expect(realm.scim.user.name?.givenName).to.equal('Alexandra');
  });

  it('maps SCIM errors {status, scimType, detail} onto the field the detail names', async () => {
    const client = api();
    await client.getFormConfig();
    const ro = await rejection(client.updateProfile({ userName: 'someone' }));
    expect(ro).to.include({ status: 400, kind: 'http', message: "Attribute 'userName' is read-only and cannot be modified" });
    expect(ro.fieldErrors).to.deep.equal({ userName: ["Attribute 'userName' is read-only and cannot be modified"] });

    const blank = await rejection(client.updateProfile({ 'name.givenName': '' }));
    expect(blank.fieldErrors).to.deep.equal({ 'name.givenName': ['Attribute is required'] });

    const country = await rejection(client.updateProfile({ [`${WSO2}:country`]: 'Narnia' }));
    expect(Object.keys(country.fieldErrors)).to.deep.equal([`${WSO2}:country`]);
    expect(country.fieldErrors[`${WSO2}:country`]![0]).to.match(/^'Narnia' is not one of/);

    // A detail that names no field stays a form-level error.
    realm.fault('PATCH /Me', { status: 400, body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '400', scimType: 'invalidSyntax', detail: 'Request is unparsable' } });
    const syntax = await rejection(client.updateProfile({ nickName: 'Al' }));
    expect(syntax).to.include({ status: 400, message: 'Request is unparsable' });
    expect(syntax.fieldErrors).to.deep.equal({});
    expect(realm.scim.user.name?.givenName).to.equal('Alex');
  });

  it('an answer 204 to PATCH is read back with GET /Me', async () => {
    realm.fault('PATCH /Me', { status: 204 });
    const p = await api().updateProfile({ nickName: 'Al' });
    expect(requests('GET', '/Me')).to.have.length(1);
    expect(p.name).to.equal('Alex Morgan');
  });

  it('a datetime-local value is sent as a full xsd:dateTime', async () => {
    realm.fault('GET /Schemas', { status: 200, body: schemas({ name: 'nextReview', type: 'dateTime' }) });
    realm.fault('PATCH /Me', { status: 204 });
    const client = api();
    expect(byKey((await client.getFormConfig()).fields).nextReview).to.include({ type: 'datetime', editable: true });
    await client.updateProfile({ nextReview: '2025-01-02T10:30' });
    expect((requests('PATCH', '/Me')[0].body as { Operations: unknown[] }).Operations).to.deep.equal([
      { op: 'replace', path: 'nextReview', value: new Date('2025-01-02T10:30').toISOString() },
    ]);
  });

  it('changePassword is a PatchOp {op:"add", value:{password}}; a rejected password lands on the password field', async () => {
    const client = api();
    await client.changePassword!('N3w-passphrase', undefined);
    expect(requests('PATCH', '/Me')[0].body).to.deep.equal({
      schemas: [SCIM_PATCH_OP],
      Operations: [{ op: 'add', value: { password: 'N3w-passphrase' } }],
    });
    expect(realm.scim.password).to.equal('N3w-passphrase');

    const e = await rejection(client.changePassword!('short', undefined));
    expect(e.status).to.equal(400);
    expect(e.fieldErrors).to.deep.equal({ password: ['Password must be at least 8 characters'] });
    expect(realm.scim.password).to.equal('N3w-passphrase');
  });

  it('DELETE /Me: 501 → an "unsupported" error, and the client’s form configuration says so from then on', async () => {
    const client = api();
    expect((await client.getFormConfig()).deleteUnsupported).to.equal(false);
    const e = await rejection(client.deleteAccount());
    expect(requests('DELETE', '/Me')).to.have.length(1);
    expect(requests('DELETE', '/Me')[0].headers.accept).to.equal(SCIM);
    expect(e).to.be.instanceOf(ProfileApiError);
    expect(e).to.include({ status: 501, kind: 'unsupported', message: 'Self-deletion is not supported' });
    expect((await client.getFormConfig()).deleteUnsupported).to.equal(true);
    // Other failures are ordinary errors.
    realm.fault('DELETE /Me', { status: 403 });
    expect(await rejection(api().deleteAccount())).to.include({ status: 403, kind: 'http' });
  });

  it('DELETE /Me: 204 → deleted; the session is gone afterwards', async () => {
    realm.scim.allowDelete = true;
    const client = api();
    expect(await client.deleteAccount()).to.equal('deleted');
    expect((await rejection(client.getProfile())).status).to.equal(401);
  });

  it('a server that refuses GET /Schemas (403/404) still gets a form of the usual core attributes', async () => {
    realm.fault('GET /Schemas', { status: 403 });
    const c = await api().getFormConfig();
    expect(c.fields.map((f) => f.key)).to.deep.equal(['name.givenName', 'name.familyName', 'displayName', 'nickName', 'preferredLanguage', 'locale', 'timezone']);
    expect(c.fields.every((f) => f.editable)).to.equal(true);
    expect(byKey(c.fields).timezone.type).to.equal('dropdown');
  });

  it('a failed GET /Schemas is an error, and the next call asks again', async () => {
    realm.fault('GET /Schemas', { status: 500, times: 1 });
    const client = api({ timeout: 2000 });
    expect((await rejection(client.getFormConfig())).status).to.equal(500);
    const c = await client.getFormConfig();
    expect(c.fields.length).to.be.greaterThan(10);
  });

  it('malformed bodies and wrong shapes are errors, never crashes', async () => {
    realm.fault('GET /Me', { status: 200, raw: '{"id":', times: 1 });
    expect((await rejection(api().getProfile())).kind).to.equal('parse');
    realm.fault('GET /Me', { status: 200, body: { userName: 'no id' }, times: 1 });
    expect((await rejection(api().getProfile())).kind).to.equal('shape');
    realm.fault('GET /Schemas', { status: 200, body: { Resources: 'none' }, times: 1 });
    expect((await rejection(api().getFormConfig())).kind).to.equal('shape');
    // Odd entries inside otherwise valid answers are skipped.
    realm.fault('GET /Schemas', { status: 200, body: schemas(null, 7, { type: 'string' }, { name: 'nickName', subAttributes: 'x' }), times: 1 });
    expect((await api().getFormConfig()).fields.map((f) => f.key)).to.deep.equal(['nickName']);
    realm.fault('GET /Me', { status: 200, body: { id: 5, emails: 'a@b.c', name: 'Pat', phoneNumbers: [null, { value: 7 }] }, times: 1 });
    const p = await api().getProfile();
    expect(p).to.include({ id: '5', name: 'Pat' });
    expect(p.emails).to.deep.equal([]);
  });

  it('401 with a SCIM error body → status 401 and its detail', async () => {
    realm.signedIn = false;
    const e = await rejection(api().getProfile());
    expect(e.status).to.equal(401);
    expect(e.message).to.match(/^Authorization failure/);
  });
});
