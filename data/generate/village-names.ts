import type { LocalName } from '../../src/domain/dataset';
import type { Random } from './random';

/**
 * Plausible natural-village names of the Jiangnan plain (王家巷, 东庄, 陈家浜 …), each with its toneless pinyin,
 * so that the village table can be searched in either script. Invented, not a gazetteer.
 */
type Part = readonly [hanzi: string, pinyin: string];

// prettier-ignore
const SURNAMES: readonly Part[] = [
  ['王', 'wang'], ['陈', 'chen'], ['张', 'zhang'], ['周', 'zhou'], ['吴', 'wu'], ['徐', 'xu'],
  ['孙', 'sun'], ['朱', 'zhu'], ['马', 'ma'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'],
  ['高', 'gao'], ['林', 'lin'], ['蒋', 'jiang'], ['沈', 'shen'], ['韩', 'han'], ['杨', 'yang'],
  ['钱', 'qian'], ['陆', 'lu'], ['顾', 'gu'], ['许', 'xu'], ['薛', 'xue'], ['邵', 'shao'],
  ['殷', 'yin'], ['潘', 'pan'], ['谢', 'xie'], ['姚', 'yao'], ['汤', 'tang'], ['严', 'yan'],
  ['华', 'hua'], ['恽', 'yun'], ['承', 'cheng'], ['庄', 'zhuang'], ['费', 'fei'], ['储', 'chu'],
  ['蔡', 'cai'], ['丁', 'ding'], ['戴', 'dai'], ['吕', 'lyu'], ['史', 'shi'], ['刘', 'liu'],
];

// prettier-ignore
const PLACES: readonly Part[] = [
  ['东', 'dong'], ['西', 'xi'], ['南', 'nan'], ['北', 'bei'], ['前', 'qian'], ['后', 'hou'],
  ['上', 'shang'], ['下', 'xia'], ['大', 'da'], ['小', 'xiao'], ['新', 'xin'], ['老', 'lao'],
  ['河', 'he'], ['湖', 'hu'], ['塘', 'tang'], ['桥', 'qiao'], ['港', 'gang'], ['潭', 'tan'],
  ['柳', 'liu'], ['桑', 'sang'], ['竹', 'zhu'], ['梅', 'mei'], ['荷', 'he'], ['杏', 'xing'],
];

// prettier-ignore
const ENDINGS: readonly Part[] = [
  ['村', 'cun'], ['巷', 'xiang'], ['庄', 'zhuang'], ['塘', 'tang'], ['桥', 'qiao'], ['浜', 'bang'],
  ['埭', 'dai'], ['头', 'tou'], ['里', 'li'], ['宅', 'zhai'], ['舍', 'she'], ['湾', 'wan'],
  ['墩', 'dun'], ['圩', 'wei'],
];

const FAMILY: Part = ['家', 'jia'];

function compose(parts: readonly Part[]): LocalName {
  const pinyin = parts.map(([, p]) => p).join('');
  return {
    zh: parts.map(([h]) => h).join(''),
    en: pinyin.charAt(0).toUpperCase() + pinyin.slice(1),
  };
}

function randomName(random: Random): LocalName {
  const roll = random.next();
  const ending = random.pick(ENDINGS);
  if (roll < 0.5) return compose([random.pick(SURNAMES), FAMILY, ending]);
  if (roll < 0.75) return compose([random.pick(PLACES), ending]);
  return compose([random.pick(SURNAMES), ending]);
}

/** `count` names, unique in both scripts across the whole list. */
export function villageNames(random: Random, count: number): LocalName[] {
  const seenZh = new Set<string>();
  const seenEn = new Set<string>();
  const names: LocalName[] = [];
  while (names.length < count) {
    const name = randomName(random);
    if (seenZh.has(name.zh) || seenEn.has(name.en) || name.zh.at(-1) === name.zh.at(-2)) continue;
    seenZh.add(name.zh);
    seenEn.add(name.en);
    names.push(name);
  }
  return names;
}
