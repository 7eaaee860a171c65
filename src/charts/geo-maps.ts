/**
 * Registering a map's GeoJSON, without importing ECharts' geo code here: `echarts-map.ts` hands its `registerMap` over
 * when it loads, which `loadCharts` makes happen before any option with a `geo` is drawn.
 */

type Registrar = (name: string, geoJson: object) => void;

let registrar: Registrar | null = null;
const registered = new WeakMap<object, string>();

export function setMapRegistrar(register: Registrar): void {
  registrar = register;
}

/**
 * Registers `geoJson` under `name` before the option that names it is set, once per GeoJSON object: registering
 * again makes ECharts parse the geometry again (the wall re-renders every second).
 */
export function registerGeoMap({ name, geoJson }: { name: string; geoJson: object }): void {
  if (registered.get(geoJson) === name) return;
  if (!registrar) throw new Error('the map extension is not loaded (loadCharts with "map")');
  registrar(name, geoJson);
  registered.set(geoJson, name);
}
