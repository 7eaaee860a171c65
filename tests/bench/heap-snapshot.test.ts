import { describe, expect, it } from 'vitest';
import { heapParts } from './heap-snapshot';

/** A snapshot as V8 writes one: flat node records of [type, name, id, self_size, edge_count]. */
const snapshot = (nodes: [type: number, name: number, size: number][]) =>
  JSON.stringify({
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
        node_types: [['hidden', 'array', 'string', 'object', 'code', 'closure', 'native'], 'string', 'number'],
      },
    },
    nodes: nodes.flatMap(([type, name, size], id) => [type, name, id, size, 0]),
    strings: ['', 'Object', 'system / WeakArrayList', 'PerformanceScriptTiming', 'LayoutShift', 'HTMLDivElement'],
  });

describe('heapParts', () => {
  it('tells compiled code and the browser’s records from the objects of the app', () => {
    const parts = heapParts(
      snapshot([
        [4, 0, 1000], // code
        [6, 2, 200], // native WeakArrayList: the code's index
        [6, 3, 70], // a performance entry
        [6, 4, 30], // a layout shift
        [3, 1, 500], // an object
        [2, 0, 40], // a string
        [6, 5, 8], // a DOM element: the app's
      ]),
    );
    expect(parts).toEqual({ 'compiled code': 1200, 'browser records': 100, 'app and libraries': 548 });
  });
});
