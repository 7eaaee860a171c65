import { HttpResponse } from 'msw';
import { problem, type Answer } from '../src/contract/answer';

/** The contract's answer as MSW's response: JSON, or `application/problem+json` for a problem. */
export function toResponse(answer: Answer): HttpResponse<Record<string, unknown>> {
  return HttpResponse.json(answer.body as Record<string, unknown>, {
    status: answer.status,
    headers: answer.problem ? { 'Content-Type': 'application/problem+json' } : undefined,
  });
}

/** An RFC 9457 problem response, for the scenarios' scripted failures. */
export const problemResponse = (status: number, title: string, detail: string) =>
  toResponse(problem(status, title, detail));
