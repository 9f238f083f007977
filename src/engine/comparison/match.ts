/**
 * Pairing the rows (and the columns) of two versions of a table by their labels.
 *
 * Municipalities go through the registry: any spelling it knows, a CBS code, a misspelling it
 * can suggest one name for ("Bemheze" → Bernheze), and a merged municipality by its successor
 * (Landerd + Uden in the old version, Maashorst in the new: one pair, the old rows summed).
 * Other labels match on their normalised text, then with the years taken out ("Begroting
 * 2024" ↔ "Begroting 2025"), then on a small edit distance when exactly one candidate is that
 * close. Position plays no part: reordered rows are the same rows.
 */
import { defaultRegistry, normaliseName, type MunicipalityRegistry } from "../municipalities";
import { editDistance } from "../shared/text";

/** How a pair was made; the pane and the report say it in words. */
export type MatchHow = "same" | "municipality" | "code" | "successor" | "misspelling" | "year" | "similar" | "manual";

/** One pair: old positions (several for a merger, none for added) and the new position (null for removed). */
export interface LabelPair {
  old: number[];
  new: number | null;
  how: MatchHow;
}

interface LabelKey {
  /** what must be equal for a pair */
  key: string;
  how: MatchHow;
  /** the key is a municipality (code of the municipality that exists today) */
  municipality?: string;
}

const TOTAL = /^(sub)?tota(al|len|l)\b/i;
const YEAR = /\b(19|20)\d\d\b/g;
/** Past this many unmatched labels on either side the edit-distance pass is skipped (it is quadratic). */
const MAX_FUZZY = 2_000;

/** The municipality a label names today: the label's own, or the end of its chain of successors. */
function municipalityKey(label: string, registry: MunicipalityRegistry, allowMisspelling: boolean): LabelKey | undefined {
  if (TOTAL.test(label)) return undefined;
  let how: MatchHow = /^(gm)?\s*\d{1,4}$/i.test(label.trim()) ? "code" : "municipality";
  let found = registry.lookup(label);
  if (!found.ok && allowMisspelling && found.reason === "unknown" && how !== "code") {
    const suggestions = registry.suggest(label, 2);
    // one clear candidate only: two equally close names are a guess
    if (suggestions.length >= 1) {
      const best = registry.lookup(suggestions[0]);
      const d0 = editDistance(normaliseName(label), normaliseName(suggestions[0]));
      const d1 = suggestions.length > 1 ? editDistance(normaliseName(label), normaliseName(suggestions[1])) : Infinity;
      if (best.ok && d0 < d1) {
        found = best;
        how = "misspelling";
      }
    }
  }
  if (!found.ok && found.reason === "ambiguous") return undefined;
  if (!found.ok) return undefined;
  let m = found.municipality;
  // follow mergers to the municipality that exists now (bounded: chains are short, cycles impossible by data, but guard anyway)
  for (let step = 0; step < 10 && m.successorCode && !m.successorCode.includes(";"); step++) {
    const next = registry.byCbsCode(m.successorCode);
    if (!next) break;
    m = next;
  }
  return { key: `gm:${m.code}`, how, municipality: m.code };
}

function textKey(label: string): string {
  return normaliseName(label);
}

/** True when at least half (and two) of the labels are municipalities the registry knows exactly. */
export function isMunicipalList(labels: readonly string[], registry: MunicipalityRegistry = defaultRegistry): boolean {
  let known = 0;
  let counted = 0;
  for (const label of labels) {
    if (TOTAL.test(label) || /^\d+$/.test(label.trim())) continue;
    counted++;
    if (registry.lookup(label).ok) known++;
  }
  return known >= 2 && known * 2 >= counted;
}

export interface MatchOptions {
  registry?: MunicipalityRegistry;
}

export interface LabelMatch {
  pairs: LabelPair[];
  /** per old / new position: the municipality code it names, when the list is municipal */
  oldMunicipality: (string | undefined)[];
  newMunicipality: (string | undefined)[];
  municipal: boolean;
}

/** The pairs of a match by what they are: an old row (or column) with its new one, a new one only, an old one only. */
export function pairKinds(match: LabelMatch): { paired: LabelPair[]; added: LabelPair[]; removed: LabelPair[] } {
  const paired: LabelPair[] = [];
  const added: LabelPair[] = [];
  const removed: LabelPair[] = [];
  for (const p of match.pairs) {
    if (p.new === null) removed.push(p);
    else if (p.old.length === 0) added.push(p);
    else paired.push(p);
  }
  return { paired, added, removed };
}

export function isTotalLabel(label: string): boolean {
  return TOTAL.test(label);
}

