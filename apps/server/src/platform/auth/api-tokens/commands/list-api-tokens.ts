import type { ApiToken } from '@thirdline/shared/api-tokens/api-tokens.schemas';
import type { Db } from '../../../../db/client';
import type { Actor } from '../../actor';
import { presentApiToken } from '../api-token.presenter';
import { listTokensOfUser } from '../api-tokens.repository';

/** The caller's own tokens, newest first, including revoked and expired ones. */
export async function listApiTokens(db: Db, actor: Actor): Promise<ApiToken[]> {
  return (await listTokensOfUser(db, actor.userId)).map(presentApiToken);
}
