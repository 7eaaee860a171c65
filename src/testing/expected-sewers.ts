/**
 * The sewer figures a test expects, straight from the dataset's input files (villages and each town's months), by
 * DESIGN §3's definitions: independently of the domain module that derives the served figures.
 */
import progressFile from '../../data/sewers-progress.json';
import townsFile from '../../data/sewers-towns.json';
import villagesFile from '../../data/sewers-villages.json';

export const { villages } = villagesFile;
const AS_OF_MONTH = progressFile.asOf.slice(0, 7);
export const completedVillages = villages.filter((v) => v.status === 'completed').length;
export const builtKm = villages.reduce((sum, v) => sum + v.pipelineKm.built, 0);

const months = progressFile.progress as Record<string, { month: string; plannedVillages: number }[]>;
const plannedBy = (town: string) => months[town]!.find((m) => m.month === AS_OF_MONTH)!.plannedVillages;

/** The programme's villages planned to date: the sum of its towns'. */
export const plannedVillages = townsFile.towns.reduce((sum, town) => sum + plannedBy(town.id), 0);

/** Towns by completed ÷ their own planned-to-date villages, furthest behind first. */
export const townShares = townsFile.towns
  .map((town) => ({
    id: town.id,
    zh: town.name.zh,
    share: villages.filter((v) => v.townId === town.id && v.status === 'completed').length / plannedBy(town.id),
  }))
  .sort((a, b) => a.share - b.share);

export const villagesIn = (town: string) => villages.filter((v) => v.townId === town);
