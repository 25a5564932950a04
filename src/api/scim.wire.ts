/**
 * SCIM 2.0's JSON (RFC 7643/7644, with WSO2/Asgardeo's conventions), as the adapter (`scim.ts`) reads
 * and writes it and the mock realm serves it.
 */

export const SCIM_CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const SCIM_ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const SCIM_WSO2_USER = 'urn:scim:wso2:schema';
export const SCIM_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';
export const SCIM_LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const SCIM_PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

export type ScimType = 'string' | 'boolean' | 'decimal' | 'integer' | 'dateTime' | 'reference' | 'binary' | 'complex';
export type ScimMutability = 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';

export interface ScimAttribute {
  name: string;
  type: ScimType;
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: ScimMutability;
  returned: 'always' | 'never' | 'default' | 'request';
  uniqueness: 'none' | 'server' | 'global';
  canonicalValues?: string[];
  referenceTypes?: string[];
  subAttributes?: ScimAttribute[];
  /** WSO2 / Asgardeo extras. */
  displayName?: string;
  displayOrder?: number;
  regEx?: string;
  /** WSO2: the flags of each attribute profile, over the global ones (`endUser`: MyAccount, `console`: administrators). */
  profiles?: Partial<Record<'endUser' | 'console' | 'selfRegistration', { mutability?: 'READ_ONLY' | 'READ_WRITE'; required?: boolean; supportedByDefault?: boolean }>>;
  supportedByDefault?: string;
}

export interface ScimSchema {
  schemas: string[];
  id: string;
  name: string;
  description: string;
  attributes: ScimAttribute[];
  meta: { resourceType: 'Schema'; location: string };
}

export interface ScimUser {
  schemas: string[];
  id: string;
  userName: string;
  name: { givenName?: string; familyName?: string; formatted?: string; middleName?: string; honorificPrefix?: string; honorificSuffix?: string };
  displayName?: string;
  emails?: { value: string; primary?: boolean; type?: string }[];
  phoneNumbers?: { value: string; primary?: boolean; type?: string }[];
  locale?: string;
  timezone?: string;
  preferredLanguage?: string;
  meta: { resourceType: 'User'; created: string; lastModified: string; location: string; version?: string };
  [extension: string]: unknown;
}

