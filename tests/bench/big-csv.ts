/** The import budget's file (DESIGN §6): 130 000 rows, 5 stations × 3 years hourly, ~5.7 MB of CSV. */
export const STATIONS = ['滆湖北', '滆湖心', '滆湖南', '太滆运河出湖口', '北干河入湖口'];
export const HOURS = 3 * 365 * 24;

export function bigCsv(): Buffer {
  const lines = ['断面名称,监测时间,氨氮(mg/L),总氮(mg/L),站点情况'];
  for (const [s, name] of STATIONS.entries())
    for (let h = 0; h < HOURS; h++) {
      const t = new Date(Date.UTC(2021, 3, 1) + h * 3_600_000).toISOString();
      const nh3n = (0.35 + 0.2 * Math.sin(h / 90 + s)).toFixed(3);
      const tn = (1.8 + 0.3 * Math.sin(h / 130 + s)).toFixed(3);
      lines.push(`${name},${t.slice(0, 10)} ${t.slice(11, 16)},${nh3n},${tn},正常`);
    }
  return Buffer.from(lines.join('\r\n'));
}