/** Pairs two label lists. Pairs come in the new list's order; removed labels follow in the old order. */
export function matchLabels(oldLabels: readonly string[], newLabels: readonly string[], options: MatchOptions = {}): LabelMatch {
  const registry = options.registry ?? defaultRegistry;
  const municipal = isMunicipalList(oldLabels, registry) || isMunicipalList(newLabels, registry);
  const keysOf = (labels: readonly string[]) =>
    labels.map((label): LabelKey => (municipal ? municipalityKey(label, registry, true) : undefined) ?? { key: `t:${textKey(label)}`, how: "same" });
  const oldKeys = keysOf(oldLabels);
  const newKeys = keysOf(newLabels);

  const oldUsed: boolean[] = Array.from({ length: oldLabels.length }, () => false);
  const newPair: (LabelPair | undefined)[] = Array.from({ length: newLabels.length }, () => undefined);

  // 1. equal keys; several old rows on one municipality key = a merger (summed)
  const oldByKey = new Map<string, number[]>();
  oldKeys.forEach((k, i) => {
    const list = oldByKey.get(k.key);
    if (list) list.push(i);
    else oldByKey.set(k.key, [i]);
  });
  const newCount = new Map<string, number>();
  for (const k of newKeys) newCount.set(k.key, (newCount.get(k.key) ?? 0) + 1);
  newKeys.forEach((k, j) => {
    const candidates = (oldByKey.get(k.key) ?? []).filter((i) => !oldUsed[i]);
    if (candidates.length === 0) return;
    const isMerger = k.municipality !== undefined && candidates.length > 1 && newCount.get(k.key) === 1;
    const old = isMerger ? candidates : [candidates[0]];
    for (const i of old) oldUsed[i] = true;
    const hows = old.map((i) => oldKeys[i].how);
    let how: MatchHow = "same";
    const sameText = old.length === 1 && normaliseName(oldLabels[old[0]]) === normaliseName(newLabels[j]);
    if (k.municipality !== undefined && !sameText) {
      if (hows.includes("misspelling") || k.how === "misspelling") how = "misspelling";
      else if (hows.includes("code") || k.how === "code") how = "code";
      else if (isMerger || successorDiffers(oldLabels, old, newLabels[j], registry)) how = "successor";
      else if (old.some((i) => normaliseName(oldLabels[i]) !== normaliseName(newLabels[j]))) how = "municipality";
    }
    newPair[j] = { old, new: j, how };
  });

  // 2. text labels with the years taken out, when unique on both sides
  const yearKey = (label: string) => textKey(label.replace(YEAR, " jaar "));
  pairUnique(oldLabels, newLabels, oldUsed, newPair, yearKey, "year");

  // 3. a small edit distance with exactly one closest candidate
  const restOld = oldUsed.flatMap((used, i) => (used ? [] : [i]));
  const restNew = newPair.flatMap((p, j) => (p ? [] : [j]));
  if (restOld.length > 0 && restNew.length > 0 && restOld.length <= MAX_FUZZY && restNew.length <= MAX_FUZZY) {
    for (const j of restNew) {
      const target = textKey(newLabels[j]);
      if (target.length < 4) continue;
      const limit = Math.max(1, Math.floor(target.length / 5));
      let best = -1;
      let bestDistance = Infinity;
      let tie = false;
      for (const i of restOld) {
        if (oldUsed[i]) continue;
        const d = editDistance(target, textKey(oldLabels[i]), limit + 1);
        if (d > limit) continue;
        if (d < bestDistance) {
          best = i;
          bestDistance = d;
          tie = false;
        } else if (d === bestDistance) tie = true;
      }
      if (best >= 0 && !tie) {
        oldUsed[best] = true;
        newPair[j] = { old: [best], new: j, how: "similar" };
      }
    }
  }

  const pairs: LabelPair[] = newPair.map((p, j) => p ?? { old: [], new: j, how: "same" });
  oldUsed.forEach((used, i) => {
    if (!used) pairs.push({ old: [i], new: null, how: "same" });
  });
  return {
    pairs,
    municipal,
    oldMunicipality: oldKeys.map((k) => k.municipality),
    newMunicipality: newKeys.map((k) => k.municipality),
  };
}

function successorDiffers(oldLabels: readonly string[], old: number[], newLabel: string, registry: MunicipalityRegistry): boolean {
  const newCode = registry.lookup(newLabel);
  return old.some((i) => {
    const o = registry.lookup(oldLabels[i]);
    return o.ok && newCode.ok && o.municipality.code !== newCode.municipality.code;
  });
}

function pairUnique(
  oldLabels: readonly string[],
  newLabels: readonly string[],
  oldUsed: boolean[],
  newPair: (LabelPair | undefined)[],
  key: (label: string) => string,
  how: MatchHow,
): void {
  const oldByKey = new Map<string, number[]>();
  oldLabels.forEach((label, i) => {
    if (oldUsed[i]) return;
    const k = key(label);
    oldByKey.set(k, [...(oldByKey.get(k) ?? []), i]);
  });
  const newByKey = new Map<string, number[]>();
  newLabels.forEach((label, j) => {
    if (newPair[j]) return;
    const k = key(label);
    newByKey.set(k, [...(newByKey.get(k) ?? []), j]);
  });
  for (const [k, news] of newByKey) {
    const olds = oldByKey.get(k);
    if (news.length === 1 && olds?.length === 1) {
      oldUsed[olds[0]] = true;
      newPair[news[0]] = { old: [olds[0]], new: news[0], how };
    }
  }
}

/**
 * The user's correction of a pairing: new position `newIndex` gets old position `oldIndex`
 * (null: it is new). Whatever held the old position before lets go of it; an old position
 * left without partner becomes removed, removed pairs that get a partner disappear.
 */
export function repair(match: LabelMatch, newIndex: number, oldIndex: number | null): LabelMatch {
  const pairs: LabelPair[] = [];
  const freed: number[] = [];
  for (const pair of match.pairs) {
    if (pair.new === newIndex) {
      freed.push(...pair.old.filter((i) => i !== oldIndex));
      pairs.push({ old: oldIndex === null ? [] : [oldIndex], new: newIndex, how: oldIndex === null ? "same" : "manual" });
    } else if (oldIndex !== null && pair.old.includes(oldIndex)) {
      const old = pair.old.filter((i) => i !== oldIndex);
      if (pair.new !== null || old.length > 0) pairs.push({ ...pair, old });
    } else {
      pairs.push(pair);
    }
  }
  for (const i of freed) if (!pairs.some((p) => p.old.includes(i))) pairs.push({ old: [i], new: null, how: "same" });
  return { ...match, pairs };
}
