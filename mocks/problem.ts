import { HttpResponse } from 'msw';

/** An RFC 9457 `application/problem+json` response. */
export function problem(status: number, title: string, detail: string): HttpResponse<Record<string, unknown>> {
  return HttpResponse.json(
    { type: `https://gehu-dashboard.example/problems/${status}`, title, status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

export const badRequest = (detail: string) => problem(400, 'Bad request', detail);
