// A new unit's predecessors' own data for the Dimensions figures: the same questions the figures ask for the
// province (its parts, its dimension scores), asked once per old unit that formed it. Nothing is merged.
import { useQueries } from '@tanstack/react-query';
import type { IndicatorCode } from '../../domain/types.ts';
import { indicatorChildrenQuery, type IndicatorChildPoint } from '../../queries/indicator-children.ts';
import { provinceScoresQuery, type ProvinceScore } from '../../queries/province-scores.ts';
import { useReadyConnector } from '../../queries/use-ready-connector.ts';

/** One predecessor's answer, with its label ("Đắk Nông (cũ)"). */
export interface PredecessorData<T> {
  code: string;
  name: string;
  data: readonly T[];
}

interface PredecessorAnswers<T> {
  /** Every predecessor's answer, in lineage order; undefined while any is loading. */
  data: PredecessorData<T>[] | undefined;
  error: Error | null;
  /** Asks every predecessor's question again (the view's one retry). */
  refetch: () => void;
}

/** Each predecessor's parts of `parent` (no predecessors: an empty answer at once). */
export function usePredecessorParts(
  predecessors: readonly { code: string; name: string }[],
  parent: IndicatorCode,
): PredecessorAnswers<IndicatorChildPoint> {
  const { connector, dataVersion } = useReadyConnector();
  return useQueries({
    queries: predecessors.map((p) => indicatorChildrenQuery.options(connector, dataVersion, p.code, parent)),
    combine: (results) => combineAnswers(predecessors, results),
  });
}

/** Each predecessor's dimension scores (the heatmap's cells). */
export function usePredecessorDimensionScores(
  predecessors: readonly { code: string; name: string }[],
): PredecessorAnswers<ProvinceScore> {
  const { connector, dataVersion } = useReadyConnector();
  return useQueries({
    queries: predecessors.map((p) =>
      provinceScoresQuery.options(connector, dataVersion, p.code, 'dimension'),
    ),
    combine: (results) => combineAnswers(predecessors, results),
  });
}

function combineAnswers<T>(
  predecessors: readonly { code: string; name: string }[],
  results: readonly { data: T[] | undefined; error: Error | null; refetch: () => unknown }[],
): PredecessorAnswers<T> {
  const error = results.find((r) => r.error !== null)?.error ?? null;
  const refetch = () => {
    for (const result of results) void result.refetch();
  };
  if (results.some((r) => r.data === undefined)) return { data: undefined, error, refetch };
  return {
    data: predecessors.map((p, index) => ({ ...p, data: results[index]?.data ?? [] })),
    error,
    refetch,
  };
}
