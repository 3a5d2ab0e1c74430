// The SSL-inspection products we can name from the certificate they present instead of the
// real one (row 2-1.2). The list is data with frozen ids: the helpdesk code carries a product
// by its position, so a decoded code names the same product as the run that made it.
import table from './inspection-products.json';

export interface InspectionProduct {
  /** Frozen slug, e.g. "zscaler". */
  id: string;
  /** The name people know it by, e.g. "Palo Alto Networks". */
  name: string;
  /** Case-insensitive regular expressions tried against the issuer's CN and O. */
  patterns: readonly string[];
}

export const INSPECTION_PRODUCTS: readonly InspectionProduct[] = table.products.map(
  ({ id, product, patterns }) => ({ id, name: product, patterns }),
);

export function productById(id: string | null): InspectionProduct | undefined {
  return id === null ? undefined : INSPECTION_PRODUCTS.find((p) => p.id === id);
}

export function productIdOfName(name: string | undefined): string | null {
  return INSPECTION_PRODUCTS.find((p) => p.name === name)?.id ?? null;
}
