import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

/** The OpenAPI document and a validator for its response schemas, for the contract tests. */
export const openapi = parse(readFileSync(join(import.meta.dirname, '../../mocks/openapi.yaml'), 'utf8')) as {
  openapi: string;
  paths: Record<string, { get: { responses: Record<string, unknown> } }>;
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(openapi, 'openapi');

const pointer = (text: string) => text.replaceAll('~', '~0').replaceAll('/', '~1');

/** Validates a body against the document's schema for `path` / `status` / `contentType`; returns the errors. */
export function openapiErrors(path: string, status: number, contentType: string, body: unknown): string[] {
  const response = openapi.paths[path]?.get.responses[String(status)] as { $ref?: string } | undefined;
  if (!response) return [`no response ${status} documented for ${path}`];
  const base = response.$ref ?? `#/paths/${pointer(path)}/get/responses/${status}`;
  const validate = ajv.getSchema(`openapi${base}/content/${pointer(contentType)}/schema`);
  if (!validate) return [`no schema for ${path} ${status} ${contentType}`];
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
