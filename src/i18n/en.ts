import type { Messages } from './messages';

/** English, complete: every key of `zh.ts`. */
export const en = {
  app: {
    title: 'Ge Lake Water Dashboard',
    subtitle: 'Xinmeng River transfer and Tao-Ge rural sewer programme',
    skipToContent: 'Skip to content',
    illustrative: 'Illustrative data',
    illustrativeNote:
      'The figures on this dashboard are synthetic, generated to follow public reports. They are illustrative, not measurements.',
    asOf: 'Data as of {{date}}',
    source: 'Based on the Wujin Daily report of December 2023; water classes per GB 3838-2002.',
  },
  nav: {
    label: 'Main navigation',
    overview: 'Overview',
    waterQuality: 'Water quality',
    sewers: 'Sewers',
    wall: 'Wall',
  },
  language: {
    label: 'Language',
    zh: '中文',
    en: 'English',
  },
  state: {
    loading: 'Loading…',
    empty: 'No data',
    retry: 'Retry',
    errorTitle: 'Could not load the data',
    renderError: 'This panel failed; the other panels are not affected.',
    errorKind: {
      network: 'The data service cannot be reached. Check the network.',
      http: 'The data service answered with an error ({{status}}).',
      parse: 'The data service sent something that is not JSON.',
      schema: 'The data service sent data that breaks the API contract.',
      unknown: 'Something unexpected went wrong.',
    },
    technical: 'Technical details',
  },
  indicator: {
    nh3n: 'NH3-N',
    tn: 'TN',
    unit: 'mg/L',
  },
  waterClass: {
    I: 'Class I',
    II: 'Class II',
    III: 'Class III',
    IV: 'Class IV',
    V: 'Class V',
    'worse-than-V': 'Worse than V',
    none: '—',
    label: 'GB 3838-2002 class',
  },
  overview: {
    heading: 'Overview',
    waterGroup: 'Ge Lake water quality',
    sewerGroup: 'Tao-Ge rural sewage programme',
    latest: 'Latest {{indicator}}',
    latestAt: '{{station}} · {{time}}',
    change: 'Change during the transfer',
    changeHint: '{{station}}, transfer mean vs the 30 days before',
    villages: 'Villages completed',
    villagesOf: 'of {{total}} natural villages',
    pipeline: 'Sewer pipe built',
    pipelineOf: 'of {{total}} km planned',
    km: 'km',
    trendTitle: 'Ge Lake Centre NH3-N and TN (daily mean)',
    trendLink: 'Water quality details',
    sewerTitle: 'Villages with sewage treatment, cumulative',
    sewerLink: 'Sewer programme details',
  },
  charts: {
    transfer: 'Transfer',
    plan: 'Plan',
    actual: 'Actual',
    planFuture: 'Plan (ahead)',
    asOf: 'As of {{date}}',
    villages: 'Villages',
    trendDescription:
      'Line chart of daily mean NH3-N and TN at {{station}}, {{from}} to {{to}}; the shaded band is the Xinmeng River transfer.',
    progressDescription:
      'Line chart of villages completed against plan, cumulative, 2022–2025; {{done}} completed as of {{date}}.',
  },
  preparing: {
    title: 'In preparation',
    body: 'This page is being built and will appear here when it is ready.',
    back: 'Back to the overview',
    waterQuality:
      'It will show NH3-N and TN trends per station with the transfer marked, the GB 3838-2002 class limits, before/during/after statistics and export.',
    sewers:
      'It will show sewer progress across 759 villages in 7 towns: per town, over time against plan, and village by village.',
    wall: 'It will offer the full-screen rotating display for meeting-room screens.',
  },
  notFound: {
    title: 'Page not found',
    back: 'Back to the overview',
  },
} as const satisfies Messages;
