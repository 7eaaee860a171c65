import { describe, it } from 'vitest';
import { readContractOn } from './read-contract-on';
import { TEST_DATABASE_URL } from './test-server';

if (TEST_DATABASE_URL) await readContractOn('postgres');
else describe.skip('the read contract on PostgreSQL (no TEST_DATABASE_URL)', () => it('needs PostgreSQL'));
