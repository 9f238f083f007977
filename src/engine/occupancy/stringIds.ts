/**
 * Group ids for text cell values, found by a cheap hash of a few characters and confirmed with `===`.
 *
 * Why not just a Map: a grouping column holds a few hundred names repeated on every row, usually as
 * the very same string objects. A Map lookup goes through a generic builtin per row; reading five
 * characters and one `===` (pointer-equal strings answer at once) is several times cheaper, and the
 * lookup is the largest cost per row after reading the cells.
 *
 * This is only a cache in front of the caller's own id source: `find` answers −1 when it does not
 * know a text (or gives up after a few probes), the caller then asks its Map and `remember`s the
 * answer. So ids are always the ones the caller hands out, whatever the hash does. Probes are
 * bounded, so even texts that all hash alike ("Product 001" … "Product 999") stay linear: they
 * just fall back to the Map.
 */
const MAX_PROBES = 8;
const INITIAL_SLOTS = 1024;

export class StringIds {
  /** text per slot; "" in empty slots (their id is −1, so "" never matches by accident) */
  private keys: string[] = new Array<string>(INITIAL_SLOTS).fill("");
  private ids: Int32Array = new Int32Array(INITIAL_SLOTS).fill(-1);
  private mask = INITIAL_SLOTS - 1;
  private size = 0;

  /** the id remembered for `text`, or −1 */
  find(text: string): number {
    const keys = this.keys;
    const ids = this.ids;
    const mask = this.mask;
    let slot = slotOf(text) & mask;
    for (let probe = 0; probe < MAX_PROBES; probe++) {
      const id = ids[slot];
      if (id < 0) return -1;
      if (keys[slot] === text) return id;
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  remember(text: string, id: number): void {
    if ((this.size + 1) * 2 > this.ids.length) this.grow();
    this.insert(text, id);
  }

  private insert(text: string, id: number): void {
    let slot = slotOf(text) & this.mask;
    for (let probe = 0; probe < MAX_PROBES; probe++) {
      if (this.ids[slot] < 0) {
        this.keys[slot] = text;
        this.ids[slot] = id;
        this.size++;
        return;
      }
      if (this.keys[slot] === text) return;
      slot = (slot + 1) & this.mask;
    }
    // a crowded neighbourhood: this text stays with the caller's Map
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    const slots = oldIds.length * 2;
    this.keys = new Array<string>(slots).fill("");
    this.ids = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
    this.size = 0;
    for (let s = 0; s < oldIds.length; s++) if (oldIds[s] >= 0) this.insert(oldKeys[s], oldIds[s]);
  }
}

/** Hash of the length and five characters: the first, the middle and the last three (codes and names differ mostly at the end). */
function slotOf(text: string): number {
  const len = text.length;
  if (len === 0) return 0;
  let h = Math.imul(len, 0x9e3779b1);
  h = Math.imul(h ^ text.charCodeAt(0), 0x85ebca6b);
  h = Math.imul(h ^ text.charCodeAt(len >> 1), 0xc2b2ae35);
  h = Math.imul(h ^ text.charCodeAt(len - 1), 0x27d4eb2f);
  h = Math.imul(h ^ text.charCodeAt(len > 1 ? len - 2 : 0), 0x165667b1);
  h = Math.imul(h ^ text.charCodeAt(len > 2 ? len - 3 : 0), 0x9e3779b1);
  return h ^ (h >>> 15);
}
