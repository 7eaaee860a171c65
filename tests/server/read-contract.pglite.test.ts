import { readContractOn } from './read-contract-on';

await readContractOn('pglite');
