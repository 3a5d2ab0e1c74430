// A bit string packed most significant bit first into 5-bit Base32 symbols.

export class BitWriter {
  private readonly bits: number[] = [];

  write(value: number, width: number): void {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) {
      throw new RangeError(`${value} does not fit in ${width} bits`);
    }
    for (let i = width - 1; i >= 0; i -= 1) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }

  get length(): number {
    return this.bits.length;
  }

  /** The bits as 5-bit values, the last one padded with zero bits. */
  toSymbols(): number[] {
    const symbols: number[] = [];
    for (let i = 0; i < this.bits.length; i += 5) {
      let value = 0;
      for (let j = i; j < i + 5; j += 1) value = value * 2 + (this.bits[j] ?? 0);
      symbols.push(value);
    }
    return symbols;
  }
}

export class BitReader {
  private readonly bits: number[];
  private position = 0;

  constructor(symbols: readonly number[]) {
    this.bits = symbols.flatMap((s) => [4, 3, 2, 1, 0].map((shift) => (s >> shift) & 1));
  }

  get remaining(): number {
    return this.bits.length - this.position;
  }

  /** Reads `width` bits; the caller checks `remaining` first. */
  read(width: number): number {
    let value = 0;
    for (let i = 0; i < width; i += 1) value = value * 2 + (this.bits[this.position++] ?? 0);
    return value;
  }
}

/** Bits of a row index: at least 2, so that an entry (≥ 5 bits) outlasts the padding (≤ 4). */
export function indexBits(rowCount: number): number {
  return Math.max(2, Math.ceil(Math.log2(Math.max(rowCount, 1))));
}
