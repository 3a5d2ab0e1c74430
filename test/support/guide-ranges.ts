// The six /28s of Table 2-2 ("Call Services", rows 2-2.1 to 2-2.4), copied by hand from the
// guide (shared/spec, Table 2-2), in its order: the ground truth tests map and assert against,
// never read from the profile the tool uses.
export const TABLE_2_2_RANGES = [
  '52.142.34.48/28',
  '51.105.215.0/28',
  '52.253.84.80/28',
  '52.146.156.64/28',
  '13.70.46.96/28',
  '13.64.48.96/28',
] as const;
