/**
 * Who the command line writes as (audit log): the account of the API token in TALLY_TOKEN when it
 * holds a valid one, else the operating-system user. A token that is set but not valid is said
 * so on stderr rather than silently ignored.
 */
import type { Store } from '../store/index.js';
import { cliActor } from './audit.js';

export async function cliWriter(store: Store, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const token = env.TALLY_TOKEN?.trim();
  if (!token) return cliActor();
  const { tokenUser } = await import('../store/accounts.js');
  const user = await tokenUser(store.db, token);
  if (user) return user.name;
  const me = cliActor();
  process.stderr.write(`tally: note: TALLY_TOKEN is not a valid API token of this database (revoked, or its user disabled): writing as the operating-system user ${me}\n`);
  return me;
}
