/** The best match found for each target, and their ranking. */
import type { MatchKind } from './types';

export interface Match {
  id: number;
  kind: MatchKind;
  /** Fuzzy distance, 0 best; 0 for exact and prefix matches. */
  score: number;
  /** Letters shared with the start of the query, for fuzzy matches; 0 otherwise. */
  sharedPrefix: number;
}

const TIER: Record<MatchKind, number> = { exact: 0, prefix: 1, fuzzy: 2 };

export class Matches {
  private readonly best = new Map<number, Match>();

  add(ids: Iterable<number>, kind: MatchKind, score = 0, sharedPrefix = 0): void {
    for (const id of ids) {
      const match = { id, kind, score, sharedPrefix };
      const known = this.best.get(id);
      if (!known || (compareStrength(match, known) || comparePrefix(match, known)) < 0) this.best.set(id, match);
    }
  }

  get size(): number {
    return this.best.size;
  }

  /** Strongest first; at equal strength by `rank` (kind of target, level of division), shared prefix, then ids. */
  top(limit: number, rank: (id: number) => number): Match[] {
    return [...this.best.values()]
      .sort((a, b) => compareStrength(a, b) || rank(a.id) - rank(b.id) || comparePrefix(a, b) || a.id - b.id)
      .slice(0, limit);
  }
}

/**
 * A close fuzzy match beats a distant one before the level of a division counts: "guanzhou"
 * should show 广州 (Guangzhou) before 贵州 (Guizhou), though a province ranks first.
 */
function compareStrength(a: Match, b: Match): number {
  return TIER[a.kind] - TIER[b.kind] || a.score - b.score;
}

/**
 * Fuse's scores are coarse (errors over query length): guanzhou is one letter from both
 * guangzhou (广州) and ganzhou (赣州). Of two equal prefectures, the one that keeps more of what
 * was typed first is the likelier. It comes after the level, though: "shenzen" keeps more of
 * shenze (深泽县) than of shenzhen, and 深圳 should still win.
 */
function comparePrefix(a: Match, b: Match): number {
  return b.sharedPrefix - a.sharedPrefix;
}
