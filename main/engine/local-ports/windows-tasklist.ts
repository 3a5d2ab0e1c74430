// Pure parser of Windows `tasklist /FO CSV /NH`: one quoted CSV record per process,
// "Image Name","PID","Session Name","Session#","Mem Usage" (the memory figure carries the
// locale's thousands separator, hence a real CSV reader rather than a split on commas).

/** Process names by pid. */
export function parseTasklistCsv(text: string): Map<number, string> {
  const names = new Map<number, string>();
  for (const line of text.split(/\r?\n/)) {
    const [name, pid] = csvFields(line);
    if (name && pid && /^\d+$/.test(pid)) names.set(Number(pid), name);
  }
  return names;
}

/** RFC 4180 fields of one record: quoted fields may hold commas and doubled quotes. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  const pattern = /(?:^|,)(?:"((?:[^"]|"")*)"|([^",]*))/g;
  for (const m of line.matchAll(pattern)) {
    fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
  }
  return fields;
}
