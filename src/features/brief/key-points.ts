import { byArrival } from '../../stories/summary-details';
import type { Reason } from '../../domain/water-records';
import { asOfMonth } from '../../domain/sewers-figures';
import { isBehind, type SewersSummary, type Town } from '../../api/sewers';
import { transferPlacement, type Indicator, type Station, type WaterSummary } from '../../api/water-quality';
import { figuresOf, headlineStation } from '../../stories/water-summary';
import { formatChange, formatList, formatNumber, formatPoints, formatShare } from '../../i18n/format';
import { messagesOf } from '../../i18n/i18n';
import { fill, type Language, type Messages } from '../../i18n/messages';

/**
 * The briefing's key points (要点): sentences written by rules from the served figures, every number formatted as
 * the screens format it. Nothing is computed here that the API serves; the rules only choose what to say, and a
 * figure without a value is said to be missing, with its served reason, never taken for an outcome.
 */

export interface KeyPointsInput {
  stations: readonly Station[];
  /** The transfer event's served figures; null when the data holds no event. */
  summary: WaterSummary | null;
  sewers: SewersSummary;
  /** In the API's order: furthest behind plan first. */
  towns: readonly Town[];
}

/** How many towns behind plan the plan sentence names. */
const BEHIND_TOWNS_NAMED = 2;

type Points = Messages['brief']['points'];

export function keyPoints(input: KeyPointsInput, language: Language): string[] {
  const m = messagesOf(language).brief;
  const sentences: string[] = [];
  const headline = headlineStation(input.stations);
  const placement = input.summary && transferPlacement(input.summary);
  if (placement === 'outside-data') {
    sentences.push(m.points.noTransferInData);
  } else if (placement === 'no-readings') {
    sentences.push(m.points.noReadingsDuring);
  } else if (input.summary && headline) {
    sentences.push(changeSentence(input.summary, headline, 'nh3n', language));
    sentences.push(changeSentence(input.summary, headline, 'tn', language));
    sentences.push(arrivalSentence(input.summary, input.stations, language));
  }
  if (input.sewers.villages.total > 0) {
    sentences.push(sewersSentence(input.sewers, language), planSentence(input.sewers, input.towns, language));
  }
  return sentences.map((sentence) => sentence + m.points.end);
}

const percent = (ratio: number, language: Language) => formatChange(Math.abs(ratio), language).replace(/^\+/, '');

function direction(p: Points, ratio: number, language: Language): string {
  if (percent(ratio, language) === percent(0, language)) return p.same;
  return fill(ratio < 0 ? p.fall : p.rise, { value: percent(ratio, language) });
}

/** A served reason in the words every screen uses (a missing row reads as no data). */
const reasonWords = (reason: Reason | null, language: Language) =>
  messagesOf(language).figures.reason[reason ?? 'baseline-empty'];

/** The change at the headline station vs before, vs last year and net of season; what is missing, said why. */
function changeSentence(summary: WaterSummary, station: Station, indicator: Indicator, language: Language): string {
  const messages = messagesOf(language);
  const p = messages.brief.points;
  const names = { station: station.name[language], indicator: messages.indicator[indicator] };
  const figures = figuresOf(summary, station.id, indicator);
  if (!figures || figures.change === null)
    return fill(p.unknown, { ...names, reason: reasonWords(figures?.reasons.change ?? null, language) });
  let sentence = fill(p.change, { ...names, change: direction(p, figures.change, language) });
  if (figures.changeVsLastYear === null)
    return sentence + fill(p.noLastYear, { reason: reasonWords(figures.reasons.changeVsLastYear, language) });
  sentence += fill(p.vsLastYear, { change: direction(p, figures.changeVsLastYear, language) });
  if (figures.netOfSeasonPts !== null)
    sentence += fill(p.net, { points: formatPoints(figures.netOfSeasonPts, language) });
  return sentence;
}

const days = (n: number, language: Language) => fill(messagesOf(language).brief.days, { n });

/**
 * Where the transfer water showed first and last (NH3-N's lag), where it was measured not to show by the event's end
 * or not yet, and how many stations had too little data to tell: each station spoken of only by its served reason.
 */
function arrivalSentence(summary: WaterSummary, stations: readonly Station[], language: Language): string {
  const p = messagesOf(language).brief.points;
  const lags = byArrival(stations, summary).flatMap((station) => {
    const figures = figuresOf(summary, station.id, 'nh3n');
    return figures ? [{ name: station.name[language], lag: figures.lagDays, reason: figures.reasons.lagDays }] : [];
  });
  const reached = lags.filter((l) => l.lag !== null);
  const named = (reason: Reason) => lags.filter((l) => l.reason === reason).map((l) => l.name);
  const [notReached, notYet] = [named('not-reached'), named('not-yet')];
  const unknown = lags.length - reached.length - notReached.length - notYet.length;
  const first = reached[0];
  const last = reached.at(-1);
  let sentence: string;
  if (first && last) {
    sentence =
      first === last
        ? fill(p.arrivalOne, { station: first.name, days: days(first.lag!, language) })
        : fill(p.arrival, {
            first: first.name,
            firstDays: days(first.lag!, language),
            last: last.name,
            lastDays: days(last.lag!, language),
          });
    if (notReached.length) sentence += fill(p.notReached, { stations: formatList(notReached, language) });
  } else if (notReached.length) {
    sentence = fill(p.arrivalNone, { stations: formatList(notReached, language) });
  } else if (notYet.length) {
    sentence = fill(p.arrivalNotYet, { stations: formatList(notYet, language) });
  } else {
    return p.arrivalUnknown;
  }
  if ((first || notReached.length) && notYet.length)
    sentence += fill(p.notYet, { stations: formatList(notYet, language) });
  return unknown > 0 ? sentence + fill(p.tooLittle, { count: formatNumber(unknown, language) }) : sentence;
}

function sewersSentence(sewers: SewersSummary, language: Language): string {
  const p = messagesOf(language).brief.points;
  const { villages, pipelineKm: km, shareOfTotal } = sewers;
  const n = (value: number, digits = 0) => formatNumber(value, language, digits);
  const share = (value: number | null) => (value === null ? '—' : formatShare(value, language));
  return fill(p.sewers, {
    month: asOfMonth(sewers.asOf),
    total: n(villages.total),
    completed: n(villages.completed),
    share: share(shareOfTotal.villages),
    inProgress: n(villages.inProgress),
    built: n(km.built, 1),
    planned: n(km.planned),
    kmShare: share(shareOfTotal.km),
  });
}

/**
 * The programme against its plan, and the towns behind it by their served standing (the API's order: furthest
 * behind first) with their gap in villages. A town on plan is never called behind, whatever its gap.
 */
function planSentence(sewers: SewersSummary, towns: readonly Town[], language: Language): string {
  const p = messagesOf(language).brief.points;
  const { plan } = sewers;
  if (!plan) return p.noPlan;
  const share = plan.shareOfPlan.villages;
  const sentence = fill(p.plan, {
    month: asOfMonth(sewers.asOf),
    planned: formatNumber(plan.plannedToDate.villages, language),
    share: share === null ? '—' : formatShare(share, language),
  });
  const behind = towns.filter((town) => isBehind(town.standing)).slice(0, BEHIND_TOWNS_NAMED);
  if (behind.length === 0) return sentence + p.onPlan;
  const named = behind.map((town) =>
    fill(p.behindTown, {
      town: town.name[language],
      villages: formatNumber(town.plan!.gapToPlan.villages, language),
    }),
  );
  return sentence + fill(p.behind, { towns: formatList(named, language) });
}
