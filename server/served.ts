import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Answer } from '../src/contract/answer';
import { answerRead } from '../src/contract/routes';
import type { ServedDataset, SewersPart, WaterPart } from '../src/contract/served-dataset';
import { activeIds, loadSewers, loadWater, type ActiveIds } from './db/datasets';
import { PARTS, type Part } from '../src/domain/dataset';
import type { Queryable } from './db/database';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** An answer as it is sent: serialised once, compressed once each way, with its validator. */
export interface Encoded {
  status: number;
  problem: boolean;
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

/** Below this size compressing costs more than it saves. */
const COMPRESS_FROM = 1024;
/** Answers kept per pair of active datasets: the screens' queries repeat; an endless variety of ranges must not grow the heap. */
const CACHE_ENTRIES = 500;

/** An answer, or a file's bytes, serialised and compressed once. */
export async function encode(answer: Answer | { status: 200; problem: false; body: Buffer }): Promise<Encoded> {
  const identity = Buffer.isBuffer(answer.body) ? answer.body : Buffer.from(JSON.stringify(answer.body));
  const small = identity.length < COMPRESS_FROM;
  const [gz, br] = small
    ? [identity, identity]
    : await Promise.all([
        gzipAsync(identity, { level: 6 }),
        // Quality 5: a 4-hourly series of 0.6 MB compresses in tens of ms; 11 would hold it for a second.
        brotliAsync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
      ]);
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
  return { status: answer.status, problem: answer.problem, etag, identity, gzip: gz, br };
}

interface Active {
  ids: ActiveIds;
  dataset: ServedDataset;
}

/**
 * The server's view of the active datasets: loaded from the database when a part's pointer changes (never per
 * request), and their answers cached serialised and pre-compressed, keyed by the two dataset ids and the query
 * (DESIGN §10, §6 v3). One instance per process.
 */
export class ServedData {
  private active: Active | null = null;
  private loading: Promise<Active> | null = null;
  private readonly cache = new Map<string, Promise<Encoded>>();
  private readonly createdAt: Record<Part, string> = { water: '', sewers: '' };
  private readonly parts: { water: WaterPart | null; sewers: SewersPart | null } = { water: null, sewers: null };

  constructor(private readonly db: Queryable) {}

  get ids(): ActiveIds | null {
    return this.active?.ids ?? null;
  }

  /** Reads the active pointers and loads the parts that changed; resolves to the ids now served. */
  refresh(): Promise<ActiveIds> {
    const run = async (): Promise<Active> => {
      const ids = await activeIds(this.db);
      if (!ids) throw new Error('the database holds no active dataset');
      const current = this.active?.ids;
      for (const part of PARTS) {
        if (current?.[part] === ids[part] && this.parts[part]) continue;
        const loaded = part === 'water' ? await loadWater(this.db, ids.water) : await loadSewers(this.db, ids.sewers);
        this.createdAt[part] = loaded.createdAt;
        if (part === 'water') this.parts.water = loaded.part as WaterPart;
        else this.parts.sewers = loaded.part as SewersPart;
      }
      const generatedAt = [this.createdAt.water, this.createdAt.sewers].sort().at(-1)!;
      const active: Active = {
        ids,
        dataset: {
          generatedAt: () => Promise.resolve(generatedAt),
          water: this.parts.water!,
          sewers: this.parts.sewers!,
        },
      };
      if (current?.water !== ids.water || current?.sewers !== ids.sewers) this.cache.clear();
      this.active = active;
      return active;
    };
    // One refresh at a time: a notice arriving during a load waits for it, then reads the pointers again.
    const next = (this.loading ?? Promise.resolve(null)).catch(() => null).then(run);
    this.loading = next;
    return next.then((a) => a.ids);
  }

  /** The encoded answer to a read of the contract, from the cache when this pair of datasets answered it before. */
  async read(path: string, url: URL): Promise<Encoded> {
    if (!this.active) await this.refresh();
    const active: Active = this.active!;
    const query = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const key = `${active.ids.water}|${active.ids.sewers}|${path}?${new URLSearchParams(query).toString()}`;
    let hit = this.cache.get(key);
    if (hit) {
      // Least recently used goes first: re-inserting moves the key to the end.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    hit = answerRead(path, url, active.dataset).then(encode);
    this.cache.set(key, hit);
    hit.catch(() => this.cache.delete(key));
    if (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    return hit;
  }
}
