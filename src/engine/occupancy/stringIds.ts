/**
 * Group ids for text cell values, found by a cheap hash of a few characters and confirmed with `===`.
 *
 * Why not just a Map: a grouping column holds a few hundred names repeated on every row, usually as
 * the very same string objects. `Map.get` hashes through a generic builtin on every row; reading four
 * characters and one `===` (which answers at once for the same string object) measured about half
 * its cost on the occupancy benchmark, and the group lookup is the largest cost per row.
 *
 * This is only a cache in front of the caller's own id source: `find` answers −1 when it does not
 * know a text (or gives up after a few probes); the caller then asks its Map and `remember`s the
 * answer. So ids are always the ones the caller hands out, whatever the hash does. Probes are
 * bounded, so texts that hash alike cost at most MAX_PROBES comparisons before the Map: linear.
 */
const MAX_PROBES = 8;
/** Slots for a large range: a few hundred distinct texts stay within a quarter of the table. */
const MAX_INITIAL_SLOTS = 4096;

export class StringIds {
  /** text per slot; "" in empty slots (their id is −1, so "" never matches by accident) */
  private keys: string[];
  private ids: Int32Array;
  private mask: number;
  private size = 0;

  /** `rows`: how many values will be looked up (a small range gets a small table) */
  constructor(rows: number) {
    let slots = 16;
    while (slots < MAX_INITIAL_SLOTS && slots < rows * 4) slots *= 2;
    this.keys = new Array<string>(slots).fill("");
    this.ids = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
  }

  /** the id remembered for `text`, or −1 */
  find(text: string): number {
    const slot = slotOf(text) & this.mask;
    // most texts sit in their home slot: one load and one comparison
    if (this.keys[slot] === text) return this.ids[slot];
    return this.probe(text, slot);
  }

  private probe(text: string, home: number): number {
    const keys = this.keys;
    const ids = this.ids;
    const mask = this.mask;
    let slot = home;
    for (let probe = 1; probe < MAX_PROBES; probe++) {
      if (ids[slot] < 0) return -1;
      slot = (slot + 1) & mask;
      if (keys[slot] === text) return ids[slot];
    }
    return -1;
  }

  remember(text: string, id: number): void {
    // at most a quarter full: most texts then sit in their home slot
    if ((this.size + 1) * 4 > this.ids.length) this.grow();
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

/**
 * Hash of the length, the first and the last three characters. Names and codes differ mostly at the
 * end ("Product 001" … "Product 999", "Aanbieder 1" … "Aanbieder 5000"); four characters are enough
 * to keep almost every text of such columns in its home slot, and few enough to read on every row.
 */
function slotOf(text: string): number {
  const len = text.length;
  if (len === 0) return 0;
  // len − 2 and len − 3, clamped at 0 without a branch (short texts)
  const p2 = (len - 2) & ~((len - 2) >> 31);
  const p3 = (len - 3) & ~((len - 3) >> 31);
  let h = Math.imul(len ^ (text.charCodeAt(0) << 16), 0x9e3779b1);
  h = Math.imul(h ^ text.charCodeAt(len - 1), 0x85ebca6b);
  h = Math.imul(h ^ text.charCodeAt(p2), 0xc2b2ae35);
  h = Math.imul(h ^ text.charCodeAt(p3), 0x27d4eb2f);
  return h ^ (h >>> 15);
}
