/**
 * What a V8 heap snapshot (DevTools' `.heapsnapshot` JSON) holds, in three parts, so that the wall soak can tell a
 * leak from the engine warming up: compiled code (V8 compiles and optimises functions as they get hot, which grows the
 * heap for minutes and then stops), the browser's own records (performance-timeline entries, kept in bounded
 * buffers) and everything else: the objects, strings and arrays of the app and its libraries.
 */
export type HeapPart = 'compiled code' | 'browser records' | 'app and libraries';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

const BROWSER_RECORDS =
  /^(Performance[A-Za-z]*Timing|LayoutShift(Attribution)?|TaskAttributionTiming|blink::ScriptTimingInfo)$/;

function partOf(type: string, name: string): HeapPart {
  // V8 keeps code and the lists that index it ("system / WeakArrayList") apart from the objects code creates.
  if (type === 'code' || (type === 'native' && name === 'system / WeakArrayList')) return 'compiled code';
  if (type === 'native' && BROWSER_RECORDS.test(name)) return 'browser records';
  return 'app and libraries';
}

/** Bytes (the nodes' self sizes) per part. */
export function heapParts(snapshotJson: string): Record<HeapPart, number> {
  const { snapshot, nodes, strings } = JSON.parse(snapshotJson) as Snapshot;
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [type, name, size] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field)) as [
    number,
    number,
    number,
  ];
  const parts: Record<HeapPart, number> = { 'compiled code': 0, 'browser records': 0, 'app and libraries': 0 };
  for (let i = 0; i < nodes.length; i += fields.length) {
    parts[partOf(types[nodes[i + type]!]!, strings[nodes[i + name]!]!)] += nodes[i + size]!;
  }
  return parts;
}
