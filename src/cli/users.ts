/**
 * `tally user add|list|set-role|disable|enable|password` and `tally token create|list|revoke`: the accounts
 * of a team server, managed on the database directly (by whoever can reach it). Passwords come
 * from standard input (--password-stdin) or are generated and printed once; API tokens are
 * printed once. Every change is audited under TALLY_TOKEN's account or the operating-system user.
 */
import { Command, Option } from 'commander';
import type { User } from '../store/accounts.js';
import { cliWriter } from './actor.js';
import { withStore } from './store-options.js';
import { table } from './format.js';

const ROLE_CHOICES = ['viewer', 'analyst', 'admin'];

/** The password on standard input: its first line (what `echo secret |` and a file give). */
async function passwordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new Error('--password-stdin reads the password from standard input: pipe it in (printf %s "$PASSWORD" | tally ...)');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  if (!password) throw new Error('standard input held no password: pipe one in (printf %s "$PASSWORD" | tally ...)');
  return password;
}

const describe = (u: User) => `${u.name}: ${u.role}${u.disabled ? ' (disabled)' : ''}`;

export function registerUsers(program: Command): void {
  const user = program.command('user').description('the accounts of a team server (viewer, analyst, admin)');
  user
    .command('add')
    .description('add a user; the password is read from standard input (--password-stdin) or generated and printed once')
    .argument('<name>', 'the user name they log in with')
    .addOption(
      new Option('--role <role>', 'viewer reads; analyst reviews, ingests and edits sources; admin manages users').choices(ROLE_CHOICES).makeOptionMandatory(),
    )
    .option('--password-stdin', 'read the password from standard input')
    .action(async (name: string, o: { role: string; passwordStdin?: boolean }, cmd: Command) => {
      const { addUser, generatedPassword } = await import('../store/accounts.js');
      const password = o.passwordStdin ? await passwordFromStdin() : generatedPassword();
      const added = await withStore(cmd, async (store) => addUser(store.db, { name, password, role: o.role }, await cliWriter(store)));
      process.stdout.write(`added ${describe(added)}\n`);
      if (!o.passwordStdin) process.stdout.write(`password (shown only this once; give it to ${added.name} and have them change it):\n    ${password}\n`);
    });
  user
    .command('list', { isDefault: true })
    .description('list users with their role, state and last login')
    .action(async (_o: unknown, cmd: Command) => {
      const { listUsers } = await import('../store/accounts.js');
      const users = await withStore(cmd, (store) => listUsers(store.db));
      if (!users.length) {
        process.stdout.write('no users yet: "tally user add <name> --role admin" (a team server creates "admin" at its first start)\n');
        return;
      }
      process.stdout.write(
        `${table(
          ['name', 'role', 'state', 'created', 'last login'],
          users.map((u) => [
            u.name,
            u.role,
            u.disabled ? 'disabled' : 'active',
            u.createdAt.slice(0, 10),
            u.lastLoginAt?.slice(0, 16).replace('T', ' ') ?? 'never',
          ]),
        )}`,
      );
    });
  const change = (
    name: string,
    description: string,
    patchOf: (args: string[]) => { role?: string; disabled?: boolean },
    args: Array<[string, string]> = [],
  ) => {
    const c = user.command(name).description(description).argument('<name>', 'the user name');
    for (const [arg, help] of args) c.argument(arg, help);
    c.action(async (...params: unknown[]) => {
      const cmd = params[params.length - 1] as Command;
      const positional = params.slice(0, 1 + args.length) as string[];
      const { updateUser } = await import('../store/accounts.js');
      const updated = await withStore(cmd, async (store) => updateUser(store.db, positional[0]!, patchOf(positional.slice(1)), await cliWriter(store)));
      process.stdout.write(`${describe(updated)}\n`);
    });
  };
  change('set-role', "change a user's role", ([role]) => ({ role }), [['<role>', 'viewer, analyst or admin']]);
  change('disable', 'disable a user: their sessions and API tokens end, they cannot log in', () => ({ disabled: true }));
  change('enable', 'enable a disabled user again', () => ({ disabled: false }));
  user
    .command('password')
    .description("set a user's password (ends their sessions); read from standard input (--password-stdin) or generated and printed once")
    .argument('<name>', 'the user name')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (name: string, o: { passwordStdin?: boolean }, cmd: Command) => {
      const { generatedPassword, updateUser } = await import('../store/accounts.js');
      const password = o.passwordStdin ? await passwordFromStdin() : generatedPassword();
      const updated = await withStore(cmd, async (store) => updateUser(store.db, name, { password }, await cliWriter(store)));
      process.stdout.write(`new password set for ${updated.name}\n`);
      if (!o.passwordStdin) process.stdout.write(`password (shown only this once):\n    ${password}\n`);
    });

  const token = program.command('token').description('API tokens for scripts (sent as "Authorization: Bearer <token>")');
  token
    .command('create')
    .description("create an API token acting as a user; printed once (keep it secret: it acts with the user's role)")
    .requiredOption('--user <name>', 'the user the token acts as')
    .option('--label <text>', 'what the token is for (shown in the audit log)', '')
    .action(async (o: { user: string; label: string }, cmd: Command) => {
      const { createApiToken } = await import('../store/accounts.js');
      const created = await withStore(cmd, async (store) => createApiToken(store.db, o.user, o.label, await cliWriter(store)));
      process.stdout.write(
        `API token for ${describe(created.user)} (shown only this once):\n    ${created.token}\n` +
          'Send it as "Authorization: Bearer <token>"; set TALLY_TOKEN to it to have tally commands audited under this account.\n' +
          `Its id is ${created.record.id}: "tally token revoke ${created.record.id}" ends it.\n`,
      );
    });
  token
    .command('list', { isDefault: true })
    .description('list API tokens (id, user, label, created, last used); never the secret')
    .option('--user <name>', "only this user's tokens")
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (o: { user?: string; format: string }, cmd: Command) => {
      const { listApiTokens } = await import('../store/accounts.js');
      const tokens = await withStore(cmd, (store) => listApiTokens(store.db, o.user));
      if (o.format === 'json') return void process.stdout.write(`${JSON.stringify(tokens, null, 2)}\n`);
      if (!tokens.length) return void process.stdout.write(`no API tokens${o.user ? ` of ${o.user}` : ''}: "tally token create --user <name>" makes one\n`);
      const at = (t: string | null) => t?.slice(0, 16).replace('T', ' ') ?? 'never';
      process.stdout.write(
        `${table(
          ['id', 'user', 'label', 'created', 'last used'],
          tokens.map((t) => [String(t.id), t.user, t.label, at(t.createdAt), at(t.lastUsedAt)]),
        )}\n`,
      );
    });
  token
    .command('revoke')
    .description('revoke one API token by its id (see "tally token list"): scripts using it are refused from now on')
    .argument('<id>', 'the token id')
    .action(async (id: string, _o: unknown, cmd: Command) => {
      const n = Number(id);
      if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`"${id}" is not a token id: give the number "tally token list" shows`);
      const { revokeApiToken } = await import('../store/accounts.js');
      const revoked = await withStore(cmd, async (store) => revokeApiToken(store.db, n, await cliWriter(store)));
      process.stdout.write(`revoked token ${revoked.id} of ${revoked.user}${revoked.label ? ` (${revoked.label})` : ''}\n`);
    });
}
