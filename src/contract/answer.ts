/**
 * What a route of the contract answers, whatever hosts it (the mock's worker, the bureau server, the tests): a status
 * and a JSON body, or an RFC 9457 problem. Each host turns it into its own response.
 */
export type Answer = { status: 200; body: object; problem: false } | { status: number; body: Problem; problem: true };

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
}

export const ok = (body: object): Answer => ({ status: 200, body, problem: false });

export function problem(status: number, title: string, detail: string): Answer & { problem: true } {
  return {
    status,
    problem: true,
    body: { type: `https://gehu-dashboard.example/problems/${status}`, title, status, detail },
  };
}

export const badRequest = (detail: string) => problem(400, 'Bad request', detail);
export const notFound = (detail: string) => problem(404, 'Not found', detail);
