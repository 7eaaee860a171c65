import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { toShanghaiTimestamp } from '../../src/domain/shanghai-time';
import { BatchError } from '../../src/import/batch-import';
import { transferEventRecordSchema } from '../../src/import/bundle';
import { ENCODINGS } from '../../src/import/decode';
import type { ImportFile } from '../../src/import/preview';
import { commitParts } from '../datasets-io';
import { activeKnown } from '../db/datasets';
import type { Part } from '../../src/domain/dataset';
import { confirmInThread, previewInThread } from '../import-thread';
import {
  createPending,
  dropExpired,
  dropPending,
  filesInOrder,
  readPending,
  rememberedMatches,
  rememberMatches,
  saveSettings,
  type ImportSettings,
  type Pending,
} from '../pending-imports';
import type { AppContext } from './app';
import { editorOf, sendProblem } from './guard';
import { failed, faultsOf } from './writes';

const API = '/api/v1';
/** DESIGN §10: at most 10 files and 200 MB per request, 100 MB per file. */
export const MAX_FILES = 10;
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_REQUEST_BYTES = 200 * 1024 * 1024;

const name = z.object({ zh: z.string(), en: z.string() });
const settingsSchema = z.object({
  order: z.optional(z.array(z.int()).check(z.maxLength(MAX_FILES))),
  years: z.optional(z.array(z.nullable(z.int().check(z.gte(1990), z.lte(2100))))),
  encodings: z.optional(z.array(z.nullable(z.enum(ENCODINGS)))),
  sheet: z.optional(z.array(z.nullable(z.string().check(z.maxLength(100))))),
  mapping: z.optional(z.array(z.nullable(z.record(z.string(), z.int())))),
  stations: z.optional(
    z.array(
      z.object({
        key: z.string(),
        id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
        name,
        kind: z.enum(['lake', 'inflow', 'outflow']),
        headline: z.boolean(),
        location: z.nullable(z.object({ lat: z.number(), lon: z.number() })),
        matchedByUser: z.optional(z.boolean()),
      }),
    ),
  ),
  headline: z.optional(z.string().check(z.maxLength(100))),
  keep: z.optional(z.union([z.literal('all'), z.array(z.string())])),
  events: z.optional(z.array(transferEventRecordSchema).check(z.maxLength(50))),
  towns: z.optional(
    z.array(
      z.object({
        key: z.string(),
        id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
        name,
        location: z.nullable(z.object({ lat: z.number(), lon: z.number() })),
      }),
    ),
  ),
});

class TooLarge extends Error {}

