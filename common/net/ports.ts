// Port lists in the guide's own notation: "5061", "15000-65000", "5223,2197,443".

export interface PortRange {
  readonly from: number;
  readonly to: number;
}

const PORT_PART = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/;

function isPort(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 65535;
}

/** Parses a port list; returns null when any part is not a port or an ascending port range. */
export function parsePorts(spec: string): PortRange[] | null {
  const parts = spec.split(',').map((p) => p.trim());
  const ranges: PortRange[] = [];
  for (const part of parts) {
    const m = PORT_PART.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (!isPort(from) || !isPort(to) || to < from) return null;
    ranges.push({ from, to });
  }
  return ranges.length > 0 ? ranges : null;
}

export function formatPortRange(range: PortRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}

export function portCount(ranges: readonly PortRange[]): number {
  return ranges.reduce((sum, r) => sum + (r.to - r.from + 1), 0);
}
