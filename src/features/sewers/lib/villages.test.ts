import { describe, expect, it } from 'vitest';
import type { Town, Village } from '../../../api/sewers';
import { filterVillages, matchesName, normalizePinyin, villageTable } from './villages';

const village = (id: string, zh: string, en: string, townId: string, status: Village['status']): Village => ({
  id,
  name: { zh, en },
  townId,
  status,
  households: 200,
  treatment: 'sewer_to_plant',
  pipelineKm: { planned: 1.2, built: status === 'completed' ? 1.2 : 0.4 },
  startedOn: '2022-03-01',
  completedOn: status === 'completed' ? '2023-01-10' : null,
});
const villages = [
  village('a', '上村', 'Shangcun', 'jiaze', 'completed'),
  village('b', '西塘', 'Xitang', 'jiaze', 'not_started'),
  village('c', '西安村', "Xi'an Cun", 'luoyang', 'in_progress'),
  village('d', '东塘', 'Dongtang', 'luoyang', 'not_started'),
];

describe('village search', () => {
  it.each([
    ['西', ['b', 'c']],
    ['塘', ['b', 'd']],
    ['xitang', ['b']],
    ['XiTang', ['b']],
    ['xian', ['c']],
    ["xi'an cun", ['c']],
    ['xī', ['b', 'c']],
    ['  ', ['a', 'b', 'c', 'd']],
    ['nowhere', []],
  ])('"%s" finds %j', (q, ids) => {
    expect(villages.filter((v) => matchesName(v, q)).map((v) => v.id)).toEqual(ids);
  });

  it('normalizes pinyin: case, spaces, apostrophes and tone marks', () => {
    expect(normalizePinyin("Xī'ān Cūn")).toBe('xiancun');
  });
});

describe('filterVillages', () => {
  it('combines town, status and name', () => {
    expect(filterVillages(villages, { town: 'luoyang' }).map((v) => v.id)).toEqual(['c', 'd']);
    expect(filterVillages(villages, { status: 'not_started' }).map((v) => v.id)).toEqual(['b', 'd']);
    expect(filterVillages(villages, { town: 'jiaze', status: 'not_started', q: 'tang' }).map((v) => v.id)).toEqual([
      'b',
    ]);
    expect(filterVillages(villages, {})).toHaveLength(4);
  });
});

describe('villageTable', () => {
  const towns: Town[] = [
    {
      id: 'jiaze',
      name: { zh: '嘉泽镇', en: 'Jiaze' },
      location: { lat: 31.7, lon: 119.8 },
      villages: { total: 2, completed: 1, inProgress: 0, notStarted: 1 },
      pipelineKm: { planned: 2.4, built: 1.6 },
      shareOfTotal: { villages: 0.5, km: 2 / 3 },
      plan: null,
      standing: null,
    },
  ];

  it('writes every column with units, in the UI language', () => {
    const table = villageTable(villages.slice(0, 2), towns, 'zh');
    expect(table.header).toEqual([
      '村名',
      '拼音',
      '镇',
      '状态',
      '户数',
      '处理方式',
      '计划管网 (km)',
      '已建管网 (km)',
      '开工日期',
      '完工日期',
    ]);
    expect(table.rows).toEqual([
      ['上村', 'Shangcun', '嘉泽镇', '已完成', 200, '接管入厂', 1.2, 1.2, '2022-03-01', '2023-01-10'],
      ['西塘', 'Xitang', '嘉泽镇', '未开工', 200, '接管入厂', 1.2, 0.4, '2022-03-01', null],
    ]);
    expect(villageTable(villages.slice(2, 3), towns, 'en').rows[0]!.slice(2, 4)).toEqual(['luoyang', 'In progress']);
  });
});