/** The upload's files and fields, read as they stream in, refused (413) past the limits. */
async function readUpload(request: FastifyRequest) {
  const files: ImportFile[] = [];
  const fields: Record<string, string> = {};
  let total = 0;
  const parts = request.parts({
    limits: { files: MAX_FILES, fileSize: MAX_FILE_BYTES, fields: 10, fieldSize: 1000, parts: MAX_FILES + 10 },
  });
  for await (const part of parts) {
    if (part.type === 'field') {
      fields[part.fieldname] = String(part.value);
      continue;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of part.file as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > MAX_REQUEST_BYTES)
        throw new TooLarge(`more than ${MAX_REQUEST_BYTES / 1024 / 1024} MB in one upload`);
      chunks.push(chunk);
    }
    if (part.file.truncated) throw new TooLarge(`${part.filename}: over ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    files.push({ name: part.filename.slice(0, 200), bytes: new Uint8Array(Buffer.concat(chunks)) });
  }
  return { files, fields };
}

/**
 * Imports through the server (DESIGN §10, pinned "imports"): an editor uploads files, gets the same preview as the
 * browser's, sends choices back (`PATCH`), and confirms against the active dataset it saw (`basedOn`). Pending imports
 * live in the database and are dropped 60 minutes after their last request.
 */
export async function registerImports(app: FastifyInstance, context: AppContext) {
  const { db, config, served } = context;
  await app.register(multipart);

  const previewOf = async (pending: Pending) => {
    const { files, options } = filesInOrder(pending);
    return previewInThread({
      part: pending.part,
      files,
      options,
      known: await activeKnown(db),
      remembered: await rememberedMatches(db),
      settings: pending.settings,
    });
  };

  /** Keeps a new pending import and answers its first preview; one that cannot be previewed is not kept. */
  const start = async (reply: FastifyReply, pending: Omit<Pending, 'id'>) => {
    const id = await createPending(db, pending);
    try {
      return await reply.code(201).send({ id, ...(await previewOf({ id, ...pending })) });
    } catch (error) {
      await dropPending(db, id);
      if (error instanceof BatchError) return await sendProblem(reply, 400, 'Bad request', error.message);
      throw error;
    }
  };

  app.post(
    `${API}/imports`,
    {
      // Refused before a byte of the body is read when its declared length is over the limit.
      onRequest: async (request, reply) => {
        if (Number(request.headers['content-length'] ?? 0) > MAX_REQUEST_BYTES)
          return sendProblem(
            reply,
            413,
            'Content too large',
            `an upload holds at most ${MAX_REQUEST_BYTES / 1024 / 1024} MB`,
          );
      },
    },
    async (request, reply) => {
      const editor = await editorOf(request, reply, db, config);
      if (!editor) return reply;
      if (!request.isMultipart())
        return sendProblem(reply, 415, 'Unsupported media type', 'send the files as multipart/form-data');
      await dropExpired(db);
      let upload;
      try {
        upload = await readUpload(request);
      } catch (error) {
        if (error instanceof TooLarge || (error as { statusCode?: number }).statusCode === 413)
          return await sendProblem(reply, 413, 'Content too large', (error as Error).message);
        return await sendProblem(reply, 400, 'Bad request', `not a readable upload: ${(error as Error).message}`);
      }
      const part = upload.fields.part as Part;
      if (part !== 'water' && part !== 'sewers')
        return sendProblem(reply, 400, 'Bad request', "the field 'part' is water or sewers");
      if (!upload.files.length) return sendProblem(reply, 400, 'Bad request', 'no files');
      const year = upload.fields.year ? Number(upload.fields.year) : null;
      const encoding = ENCODINGS.find((e) => e === upload.fields.encoding) ?? null;
      const settings: ImportSettings = {
        years: upload.files.map(() => (Number.isInteger(year) ? year : null)),
        encodings: upload.files.map(() => encoding),
      };
      return start(reply, { part, createdBy: editor.name, files: upload.files, settings });
    },
  );

  app.patch<{ Params: { id: string } }>(`${API}/imports/:id`, async (request, reply) => {
    const editor = await editorOf(request, reply, db, config);
    if (!editor) return reply;
    const pending = await readPending(db, request.params.id);
    if (!pending)
      return sendProblem(reply, 404, 'Not found', 'no such pending import (or it expired after 60 minutes)');
    const body = settingsSchema.safeParse(request.body);
    if (!body.success) return sendProblem(reply, 400, 'Bad request', body.error.issues[0]!.message);
    const order = body.data.order;
    if (order && [...order].sort((a, b) => a - b).join() !== pending.files.map((_, i) => i).join())
      return sendProblem(reply, 400, 'Bad request', "'order' must list every file once");
    const settings: ImportSettings = { ...pending.settings, ...body.data };
    await saveSettings(db, pending.id, settings);
    try {
      return await reply.send({ id: pending.id, ...(await previewOf({ ...pending, settings })) });
    } catch (error) {
      if (error instanceof BatchError) return await sendProblem(reply, 400, 'Bad request', error.message);
      throw error;
    }
  });

  app.post<{ Params: { id: string } }>(`${API}/imports/:id/confirm`, async (request, reply) => {
    const editor = await editorOf(request, reply, db, config);
    if (!editor) return reply;
    // A part's import is based on that part's active dataset; a bundle on both (`{ water, sewers }`).
    const id = z.string().check(z.maxLength(100));
    const body = z
      .object({ basedOn: z.union([id, z.object({ water: z.optional(id), sewers: z.optional(id) })]) })
      .safeParse(request.body);
    if (!body.success)
      return sendProblem(reply, 400, 'Bad request', "'basedOn' is the active dataset id the preview was made against");
    const pending = await readPending(db, request.params.id);
    if (!pending)
      return sendProblem(reply, 404, 'Not found', 'no such pending import (or it expired after 60 minutes)');
    const { files, options } = filesInOrder(pending);
    let ids;
    const known = await activeKnown(db);
    try {
      const made = await confirmInThread(
        {
          part: pending.part,
          files,
          options,
          known,
          remembered: await rememberedMatches(db),
          settings: pending.settings,
        },
        toShanghaiTimestamp(Date.now()),
      );
      ids = await commitParts(db, made, editor.name, {
        basedOn: typeof body.data.basedOn === 'string' ? { [pending.part]: body.data.basedOn } : body.data.basedOn,
        action: `import ${pending.part}`,
        ...faultsOf(config),
      });
    } catch (error) {
      if (error instanceof BatchError) return sendProblem(reply, 400, 'Bad request', error.message);
      return failed(reply, error);
    }
    // Matches count once the import they were made in is confirmed, and then for every editor.
    if (pending.settings.stations)
      await rememberMatches(db, pending.settings.stations, new Set(known.stations.map((s) => s.id)), editor.name);
    await dropPending(db, pending.id);
    await served.refresh();
    const meta = JSON.parse((await served.read('/meta', new URL('http://server/api/v1/meta'))).identity.toString()) as {
      sources: unknown;
    };
    return reply.send({ ids, sources: meta.sources });
  });

  // An editor's dataset bundle, as a pending import: previewed in brief, confirmed like any other.
  app.post(`${API}/bundle`, { bodyLimit: MAX_FILE_BYTES }, async (request, reply) => {
    const editor = await editorOf(request, reply, db, config);
    if (!editor) return reply;
    await dropExpired(db);
    const files = [{ name: 'bundle.json', bytes: new TextEncoder().encode(JSON.stringify(request.body)) }];
    return start(reply, { part: 'bundle', createdBy: editor.name, files, settings: {} });
  });

  app.delete<{ Params: { id: string } }>(`${API}/imports/:id`, async (request, reply) => {
    const editor = await editorOf(request, reply, db, config);
    if (!editor) return reply;
    return (await dropPending(db, request.params.id))
      ? reply.code(204).send()
      : sendProblem(reply, 404, 'Not found', 'no such pending import');
  });
}
