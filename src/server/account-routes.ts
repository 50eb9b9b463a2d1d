/**
 * The routes of accounts (login, logout, who am I, user management) and of a crisis's access.
 * Each route's `x-role` is the role it needs (auth.ts reads it); routes without one need
 * viewer for GET and analyst for the other methods.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { Crisis, CrisisNameParam, CrisisPatch, ErrorBody } from './schemas.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const error = (description: string) => json(ErrorBody, description);
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

export const Role = z.enum(['viewer', 'analyst', 'admin']).openapi('Role');
export const SessionUser = z.object({ name: z.string(), role: Role }).openapi('SessionUser');
export const UserRecord = z
  .object({ name: z.string(), role: Role, disabled: z.boolean(), createdAt: z.string(), lastLoginAt: z.string().nullable() })
  .openapi('User');

const password = z.string().min(1, 'give the password').max(1000);

export const LoginRequest = z
  .object({ name: z.string().trim().min(1, 'give your user name').max(200), password })
  .strict()
  .openapi('LoginRequest');
export const NewUserRequest = z
  .object({ name: z.string().trim().min(1, 'give the user a name').max(64), password, role: Role })
  .strict()
  .openapi('NewUserRequest');
export const UserPatchRequest = z
  .object({ role: Role.optional(), disabled: z.boolean().optional(), password: password.optional() })
  .strict()
  .refine((p) => p.role !== undefined || p.disabled !== undefined || p.password !== undefined, 'give "role", "disabled" or "password"')
  .openapi('UserPatch');
const UserNameParam = z.object({
  name: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'name', in: 'path' }, example: 'rosa' }),
});

export const meRoute = createRoute({
  method: 'get',
  path: '/api/auth/me',
  tags: ['accounts'],
  summary: 'Who is logged in (null: nobody), and whether this server needs a login',
  'x-role': 'public',
  responses: { 200: json(z.object({ user: SessionUser.nullable(), loginRequired: z.boolean() }), 'the user of this session') },
});

export const loginRoute = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['accounts'],
  summary: 'Log in with a name and password: sets the session cookie',
  'x-role': 'public',
  request: body(LoginRequest),
  responses: {
    200: json(z.object({ user: SessionUser }), 'logged in (the tally_session cookie is set)'),
    400: error('invalid request'),
    401: error('wrong name or password'),
    429: error('too many failed logins: wait (Retry-After) and try again'),
  },
});

export const logoutRoute = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['accounts'],
  summary: 'Log out: ends the session and clears its cookie',
  'x-role': 'public',
  responses: { 200: json(z.object({ ok: z.literal(true) }), 'logged out') },
});

export const listUsersRoute = createRoute({
  method: 'get',
  path: '/api/users',
  tags: ['accounts'],
  summary: 'Every user with their role (admins only)',
  'x-role': 'admin',
  responses: { 200: json(z.object({ users: z.array(UserRecord) }), 'the users') },
});

export const createUserRoute = createRoute({
  method: 'post',
  path: '/api/users',
  tags: ['accounts'],
  summary: 'Add a user (admins only)',
  'x-role': 'admin',
  request: body(NewUserRequest),
  responses: { 201: json(UserRecord, 'the new user'), 400: error('invalid user'), 409: error('the name is taken') },
});

export const updateUserRoute = createRoute({
  method: 'patch',
  path: '/api/users/{name}',
  tags: ['accounts'],
  summary: "Change a user's role, disable or enable them, or set their password (admins only); the last active admin stays one",
  'x-role': 'admin',
  request: { params: UserNameParam, ...body(UserPatchRequest) },
  responses: { 200: json(UserRecord, 'the user'), 400: error('invalid change'), 404: error('no such user'), 409: error('the last active admin') },
});

export const ApiTokenRecord = z
  .object({ id: z.number().int(), user: z.string(), label: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() })
  .openapi('ApiToken');
export const NewApiTokenRequest = z
  .object({ user: z.string().trim().min(1, 'give the user the token acts as').max(200), label: z.string().max(200).default('') })
  .strict()
  .openapi('NewApiTokenRequest');
export const NewApiToken = z.object({ token: z.string(), record: ApiTokenRecord }).openapi('NewApiToken');
const TokenIdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' }, example: 3 }),
});

export const listTokensRoute = createRoute({
  method: 'get',
  path: '/api/tokens',
  tags: ['accounts'],
  summary: 'API tokens of every user, or of one (?user=); never the secret (admins only)',
  'x-role': 'admin',
  request: { query: z.object({ user: z.string().max(200).optional() }) },
  responses: { 200: json(z.object({ tokens: z.array(ApiTokenRecord) }), 'the tokens') },
});

export const createTokenRoute = createRoute({
  method: 'post',
  path: '/api/tokens',
  tags: ['accounts'],
  summary: 'Create an API token acting as a user; the secret is in this answer only (admins only)',
  'x-role': 'admin',
  request: body(NewApiTokenRequest),
  responses: {
    201: json(NewApiToken, 'the new token: keep it, it is not shown again'),
    400: error('invalid request, or the user is disabled'),
    404: error('no such user'),
  },
});

export const revokeTokenRoute = createRoute({
  method: 'delete',
  path: '/api/tokens/{id}',
  tags: ['accounts'],
  summary: 'Revoke one API token: scripts using it are refused from now on (admins only)',
  'x-role': 'admin',
  request: { params: TokenIdParam },
  responses: { 200: json(ApiTokenRecord, 'the revoked token'), 404: error('no such token') },
});

export const updateCrisisRoute = createRoute({
  method: 'patch',
  path: '/api/crises/{name}',
  tags: ['crises'],
  summary: "Change a crisis's start date and region, make it private or public, set its members (admins, or analysts who are members)",
  request: { params: CrisisNameParam, ...body(CrisisPatch) },
  responses: { 200: json(Crisis, 'the crisis'), 400: error('invalid change'), 403: error('not a member'), 404: error('no such crisis') },
});

export const ACCOUNT_ROUTES = [
  meRoute,
  loginRoute,
  logoutRoute,
  listUsersRoute,
  createUserRoute,
  updateUserRoute,
  listTokensRoute,
  createTokenRoute,
  revokeTokenRoute,
  updateCrisisRoute,
] as const;
