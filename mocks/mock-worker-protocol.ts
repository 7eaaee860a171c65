/** What the page forwards to the mock API's worker: its start, then each API request. */
export type ToServer =
  | { type: 'start'; basePath: string; scenario: string | null }
  | {
      type: 'request';
      id: number;
      url: string;
      method: string;
      /** The page's clock when it sent the request: the scripted outage keeps the page's time (and a test's fake one). */
      sentAt: number;
    };

/** The worker's answers: a response, a network failure, or a dataset newly served. */
export type FromServer =
  | {
      type: 'response';
      id: number;
      status: number;
      headers: [string, string][];
      body: ArrayBuffer;
    }
  | { type: 'network-error'; id: number }
  | { type: 'served' };
